package main

import "strings"

// langFromArgs finds the value of --lang in raw arguments before cobra parses
// them, because command and flag descriptions are built in the chosen
// language before parsing. It stops at "--", after which nothing is a flag.
// Given twice, the last one counts, as cobra reads it.
func langFromArgs(args []string) string {
	lang := ""
	for i, arg := range args {
		switch {
		case arg == "--":
			return lang
		case arg == "--lang" && i+1 < len(args):
			lang = args[i+1]
		case strings.HasPrefix(arg, "--lang="):
			lang = strings.TrimPrefix(arg, "--lang=")
		}
	}
	return lang
}
