package livecheck_test

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// privacyCases are the answers that hold what no output may show (the
// outside audit's e-mail in a 403's message, a 500 with a customer list,
// a 418 with a personnummer, and more), each with the check that shows it
// classified as it was before they were hidden.
var privacyCases = []struct {
	sc     fortnoxdouble.Scenario
	id     string
	status livecheck.Status
	fix    string
	code   string
	http   int
	// says is what the summary still tells, in English.
	says []string
}{
	{
		fortnoxdouble.ErrorMessageWithEmail, "scope-invoice", livecheck.StatusFailed, livecheck.FixTokenMissingScope, "2000663", 403,
		[]string{"Har inte behörighet för scope. Bearer [redacted:access-token]", "[redacted:email] (kund [redacted:email], personnummer [redacted:personal-number], org.nr [redacted:organisation-number])"},
	},
	{
		fortnoxdouble.CustomerList500, "scope-customer", livecheck.StatusCouldNotCheck, "", "", 500,
		[]string{"(HTTP 500): application/json, ", " bytes; not a Fortnox error body"},
	},
	{fortnoxdouble.HTMLWithCustomerData, livecheck.CheckAccepted, livecheck.StatusCouldNotCheck, "", "", 200, []string{"HTTP 200 with an HTML page"}},
	{fortnoxdouble.HTMLWithCustomerData, "scope-invoice", livecheck.StatusCouldNotCheck, "", "", 502, []string{"HTTP 502 with an HTML page"}},
	{
		fortnoxdouble.Teapot, "scope-invoice", livecheck.StatusCouldNotCheck, "", "", 418,
		[]string{"(HTTP 418): text/plain, ", " bytes; not a Fortnox error body"},
	},
	{
		fortnoxdouble.HugeBody, "scope-invoice", livecheck.StatusCouldNotCheck, "", "", 500,
		[]string{"(HTTP 500): application/json, more than 64 KiB; not a Fortnox error body"},
	},
}

// shown is everything of a report that reaches an output: each check's
// name and summary in both languages and its evidence, the company and
// the user.
func shown(r livecheck.Report) []string {
	var out []string
	for _, c := range r.Checks {
		for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
			out = append(out, c.Name.In(l), c.Summary.In(l))
		}
		out = append(out, c.Evidence.Code, c.Evidence.Message)
	}
	if c := r.Company; c != nil {
		out = append(out, c.Name, c.OrganisationNumber, c.Tenant)
	}
	if u := r.User; u != nil {
		out = append(out, u.Name, u.Locale)
	}
	return out
}

func TestBodiesShowNoPersonalData(t *testing.T) {
	private := append(fortnoxdouble.CustomerData(), fortnoxdouble.CustomerName)
	for _, tt := range privacyCases {
		t.Run(string(tt.sc)+"/"+tt.id, func(t *testing.T) {
			r, d := runAgainst(t, tt.sc, livecheck.Options{Scopes: []string{"invoice", "customer"}})
			c, ok := statusOf(r, tt.id)
			if !ok {
				t.Fatalf("no check %s in %+v", tt.id, r.Checks)
			}
			if c.Status != tt.status || c.FixID != tt.fix || c.Evidence.Code != tt.code || c.Evidence.HTTP != tt.http {
				t.Errorf("%s = %s fix %q code %q http %d; want %s fix %q code %q http %d (%s)",
					tt.id, c.Status, c.FixID, c.Evidence.Code, c.Evidence.HTTP, tt.status, tt.fix, tt.code, tt.http, c.Summary.In(i18n.English))
			}
			for _, want := range tt.says {
				if got := c.Summary.In(i18n.English); !strings.Contains(got, want) {
					t.Errorf("summary %q lacks %q", got, want)
				}
			}
			for _, s := range shown(r) {
				for _, p := range append(private, d.Token, "eyJ") {
					if strings.Contains(s, p) {
						t.Errorf("output holds %q: %q", p, s)
					}
				}
				if strings.Contains(s, "@") {
					t.Errorf("output holds an @: %q", s)
				}
			}
		})
	}
}
