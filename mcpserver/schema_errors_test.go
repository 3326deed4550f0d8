package mcpserver_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestSchemaErrorsQuoteNoSecret gives every tool arguments that do not fit
// its schema and hold a secret or an escape sequence: an object or a list
// where a string goes, a language that is not one, an argument name that is
// a secret or very long. The SDK's error quotes what it was given; the
// answer must not (an outside audit had a client secret, a whole JWT and
// an OSC sequence back, and a 10 000-character name).
func TestSchemaErrorsQuoteNoSecret(t *testing.T) {
	jwt := testkit.JWT(testkit.ExpiringClaims(testNow, 40*time.Minute))
	const (
		secret = "S3cretValue123xyz"
		escape = "\x1b]0;PWN\x07"
	)
	pastes := []string{"client_secret=" + secret, "Bearer " + jwt, "X" + escape}
	forbidden := []string{secret, jwt, testkit.JWTSignature, "\x1b", "\\u001b"}
	long := strings.Repeat("n", 10000)
	tools := map[string]string{"explain_error": "text", "check_activation_url": "url", "inspect_token": "token", "show_fix": "id"}
	for _, l := range langs {
		cs := connect(t, l)
		for tool, arg := range tools {
			for _, paste := range pastes {
				for _, args := range []map[string]any{
					{arg: map[string]any{"body": paste}},
					{arg: []any{paste, 1}},
					{arg: []any{"client_secret", secret}},
					{arg: "x", "lang": paste},
					{arg: "x", paste: 1},
					{arg: "x", long: 1},
				} {
					res := call(t, cs, tool, args)
					raw := rawResult(t, res)
					if !res.IsError {
						t.Errorf("%s (%s) %.60v: no error", tool, l, args)
					}
					for _, s := range forbidden {
						if strings.Contains(raw, s) {
							t.Errorf("%s (%s) %.60v: the answer holds %.20q:\n%.400s", tool, l, args, s, raw)
						}
					}
					if n := utf8.RuneCountInString(resultText(res)); n > 600 {
						t.Errorf("%s (%s) %.60v: the error is %d characters long", tool, l, args, n)
					}
				}
			}
		}
	}
}
