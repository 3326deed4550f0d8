package diagnose

import (
	"slices"
	"testing"
)

// TestSharedOAuthErrorGoesToTheWordsFix: invalid_grant, which two fixes
// declare, goes to "Invalid refresh token" when Fortnox's phrase is there
// or when the paste's words are about a refresh token used twice (and then
// its evidence names those words), and to the broader spent-code-or-token
// fix otherwise.
func TestSharedOAuthErrorGoesToTheWordsFix(t *testing.T) {
	const (
		broader = "auth-code-or-refresh-token-invalid"
		refresh = "invalid-refresh-token"
	)
	for _, c := range []struct {
		paste, want string
		byWords     bool
	}{
		{`Fortnox: {"error":"invalid_grant"}`, broader, false},
		{`Fortnox: {"error":"invalid_grant","error_description":"Invalid refresh token"}`, refresh, false},
		{"Fortnox rotates the refresh token on every use; two processes refreshed at once and the loser got invalid_grant", refresh, true},
		{"Our worker refreshes the Fortnox token from two processes at once and one of them gets invalid_grant", refresh, true},
		{"Fortnox token exchange failed with invalid_grant: the authorization code was already used", broader, false},
	} {
		ex, err := Explain(c.paste)
		if err != nil {
			t.Fatal(err)
		}
		var holders []string
		for _, m := range slices.Concat(ex.Matches, ex.Guesses) {
			if !slices.Contains(m.Evidence, Evidence{Kind: EvidenceOAuthError, Value: "invalid_grant"}) {
				continue
			}
			holders = append(holders, m.FixID)
			byWords := slices.ContainsFunc(m.Evidence, func(e Evidence) bool { return e.Kind == EvidenceWords })
			if byWords != c.byWords {
				t.Errorf("%q: %s has words among its evidence: %v, want %v (%v)", c.paste, m.FixID, byWords, c.byWords, m.Evidence)
			}
		}
		if !slices.Equal(holders, []string{c.want}) {
			t.Errorf("%q: invalid_grant counts for %v, want only %s (%v)", c.paste, holders, c.want, ranking(ex))
		}
	}
}
