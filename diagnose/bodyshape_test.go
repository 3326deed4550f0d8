package diagnose

import "testing"

// TestOtherServersBody: Problem Details and a developerMessage are another
// server's shape; Fortnox's ErrorInformation, its {"message"} and an OAuth
// error are not, nor a title or a detail alone, nor the words outside keys.
func TestOtherServersBody(t *testing.T) {
	for body, want := range map[string]bool{
		`{"Title":"Unauthorized","Status":401,"Detail":"TokenExpired"}`:                  true,
		`{"status": 429, "developerMessage": "slow down"}`:                               true,
		`{"ErrorCode":4010,"DeveloperErrorMessage":"quota exceeded"}`:                    true,
		`{"ErrorInformation":{"error":1,"message":"Ogiltig inloggning","code":2000310}}`: false,
		`{"message":"unauthorized"}`:                                                     false,
		`{"error":"invalid_grant","error_description":"Invalid refresh token"}`:          false,
		`{"title":"Invoice 12"}`:                                                         false,
		`the title and the detail of "developerMessage" are words here`:                  false,
		`{"detail"`: false,
	} {
		if got := holdsOtherServersBody(fold(body)); got != want {
			t.Errorf("holdsOtherServersBody(%s) = %v, want %v", body, got, want)
		}
	}
	// Beside such a body a 429 is that server's; alone, in a Fortnox tool,
	// it is Fortnox's rate limit.
	checkConfident(t, map[string]bool{
		"HTTP/1.1 429 Too Many Requests\n" + `{"status":429,"developerMessage":"quota exceeded"}`: false,
		"HTTP/1.1 429 Too Many Requests": true,
	})
}
