package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
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
	// height is the rows the screen fills.
	height int
}

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
	m, cmd := s.sel.Update(msg)
	if sel, ok := m.(*huh.Select[int]); ok {
		s.sel = sel
	}
	return cmd
}

// view is the Select padded to the screen's height, so that the help stays
// at the bottom of the terminal.
func (s *choiceScreen) view() string {
	v := s.sel.View()
	if pad := s.height - lipgloss.Height(v); pad > 0 {
		v += strings.Repeat("\n", pad)
	}
	return v
}

// setSize gives the Select the width, and a height only when its options do
// not fit: a Select with a height pads every line to the full area, which
// is most of the cost of a frame on a tall terminal.
func (s *choiceScreen) setSize(width, height int) {
	s.height = height
	s.sel.WithWidth(width)
	s.sel.WithHeight(0)
	if lipgloss.Height(s.sel.View()) > height {
		s.sel.WithHeight(height)
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
