package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Layout limits. Content stays readable on wide terminals and keeps a
// margin on narrow ones; below roomyHeight rows the blank lines around the
// screen go, so that the screen keeps its rows.
const (
	maxContentWidth = 90
	wideMargin      = 2
	narrowMargin    = 1
	wideFrom        = 60
	roomyHeight     = 16
	headerLines     = 2
	brand           = "fortnox-doctor"
	crumbSeparator  = " › "
)

// margin is the blank columns left of the content.
func (m *Model) margin() int {
	if m.width >= wideFrom {
		return wideMargin
	}
	return narrowMargin
}

// contentWidth is the width screens draw in.
func (m *Model) contentWidth() int {
	return max(1, min(m.width-2*m.margin(), maxContentWidth))
}

// spacing is whether there is room for a blank line above and below the
// screen.
func (m *Model) spacing() bool { return m.height >= roomyHeight }

// layout sizes the screen to what the header and the footer leave.
func (m *Model) layout() {
	rows := m.height - headerLines - lipgloss.Height(m.footer())
	if m.spacing() {
		rows -= 2
	}
	m.screen.setSize(m.contentWidth(), max(1, rows))
}

// View draws the wizard on the alternate screen: the header (where you are
// and how far you have come), the screen, and the help footer.
func (m *Model) View() tea.View {
	var lines []string
	lines = append(lines, m.header()...)
	if m.spacing() {
		lines = append(lines, "")
	}
	footer := strings.Split(m.footer(), "\n")
	// A screen taller than the rows left (a question's title and hint
	// under the full key list at 40x12) gives way, not the footer: the key
	// that closes the list must stay in sight.
	screen := strings.Split(m.screen.view(), "\n")
	room := m.height - len(lines) - len(footer)
	if m.spacing() {
		room--
	}
	lines = append(lines, screen[:max(0, min(len(screen), room))]...)
	if m.spacing() {
		lines = append(lines, "")
	}
	lines = append(lines, footer...)

	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	pad := strings.Repeat(" ", m.margin())
	width := max(0, m.width-m.margin())
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		if l == "" {
			lines[i] = ""
			continue
		}
		// Screens keep to their width; this is only a guard so that no
		// line can ever wrap in the terminal and scroll the frame.
		if ansi.StringWidth(l) > width {
			l = ansi.Truncate(l, width, "…")
		}
		lines[i] = pad + l
	}
	v := tea.NewView(strings.Join(lines, "\n"))
	v.AltScreen = true
	return v
}

// header is two lines: the brand with the progress hint, then the answers
// so far (or, before the first answer, what the wizard does).
func (m *Model) header() []string {
	st, l, w := m.c.styles, m.c.lang, m.contentWidth()
	top := st.brand.Render(brand)
	if place, ok := m.screen.place(); ok {
		top += st.muted.Render(" · " + place.In(l))
	} else if n, most, ok := m.walk.progress(); ok {
		top += st.muted.Render(" · " + i18n.WizProgress.Format(l, n, most))
	}
	crumb := ansi.Truncate(i18n.WizWelcome.In(l), w, "…")
	if both := i18n.WizWelcome.In(i18n.Swedish) + " / " + i18n.WizWelcome.In(i18n.English); m.walk.here.lang && ansi.StringWidth(both) <= w {
		// Before a language is chosen, both, as the question is asked.
		crumb = both
	}
	answers := m.walk.answers(l)
	// A related fix opened from "See also" follows the answers as "See
	// also": its title is the line under the breadcrumb.
	for _, trip := range m.aside {
		if _, _, ok := trip.top.shownFix(); ok {
			answers = append(answers, i18n.FixSeeAlso.In(l))
		}
	}
	if len(answers) > 0 {
		crumb = strings.Join(answers, crumbSeparator)
		crumb = shortenLeft(crumb, w)
	}
	return []string{ansi.Truncate(top, w, "…"), st.muted.Render(crumb)}
}

// moreBelow is the hint under a fix that does not fit the screen.
func moreBelow(l i18n.Lang) string { return i18n.WizMoreBelow.In(l) }

// scrollHint is the hint under a text that does not fit the screen: what
// lies below and, once it is scrolled, above, as a list says "↑ more"; ""
// when all of it shows.
func scrollHint(l i18n.Lang, above, below bool) string {
	switch {
	case above && below:
		return i18n.WizMoreAboveLong.In(l) + "  " + moreBelow(l)
	case above:
		return i18n.WizMoreAboveLong.In(l)
	case below:
		return moreBelow(l)
	}
	return ""
}

// wrapStyled wraps styled text to width columns, keeping its styles, by
// the rule of textwrap: at spaces, not inside a hyphenated name such as
// token-missing-scope (lipgloss breaks at every hyphen, so hyphens are
// held together while it wraps); only a word wider than the line is
// broken.
func wrapStyled(s string, width int) []string {
	held := strings.ReplaceAll(s, "-", nonBreakingHyphen)
	wrapped := lipgloss.Wrap(held, max(1, width), "")
	return strings.Split(strings.ReplaceAll(wrapped, nonBreakingHyphen, "-"), "\n")
}

// nonBreakingHyphen (U+2011) is one column wide, as a hyphen is, and is no
// place to break a line.
const nonBreakingHyphen = "\u2011"

// shortenLeft keeps the end of a long breadcrumb, since the latest answers
// matter most, dropping whole words from its start behind "…"; only a last
// word wider than the line is cut.
func shortenLeft(crumb string, w int) string {
	cw := ansi.StringWidth(crumb)
	if cw <= w {
		return crumb
	}
	rest := crumb
	for {
		_, after, ok := strings.Cut(rest, " ")
		if !ok {
			break
		}
		rest = strings.TrimLeft(after, " ")
		if strings.HasPrefix(rest, "›") {
			continue // never start on a separator
		}
		if ansi.StringWidth(rest)+2 <= w {
			return "… " + rest
		}
	}
	return "…" + ansi.TruncateLeft(crumb, cw-w+1, "")
}
