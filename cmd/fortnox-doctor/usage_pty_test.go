//go:build linux || darwin

package main

import (
	"strings"
	"testing"
)

// TestUsageErrorsAskTheTerminalNothing: a typo on a terminal fails at once
// with one plain line. fang styles the errors it is handed, and to pick
// its colours asks the terminal for its background; a terminal that never
// answers held every typo for 4 s (an outside audit), and one that does
// answers after the shell's prompt. Cobra's own errors (an unknown flag,
// arguments a command does not take) now go the way the commands' errors
// do: no query is written.
func TestUsageErrorsAskTheTerminalNothing(t *testing.T) {
	bin := buildBinary(t, t.TempDir())
	for _, args := range [][]string{
		{"bogus"},
		{"--bogus"},
		{"list", "extra"},
		{"--lang", "xx", "list"},
		{"explain", "--bogus"},
		{"--lang", "sv", "show"},
	} {
		s := startSession(t, bin, nil, args...)
		s.waitFor("fortnox-doctor: ")
		if code := s.wait(); code != exitUsage {
			t.Errorf("%v: exit %d, want %d:\n%q", args, code, exitUsage, s.rawOutput())
		}
		raw := s.rawOutput()
		if !strings.Contains(raw, "fortnox-doctor: ") {
			t.Errorf("%v: no error line:\n%q", args, raw)
		}
		if strings.Contains(raw, "\x1b]11;?") || strings.Contains(raw, "\x1b[c") {
			t.Errorf("%v: the terminal was asked for its background:\n%q", args, raw)
		}
	}
}
