package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// writePlan says on stderr, before anything is sent, which host gets how
// many requests.
func writePlan(a *app, p livecheck.Plan, o livecheck.Options) {
	l := a.lang
	fmt.Fprintln(a.errOut, i18n.CheckPlan.Format(l, p.GETs, p.APIHost, i18n.Duration(p.Interval), i18n.Duration(p.Timeout)))
	if p.TokenHost != "" {
		fmt.Fprintln(a.errOut, i18n.CheckPlanPost.Format(l, p.TokenHost))
	}
	fmt.Fprintln(a.errOut, i18n.CheckPlanScopes.Format(l, strings.Join(p.Scopes, ", ")))
	if o.Tenant != "" {
		fmt.Fprintln(a.errOut, i18n.CheckPlanTenant.Format(l, o.Tenant))
	}
}

// askConsent asks on the terminal whether to send the requests: standard
// input when it is one, else the controlling terminal (the token may come
// through a pipe while the user sits at a terminal). Without any terminal
// there is no one to ask, so it is a usage error: scripts say --yes.
func askConsent(a *app, env *checkEnvironment) (bool, error) {
	in, out := a.in, a.errOut
	onTerminal := env.terminal
	if isTerminal(a.in) {
		onTerminal = true
	}
	if !onTerminal && a.terminal != nil {
		if t, err := a.terminal(); err == nil {
			defer func() { _ = t.Close() }()
			in, out, onTerminal = t.In, t.Out, true
		}
	}
	if !onTerminal {
		return false, usageError(i18n.CheckNeedsYes.In(a.lang))
	}
	question := i18n.CheckConfirm
	if a.accessibleMode() {
		// Said in words: a screen reader reads "[y/N]" as letters and
		// brackets.
		question = i18n.CheckConfirmAccessible
	}
	_, _ = fmt.Fprint(out, question.In(a.lang)+" ")
	line, err := bufio.NewReader(io.LimitReader(in, 256)).ReadString('\n')
	if err != nil && line == "" {
		fmt.Fprintln(out)
		return false, nil
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes", "j", "ja":
		return true, nil
	}
	return false, nil
}
