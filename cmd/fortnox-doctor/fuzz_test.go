package main

import (
	"context"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// FuzzArgs runs the command line on arbitrary arguments (split at NUL) and
// standard input: it must end with an exit code of the contract, never
// panic or hang, and write no control sequence or invisible character,
// whatever the arguments hold. Help and completion scripts are left out:
// they print no user input.
func FuzzArgs(f *testing.F) {
	for _, seed := range []string{
		"explain\x00- Invalid refresh token", "explain\x00---\nclient_secret=Z8yQp3LmN7vR2sT9wX4k", "list\x00--json",
		"show\x00\x1b]52;c;ZXZpbA==\x07", "check-url\x00https://apps.fortnox.se/oauth-v1/auth?scope=a b",
		"--lang\x00\u202exx", "graph\x00--format\x00dot", "inspect-token\x00--json", "-\x00--\x00---",
		"\x1b[31mbogus", "list\x00-client_secret=Z8yQp3LmN7vR2sT9wX4k", "--accessible\x00--output\x00/nonexistent/\x1b]0;t\x07",
	} {
		f.Add(seed, "Invalid refresh token")
	}
	for _, h := range testkit.All() {
		f.Add("explain\x00"+h.Paste, h.Paste)
		f.Add(h.Paste, "")
	}
	f.Fuzz(func(t *testing.T, joined, stdin string) {
		testkit.Bounded(t, len(joined)+len(stdin), func() {
			args := strings.Split(joined, "\x00")
			for _, a := range args {
				if a == "completion" || a == "help" || a == "man" || a == "-h" || a == "--help" || strings.HasPrefix(a, "__complete") {
					return
				}
			}
			a, stdout, stderr := newWizardTestApp(stdin)
			r := result{code: run(context.Background(), args, a)}
			r.stdout, r.stderr = stdout.String(), stderr.String()
			switch r.code {
			case exitOK, exitNegative, exitUsage:
			default:
				t.Errorf("%q: exit %d", args, r.code)
			}
			for name, out := range map[string]string{"stdout": r.stdout, "stderr": r.stderr} {
				for _, leak := range testkit.Leaks(out, nil) {
					t.Errorf("%q: %s holds %s:\n%q", args, name, leak, out)
				}
			}
		})
	})
}
