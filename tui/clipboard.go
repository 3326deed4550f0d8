package tui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// copyTarget is what the user asked to copy from the fix screen.
type copyTarget int

const (
	copySteps copyTarget = iota
	copyMessage
)

// copiedMsg reports a copy: what was copied and whether the system
// clipboard took it. The OSC 52 sequence is always sent too, but no
// terminal confirms it, so it never counts as a known success.
type copiedMsg struct {
	what   copyTarget
	native bool
	// heading names the message copied ("Message to the customer").
	heading i18n.Text
}

// status is the line shown after the copy, claiming no more than is known.
func (m copiedMsg) status(c *common) string {
	switch {
	case m.native && m.what == copySteps:
		return c.styles.success.Render(i18n.WizCopiedSteps.In(c.lang))
	case m.native:
		return c.styles.success.Render(i18n.WizCopiedMessage.Format(c.lang, m.heading.In(c.lang)))
	case m.what == copySteps:
		return c.styles.notice.Render(i18n.WizSentSteps.In(c.lang))
	default:
		return c.styles.notice.Render(i18n.WizSentMessage.Format(c.lang, m.heading.In(c.lang)))
	}
}

// copyText copies text (a message: under heading) to the terminal's clipboard with OSC 52, which works
// over SSH, and to the system clipboard when there is one, then reports
// which of them is known to have worked.
func copyText(what copyTarget, heading i18n.Text, text string, native func(string) error) tea.Cmd {
	report := func() tea.Msg {
		ok := native != nil && native(text) == nil
		return copiedMsg{what: what, native: ok, heading: heading}
	}
	return tea.Batch(tea.SetClipboard(text), report)
}

// SystemClipboard is the system clipboard for Options.Clipboard, or nil in
// an SSH session, where the system clipboard is the remote machine's and
// only OSC 52 reaches the user. getenv looks up environment variables.
//
// On Linux it needs xclip, xsel or wl-copy; without them every write fails
// and the wizard says it sent the text with OSC 52 only.
func SystemClipboard(getenv func(string) string) func(string) error {
	if getenv("SSH_TTY") != "" || getenv("SSH_CONNECTION") != "" || getenv("SSH_CLIENT") != "" {
		return nil
	}
	return clipboard.WriteAll
}
