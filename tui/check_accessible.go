package tui

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// askCheck is the accessible mode's "Check with Fortnox": after a pasted
// token's result it says what would be sent where, asks, and on a yes
// writes each check's line as it ends, each failure with its fix. Any
// other answer than yes sends nothing.
func askCheck(opts CheckOptions, paste string, lang i18n.Lang, now time.Time, read func() (string, error), out io.Writer) error {
	s := newCheckScreen(&common{lang: lang}, opts, paste, now)
	if !s.refused.IsZero() {
		fmt.Fprintln(out, i18n.WizCheckRefused.Format(lang, s.refused.In(lang)))
		return nil
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, i18n.WizCheckTitle.In(lang))
	fmt.Fprintln(out, i18n.CheckPlan.Format(lang, s.plan.GETs, s.plan.APIHost, i18n.Duration(s.plan.Interval), i18n.Duration(s.plan.Timeout)))
	fmt.Fprintln(out, i18n.CheckPlanScopes.Format(lang, strings.Join(s.plan.Scopes, ", ")))
	_, _ = fmt.Fprint(out, i18n.CheckConfirm.In(lang)+" ")
	answer, err := read()
	if err != nil {
		return err
	}
	switch strings.ToLower(answer) {
	case "y", "yes", "j", "ja":
	default:
		fmt.Fprintln(out, i18n.CheckDeclined.In(lang))
		return nil
	}
	opts.OnCheck = func(c livecheck.Check) {
		// The status in words: a screen reader says "✗" as nothing, or as
		// "multiplication sign".
		fmt.Fprintf(out, "%s, %s: %s\n", c.Status.Label().In(lang), c.Name.In(lang), c.Summary.In(lang))
		if f, ok := flows.Lookup(c.FixID); ok && (c.Status == livecheck.StatusFailed || c.Status == livecheck.StatusWarning) {
			fmt.Fprintln(out, "    "+i18n.CheckFix.Format(lang, c.FixID, f.Title.In(lang)))
		}
	}
	livecheck.Run(context.Background(), s.tok, opts)
	return nil
}
