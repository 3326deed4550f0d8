package tui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
)

// choiceScreen asks one question with a huh Select: the language screen
// and every question of the tree. A fresh form is built per question (huh
// has no reset); the walk, not the form, remembers the answers. Choosing
// (enter) is done by the root with hovered, so that it takes effect in the
// same update instead of after huh's submit round trip.
type choiceScreen struct {
	// form is the question's fresh huh form: it gives the Select its theme
	// and key map and focuses it. Keys and drawing then go to the Select
	// directly (see update).
	form *huh.Form
	sel  *huh.Select[int]
	// value is the Select's storage, on the heap with the screen so the
	// pointer huh keeps stays valid.
	value int
	// height and width are the rows and columns the screen fills.
	height, width int
	// notice says why a paste was refused while a filter was typed; it
	// shows under the options until the next key.
	notice string
	// filterLen counts the characters typed into the filter, which stops
	// taking more at maxFilter.
	filterLen int
}

// maxFilter is the most characters the filter takes: enough for any
// option's words, too few to show a secret typed (or pasted without
// bracketed paste) into it.
const maxFilter = 16

// newChoiceScreen builds the Select for a question: its title, an optional
// hint under it, its options as label and value, and the value the cursor
// starts on.
func newChoiceScreen(c *common, title, hint string, options []huh.Option[int], cursor int) *choiceScreen {
	s := &choiceScreen{value: cursor}
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
	s.form = huh.NewForm(huh.NewGroup(s.sel)).
		WithTheme(theme).
		WithKeyMap(formKeyMap()).
		WithShowHelp(false).
		WithShowErrors(false)
	// Init focuses the Select at once; its commands (dynamic titles, a
	// window-size request) are not needed: nothing is dynamic and the root
	// sizes the form.
	_ = s.form.Init()
	return s
}

// update and view go to the Select itself. The form's group would wrap it
// in a viewport of its own and render it twice per key, which for a single
// field only costs time (over half of each frame, by BenchmarkQuestion).
func (s *choiceScreen) update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if s.notice != "" {
			s.setNotice("")
		}
		if s.typing() && !s.filterTakes(k) {
			return nil
		}
	}
	m, cmd := s.sel.Update(msg)
	if sel, ok := m.(*huh.Select[int]); ok {
		s.sel = sel
	}
	return cmd
}

// filterTakes reports whether the filter takes a key typed into it, and
// counts what it takes: no control or invisible character (text arriving
// as keys is sanitized like any paste), and nothing past maxFilter
// characters.
func (s *choiceScreen) filterTakes(k tea.KeyPressMsg) bool {
	switch k.String() {
	case "backspace", "ctrl+h":
		s.filterLen = max(0, s.filterLen-1)
		return true
	case "ctrl+u", "esc":
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
// at the bottom of the terminal.
func (s *choiceScreen) view() string {
	v := s.sel.View()
	if s.notice != "" {
		v += "\n" + ansi.Truncate(s.notice, max(1, s.width), "…")
	}
	if pad := s.height - lipgloss.Height(v); pad > 0 {
		v += strings.Repeat("\n", pad)
	}
	return v
}

// setSize gives the Select the width, and a height only when its options do
// not fit: a Select with a height pads every line to the full area, which
// is most of the cost of a frame on a tall terminal.
func (s *choiceScreen) setSize(width, height int) {
	s.height, s.width = height, width
	rows := height
	if s.notice != "" {
		rows = max(1, height-1)
	}
	s.sel.WithWidth(width)
	s.sel.WithHeight(0)
	if lipgloss.Height(s.sel.View()) > rows {
		s.sel.WithHeight(rows)
	}
}

func (s *choiceScreen) typing() bool { return s.sel.GetFiltering() }

// escTaken asks the Select which keys it uses right now: while typing a
// filter esc stops typing, and while a filter is applied esc clears it.
func (s *choiceScreen) escTaken() bool {
	if s.typing() {
		return true
	}
	return slices.ContainsFunc(s.sel.KeyBinds(), func(b key.Binding) bool {
		return b.Enabled() && slices.Contains(b.Keys(), "esc")
	})
}

// hovered is the value of the option under the cursor; ok is false when a
// filter hides every option.
func (s *choiceScreen) hovered() (int, bool) { return s.sel.Hovered() }
