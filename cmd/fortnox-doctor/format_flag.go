package main

import (
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/spf13/cobra"
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
