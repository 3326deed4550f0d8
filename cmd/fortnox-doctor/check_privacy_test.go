package main

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// TestCheckShowsNoPersonalDataFromBodies runs check against answers whose
// bodies hold the user's e-mail and customer data (an error message that
// echoes them, a 500 with a customer list, an HTML page, a 418 with a
// personnummer, a body of more than 1 MiB), in both languages, as text
// and JSON: none of it may be printed, and each answer is classified as it
// was before bodies were kept out of the output.
func TestCheckShowsNoPersonalDataFromBodies(t *testing.T) {
	for _, tt := range []struct {
		sc     fortnoxdouble.Scenario
		check  string
		status livecheck.Status
		fix    string
		code   int
	}{
		{fortnoxdouble.ErrorMessageWithEmail, "scope-invoice", livecheck.StatusFailed, livecheck.FixTokenMissingScope, 1},
		{fortnoxdouble.CustomerList500, "scope-customer", livecheck.StatusCouldNotCheck, "", 3},
		{fortnoxdouble.HTMLWithCustomerData, livecheck.CheckAccepted, livecheck.StatusCouldNotCheck, "", 3},
		{fortnoxdouble.Teapot, "scope-invoice", livecheck.StatusCouldNotCheck, "", 3},
		{fortnoxdouble.HugeBody, "scope-invoice", livecheck.StatusCouldNotCheck, "", 3},
	} {
		for _, lang := range []i18n.Lang{i18n.English, i18n.Swedish} {
			t.Run(string(tt.sc)+"/"+string(lang), func(t *testing.T) {
				args := []string{"--yes", "--lang", string(lang), "--scopes", "invoice,customer"}
				text, d := checkInvocation{scenario: tt.sc}.run(t, args...)
				js, _ := checkInvocation{scenario: tt.sc}.run(t, append(args, "--json")...)
				if text.code != tt.code || js.code != tt.code {
					t.Errorf("exit %d (text), %d (json), want %d\n%s%s", text.code, js.code, tt.code, text.stdout, text.stderr)
				}
				got, c := decodeCheck(t, js.stdout, tt.check)
				if c.Status != tt.status || c.FixID != tt.fix {
					t.Errorf("%s = %s %q, want %s %q (%s)", c.ID, c.Status, c.FixID, tt.status, tt.fix, c.Summary)
				}
				// Everything printed, and the JSON's strings as decoded (an
				// escape must not hide a leak from the search).
				printed := []string{text.stdout, text.stderr, js.stdout, js.stderr}
				for _, c := range got.Checks {
					printed = append(printed, c.Name, c.Summary, c.Evidence.Code, c.Evidence.Message)
				}
				private := append(fortnoxdouble.CustomerData(), fortnoxdouble.CustomerName, d.Token, "eyJ")
				for _, s := range printed {
					for _, p := range private {
						if strings.Contains(s, p) {
							t.Errorf("output holds %q:\n%s", p, s)
						}
					}
					if strings.Contains(s, "@") {
						t.Errorf("output holds an @:\n%s", s)
					}
				}
			})
		}
	}
}
