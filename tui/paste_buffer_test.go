package tui

import (
	"strings"
	"testing"
)

// A link pasted with an invisible character keeps it, percent-encoded as a
// browser sends it, so that check-url's finding reaches the wizard; in any
// other paste the character is dropped, as explain drops it.
func TestPasteBufferKeepsALinksInvisibleCharacters(t *testing.T) {
	const link = "https://apps.fortnox.se/oauth-v1/auth?client_id=abc&scope=company\u200binformation&response_type=code"
	for _, tc := range []struct {
		paste, want string
	}{
		{link, strings.Replace(link, "\u200b", "%E2%80%8B", 1)},
		{"invalid_grant\u200b: Invalid refresh token", "invalid_grant: Invalid refresh token"},
	} {
		var b pasteBuffer
		if err := b.add(tc.paste); err != nil {
			t.Fatal(err)
		}
		if b.text != tc.want {
			t.Errorf("add(%q) keeps %q, want %q", tc.paste, b.text, tc.want)
		}
	}
}
