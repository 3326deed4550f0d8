//go:build linux || darwin

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/creack/pty"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestHiddenPromptReadsAPasteWhole pastes a token response of several
// lines at inspect-token's hidden prompt, with and without the terminal's
// paste marks: the whole response is read (the access token in it is
// decoded), and nothing of it is left in the terminal's input for the
// shell to read after the program ends (the line typed next is the first
// one there), nor shown.
func TestHiddenPromptReadsAPasteWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t, t.TempDir())
	response := "{\n  \"access_token\": \"" + testkit.SecretJWT + "\",\n  \"refresh_token\": \"" + testkit.RefreshUUID + "\",\n  \"scope\": \"invoice\"\n}\n"
	// cut is the response in three parts, each ending in a line break.
	lines := strings.SplitAfter(response, "\n")
	cut := []string{lines[0], strings.Join(lines[1:3], ""), strings.Join(lines[3:], "")}
	for _, tc := range []struct {
		name  string
		parts []string
		// tries: the parts are read one at a time only if each comes
		// within pasteGap of the read before; on a loaded machine a part
		// may come later, as over a slow link, and the paste is cut. Such
		// a run proves nothing either way, so it is tried again; without
		// the wait every try fails.
		tries int
	}{
		{"with paste marks", []string{pasteStart + response + pasteEnd + keyEnter}, 1},
		{"without paste marks", []string{response}, 1},
		{"without paste marks, in parts cut after a line break", cut, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var problems []string
			for range tc.tries {
				if problems = pasteAtHiddenPrompt(t, bin, tc.parts); len(problems) == 0 {
					return
				}
			}
			t.Error(strings.Join(problems, "\n"))
		})
	}
}

// pasteAtHiddenPrompt pastes parts at inspect-token's hidden prompt and
// says what went wrong: the response not read whole, a line of it left in
// the terminal's input, a secret shown.
func pasteAtHiddenPrompt(t *testing.T, bin string, parts []string) (problems []string) {
	t.Helper()
	var out bytes.Buffer
	s := startSession(t, bin, &out, "--lang", "en", "--json", "inspect-token")
	s.waitFor(firstWords(i18n.CmdTokenHint.In(i18n.English)))
	s.pressInParts(parts...)
	s.wait()
	var got struct{ Kind string }
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || got.Kind != "jwt" {
		problems = append(problems, fmt.Sprintf("the paste was not read whole: kind %q (%v); output %q", got.Kind, err, out.String()))
	}
	s.press("next\r")
	line := make(chan string, 1)
	go func() {
		l, _ := bufio.NewReader(s.tty).ReadString('\n')
		line <- l
	}()
	select {
	case l := <-line:
		if strings.TrimSpace(l) != "next" {
			problems = append(problems, fmt.Sprintf("the terminal's input still held %q after the program ended", l))
		}
	case <-time.After(waitLimit):
		t.Fatal("nothing to read from the terminal")
	}
	for _, secret := range []string{testkit.SecretJWT, testkit.RefreshUUID, "refresh_token"} {
		if strings.Contains(s.rawOutput(), secret) {
			problems = append(problems, fmt.Sprintf("the terminal shows %q", secret))
		}
	}
	return problems
}

// pressInParts writes each part once the program has read the one before,
// as a terminal without paste marks may send a long paste: in writes that
// the program reads one at a time. (A part not yet in the terminal's input
// when it is looked at goes with the next in one read, as the test before
// has it.)
func (s *session) pressInParts(parts ...string) {
	s.t.Helper()
	for i, p := range parts {
		if i > 0 {
			s.waitInputRead()
		}
		s.press(p)
	}
}

// waitInputRead waits until the terminal's input holds nothing unread.
func (s *session) waitInputRead() {
	s.t.Helper()
	time.Sleep(2 * time.Millisecond) // for the write to reach the input
	deadline := time.Now().Add(waitLimit)
	for {
		n, err := unreadInput(s.tty.Fd())
		switch {
		case err != nil:
			s.t.Fatal(err)
		case n == 0:
			return
		case time.Now().After(deadline):
			s.t.Fatal("the program did not read its input")
		}
		time.Sleep(time.Millisecond)
	}
}

// TestInputPending: a terminal's input with bytes waiting is pending, one
// with none is not, however long it is waited for.
func TestInputPending(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		testkit.SkipUnlessCI(t, "no pseudo-terminal here: "+err.Error())
	}
	defer func() { _ = ptmx.Close(); _ = tty.Close() }()
	if inputPending(tty.Fd(), 10*time.Millisecond) {
		t.Error("an empty input is pending")
	}
	if _, err := ptmx.WriteString("more\n"); err != nil {
		t.Fatal(err)
	}
	if !inputPending(tty.Fd(), waitLimit) {
		t.Error("an input with bytes waiting is not pending")
	}
}

// TestHiddenPromptRestoresTheTerminal: SIGTERM or ctrl+c at the hidden
// prompt, or the end of the paste, leave the terminal's modes as they
// were and bracketed paste off.
func TestHiddenPromptRestoresTheTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t, t.TempDir())
	for _, tc := range []struct {
		name string
		end  func(s *session)
	}{
		{"SIGTERM", func(s *session) { _ = s.cmd.Process.Signal(syscall.SIGTERM) }},
		{"ctrl+c", func(s *session) { s.press(keyCtrlC) }},
		{"Enter", func(s *session) { s.press("eyJ.x.y" + keyEnter) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := startSession(t, bin, nil, "--lang", "en", "inspect-token")
			s.waitFor(firstWords(i18n.CmdTokenHint.In(i18n.English)))
			tc.end(s)
			s.wait()
			after, err := term.GetState(s.tty.Fd())
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(s.before, after) {
				t.Error("the terminal's modes differ after the prompt")
			}
			deadline := time.Now().Add(waitLimit)
			for !strings.Contains(s.rawOutput(), pasteModeOff) && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if raw := s.rawOutput(); strings.LastIndex(raw, pasteModeOff) < strings.LastIndex(raw, pasteModeOn) {
				t.Error("bracketed paste is left on")
			}
		})
	}
}
