package main

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
	"github.com/fortnox-doctor/fortnox-doctor/report"
	"github.com/spf13/cobra"
)

func newCheckURLCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "check-url [URL]",
		Short: i18n.CmdCheckURLShort.In(a.lang),
		Long:  i18n.CmdCheckURLLong.In(a.lang),
		Example: "fortnox-doctor check-url \"$(pbpaste)\"\n" +
			"fortnox-doctor check-url 'https://apps.fortnox.se/oauth-v1/auth?client_id=…'\n" +
			"pbpaste | fortnox-doctor check-url --json",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageError(i18n.CmdErrOneURL.In(a.lang))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error { return runCheckURL(a, args) },
	}
}

func runCheckURL(a *app, args []string) error {
	paste, err := readPaste(a, args)
	if err != nil {
		return inputErrorAs(a, err, i18n.ErrURLTooLarge)
	}
	r, err := diagnose.CheckURL(paste)
	if err != nil {
		return inputErrorAs(a, err, i18n.ErrURLTooLarge)
	}
	if a.json {
		if err := writeJSON(a.out, shape.NewLink(r, a.lang).WithVerdict(report.Verdict(r, a.lang))); err != nil {
			return err
		}
	} else {
		writeReport(a, report.URL(r, a.lang))
	}
	if !r.OK {
		return negative()
	}
	return nil
}
