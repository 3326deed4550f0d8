package diagnose

import "testing"

// TestWordsAloneNeedAClearLead: a description whose words point at one fix
// well ahead of the rest is a confident match; one whose words point at two
// fixes as strongly (an access token's hour and a refresh token used once)
// is not, however many words it shares with them.
func TestWordsAloneNeedAClearLead(t *testing.T) {
	const (
		oneFix = "Fortnox: the refresh token was already used. Two processes refreshed the token at the same moment " +
			"and one of them never saved the new refresh token; let only one process refresh, with a lock in Redis or the database"
		twoFixes = "Fortnox access tokens live about an hour and the refresh token works only once, " +
			"so two processes refreshing at the same time break the connection"
	)
	checkConfident(t, map[string]bool{oneFix: true, twoFixes: false})
	// The second one's words reach the bar for both fixes: only the lead
	// keeps them low.
	ex, err := Explain(twoFixes)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Guesses) < 2 || ex.Guesses[1].Score < highWordPoints {
		t.Errorf("want two guesses above highWordPoints (%d), got %v", highWordPoints, ranking(ex))
	}
}
