package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
)

// liveCheck is the wizard's "Check with Fortnox" state: the options (nil
// when the action is off), and while a check is open its screen and the
// screen it was opened from.
type liveCheck struct {
	opts   *CheckOptions
	screen *checkScreen
	under  screen
}

// canCheck reports whether the action is offered here: on the result of a
// pasted token, when the wizard has check options.
func (m *Model) canCheck() bool {
	if m.live.opts == nil || m.live.screen != nil {
		return false
	}
	s, ok := m.screen.(*resultScreen)
	return ok && s.result.kind == diagnose.PasteToken
}

// openCheck shows the check of the pasted token, asking first.
func (m *Model) openCheck() {
	m.live.screen = newCheckScreen(m.c, *m.live.opts, m.walk.paste.text, m.now())
	m.live.under = m.screen
	m.screen = m.live.screen
	m.layout()
}

// closeCheck stops a run under way and goes back to where the check was
// opened from.
func (m *Model) closeCheck() {
	m.live.screen.stop()
	m.screen = m.live.under
	m.live.screen, m.live.under = nil, nil
	m.layout()
}

// handleCheckKey takes the keys of the check action: c on a token's result
// opens it; on the check screen enter sends (after asking) or opens the fix
// under the cursor, ↑/↓ move, b and esc go back, l switches language; on a
// fix opened from it b and esc come back to it. It reports false for keys
// it leaves to the usual routing.
func (m *Model) handleCheckKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.c.keys
	s := m.live.screen
	if s == nil {
		if key.Matches(msg, k.CheckLive) && m.canCheck() {
			m.openCheck()
			return nil, true
		}
		return nil, false
	}
	if m.screen != screen(s) {
		switch {
		case key.Matches(msg, k.BackFix):
			m.screen = s
			m.layout()
			return nil, true
		case key.Matches(msg, k.RestartFix):
			m.closeCheck()
			m.restart()
			return nil, true
		}
		return nil, false
	}
	switch {
	case key.Matches(msg, k.Quit):
		s.stop()
		return m.quit(), true
	case key.Matches(msg, k.BackFix):
		m.closeCheck()
	case key.Matches(msg, k.RestartFix):
		m.closeCheck()
		m.restart()
	case key.Matches(msg, k.Lang):
		m.switchLang()
	case key.Matches(msg, k.Open):
		if s.phase == checkAsking {
			return s.start(), true
		}
		if f, ok := s.chosenFix(); ok {
			m.screen = newFixScreen(m.c, f, m.walk.role())
			m.layout()
		}
	case msg.String() == "up" || msg.String() == "k":
		s.move(-1)
	case msg.String() == "down" || msg.String() == "j":
		s.move(1)
	}
	return nil, true
}
