package main

import (
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
	"github.com/fortnox-doctor/fortnox-doctor/report"
	"github.com/spf13/cobra"
)

// inspectTokenOptions carries the clock and zone, injected so that tests
// see the same times on every machine.
type inspectTokenOptions struct {
	now func() time.Time
	loc *time.Location
}

func newInspectTokenCmd(a *app) *cobra.Command {
	opts := &inspectTokenOptions{now: time.Now}
	return &cobra.Command{
		Use:   "inspect-token",
		Short: i18n.CmdInspectTokenShort.In(a.lang),
		Long:  i18n.CmdInspectTokenLong.In(a.lang),
		Example: "pbpaste | fortnox-doctor inspect-token\n" +
			"fortnox-doctor inspect-token --json < token-response.json",
		// Arguments are refused in runInspectToken, in the chosen language.
		Args: cobra.ArbitraryArgs,
		RunE: func(_ *cobra.Command, args []string) error { return runInspectToken(a, opts, args) },
	}
}

// location is the zone times are shown in: the injected one, else TZ from
// the app's environment, else the process's local zone.
func (o *inspectTokenOptions) location(a *app) *time.Location {
	if o.loc != nil {
		return o.loc
	}
	if tz := a.getenv("TZ"); tz != "" {
		if loc, err := time.LoadLocation(tz); err == nil {
			return loc
		}
	}
	return time.Local
}

func runInspectToken(a *app, opts *inspectTokenOptions, args []string) error {
	if len(args) > 0 && !(len(args) == 1 && args[0] == "-") {
		return usageError(i18n.CmdErrTokenArgs.In(a.lang))
	}
	paste, err := readToken(a)
	if err != nil {
		return inputErrorAs(a, err, i18n.ErrTokenTooLarge)
	}
	now := opts.now().In(opts.location(a))
	r, err := diagnose.InspectToken(paste, now)
	if err != nil {
		return inputErrorAs(a, err, i18n.ErrTokenTooLarge)
	}
	if a.json {
		if err := writeJSON(a.out, shape.NewToken(r, a.lang)); err != nil {
			return err
		}
	} else {
		writeReport(a, report.Token(r, now, a.lang))
	}
	if !r.OK() {
		return negative()
	}
	return nil
}
