package tui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// choiceScreen asks one question with a huh Select: the language screen
// and every question of the tree. A fresh Select is built per question (huh
// has no reset); the walk, not the Select, remembers the answers. The
// Select is driven directly rather than inside a huh.Form: the wizard's
// form is one field whose submit must take effect at once and whose keys
// (back, restart, language) are the wizard's, so a form would only add a
// viewport drawn twice per key and a submit round trip. Choosing (enter)
// is an intent with the hovered option.
type choiceScreen struct {
	c   *common
	sel *huh.Select[int]
	// value is the Select's storage, on the heap with the screen so the
	// pointer huh keeps stays valid.
	value int
	k     choiceKeys
	// height and width are the rows and columns the screen fills.
	height, width int
	// notice says why a paste was refused while a filter was typed; it
	// shows under the options until the next key.
	notice string
	// filterLen counts the characters typed into the filter, which stops
	// taking more at maxFilter.
	filterLen int
	// whole is the whole list as plain lines when it does not fit, nil
	// when it does (see moreHint).
	whole []string
}

// maxFilter is the most characters the filter takes: enough for any
// option's words, too few to show a secret typed (or pasted without
// bracketed paste) into it.
const maxFilter = 16

// newChoiceScreen builds the Select for a question: its title, an optional
// hint under it, its options as label and value, and the value the cursor
// starts on. langScreen is the language screen's: no back, restart, filter
// or language key there; first is the first question's, with no back.
func newChoiceScreen(c *common, title, hint string, options []huh.Option[int], cursor int, langScreen, first bool) *choiceScreen {
	s := &choiceScreen{c: c, value: cursor, k: newChoiceKeys(c.lang, langScreen, first)}
	styles := c.styles.form
	theme := huh.ThemeFunc(func(bool) *huh.Styles { return styles })
	s.sel = huh.NewSelect[int]()
	// The theme goes on first: until it has one, the Select lays out its
	// options with huh's default theme, built afresh for every option.
	s.sel.WithTheme(theme)
	s.sel.Title(title).
		Description(hint).
		Options(options...).
		Value(&s.value)
	s.sel.WithKeyMap(formKeyMap())
	s.sel.WithPosition(huh.FieldPosition{GroupCount: 1})
	_ = s.sel.Focus()
	s.refreshKeys()
	return s
}

// refreshKeys turns the keys on and off for the Select's state.
func (s *choiceScreen) refreshKeys() {
	s.k.setState(s.typing(), s.filtered())
}

func (s *choiceScreen) keys() help.KeyMap {
	s.refreshKeys()
	return &s.k
}

// update takes the wizard's keys first and gives the rest to the Select.
// The form's group would wrap it in a viewport of its own and render it
// twice per key, which for a single field only costs time (over half of
// each frame, by BenchmarkQuestion).
func (s *choiceScreen) update(msg tea.Msg) (tea.Cmd, intent) {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		// The root takes it as the answer if the question offers the
		// paste screen; else it is refused, and never lands in the
		// filter, where it would show as it is, secrets and all.
		if s.typing() {
			s.setNotice(i18n.WizFilterNoPaste.In(s.c.lang))
		}
		return nil, want(pasteHere)
	case tea.KeyPressMsg:
		if s.notice != "" {
			s.setNotice("")
		}
		s.refreshKeys()
		if key.Matches(msg, s.k.Choose) {
			if answer, ok := s.sel.Hovered(); ok {
				return nil, intent{kind: chooseIndex, index: answer}
			}
			return nil, intent{} // a filter hides every option
		}
		if in, ok := navIntent(s.k.nav, msg); ok {
			return nil, in
		}
		if s.typing() && !s.filterTakes(msg) {
			return nil, intent{}
		}
	}
	m, cmd := s.sel.Update(msg)
	if sel, ok := m.(*huh.Select[int]); ok {
		s.sel = sel
	}
	return cmd, intent{}
}

// filterTakes reports whether the filter takes a key typed into it, and
// counts what it takes: no control or invisible character (text arriving
// as keys is sanitized like any paste), and nothing past maxFilter
// characters.
func (s *choiceScreen) filterTakes(k tea.KeyPressMsg) bool {
	switch {
	case key.Matches(k, s.k.Erase):
		s.filterLen = max(0, s.filterLen-1)
		return true
	case key.Matches(k, s.k.Empty):
		s.filterLen = 0
		return true
	}
	if k.Text == "" {
		return true
	}
	if diagnose.Sanitize(k.Text) != k.Text || s.filterLen+utf8.RuneCountInString(k.Text) > maxFilter {
		return false
	}
	s.filterLen += utf8.RuneCountInString(k.Text)
	return true
}

// setNotice shows a notice under the options (none for ""), laying the
// Select out again in the rows left.
func (s *choiceScreen) setNotice(text string) {
	s.notice = text
	s.setSize(s.width, s.height)
}

// view is the Select padded to the screen's height, so that the help stays
// at the bottom of the terminal. A filter that hides every option says so.
func (s *choiceScreen) view() string {
	v := s.sel.View()
	if more := s.moreHint(v); more != "" {
		// Under the options' text, past the cursor's column.
		indent := lipgloss.Width(s.c.styles.form.Focused.SelectSelector.String())
		v = strings.TrimRight(v, " \n") + "\n" + strings.Repeat(" ", indent) + s.c.styles.muted.Render(ansi.Truncate(more, max(1, s.width-indent), "…"))
	}
	note := s.notice
	if _, ok := s.sel.Hovered(); !ok && note == "" {
		note = i18n.WizNoMatch.In(s.c.lang)
	}
	if note != "" {
		v += "\n" + s.c.styles.notice.Render(ansi.Truncate(note, max(1, s.width), "…"))
	}
	if pad := s.height - lipgloss.Height(v); pad > 0 {
		v += strings.Repeat("\n", pad)
	}
	return v
}

// setSize gives the Select the width, and a height only when its options do
// not fit: a Select with a height pads every line to the full area, which
// is most of the cost of a frame on a tall terminal. Options that do not
// fit leave a row for "↑ more" / "↓ more", and the whole list is kept (as
// plain text) to tell which end is out of view.
func (s *choiceScreen) setSize(width, height int) {
	s.height, s.width = height, width
	rows := height
	if s.notice != "" {
		rows = max(1, height-1)
	}
	s.sel.WithWidth(width)
	s.sel.WithHeight(0)
	s.whole = nil
	if whole := s.sel.View(); lipgloss.Height(whole) > rows {
		s.whole = plainLines(whole)
		s.sel.WithHeight(max(1, rows-1))
	}
}

// plainLines are a view's lines without styles, cursor or padding, to
// compare what shows of a list with the whole of it.
func plainLines(view string) []string {
	lines := strings.Split(ansi.Strip(view), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), ">"))
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// moreHint says which end of a list that does not fit is out of view:
// "↑ more", "↓ more" or both; "" when the list fits or is filtered (the
// whole list kept is then not the one shown).
func (s *choiceScreen) moreHint(view string) string {
	if s.whole == nil || s.typing() || s.filtered() {
		return ""
	}
	shown := plainLines(view)
	if len(shown) == 0 || len(shown) >= len(s.whole) {
		return ""
	}
	top := slices.Equal(shown, s.whole[:len(shown)])
	tail := len(shown) - 1
	bottom := shown[tail] == s.whole[len(s.whole)-1] && (tail == 0 || shown[tail-1] == s.whole[len(s.whole)-2])
	var hints []string
	if !top {
		hints = append(hints, i18n.WizMoreAbove.In(s.c.lang))
	}
	if !bottom {
		hints = append(hints, i18n.WizMoreUnder.In(s.c.lang))
	}
	return strings.Join(hints, "  ")
}

func (s *choiceScreen) typing() bool { return s.sel.GetFiltering() }

// filtered asks the Select whether a filter is applied, which esc clears.
func (s *choiceScreen) filtered() bool {
	if s.typing() {
		return false
	}
	clear := s.k.ClearFilter.Keys()
	return slices.ContainsFunc(s.sel.KeyBinds(), func(b key.Binding) bool {
		return b.Enabled() && slices.ContainsFunc(b.Keys(), func(k string) bool { return slices.Contains(clear, k) })
	})
}

// hovered is the value of the option under the cursor; ok is false when a
// filter hides every option.
func (s *choiceScreen) hovered() (int, bool) { return s.sel.Hovered() }

// relang asks to be built again in the new language or style, with the
// cursor where it is.
func (s *choiceScreen) relang() (int, bool) {
	if cursor, ok := s.hovered(); ok {
		return cursor, true
	}
	return -1, true
}

func (s *choiceScreen) place() (i18n.Text, bool)                { return i18n.WizWelcome, false }
func (s *choiceScreen) shownFix() (flows.Fix, flows.Role, bool) { return flows.Fix{}, "", false }
func (s *choiceScreen) checkable() bool                         { return false }
