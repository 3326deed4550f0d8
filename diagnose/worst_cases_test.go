package diagnose

import (
	"testing"
)

// The worst answers issue 8 found, each now right: the first match of
// each paste is the fix fortnox.md §6 and §7 say it is.
func TestWorstCasesGiveTheRightFix(t *testing.T) {
	cases := []struct {
		name, paste, want string
	}{
		{
			"2000310 with an OAuth2 Bearer header is not the legacy method",
			"GET https://api.fortnox.se/3/invoices\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJ0ZW5hbnRJZCI6MX0.c2ln\n" +
				`{"ErrorInformation":{"error":1,"message":"Ogiltig inloggning","code":2000310}}`,
			"invalid-login",
		},
		{
			"2000311 with the legacy headers is the legacy method",
			"Access-Token: 3f2a9c1e-0000-4000-8000-1234567890ab\nClient-Secret: s3cr3t\n" +
				`{"ErrorInformation":{"Error":1,"Message":"Kan inte logga in, access-token eller client-secret saknas","Code":2000311}}`,
			"legacy-token-invalid",
		},
		{
			"2000310 alone, without headers, is not blamed on the legacy method",
			`{"ErrorInformation":{"error":1,"message":"Ogiltig inloggning","code":2000310}}`,
			"invalid-login",
		},
		{
			"a callback with only state is not a locked account",
			"https://app.example.se/fortnox/callback?state=5d41402abc4b2a76",
			"callback-without-code",
		},
		{
			"2000663 on one connection is a token without the scope",
			`{"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope","code":2000663}}`,
			"token-missing-scope",
		},
		{
			"2001403 is a missing preferred account",
			`{"ErrorInformation":{"error":1,"message":"Förvalt konto saknas","code":2001403}}`,
			"preferred-account-missing",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ex, err := Explain(c.paste)
			if err != nil {
				t.Fatal(err)
			}
			if len(ex.Matches) == 0 || ex.Matches[0].FixID != c.want {
				t.Errorf("matches = %+v, want %s first", ex.Matches, c.want)
			}
			for _, m := range ex.Matches {
				if (c.want == "invalid-login" && m.FixID == "legacy-token-invalid") ||
					(c.want == "legacy-token-invalid" && m.FixID == "invalid-login") ||
					(c.want == "callback-without-code" && m.FixID == "fortnox-account-locked") ||
					(c.want == "token-missing-scope" && m.FixID == "scopes-differ-between-connections") {
					t.Errorf("%s is matched too: %+v", m.FixID, ex.Matches)
				}
			}
		})
	}
}
