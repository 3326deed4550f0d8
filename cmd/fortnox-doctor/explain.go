package main

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
	"github.com/fortnox-doctor/fortnox-doctor/report"
	"github.com/spf13/cobra"
)

func newExplainCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "explain [TEXT…]",
		Short: i18n.CmdExplainShort.In(a.lang),
		Long:  i18n.CmdExplainLong.In(a.lang),
		Example: "fortnox-doctor explain 'Har inte behörighet för scope'\n" +
			"pbpaste | fortnox-doctor explain\n" +
			"fortnox-doctor explain --json < error.log",
		Args: cobra.ArbitraryArgs,
		RunE: func(_ *cobra.Command, args []string) error { return runExplain(a, args) },
	}
}

func runExplain(a *app, args []string) error {
	paste, err := readPaste(a, args)
	if err != nil {
		return err
	}
	ex, err := diagnose.Explain(paste)
	if err != nil {
		return inputError(a, err)
	}
	if a.json {
		if err := writeJSON(a.out, shape.NewExplain(ex, a.lang)); err != nil {
			return err
		}
	} else {
		writeReport(a, report.Explanation(ex, diagnose.Classify(paste), report.Command, a.lang))
	}
	if !ex.Confident() {
		return negative()
	}
	return nil
}
