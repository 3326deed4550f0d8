package main

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestInputOverTheLimitSaysWhatToGive: input over 1 MiB is refused with
// words that fit the command: the activation link for check-url, the token
// for inspect-token, the error message for explain.
func TestInputOverTheLimitSaysWhatToGive(t *testing.T) {
	big := strings.Repeat("x", diagnose.MaxInputBytes+1)
	for _, tt := range []struct {
		cmd  string
		want i18n.Text
	}{
		{"check-url", i18n.ErrURLTooLarge},
		{"inspect-token", i18n.ErrTokenTooLarge},
		{"explain", i18n.DiagErrTooLarge},
	} {
		for _, l := range i18n.Langs() {
			r := invocation{stdin: big}.run(t, tt.cmd, "--lang", string(l))
			want := "fortnox-doctor: " + tt.want.Format(l, "1 MiB") + "\n"
			if r.code != exitUsage || r.stderr != want {
				t.Errorf("%s in %s: exit %d, stderr %q; want 2 and %q", tt.cmd, l, r.code, r.stderr, want)
			}
		}
	}
}
