package main

import (
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// settleFormat makes the global --json and a command's --format one
// choice: --json is --format json, and --json beside another --format
// given on the command line is a usage error rather than a silent winner.
func settleFormat(a *app, cmd *cobra.Command, format *string) error {
	if !a.json {
		return nil
	}
	if f := cmd.Flags().Lookup("format"); f != nil && f.Changed && *format != "json" {
		return usageError(i18n.ErrJSONAndFormat.Format(a.lang, quoteArg(*format)))
	}
	*format = "json"
	return nil
}

// noJSONAnnotation marks a command that has no JSON form; its value names
// what the command writes instead (one of the output… keys).
const noJSONAnnotation = "fortnox-doctor/no-json"

// What a command without a JSON form writes, by its annotation.
const (
	outputShellScript = "shell-script"
	outputManPage     = "man-page"
	outputHelp        = "help"
)

var noJSONOutputs = map[string]i18n.Text{
	outputShellScript: i18n.OutputShellScript,
	outputManPage:     i18n.OutputManPage,
	outputHelp:        i18n.OutputHelp,
}

// writesNoJSON marks cmd as a command with no JSON form, which writes
// output (a shell script, a man page, help).
func writesNoJSON(cmd *cobra.Command, output string) {
	if cmd.Annotations == nil {
		cmd.Annotations = map[string]string{}
	}
	cmd.Annotations[noJSONAnnotation] = output
	// Its help leaves --json out: the flag is refused there.
	cmd.SetHelpFunc(func(c *cobra.Command, args []string) {
		if f := c.Root().PersistentFlags().Lookup("json"); f != nil && !f.Hidden {
			f.Hidden = true
			defer func() { f.Hidden = false }()
		}
		c.Root().HelpFunc()(c, args)
	})
}

// refuseJSON makes --json on a command with no JSON form a usage error
// that says why, where it was ignored: a script that asks for JSON must not
// get a shell script or a man page with exit 0. (--help is a flag that
// wins over every other, as is the custom, and is not refused.)
func refuseJSON(a *app, cmd *cobra.Command) error {
	output, ok := cmd.Annotations[noJSONAnnotation]
	if !ok || !a.json {
		return nil
	}
	return usageError(i18n.ErrNoJSON.Format(a.lang, commandName(cmd), noJSONOutputs[output].In(a.lang)))
}

// commandName is a command as the user typed it, without the program's
// name: "completion bash".
func commandName(cmd *cobra.Command) string {
	path := cmd.CommandPath()
	if root := cmd.Root().Name() + " "; len(path) > len(root) {
		return path[len(root):]
	}
	return path
}

// emptyRefused are the string flags for which an empty value means
// nothing: given as --lang= they would pass for not given at all. For
// check's that is worse than a no-op: --api-url="$DOUBLE" with the variable
// unset would send the requests to Fortnox instead of the double.
var emptyRefused = []string{"lang", "as", "output", "format", "api-url", "token-file", "client-id", "client-secret-file", "tenant", "scopes"}

// emptyValue reports whether a flag's value is empty: a list with no item,
// a string of nothing but blanks (--client-id=" " fell back to
// FORTNOX_CLIENT_ID as --client-id= did). "[]" is a file name, not an
// empty list.
func emptyValue(v pflag.Value) bool {
	if list, ok := v.(pflag.SliceValue); ok {
		return len(list.GetSlice()) == 0
	}
	return strings.TrimSpace(v.String()) == ""
}

// refuseEmptyValues makes an empty value of one of emptyRefused's flags
// (--lang=, --as "", --api-url=, --scopes=) a usage error, as a missing
// one is.
func refuseEmptyValues(a *app, cmd *cobra.Command) error {
	for _, name := range emptyRefused {
		f := cmd.Flags().Lookup(name)
		if f == nil || !f.Changed || !emptyValue(f.Value) {
			continue
		}
		return usageError(i18n.ErrUsageHint.Format(a.lang, i18n.ErrFlagEmpty.Format(a.lang, "--"+f.Name), cmd.CommandPath()))
	}
	return nil
}
