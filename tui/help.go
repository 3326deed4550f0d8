package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// helpSeparator separates keys on the short help line.
const helpSeparator = " · "

// footerKey is everything the footer depends on, to draw it only when
// one of them changes rather than on every frame.
type footerKey struct {
	lang                     i18n.Lang
	styles                   *styles
	width, height            int
	full, lang0, typing, esc bool
	onFix, onPaste, onResult bool
	canCheck                 bool
}

// footer is the help for the current state, drawn again only when it changes.
func (m *Model) footer() string {
	k := footerKey{lang: m.c.lang, styles: m.c.styles, width: m.width, height: m.height, full: m.fullHelp, lang0: m.walk.here.lang}
	k.typing, k.esc = m.screen.typing(), m.screen.escTaken()
	_, k.onFix = m.screen.(*fixScreen)
	_, k.onPaste = m.screen.(*pasteScreen)
	_, k.onResult = m.screen.(*resultScreen)
	k.canCheck = m.canCheck()
	if m.footerCache.ok && m.footerCache.key == k {
		return m.footerCache.view
	}
	v := m.drawFooter()
	m.footerCache.key, m.footerCache.view, m.footerCache.ok = k, v, true
	return v
}

// drawFooter is the help: the current screen's keys on one line, or every
// key after "?" (in columns when they fit, else wrapped as a flowing list).
func (m *Model) drawFooter() string {
	h := help.New()
	h.Styles = m.c.styles.help
	h.ShortSeparator = helpSeparator
	width := m.contentWidth()
	// On the paste screen ? is text, so the full help could not be closed
	// there: it keeps to the short line.
	if _, onPaste := m.screen.(*pasteScreen); m.fullHelp && !onPaste {
		if cols := h.FullHelpView(m.fullKeys()); lipgloss.Width(cols) <= width {
			return cols
		}
		return flowHelp(h, slices.Concat(m.fullKeys()...), width)
	}
	keys := m.shortKeys()
	// With rows to spare, the keys may take two lines rather than lose any.
	if m.spacing() {
		if flow := flowHelp(h, keys, width); lipgloss.Height(flow) <= 2 {
			return flow
		}
	}
	for {
		line := h.ShortHelpView(keys)
		if lipgloss.Width(line) <= width {
			return line
		}
		// Too narrow: drop the rightmost key that is not quit or "?", so
		// that a way out and a way to the rest always show.
		drop := -1
		for j := len(keys) - 1; j >= 0; j-- {
			if !m.essential(keys[j]) {
				drop = j
				break
			}
		}
		if drop < 0 {
			h.SetWidth(width)
			return h.ShortHelpView(keys)
		}
		keys = slices.Delete(keys, drop, drop+1)
	}
}

// essential reports whether a key stays on the short help line however
// narrow the terminal is.
func (m *Model) essential(b key.Binding) bool {
	return b.Help().Key == m.c.keys.Quit.Help().Key || b.Help().Key == m.c.keys.Help.Help().Key
}

// flowHelp lays keys out as one list wrapped at width, for a full help that
// is too wide for columns.
func flowHelp(h help.Model, keys []key.Binding, width int) string {
	var lines []string
	line := ""
	for _, b := range keys {
		item := h.Styles.ShortKey.Render(b.Help().Key) + " " + h.Styles.ShortDesc.Render(b.Help().Desc)
		switch {
		case line == "":
			line = item
		case lipgloss.Width(line)+len(helpSeparator)+lipgloss.Width(item) <= width:
			line += h.Styles.ShortSeparator.Render(helpSeparator) + item
		default:
			lines = append(lines, line)
			line = item
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// shortKeys are the keys on the short help line for the current screen, in
// the order shown; when the line is too narrow the rightmost go first.
func (m *Model) shortKeys() []key.Binding {
	k := m.c.keys
	switch s := m.screen.(type) {
	case *choiceScreen:
		switch {
		case s.typing():
			return []key.Binding{k.Choose, k.StopFilter}
		case m.walk.here.lang:
			return []key.Binding{k.Choose, k.Move, k.Quit, k.Help}
		case s.escTaken():
			return []key.Binding{k.Choose, k.ClearFilter, k.Lang, k.Quit, k.Help}
		default:
			return []key.Binding{k.Choose, k.Back, k.Filter, k.Lang, k.Quit, k.Help}
		}
	case *fixScreen:
		if m.canCheck() {
			return []key.Binding{k.CopySteps, k.BackFix, k.CopyMessage, k.CheckLive, k.Lang, k.Quit, k.Help}
		}
		return []key.Binding{k.CopySteps, k.BackFix, k.CopyMessage, k.Lang, k.Quit, k.Help}
	case *pasteScreen:
		return []key.Binding{k.Read, k.BackPaste, k.LangPaste, k.Clear, k.Restart, k.Interrupt}
	case *resultScreen:
		if m.canCheck() {
			return []key.Binding{k.Open, k.CheckLive, k.BackFix, k.Move, k.Lang, k.Quit, k.Help}
		}
		return []key.Binding{k.Open, k.BackFix, k.Move, k.Lang, k.Quit, k.Help}
	}
	return []key.Binding{k.Quit, k.Help}
}

// fullKeys are every key of the current screen, in columns.
func (m *Model) fullKeys() [][]key.Binding {
	k := m.c.keys
	less := k.Help
	less.SetHelp("?", i18n.KeyFewerKeys.In(m.c.lang))
	switch m.screen.(type) {
	case *fixScreen:
		copies := []key.Binding{k.CopySteps, k.CopyMessage, k.Lang}
		if m.canCheck() {
			copies = []key.Binding{k.CopySteps, k.CopyMessage, k.CheckLive, k.Lang}
		}
		return [][]key.Binding{
			{k.Scroll, k.Page, k.TopBottom},
			copies,
			{k.BackFix, k.RestartFix, k.Quit, less},
		}
	case *resultScreen:
		if m.canCheck() {
			return [][]key.Binding{
				{k.Move, k.Open, k.CheckLive, k.Page, k.TopBottom},
				{k.BackFix, k.RestartFix, k.Lang},
				{k.Quit, k.Interrupt, less},
			}
		}
		return [][]key.Binding{
			{k.Move, k.Open, k.Page, k.TopBottom},
			{k.BackFix, k.RestartFix, k.Lang},
			{k.Quit, k.Interrupt, less},
		}
	}
	if m.walk.here.lang {
		return [][]key.Binding{{k.Move, k.Choose}, {k.Quit, less}}
	}
	return [][]key.Binding{
		{k.Move, k.Choose, k.Filter},
		{k.Back, k.Restart, k.Lang},
		{k.Quit, k.Interrupt, less},
	}
}
