package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// choiceScreen asks one question with a huh Select: the language screen
// and every question of the tree. A fresh form is built per question (huh
// has no reset); the walk, not the form, remembers the answers. Choosing
// (enter) is done by the root with hovered, so that it takes effect in the
// same update instead of after huh's submit round trip.
type choiceScreen struct {
	form *huh.Form
	sel  *huh.Select[int]
	// value is the Select's storage, on the heap with the screen so the
	// pointer huh keeps stays valid.
	value int
}

// refreshMsg makes the form redraw its content after a resize; huh only
// lays out its group on an update.
type refreshMsg struct{}

// newChoiceScreen builds the Select for a question: its title, an optional
// hint under it, its options as label and value, and the value the cursor
// starts on.
func newChoiceScreen(c *common, title, hint string, options []huh.Option[int], cursor int) *choiceScreen {
	s := &choiceScreen{value: cursor}
	s.sel = huh.NewSelect[int]().
		Title(title).
		Description(hint).
		Options(options...).
		Value(&s.value)
	styles := c.styles.form
	s.form = huh.NewForm(huh.NewGroup(s.sel)).
		WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return styles })).
		WithKeyMap(formKeyMap()).
		WithShowHelp(false).
		WithShowErrors(false)
	// Init focuses the Select at once; its commands (dynamic titles, a
	// window-size request) are not needed: nothing is dynamic and the root
	// sizes the form.
	_ = s.form.Init()
	return s
}

func (s *choiceScreen) update(msg tea.Msg) tea.Cmd {
	m, cmd := s.form.Update(msg)
	if f, ok := m.(*huh.Form); ok {
		s.form = f
	}
	return cmd
}

func (s *choiceScreen) view() string { return s.form.View() }

func (s *choiceScreen) setSize(width, height int) {
	s.form.WithWidth(width).WithHeight(height)
	// The group only shrinks a field that is too tall; set the Select's
	// height too so that it grows back when the terminal does.
	s.sel.WithHeight(height)
	s.update(refreshMsg{})
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
