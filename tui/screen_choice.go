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
	// window is true when the list does not fit: with no filter on, the
	// screen shows it whole options at a time (see windowView), from
	// option top; heights are the options' heights in lines.
	window  bool
	top     int
	heights []int
	// filterTop is the first option shown of a filtered list that does
	// not fit (see filteredView).
	filterTop int
	// room is the rows the options had when last drawn, for page.
	room int
	// labels are the options' labels, to measure them.
	labels []string
	// hint is the line under the question, wrapped for each width by
	// setSize (see wrapHint).
	hint string
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
	s := &choiceScreen{c: c, value: cursor, hint: hint, k: newChoiceKeys(c.lang, langScreen, first)}
	for _, o := range options {
		s.labels = append(s.labels, o.Key)
	}
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
	// A filter that hides every option leaves nothing to choose: enter
	// is not offered then (it did nothing, while the footer named it).
	_, any := s.sel.Hovered()
	s.k.Choose.SetEnabled(any)
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
	case pasteRefusedMsg:
		if !s.typing() {
			s.setNotice(msg.why.In(s.c.lang))
		}
		return nil, intent{}
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
		if _, any := s.sel.Hovered(); !any && key.Matches(msg, cursorKeys...) {
			// With no option shown, huh moves its cursor to -1 (up, end),
			// and reads there, a panic, once the filter shows options
			// again. The key still goes to the filter (left moves its
			// text cursor); a down after it puts huh's cursor back on 0,
			// which with no option is all it does.
			cmd := s.send(msg)
			if _, any := s.sel.Hovered(); !any {
				s.send(tea.KeyPressMsg{Code: tea.KeyDown})
			}
			return cmd, intent{}
		}
		switch {
		case key.Matches(msg, s.k.PageDown):
			return s.page(1), intent{}
		case key.Matches(msg, s.k.PageUp):
			return s.page(-1), intent{}
		}
	}
	return s.send(msg), intent{}
}

// cursorKeys are the Select's keys that move its cursor.
var cursorKeys = func() []key.Binding {
	k := formKeyMap().Select
	return []key.Binding{k.Up, k.Down, k.Left, k.Right, k.GotoTop, k.GotoBottom, k.HalfPageUp, k.HalfPageDown}
}()

// page moves the cursor by the options that fill a screen, as the page
// keys do on the screens that scroll: from the one under the cursor, as
// many as the rows the list has hold (windowView), at least one, and not
// past either end (huh's list would wrap round). A list that fits, or is
// filtered, goes to its end.
func (s *choiceScreen) page(dir int) tea.Cmd {
	move, end := tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyEnd}
	if dir < 0 {
		move, end = tea.KeyPressMsg{Code: tea.KeyUp}, tea.KeyPressMsg{Code: tea.KeyHome}
	}
	cursor, ok := s.sel.Hovered()
	if !ok || !s.window || s.filtered() || s.room == 0 {
		return s.send(end)
	}
	steps := 0
	for used, i := 0, cursor+dir; i >= 0 && i < len(s.heights); i += dir {
		if used += s.heights[i]; used > s.room && steps > 0 {
			break
		}
		steps++
	}
	var cmds []tea.Cmd
	for range steps {
		cmds = append(cmds, s.send(move))
	}
	return tea.Batch(cmds...)
}

// send gives the Select a message.
func (s *choiceScreen) send(msg tea.Msg) tea.Cmd {
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
// A list that does not fit shows whole options (windowView, or
// filteredView while a filter is on).
func (s *choiceScreen) view() string {
	var v string
	filtering := s.typing() || s.filtered()
	shown := false
	switch {
	case s.window && !filtering:
		s.sel.WithHeight(0)
		v, shown = s.windowView(), true
	case s.window:
		v, shown = s.filteredView()
	}
	if !shown {
		if s.window {
			s.sel.WithHeight(max(1, s.rows()-1))
		}
		v = s.sel.View()
		if more := s.moreHint(v); more != "" {
			v = s.withHint(v, more)
		}
	}
	note := s.notice
	if _, ok := s.sel.Hovered(); !ok {
		// huh pads a list whose filter hides every option with a blank
		// row per option: the notice goes right under the filter, not
		// halfway down the screen.
		v = trimBlankRows(v)
		if note == "" {
			note = i18n.WizNoMatch.In(s.c.lang)
		}
	}
	if note != "" {
		v += "\n" + s.c.styles.notice.Render(ansi.Truncate(note, max(1, s.width), "…"))
	}
	if pad := s.height - lipgloss.Height(v); pad > 0 {
		v += strings.Repeat("\n", pad)
	}
	return v
}

// trimBlankRows drops the rows at the end of a view that show nothing.
func trimBlankRows(v string) string {
	lines := strings.Split(v, "\n")
	for len(lines) > 1 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// withHint puts "↑ more" / "↓ more" under the options' text, past the
// cursor's column.
func (s *choiceScreen) withHint(v, more string) string {
	indent := lipgloss.Width(s.c.styles.form.Focused.SelectSelector.String())
	return strings.TrimRight(v, " \n") + "\n" + strings.Repeat(" ", indent) + s.c.styles.muted.Render(ansi.Truncate(more, max(1, s.width-indent), "…"))
}

// rows are the rows the list has: the height less a notice's.
func (s *choiceScreen) rows() int {
	if s.notice != "" {
		return max(1, s.height-1)
	}
	return s.height
}

// windowView draws a list that does not fit: the question, then the
// options from top, scrolled by whole options so that the one under the
// cursor shows and no option is cut at the top or the bottom, then
// "↑ more" / "↓ more".
func (s *choiceScreen) windowView() string {
	v := s.sel.View()
	lines := strings.Split(v, "\n")
	header := len(lines) - sum(s.heights)
	cursor, ok := s.sel.Hovered()
	if header < 0 || !ok || cursor < 0 || cursor >= len(s.heights) {
		return v // not the list measured: show it as it is
	}
	return s.crop(lines, header, s.heights, cursor, &s.top)
}

// crop shows of a view's lines the header (the question and its hint) and
// the options from *top, options whole, as many as the rows hold, moving
// *top so that the option under the cursor shows; then "↑ more" /
// "↓ more" where options are out of view.
func (s *choiceScreen) crop(lines []string, header int, heights []int, cursor int, top *int) string {
	room := max(1, s.rows()-header-1) // a row for the hint
	s.room = room
	*top = min(*top, cursor)
	for *top < cursor && sum(heights[*top:cursor+1]) > room {
		*top++
	}
	for *top > 0 && sum(heights[*top-1:]) <= room {
		*top-- // the end fits with room to spare: fill it from above
	}
	from := header + sum(heights[:*top])
	end := header + sum(heights)
	to := min(from+room, end)
	// No option cut at the bottom either ("Client does not allow service"
	// read as Fortnox's whole message), unless it is the cursor's, taller
	// than the rows.
	for keep := header + sum(heights[:cursor+1]); to < end && to > keep && !startsOption(heights, to-header); {
		to--
	}
	shown := append(lines[:header:header], lines[from:to]...)
	var hints []string
	if *top > 0 {
		hints = append(hints, i18n.WizMoreAbove.In(s.c.lang))
	}
	if to < end {
		hints = append(hints, i18n.WizMoreUnder.In(s.c.lang))
	}
	v := strings.Join(shown, "\n")
	if len(hints) > 0 {
		v = s.withHint(v, strings.Join(hints, "  "))
	}
	return v
}

// startsOption reports whether line n of a list's options is the first
// line of one.
func startsOption(heights []int, n int) bool {
	at := 0
	for _, h := range heights {
		if at >= n {
			return at == n
		}
		at += h
	}
	return at == n
}

// sum adds up heights.
func sum(heights []int) int {
	n := 0
	for _, h := range heights {
		n += h
	}
	return n
}

// setSize gives the Select the width; a height only while a filter is on
// in a list that does not fit (see view), as a Select with a height pads
// every line to the full area, which is most of the cost of a frame on a
// tall terminal. Options that do not fit leave a row for "↑ more" /
// "↓ more"; their heights are measured for windowView, and the whole list
// is kept (as plain text) to tell which end is out of view while filtered.
func (s *choiceScreen) setSize(width, height int) {
	s.height, s.width = height, width
	s.sel.WithWidth(width)
	s.sel.Description(s.wrapHint())
	s.sel.WithHeight(0)
	s.whole, s.window = nil, false
	if whole := s.sel.View(); lipgloss.Height(whole) > s.rows() {
		s.whole = plainLines(whole)
		s.window = true
		s.heights = s.optionHeights()
	}
}

// wrapHint wraps the hint by the screen's rule (wrapLines) before huh
// does: huh breaks at hyphens and dots too, which cut a URL after
// "oauth-" ("…/oauth-" / "v1/token") and read as a word hyphenated. huh's
// own wrap then leaves the lines, which fit, as they are.
func (s *choiceScreen) wrapHint() string {
	if s.hint == "" || s.width <= 0 {
		return s.hint
	}
	room := s.width - s.c.styles.form.Focused.Base.GetHorizontalFrameSize()
	return strings.Join(wrapLines(s.hint, room), "\n")
}

// optionHeights are the options' heights in lines as the Select wraps
// them: to the width less its frame and the cursor's column, at spaces
// and punctuation (huh's wrap).
func (s *choiceScreen) optionHeights() []int {
	heights := make([]int, len(s.labels))
	for i, label := range s.labels {
		heights[i] = len(s.labelLines(label))
	}
	return heights
}

// labelLines are an option's label as the Select wraps it.
func (s *choiceScreen) labelLines(label string) []string {
	f := s.c.styles.form.Focused
	room := s.width - f.Base.GetHorizontalFrameSize() - lipgloss.Width(f.SelectSelector.String())
	return strings.Split(lipgloss.Wrap(label, room, ",.-; "), "\n")
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
