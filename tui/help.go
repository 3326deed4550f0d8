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
// one of them changes rather than on every frame: the size, the language
// and styles, and the screen's key map as it stands (the map itself, and
// which of its keys are on; a key's help changes only with the language or
// with the keys that are on).
type footerKey struct {
	lang          i18n.Lang
	styles        *styles
	width, height int
	full          bool
	keyMap        help.KeyMap
	on            uint64
}

// keysOn is which of a key map's keys are on, one bit per key in the order
// of its help (the short line, then the full help when it shows).
func keysOn(km help.KeyMap, full bool) uint64 {
	var on uint64
	bit := 0
	add := func(keys []key.Binding) {
		for _, k := range keys {
			if k.Enabled() && bit < 64 {
				on |= 1 << bit
			}
			bit++
		}
	}
	add(km.ShortHelp())
	if full {
		for _, g := range km.FullHelp() {
			add(g)
		}
	}
	return on
}

// footer is the help for the current state, drawn again only when it changes.
func (m *Model) footer() string {
	km := m.screen.keys()
	k := footerKey{lang: m.c.lang, styles: m.c.styles, width: m.width, height: m.height, full: m.fullHelp, keyMap: km, on: keysOn(km, m.fullHelp)}
	if m.footerCache.ok && m.footerCache.key == k {
		return m.footerCache.view
	}
	v := m.drawFooter(km)
	m.footerCache.key, m.footerCache.view, m.footerCache.ok = k, v, true
	return v
}

// drawFooter is the help: the screen's keys on one line, or every key
// after "?" (in columns when they fit, else wrapped as a flowing list). A
// screen without a full help at the moment (the paste screen once ? is
// text) keeps to the short line.
func (m *Model) drawFooter(km help.KeyMap) string {
	h := help.New()
	h.Styles = m.c.styles.help
	h.ShortSeparator = helpSeparator
	width := m.contentWidth()
	if full := km.FullHelp(); m.fullHelp && len(full) > 0 {
		if cols := h.FullHelpView(full); lipgloss.Width(cols) <= width {
			return cols
		}
		return flowHelp(h, enabled(slices.Concat(full...)), width)
	}
	keys := enabled(km.ShortHelp())
	for {
		line := h.ShortHelpView(keys)
		if lipgloss.Width(line) <= width {
			return line
		}
		// Too narrow: drop the rightmost key that is not a way out or
		// help, so that a way out and a way to the rest always show; last
		// of all, ctrl+c (which the full help names) gives way to the
		// screen's first key, its primary action.
		drop := -1
		for j := len(keys) - 1; j >= 0; j-- {
			if !m.c.nav.essential(keys[j]) {
				drop = j
				break
			}
		}
		if drop == 0 {
			for j, k := range keys {
				if j > 0 && k.Help().Key == m.c.nav.Interrupt.Help().Key {
					drop = j
				}
			}
		}
		if drop < 0 {
			h.SetWidth(width)
			return h.ShortHelpView(keys)
		}
		keys = slices.Delete(keys, drop, drop+1)
	}
}

// enabled are the keys that are on.
func enabled(keys []key.Binding) []key.Binding {
	out := make([]key.Binding, 0, len(keys))
	for _, k := range keys {
		if k.Enabled() {
			out = append(out, k)
		}
	}
	return out
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
