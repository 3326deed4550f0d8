package tui

import (
	"strings"
	"testing"
)

// A CRLF text pasted through a terminal arrives as CR CR at each break and
// is read with one break each; other pastes keep their breaks.
func TestPastedLineBreaks(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"CRLF text sent as CR CR", "HTTP/1.1 429\r\rServer: x\r\r\r\r{}", "HTTP/1.1 429\nServer: x\n\n{}"},
		{"LF text sent as CR", "a\rb\rc", "a\rb\rc"},
		{"LF text with a blank line", "a\r\rb\rc", "a\r\rb\rc"},
		{"three CRs", "a\r\r\rb", "a\r\r\rb"},
		{"as it was copied", "a\r\nb", "a\r\nb"},
		{"one line", "invalid_grant", "invalid_grant"},
		{"ends with a pair", "a\r\r", "a\n"},
	} {
		if got := pastedLineBreaks(tc.in); got != tc.want {
			t.Errorf("%s: pastedLineBreaks(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

// FuzzPastedLineBreaks: the result is never longer than the paste, and
// only CR pairs become LFs.
func FuzzPastedLineBreaks(f *testing.F) {
	f.Add("a\r\rb")
	f.Add("a\rb\r\rc")
	f.Fuzz(func(t *testing.T, s string) {
		got := pastedLineBreaks(s)
		if len(got) > len(s) {
			t.Fatalf("grew: %q → %q", s, got)
		}
		if got != s && strings.ReplaceAll(got, "\n", "\r\r") != s {
			t.Fatalf("changed more than CR pairs: %q → %q", s, got)
		}
	})
}
