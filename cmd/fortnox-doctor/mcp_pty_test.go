//go:build linux || darwin

package main

import (
	"bytes"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestMCPInTerminal runs `fortnox-doctor mcp` as a person would by mistake,
// in a terminal: it says on standard error what it is for, writes nothing
// to standard output, and ends on Ctrl-D.
func TestMCPInTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t, t.TempDir())
	for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
		var stdout bytes.Buffer
		s := startSession(t, bin, &stdout, "mcp", "--lang", string(l))
		s.waitFor(firstWords(i18n.CmdMCPTerminalHint.In(l)))
		s.press("\x04")
		if code := s.wait(); code != exitOK {
			t.Errorf("%s: exit %d after Ctrl-D", l, code)
		}
		if stdout.Len() > 0 {
			t.Errorf("%s: stdout holds %q", l, stdout.String())
		}
	}
}
