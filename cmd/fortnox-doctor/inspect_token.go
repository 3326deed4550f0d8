package main

import (
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
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

// tokenJSON is `inspect-token --json`. Field names are part of the
// command-line contract; fields are only ever added. The token and its
// signature are never among them.
type tokenJSON struct {
	Kind         diagnose.TokenKind `json:"kind"`
	Header       map[string]any     `json:"header"`
	Claims       map[string]any     `json:"claims"`
	IssuedAt     *string            `json:"issued_at"`
	ExpiresAt    *string            `json:"expires_at"`
	Expired      bool               `json:"expired"`
	Scopes       []string           `json:"scopes"`
	RefreshToken bool               `json:"refresh_token_present"`
	Findings     []findingJSON      `json:"findings"`
}

func newTokenJSON(r diagnose.TokenReport, l i18n.Lang) tokenJSON {
	stamp := func(t time.Time) *string {
		if t.IsZero() {
			return nil
		}
		s := t.Format(time.RFC3339)
		return &s
	}
	out := tokenJSON{
		Kind: r.Kind, Header: r.Header, Claims: r.Claims,
		IssuedAt: stamp(r.IssuedAt), ExpiresAt: stamp(r.ExpiresAt), Expired: r.Expired,
		Scopes: append([]string{}, r.Scopes...), RefreshToken: r.RefreshToken,
		Findings: newFindingsJSON(r.Findings, l),
	}
	if out.Header == nil {
		out.Header = map[string]any{}
	}
	if out.Claims == nil {
		out.Claims = map[string]any{}
	}
	return out
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
		if err := writeJSON(a.out, newTokenJSON(r, a.lang)); err != nil {
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
