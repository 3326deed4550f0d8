package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// liveCheck is the wizard's "Check with Fortnox" state: the options (nil
// when the action is off), and while a check is open its screen and the
// screen it was opened from.
type liveCheck struct {
	opts   *CheckOptions
	screen *checkScreen
	under  screen
}

// checkConfirms are the fixes a check can confirm or rule out (fortnox.md
// §9): their screens offer the check too.
var checkConfirms = []string{
	livecheck.FixTokenMissingScope, livecheck.FixNotLicensedForScope, livecheck.FixMissingLicense,
	livecheck.FixMissingRights, livecheck.FixMissingRightsWarehouse, livecheck.FixWrongCompanyAuthorized,
	livecheck.FixAccessTokenExpired, livecheck.FixInvalidLogin, "scopes-differ-between-connections",
}

// canCheck reports whether the action is offered here, when the wizard has
// check options: on the result of a pasted token, and on the fixes a check
// can confirm.
func (m *Model) canCheck() bool {
	if m.live.opts == nil || m.live.screen != nil {
		return false
	}
	switch s := m.screen.(type) {
	case *resultScreen:
		return s.result.kind == diagnose.PasteToken
	case *fixScreen:
		return slices.Contains(checkConfirms, s.fix.ID)
	}
	return false
}

// openCheck shows the check of the pasted token, asking first; without a
// pasted token it asks for one.
func (m *Model) openCheck() {
	paste := m.walk.paste.text
	if diagnose.Classify(paste) != diagnose.PasteToken {
		paste = ""
	}
	m.live.screen = newCheckScreen(m.c, *m.live.opts, paste, m.now())
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

// handleCheckKey takes the keys of the check action: t on a token's result
// or a fix a check can confirm opens it; on the check screen enter sends (after asking) or opens the fix
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
	// The question reads [y/N]: y (j) sends, n goes back, as typed.
	if s.phase == checkAsking && s.refused.IsZero() {
		switch msg.String() {
		case "y", "j":
			return s.start(), true
		case "n":
			m.closeCheck()
			return nil, true
		}
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
