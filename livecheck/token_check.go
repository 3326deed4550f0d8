package livecheck

import (
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// tokenCheck reads the token offline: kind, tenant and expiry.
func (r *runner) tokenCheck() Check {
	c := Check{ID: CheckToken, Name: msg(i18n.CheckNameToken), Status: StatusOK}
	rep := r.tok.Report
	now := r.o.Clock.Now().In(rep.ExpiresAt.Location())
	tenant := r.tok.Tenant()
	switch {
	case rep.Expired:
		c.Status, c.FixID = StatusFailed, FixAccessTokenExpired
		c.Summary = msg(i18n.CheckTokenExpired, diagnose.Relative(rep.ExpiresAt, now))
	case rep.ExpiresAt.IsZero():
		c.Status = StatusWarning
		c.Summary = msg(i18n.CheckTokenNoExpiry, tenant)
	case rep.ExpiresAt.Sub(now) < 5*time.Minute:
		c.Status = StatusWarning
		c.Summary = msg(i18n.CheckTokenExpiresSoon, diagnose.Relative(rep.ExpiresAt, now))
	case tenant == "":
		c.Summary = msg(i18n.CheckTokenNoTenant, diagnose.Relative(rep.ExpiresAt, now))
	default:
		c.Summary = msg(i18n.CheckTokenOK, tenant, diagnose.Relative(rep.ExpiresAt, now))
	}
	return c
}
