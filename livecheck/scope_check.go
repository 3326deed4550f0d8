package livecheck

import (
	"context"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// scopeCheck sends one limit=1 list GET on the scope's resource.
func (r *runner) scopeCheck(ctx context.Context, scope string) Check {
	c := Check{ID: ScopeCheckID(scope), Name: msg(i18n.CheckNameScope, scope), Scope: scope}
	path, ok := probePath(scope)
	if !ok {
		c.Status, c.Summary, c.NoProbe = StatusSkipped, msg(i18n.CheckScopeNoProbe), true
		return c
	}
	a, sent := r.get(ctx, path, true)
	if !sent {
		return r.skipped(c)
	}
	v := r.classify(a)
	c.Status, c.Summary, c.Evidence, c.FixID = v.status, v.summary, v.evidence, v.fix
	return c
}
