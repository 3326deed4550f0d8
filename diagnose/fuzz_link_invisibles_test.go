package diagnose

import (
	"strings"
	"testing"
)

// FuzzKeepLinkInvisibles: a link comes back with no invisible character
// left (each percent-encoded); anything else comes back as it was.
func FuzzKeepLinkInvisibles(f *testing.F) {
	f.Add(strings.Replace(auditURL, "company", "company\u200b", 1))
	f.Add("invalid_grant\u200b")
	f.Add("https://apps.fortnox.se/oauth-v1/auth?scope=\u2060\u200b\ufeff")
	f.Fuzz(func(t *testing.T, paste string) {
		if len(paste) > 1<<16 {
			return
		}
		got := KeepLinkInvisibles(paste)
		if Classify(paste) != PasteActivationURL {
			if got != paste {
				t.Fatalf("KeepLinkInvisibles changed a paste that is no link: %q → %q", paste, got)
			}
			return
		}
		if strings.ContainsFunc(got, isInvisible) {
			t.Fatalf("KeepLinkInvisibles left an invisible character in %q", got)
		}
	})
}
