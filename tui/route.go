package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// handleKey routes a key press: ctrl+c always interrupts; every other key
// goes to the screen, whose intent the root then carries out.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.c.nav.Interrupt) {
		m.result.Interrupted = true
		return tea.Interrupt
	}
	rows := lipgloss.Height(m.footerCache.view) // the footer last drawn
	cmd, in := m.screen.update(msg)
	cmd = tea.Batch(cmd, m.act(in))
	// A key may change which keys apply (a filter typed, a paste no
	// longer empty), and with them the footer's height.
	if m.footerRows() != rows {
		m.layout()
	}
	return cmd
}

// handlePaste takes a bracketed paste: the screen takes it, and on a
// question that offers the paste screen the wizard goes there with it.
func (m *Model) handlePaste(msg tea.PasteMsg) tea.Cmd {
	cmd, in := m.screen.update(msg)
	if in.kind != pasteHere {
		return tea.Batch(cmd, m.act(in))
	}
	if n, ok := m.walk.node(); ok && n.Kind == flows.Question {
		for i, o := range n.Options {
			if next, ok := m.walk.tree.Node(o.Next); ok && next.Kind == flows.Paste && m.walk.choose(i) {
				m.enter(m.walk.cursor())
				cmd, _ := m.screen.update(msg)
				return cmd
			}
		}
	}
	// No way to the paste screen from here (the language screen): the
	// screen says so rather than drop the paste without a word.
	why := i18n.WizPasteNotHere
	if m.walk.here.lang {
		why = i18n.WizPasteAfterLang
	}
	refused, _ := m.screen.update(pasteRefusedMsg{why: why})
	return tea.Batch(cmd, refused)
}

// pasteRefusedMsg tells a screen that the paste it passed on has nowhere
// to go, and why.
type pasteRefusedMsg struct{ why i18n.Text }

// act carries out what a screen asked for.
func (m *Model) act(in intent) tea.Cmd {
	switch in.kind {
	case goBack:
		m.back()
	case goRestart:
		m.restart()
	case switchLang:
		m.switchLang()
	case quitWizard:
		return m.quit()
	case toggleHelp:
		m.fullHelp = !m.fullHelp
		m.layout()
	case chooseIndex:
		m.choose(in.index)
	case openIndex:
		if m.walk.choose(in.index) {
			m.enter(m.walk.cursor())
		}
	case analysePaste:
		return m.startRead()
	case cancelRead:
		m.reading++
		m.readPending = false
	case openCheck:
		if m.canCheck() {
			m.openCheck()
		}
	case openFix:
		m.screen = newFixScreen(m.c, in.fix, m.walk.role())
		m.layout()
	case openRelated:
		m.openRelated(in.index)
	}
	return nil
}

// footerRows is the footer's height, which the screen's area depends on.
func (m *Model) footerRows() int { return lipgloss.Height(m.footer()) }

// choose takes an option as the answer and moves on.
func (m *Model) choose(answer int) {
	if m.walk.here.lang {
		m.setLang(i18n.Langs()[answer])
	}
	if m.walk.choose(answer) {
		m.enter(m.walk.cursor())
	}
}

// back returns to the previous question with the cursor on the answer
// given there; from a related fix, to the fix it was opened from; from a
// fix opened on the live check, to the check. At the start of the walk
// there is nowhere to go.
func (m *Model) back() {
	if m.closeRelated() {
		return
	}
	if s := m.live.screen; s != nil {
		if m.screen == screen(s) {
			m.closeCheck()
		} else {
			m.screen = s
			m.layout()
		}
		return
	}
	if answer, ok := m.walk.back(); ok {
		m.enter(answer)
	}
}

// restart goes back to the first question with nothing answered and
// nothing pasted. On the language screen there is nothing to restart.
func (m *Model) restart() {
	m.aside = nil
	if m.live.screen != nil {
		m.closeCheck()
	}
	if m.walk.here.lang {
		return
	}
	m.walk.restart()
	m.enter(m.walk.cursor())
}

// switchLang changes to the other language on the spot, keeping the walk,
// the cursor and the scroll position.
func (m *Model) switchLang() {
	m.setLang(m.c.lang.Other())
	m.rebuild()
	m.layout()
}

// quit ends the wizard; on a fix screen the fix is the result, printed by
// the caller once the terminal is restored.
func (m *Model) quit() tea.Cmd {
	if m.live.screen != nil {
		m.live.screen.stop()
	}
	if fix, role, ok := m.screen.shownFix(); ok {
		m.result.FixID = fix.ID
		m.result.Role = role
	}
	return tea.Quit
}
