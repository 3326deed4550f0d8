package livecheck

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// companyChecks sends the first request, /3/companyinformation: any answer
// shows Fortnox reachable, and its content whether the token is accepted and
// for which company.
func (r *runner) companyChecks(ctx context.Context) {
	reach := Check{ID: CheckReachable, Name: msg(i18n.CheckNameReachable)}
	acc := Check{ID: CheckAccepted, Name: msg(i18n.CheckNameAccepted)}
	a, sent := r.get(ctx, companyInformationPath, false)
	if !sent {
		r.add(r.skipped(reach))
		r.add(r.skipped(acc))
		return
	}
	apiHost := host(r.o.BaseURL)
	if a.err != nil {
		reach.Status = StatusCouldNotCheck
		if a.timeout {
			reach.Summary = msg(i18n.CheckReachableTimeout, apiHost, r.o.Timeout.String())
		} else {
			reach.Summary = msg(i18n.CheckReachableNetwork, apiHost, networkError(a.err))
		}
		r.add(reach)
		r.stop(StatusSkipped, msg(i18n.CheckSkipUnreachable))
		r.add(r.skipped(acc))
		return
	}
	reach.Status, reach.Summary = StatusOK, msg(i18n.CheckReachableOK, apiHost, a.status)
	reach.Evidence.HTTP = a.status
	r.add(reach)

	if a.status/100 != 2 {
		v := r.classify(a)
		acc.Status, acc.Summary, acc.Evidence, acc.FixID = v.status, v.summary, v.evidence, v.fix
		if v.fix == FixTokenMissingScope {
			acc.Status, acc.Summary, acc.FixID = StatusWarning, msg(i18n.CheckAcceptedNoScope), ""
		}
		r.add(acc)
		return
	}
	acc.Evidence.HTTP = a.status
	var body struct {
		CompanyInformation map[string]any
	}
	company, ok := map[string]any(nil), false
	dec := json.NewDecoder(bytes.NewReader(a.body))
	dec.UseNumber()
	if dec.Decode(&body) == nil && body.CompanyInformation != nil {
		company, ok = body.CompanyInformation, true
	}
	if !ok {
		// Not shown: a body that is not the company's details may be
		// anything, customer data too.
		v := unexpected(a, acc.Evidence)
		acc.Status, acc.Summary = v.status, v.summary
		r.add(acc)
		return
	}
	co := &Company{
		Name:               quote(text(field(company, "CompanyName"))),
		OrganisationNumber: quote(text(field(company, "OrganizationNumber"))),
		Tenant:             quote(text(field(company, "DatabaseNumber"))),
	}
	r.report.Company = co
	want := r.o.Tenant
	if want == "" {
		want = r.tok.Tenant()
	}
	if want != "" && co.Tenant != "" && want != co.Tenant {
		acc.Status, acc.FixID = StatusFailed, FixWrongCompanyAuthorized
		acc.Summary = msg(i18n.CheckAcceptedWrong, co.Name, co.Tenant, want)
		r.add(acc)
		return
	}
	acc.Status, acc.Summary = StatusOK, msg(i18n.CheckAcceptedOK, co.Name, co.OrganisationNumber, co.Tenant)
	r.add(acc)
}
