package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// handleKey routes a key press. ctrl+c always interrupts. On the paste
// screen, text keys are text. While the user types a filter, keys go to the
// screen (enter still chooses). Otherwise the wizard's own keys come first
// and the rest go to the screen.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.keys
	if key.Matches(msg, k.Interrupt) {
		m.result.Interrupted = true
		return tea.Interrupt
	}
	if cmd, ok := m.handleCheckKey(msg); ok {
		return cmd
	}
	if s, ok := m.screen.(*pasteScreen); ok {
		return m.handlePasteKey(s, msg)
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
	case *resultScreen, *fixScreen:
		// Screens you read rather than answer share b, r and l.
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
		}
		switch s := s.(type) {
		case *resultScreen:
			if key.Matches(msg, k.Open) {
				m.open(s)
				return nil
			}
		case *fixScreen:
			switch {
			case key.Matches(msg, k.CopySteps):
				return copyText(copySteps, s.fix.StepsTextAs(m.c.lang, s.role), m.clipboard)
			case key.Matches(msg, k.CopyMessage):
				return copyText(copyMessage, s.message().In(m.c.lang), m.clipboard)
			}
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

// handlePasteKey routes a key on the paste screen: enter reads the paste,
// esc goes back (the paste stays), ctrl+r starts over (and forgets it),
// ctrl+l switches language; every other key goes to the screen, where text
// is text.
func (m *Model) handlePasteKey(s *pasteScreen, msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.keys
	if s.reading {
		// While the paste is read, esc cancels and other keys wait, so
		// that the paste cannot change under the reader.
		if key.Matches(msg, k.BackPaste) {
			m.cancelRead(s)
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Read):
		return m.startRead(s)
	case key.Matches(msg, k.BackPaste):
		m.back()
	case key.Matches(msg, k.Restart):
		m.restart()
	case key.Matches(msg, k.LangPaste):
		m.switchLang()
	default:
		return s.update(msg)
	}
	return nil
}

// handlePaste takes a bracketed paste. On a question that offers the paste
// screen, pasting is taken as that answer, even while a filter is typed:
// the wizard goes there with the paste. On any other question the paste is
// refused with a notice, so that it never lands in the filter, where it
// would show as it is, secrets and all. Other screens get it (the paste
// screen adds it; the result and fix screens ignore it).
func (m *Model) handlePaste(msg tea.PasteMsg) tea.Cmd {
	s, ok := m.screen.(*choiceScreen)
	if !ok {
		return m.screen.update(msg)
	}
	if n, ok := m.walk.node(); ok && n.Kind == flows.Question {
		for i, o := range n.Options {
			if next, ok := m.walk.tree.Node(o.Next); ok && next.Kind == flows.Paste && m.walk.choose(i) {
				m.enter(m.walk.cursor())
				return m.screen.update(msg)
			}
		}
	}
	if s.typing() {
		s.setNotice(i18n.WizFilterNoPaste.In(m.c.lang))
	}
	return nil
}

// open opens the choice under the cursor on a paste's result: its fix, or
// the first question.
func (m *Model) open(s *resultScreen) {
	if m.walk.choose(s.chosen()) {
		m.enter(m.walk.cursor())
	}
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

// restart goes back to the first question with nothing answered and
// nothing pasted. On the language screen there is nothing to restart.
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
		m.result.Role = s.role
	}
	return tea.Quit
}
