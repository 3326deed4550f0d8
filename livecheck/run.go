package livecheck

import (
	"context"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// runner carries one run: its options, the token, the pacer and what
// stopped the run early, if anything did.
type runner struct {
	o      Options
	tok    Token
	pacer  *pacer
	report Report
	// stopped, when set, is why the remaining network checks do not run,
	// with the status they get.
	stopped     diagnose.Message
	stopStatus  Status
	budgetSpent bool
	// known are the run's own secrets, hidden by value in every answer
	// (see hideKnown).
	known []knownSecret
}

// Run performs the checks, in order: the token decoded offline; Fortnox
// reachable and the token accepted (/3/companyinformation, its
// DatabaseNumber against the expected tenant); the token's user (/3/me);
// one limit=1 list GET per scope; Fortnox Lager's activation when a
// warehouse scope is checked; and the client-credentials token request when
// asked for. Requests go one at a time, Options.Interval apart, at most
// Options.MaxRequests of them; a 429 is waited out once (when it asks for
// at most 30 s), a second one stops the run. A 401 stops it too: the other
// checks could only repeat it. The context ends the run early; the checks
// not run are then skipped.
func Run(ctx context.Context, tok Token, o Options) Report {
	o = o.withDefaults()
	r := &runner{o: o, tok: tok, pacer: &pacer{clock: o.Clock, interval: o.Interval, budget: o.MaxRequests}, known: knownSecrets(tok, o)}
	if o.ClientCredentials != nil {
		// Keep one request for the client-credentials check.
		r.pacer.budget--
	}
	r.add(r.tokenCheck())
	r.companyChecks(ctx)
	r.add(r.userCheck(ctx))
	scopes := scopesToCheck(tok, o)
	for _, s := range scopes {
		if s == scopeCompanyInformation || s == scopeProfile || s == scopeWarehouse {
			continue
		}
		r.add(r.scopeCheck(ctx, s))
	}
	if needsWarehouse(scopes) {
		r.add(r.warehouseCheck(ctx))
	}
	if o.ClientCredentials != nil {
		r.pacer.budget++
		r.add(r.clientCredentialsCheck(ctx))
	}
	r.report.Requests = r.pacer.sent
	r.report.Capped = r.budgetSpent
	return r.report
}

func (r *runner) add(c Check) {
	r.report.Checks = append(r.report.Checks, c)
	if r.o.OnCheck != nil {
		r.o.OnCheck(c)
	}
}

func (r *runner) stop(status Status, why diagnose.Message) {
	if r.stopped.IsZero() {
		r.stopStatus, r.stopped = status, why
	}
}

// skipped is a check that did not run, saying why.
func (r *runner) skipped(c Check) Check {
	switch {
	case !r.stopped.IsZero():
		c.Status, c.Summary = r.stopStatus, r.stopped
	case r.budgetSpent:
		c.Status, c.Summary = StatusSkipped, msg(i18n.CheckSkipBudget, r.o.MaxRequests)
	default:
		c.Status, c.Summary = StatusSkipped, msg(i18n.CheckSkipUnreachable)
	}
	return c
}
