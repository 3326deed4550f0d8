package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// bigPaste is above asyncReadFrom, so that reading it runs off the loop.
func bigPaste() string {
	line := "2025-02-11T08:01:22.114Z INFO [sync] fetched 100 invoices page=3\n"
	return strings.Repeat(line, asyncReadFrom/len(line)+1) + "Invalid refresh token\n"
}

// runBatch runs a command and what it batches, and returns the messages.
func runBatch(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runBatch(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

// readMsg finds the pasteReadMsg among messages.
func readMsg(t *testing.T, msgs []tea.Msg) pasteReadMsg {
	t.Helper()
	for _, m := range msgs {
		if r, ok := m.(pasteReadMsg); ok {
			return r
		}
	}
	t.Fatalf("no pasteReadMsg among %v", msgs)
	return pasteReadMsg{}
}

// TestLargePasteIsReadOffTheLoop: enter on a large paste returns at once
// with a spinner; the result arrives as a message and opens the result.
func TestLargePasteIsReadOffTheLoop(t *testing.T) {
	for _, l := range i18n.Langs() {
		m := toPaste(t, l, 80, 24)
		send(m, pasteMsg(bigPaste()))
		_, cmd := m.Update(press("enter"))
		s, ok := m.screen.(*pasteScreen)
		if !ok || !s.reading || cmd == nil {
			t.Fatalf("%s: enter on a large paste: screen %T, reading %v", l, m.screen, ok && s.reading)
		}
		if frame := plain(m.View().Content); !strings.Contains(frame, i18n.WizReading.In(l)) {
			t.Errorf("%s: no spinner while reading:\n%s", l, frame)
		}
		// Keys wait, ctrl+c does not.
		send(m, press("backspace"))
		if !strings.HasSuffix(m.walk.paste.text, "token\n") {
			t.Errorf("%s: the paste changed while it was read", l)
		}
		msgs := runBatch(cmd)
		send(m, readMsg(t, msgs))
		if _, ok := m.screen.(*resultScreen); !ok {
			t.Errorf("%s: after the read, at %T, want the result", l, m.screen)
		}
	}
}

// TestReadingCanBeCancelled: esc while reading stays on the paste screen,
// and the result, when it comes, is dropped; ctrl+c ends the wizard.
func TestReadingCanBeCancelled(t *testing.T) {
	m := toPaste(t, i18n.English, 80, 24)
	send(m, pasteMsg(bigPaste()))
	_, cmd := m.Update(press("enter"))
	send(m, press("esc"))
	s, ok := m.screen.(*pasteScreen)
	if !ok || s.reading {
		t.Fatalf("esc while reading: screen %T", m.screen)
	}
	send(m, readMsg(t, runBatch(cmd)))
	if _, ok := m.screen.(*pasteScreen); !ok {
		t.Errorf("a cancelled read still opened %T", m.screen)
	}

	_, cmd = m.Update(press("enter"))
	if s, ok := m.screen.(*pasteScreen); !ok || !s.reading {
		t.Fatalf("enter again: screen %T", m.screen)
	}
	_, quit := m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if quit == nil || !m.Result().Interrupted {
		t.Errorf("ctrl+c while reading does not interrupt")
	} else if _, ok := quit().(tea.InterruptMsg); !ok {
		t.Errorf("ctrl+c while reading gives %T", quit())
	}
	_ = cmd
}
