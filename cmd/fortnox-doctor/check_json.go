package main

import (
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// checkJSON is `check --json`. Field names are part of the command-line
// contract; fields are only ever added. No token, secret or e-mail address
// is among them.
type checkJSON struct {
	Lang     i18n.Lang        `json:"lang"`
	Host     string           `json:"host"`
	Requests int              `json:"requests"`
	Checks   []checkItemJSON  `json:"checks"`
	Company  *checkCompany    `json:"company"`
	User     *checkUserJSON   `json:"user"`
	Fixes    []string         `json:"fix_ids"`
	Outcome  livecheckOutcome `json:"outcome"`
}

// livecheckOutcome sums a run up the way the exit code does: "ok" (exit
// 0), "failed" (1), "nothing-checked" or "incomplete" (3: none failed,
// but some checks did not run or could not be checked).
type livecheckOutcome string

type checkItemJSON struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Scope    string            `json:"scope,omitempty"`
	Status   livecheck.Status  `json:"status"`
	Summary  string            `json:"summary"`
	Evidence checkEvidenceJSON `json:"evidence"`
	FixID    string            `json:"fix_id"`
	FixTitle string            `json:"fix_title,omitempty"`
}

type checkEvidenceJSON struct {
	HTTP    int    `json:"http"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

type checkCompany struct {
	Name               string `json:"name"`
	OrganisationNumber string `json:"organisation_number"`
	Tenant             string `json:"tenant"`
}

type checkUserJSON struct {
	Name     string `json:"name"`
	SysAdmin bool   `json:"sysadmin"`
	Locale   string `json:"locale"`
}

func newCheckJSON(r livecheck.Report, p livecheck.Plan, l i18n.Lang) checkJSON {
	out := checkJSON{Lang: l, Host: p.APIHost, Requests: r.Requests, Checks: []checkItemJSON{}, Fixes: append([]string{}, r.FixIDs()...)}
	for _, c := range r.Checks {
		item := checkItemJSON{
			ID: c.ID, Name: c.Name.In(l), Scope: c.Scope, Status: c.Status, Summary: c.Summary.In(l),
			Evidence: checkEvidenceJSON{HTTP: c.Evidence.HTTP, Code: c.Evidence.Code, Message: c.Evidence.Message},
			FixID:    c.FixID,
		}
		if c.FixID != "" {
			item.FixTitle = fixTitle(c.FixID, l)
		}
		out.Checks = append(out.Checks, item)
	}
	if c := r.Company; c != nil {
		out.Company = &checkCompany{Name: c.Name, OrganisationNumber: c.OrganisationNumber, Tenant: c.Tenant}
	}
	if u := r.User; u != nil {
		out.User = &checkUserJSON{Name: u.Name, SysAdmin: u.SysAdmin, Locale: u.Locale}
	}
	switch {
	case r.Failed():
		out.Outcome = "failed"
	case r.NothingChecked():
		out.Outcome = "nothing-checked"
	case r.Incomplete():
		out.Outcome = "incomplete"
	default:
		out.Outcome = "ok"
	}
	return out
}
