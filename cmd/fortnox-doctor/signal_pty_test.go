//go:build linux || darwin

package main

import (
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/charmbracelet/x/term"
	"github.com/creack/pty"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestSignalsRestoreTheTerminal: SIGTERM while the wizard reads a large
// paste ends it with the terminal given back, and ctrl+c at
// inspect-token's hidden prompt turns echo back on.
func TestSignalsRestoreTheTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t, t.TempDir())

	t.Run("SIGTERM while reading a large paste", func(t *testing.T) {
		s := startSession(t, bin, nil, "--lang", "en")
		before := s.before
		s.waitFor(flows.DecisionTree().Root().Text.In(i18n.English))
		for _, a := range pasteAnswers(t) {
			s.press(strings.Repeat(keyDown, a) + keyEnter)
		}
		line := "2025-02-11T08:01:22.114Z INFO [sync] fetched 100 invoices page=3\n"
		s.press("\x1b[200~" + strings.Repeat(line, 2000) + "Invalid refresh token\x1b[201~")
		s.waitFor("more lines")
		s.press(keyEnter)
		if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		s.wait()
		assertRestored(t, s, before)
	})

	t.Run("ctrl+c at inspect-token's hidden prompt", func(t *testing.T) {
		ref, tty, err := pty.Open()
		if err != nil {
			testkit.SkipUnlessCI(t, "no pseudo-terminal here: "+err.Error())
		}
		fresh, err := term.GetState(tty.Fd())
		_ = ref.Close()
		_ = tty.Close()
		if err != nil {
			t.Fatal(err)
		}
		s := startSession(t, bin, nil, "--lang", "en", "inspect-token")
		s.waitFor(firstWords(i18n.CmdTokenHint.In(i18n.English)))
		s.press(keyCtrlC)
		if code := s.wait(); code != exitInterrupted {
			t.Errorf("exit %d after ctrl+c at the prompt, want %d", code, exitInterrupted)
		}
		after, err := term.GetState(s.tty.Fd())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fresh, after) {
			t.Error("the terminal is not as it was (echo left off?) after ctrl+c at the hidden prompt")
		}
	})
}
