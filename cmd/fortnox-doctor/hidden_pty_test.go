//go:build linux || darwin

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/term"

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
	for _, tc := range []struct{ name, keys string }{
		{"with paste marks", pasteStart + response + pasteEnd + keyEnter},
		{"without paste marks", response},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			s := startSession(t, bin, &out, "--lang", "en", "--json", "inspect-token")
			s.waitFor(firstWords(i18n.CmdTokenHint.In(i18n.English)))
			s.press(tc.keys)
			s.wait()
			var got struct{ Kind string }
			if err := json.Unmarshal(out.Bytes(), &got); err != nil || got.Kind != "jwt" {
				t.Errorf("the paste was not read whole: kind %q (%v); output %q", got.Kind, err, out.String())
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
					t.Errorf("the terminal's input still held %q after the program ended", l)
				}
			case <-time.After(waitLimit):
				t.Fatal("nothing to read from the terminal")
			}
			for _, secret := range []string{testkit.SecretJWT, testkit.RefreshUUID, "refresh_token"} {
				if strings.Contains(s.rawOutput(), secret) {
					t.Errorf("the terminal shows %q", secret)
				}
			}
		})
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
