package livecheck

import (
	"context"
	"encoding/json"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// userCheck asks /3/me whom the token belongs to: name, system
// administrator or not, locale. The e-mail address in the answer is never
// read.
func (r *runner) userCheck(ctx context.Context) Check {
	c := Check{ID: CheckUser, Name: msg(i18n.CheckNameOwner)}
	a, sent := r.get(ctx, mePath, false)
	if !sent {
		return r.skipped(c)
	}
	if a.err != nil || a.status/100 != 2 {
		v := r.classify(a)
		c.Status, c.Summary, c.Evidence, c.FixID = v.status, v.summary, v.evidence, v.fix
		if v.fix == FixTokenMissingScope {
			c.Status, c.Summary, c.FixID = StatusWarning, msg(i18n.CheckOwnerNoScope), ""
		}
		return c
	}
	c.Evidence.HTTP = a.status
	var body struct {
		MeInformation struct {
			Name     string
			SysAdmin *bool
			Locale   string
		}
	}
	if json.Unmarshal(a.body, &body) != nil || body.MeInformation.SysAdmin == nil {
		c.Status, c.Summary = StatusCouldNotCheck, msg(i18n.CheckUnexpected, a.status, "MeInformation")
		return c
	}
	me := body.MeInformation
	u := &User{Name: quote(me.Name), SysAdmin: *me.SysAdmin, Locale: quote(me.Locale)}
	r.report.User = u
	if !u.SysAdmin {
		c.Status, c.Summary = StatusWarning, msg(i18n.CheckOwnerNotAdmin, u.Name, u.Locale)
		return c
	}
	c.Status, c.Summary = StatusOK, msg(i18n.CheckOwnerOK, u.Name, u.Locale)
	return c
}
