package diagnose

import (
	"slices"
	"testing"
)

// TestSharedOAuthErrorGoesToTheWordsFix: invalid_grant, which two fixes
// declare, goes to "Invalid refresh token" when Fortnox's phrase is there
// or when the paste's words are about a refresh token used twice, and to
// the broader spent-code-or-token fix otherwise.
func TestSharedOAuthErrorGoesToTheWordsFix(t *testing.T) {
	const (
		broader = "auth-code-or-refresh-token-invalid"
		refresh = "invalid-refresh-token"
	)
	for _, c := range []struct{ paste, want string }{
		{`Fortnox: {"error":"invalid_grant"}`, broader},
		{`Fortnox: {"error":"invalid_grant","error_description":"Invalid refresh token"}`, refresh},
		{"Fortnox rotates the refresh token on every use; two processes refreshed at once and the loser got invalid_grant", refresh},
		{"Fortnox token exchange failed with invalid_grant: the authorization code was already used", broader},
	} {
		ex, err := Explain(c.paste)
		if err != nil {
			t.Fatal(err)
		}
		var holders []string
		for _, m := range slices.Concat(ex.Matches, ex.Guesses) {
			if slices.Contains(m.Evidence, Evidence{Kind: EvidenceOAuthError, Value: "invalid_grant"}) {
				holders = append(holders, m.FixID)
			}
		}
		if !slices.Equal(holders, []string{c.want}) {
			t.Errorf("%q: invalid_grant counts for %v, want only %s (%v)", c.paste, holders, c.want, ranking(ex))
		}
	}
}
