package main

import "strings"

// langFromArgs finds the value of --lang in raw arguments before cobra parses
// them, because command and flag descriptions are built in the chosen
// language before parsing. It stops at "--", after which nothing is a flag.
func langFromArgs(args []string) string {
	for i, arg := range args {
		switch {
		case arg == "--":
			return ""
		case arg == "--lang" && i+1 < len(args):
			return args[i+1]
		case strings.HasPrefix(arg, "--lang="):
			return strings.TrimPrefix(arg, "--lang=")
		}
	}
	return ""
}
