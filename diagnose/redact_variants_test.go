package diagnose

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestRedactVariants: every way people paste a secret is redacted, and
// redacting again changes nothing.
func TestRedactVariants(t *testing.T) {
	for _, h := range testkit.Secrets() {
		t.Run(h.Name, func(t *testing.T) {
			got := Clean(h.Paste)
			for _, leak := range testkit.Leaks(got, h.Secrets) {
				t.Errorf("Clean(%q) = %q: %s", h.Paste, got, leak)
			}
			if again := Clean(got); again != got {
				t.Errorf("not idempotent:\n once %q\ntwice %q", got, again)
			}
		})
	}
}

// TestRedactKeepsProse: words and ids that are not secrets stay.
func TestRedactKeepsProse(t *testing.T) {
	for _, s := range []string{
		"access-token eller client-secret saknas",
		"Basic plan",
		`Bearer error="invalid_token"`,
		`{"ErrorInformation":{"error":1,"message":"Kunde inte hitta konto","code":2001304}}`,
		"the client secret: missing",
		"refresh token\nwas rejected",
		"HTTP 401 Unauthorized at 2025-02-11T08:01:22.114Z",
	} {
		if got := Clean(s); got != s {
			t.Errorf("Clean(%q) = %q, want it unchanged", s, got)
		}
	}
	if got := Clean(testkit.ControlSequences()[0].Paste); !strings.Contains(got, "2000663") {
		t.Errorf("the error code went: %q", got)
	}
}
