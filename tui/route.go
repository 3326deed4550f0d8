package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// handleKey routes a key press. ctrl+c always interrupts. While the user
// types a filter, keys go to the screen (enter still chooses). Otherwise the
// wizard's own keys come first and the rest go to the screen.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.keys
	if key.Matches(msg, k.Interrupt) {
		m.result.Interrupted = true
		return tea.Interrupt
	}
	if m.screen.typing() && !key.Matches(msg, k.Choose) {
		return m.screen.update(msg)
	}
	switch s := m.screen.(type) {
	case *choiceScreen:
		switch {
		case key.Matches(msg, k.Choose):
			m.choose(s)
			return nil
		case key.Matches(msg, k.Back) && (msg.String() != "esc" || !s.escTaken()):
			m.back()
			return nil
		case key.Matches(msg, k.Restart):
			m.restart()
			return nil
		case key.Matches(msg, k.Lang) && !m.walk.here.lang:
			m.switchLang()
			return nil
		}
	case *fixScreen:
		switch {
		case key.Matches(msg, k.BackFix):
			m.back()
			return nil
		case key.Matches(msg, k.RestartFix):
			m.restart()
			return nil
		case key.Matches(msg, k.Lang):
			m.switchLang()
			return nil
		case key.Matches(msg, k.CopySteps):
			return copyText(copySteps, s.fix.StepsText(m.c.lang), m.clipboard)
		case key.Matches(msg, k.CopyMessage):
			return copyText(copyMessage, s.fix.CustomerMessage.In(m.c.lang), m.clipboard)
		}
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.fullHelp = !m.fullHelp
		m.layout()
		return nil
	}
	return m.screen.update(msg)
}

// choose takes the option under the cursor as the answer and moves on.
func (m *Model) choose(s *choiceScreen) {
	answer, ok := s.hovered()
	if !ok {
		return // a filter hides every option: nothing to choose
	}
	if m.walk.here.lang {
		m.setLang(i18n.Langs()[answer])
	}
	if m.walk.choose(answer) {
		m.enter(m.walk.cursor())
	}
}

// back returns to the previous question with the cursor on the answer
// given there. At the start of the walk there is nowhere to go.
func (m *Model) back() {
	if answer, ok := m.walk.back(); ok {
		m.enter(answer)
	}
}

// restart goes back to the first question with nothing answered. On the
// language screen there is nothing to restart.
func (m *Model) restart() {
	if m.walk.here.lang {
		return
	}
	m.walk.restart()
	m.enter(m.walk.cursor())
}

// switchLang changes to the other language on the spot, keeping the walk,
// the cursor and the scroll position.
func (m *Model) switchLang() {
	m.setLang(otherLang(m.c.lang))
	m.rebuild()
	m.layout()
}

// quit ends the wizard; on a fix screen the fix is the result, printed by
// the caller once the terminal is restored.
func (m *Model) quit() tea.Cmd {
	if s, ok := m.screen.(*fixScreen); ok {
		m.result.FixID = s.fix.ID
	}
	return tea.Quit
}
