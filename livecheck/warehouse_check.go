package livecheck

import (
	"context"
	"encoding/json"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// warehouseCheck asks whether Fortnox Lager is activated.
func (r *runner) warehouseCheck(ctx context.Context) Check {
	c := Check{ID: CheckWarehouse, Name: msg(i18n.CheckNameWarehouse), Scope: scopeWarehouse}
	a, sent := r.get(ctx, warehouseTenantPath, false)
	if !sent {
		return r.skipped(c)
	}
	if a.err != nil || a.status/100 != 2 {
		v := r.classify(a)
		c.Status, c.Summary, c.Evidence, c.FixID = v.status, v.summary, v.evidence, v.fix
		return c
	}
	c.Evidence.HTTP = a.status
	var body struct {
		Activated *bool `json:"activated"`
	}
	if json.Unmarshal(a.body, &body) != nil || body.Activated == nil {
		c.Status, c.Summary = StatusCouldNotCheck, msg(i18n.CheckUnexpected, a.status, "activated")
		return c
	}
	if !*body.Activated {
		c.Status, c.Summary = StatusWarning, msg(i18n.CheckWarehouseOff)
		return c
	}
	c.Status, c.Summary = StatusOK, msg(i18n.CheckWarehouseOK)
	return c
}
