package diagnose

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text stays", "Kunde inte hitta konto\n\tline two", "Kunde inte hitta konto\n\tline two"},
		{"Swedish letters stay", "Har inte behörighet för scope – åäö ÅÄÖ", "Har inte behörighet för scope – åäö ÅÄÖ"},
		{"colours from a log are removed", "\x1b[31mERROR\x1b[0m \x1b[1;33mfortnox\x1b[m", "ERROR fortnox"},
		{"OSC 52 clipboard write ended by BEL", "before\x1b]52;c;ZXZpbA==\x07after", "beforeafter"},
		{"OSC 52 clipboard write ended by ST", "before\x1b]52;c;ZXZpbA==\x1b\\after", "beforeafter"},
		{"OSC 8 hyperlink keeps its text", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"window title", "\x1b]0;pwned\x07ok", "ok"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"APC", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"PM", "a\x1b^private\x1b\\b", "ab"},
		{"SOS", "a\x1bXstring\x1b\\b", "ab"},
		{"8-bit CSI", "a\u009b31mred\u009b0mb", "aredb"},
		{"8-bit OSC ended by 8-bit ST", "a\u009d52;c;eA==\u009cb", "ab"},
		{"other C1 controls are dropped", "a\u0085b\u0080c", "abc"},
		{"charset and reset sequences", "a\x1b(Bb\x1bcc\x1b7d", "abcd"},
		{"cursor movement cannot overwrite", "secret\x1b[2K\x1b[1Ashown", "secretshown"},
		{"bare CR becomes a newline", "fake line\rreal", "fake line\nreal"},
		{"CRLF becomes LF", "one\r\ntwo\r\n", "one\ntwo\n"},
		{"bidi override is dropped", "invoice\u202Egnp.exe\u202C ok", "invoicegnp.exe ok"},
		{"bidi isolates are dropped", "\u2066a\u2067b\u2068c\u2069", "abc"},
		{"zero-width and BOM are dropped", "\ufeffcl\u200bient\u200d", "client"},
		{"C0 controls become visible", "a\x00b\x07c\x08d\x7f", "a␀b␇c␈d␡"},
		{"line separators become newlines", "a\u2028b\u2029c", "a\nb\nc"},
		{"invalid UTF-8 becomes U+FFFD", "a\xffb\xc3", "a\ufffdb\ufffd"},
		{"unterminated OSC keeps its text visible", "a\x1b]52;c;text", "a52;c;text"},
		{"lone ESC at the end", "a\x1b", "a"},
		{"CSI broken by a newline", "a\x1b[31\nb", "a\nb"},
		{"ESC inside a control string aborts it", "\x1b]0;x\x1b[31mred", "red"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Sanitize(tc.in)
			if got != tc.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tc.in, got, tc.want)
			}
			assertSanitized(t, got)
			if again := Sanitize(got); again != got {
				t.Errorf("not idempotent: %q → %q", got, again)
			}
		})
	}
}

// assertSanitized fails when s holds anything Sanitize must remove: ESC,
// other C0 controls but newline and tab, C1 controls, carriage returns,
// Unicode format characters, invalid UTF-8.
func assertSanitized(t testing.TB, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("not valid UTF-8: %q", s)
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20 || r == 0x7f:
			t.Fatalf("C0 control %U in %q", r, s)
		case r >= 0x80 && r <= 0x9f:
			t.Fatalf("C1 control %U in %q", r, s)
		case unicode.Is(unicode.Cf, r):
			t.Fatalf("format character %U in %q", r, s)
		case r == '\u2028' || r == '\u2029':
			t.Fatalf("line separator %U in %q", r, s)
		}
	}
	if strings.ContainsRune(s, 0x1b) {
		t.Fatalf("ESC in %q", s)
	}
}
