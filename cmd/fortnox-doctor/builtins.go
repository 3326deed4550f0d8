package main

import (
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/nearest"
	"github.com/spf13/cobra"
)

// flagErrorPrefixes are the beginnings of cobra's and pflag's flag errors,
// which are English only, with their translations.
var flagErrorPrefixes = []struct {
	en   string
	text i18n.Text
}{
	{"unknown shorthand flag:", i18n.ErrFlagUnknownShort},
	{"unknown flag:", i18n.ErrFlagUnknown},
	{"flag needs an argument:", i18n.ErrFlagNeedsValue},
	{"invalid argument", i18n.ErrFlagInvalid},
	{"bad flag syntax:", i18n.ErrFlagBadSyntax},
}

// translateFlagError puts a flag error's English beginning in the chosen
// language, so that a Swedish message is Swedish throughout.
func translateFlagError(msg string, l i18n.Lang) string {
	for _, p := range flagErrorPrefixes {
		if strings.HasPrefix(msg, p.en) {
			rest := msg[len(p.en):]
			if l == i18n.Swedish {
				// pflag's "'x' in -xyz" and "… for "--flag" flag".
				rest = strings.Replace(rest, "' in -", "' i -", 1)
				rest = strings.Replace(rest, " flag: ", ": ", 1)
				rest = strings.Replace(rest, "\" for \"", "\" för \"", 1)
			}
			return p.text.In(l) + rest
		}
	}
	return msg
}

// strictHelp makes `help TOPIC` for a command that does not exist a usage
// error (exit 2) with the nearest command, where cobra prints its help and
// exits 0.
func strictHelp(a *app, help *cobra.Command) {
	help.Run = nil
	help.RunE = func(c *cobra.Command, args []string) error {
		root := c.Root()
		target, _, err := root.Find(args)
		if len(args) > 0 && (err != nil || target == nil || target == root || target.Name() != args[len(args)-1]) {
			return unknownHelpTopic(a, root, args[len(args)-1])
		}
		if target == nil {
			target = root
		}
		target.InitDefaultHelpFlag()
		return target.Help()
	}
}

func unknownHelpTopic(a *app, root *cobra.Command, topic string) error {
	names := commandNames(root)
	valid := strings.Join(names, ", ")
	if near, ok := nearest.Match(topic, names, 2); ok {
		return usageError(i18n.ErrUnknownHelpTopicNear.Format(a.lang, quoteArg(topic), near, valid))
	}
	return usageError(i18n.ErrUnknownHelpTopic.Format(a.lang, quoteArg(topic), valid))
}

// commandNames are the names of the commands a user can run.
func commandNames(root *cobra.Command) []string {
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	return names
}

// strictCompletion makes `completion` without a shell, or with one it
// does not know, a usage error (exit 2) that names the shells, where cobra
// prints its help and exits 0.
func strictCompletion(a *app, completion *cobra.Command) {
	var shells []string
	for _, c := range completion.Commands() {
		shells = append(shells, c.Name())
	}
	completion.Args = cobra.ArbitraryArgs
	// A shell's script takes no arguments: say so in the user's language,
	// where cobra says `unknown command "x" for "… completion bash"`.
	for _, shell := range completion.Commands() {
		shell.Args = func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError(i18n.ErrNoArgs.Format(a.lang, completion.Name()+" "+c.Name(), quoteArg(strings.Join(args, " "))))
			}
			return nil
		}
	}
	completion.RunE = func(_ *cobra.Command, args []string) error {
		valid := strings.Join(shells, ", ")
		if len(args) > 0 {
			return usageError(i18n.ErrUnknownShell.Format(a.lang, quoteArg(args[0]), valid))
		}
		return usageError(i18n.ErrCompletionShell.Format(a.lang, valid))
	}
}
