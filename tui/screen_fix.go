package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// fixScreen shows the fix the walk ended on, scrolling when the terminal is
// small, with a status line under it for copies and a "more below" hint.
type fixScreen struct {
	c   *common
	fix flows.Fix
	// role is the person the user said they are, for "What you do" and
	// "What to ask …"; empty lists every step with its actor.
	role flows.Role
	vp   viewport.Model
	k    fixKeys
	// lines are the fix as drawn, already wrapped to the width. The
	// viewport keeps the scroll position and its keys; the rows in view
	// are cut from lines directly, which costs a fraction of the
	// viewport's own View (it pads every line to the width again).
	lines []string
	// heldBack marks the lines that belong with the next (headings,
	// labels): at the foot of a page such a line is left blank and the
	// next page starts with it, as print keeps a heading with its text.
	heldBack map[int]bool
	width    int
	height   int
	// status is the last copy's outcome, already styled; empty when there
	// is nothing to say.
	status string
}

func newFixScreen(c *common, fix flows.Fix, role flows.Role) *fixScreen {
	s := &fixScreen{c: c, fix: fix, role: role, vp: viewport.New()}
	s.vp.MouseWheelEnabled = false
	s.setKeys()
	return s
}

// setKeys builds the key map in the current language and gives the
// viewport its scrolling keys from it: only vertical scrolling, on keys
// that the wizard does not use for anything else.
func (s *fixScreen) setKeys() {
	s.k = newFixKeys(s.c.lang)
	var headings []i18n.Text
	for _, m := range s.messages() {
		headings = append(headings, m.Heading)
	}
	s.k.setMessages(headings)
	s.k.setRelated(s.fix.Related)
	sk := s.k.scroll
	s.vp.KeyMap = viewport.KeyMap{
		PageDown: sk.PageDown, PageUp: sk.PageUp,
		HalfPageDown: sk.HalfDown, HalfPageUp: sk.HalfUp,
		Down: sk.Down, Up: sk.Up,
		Left: key.NewBinding(key.WithDisabled()), Right: key.NewBinding(key.WithDisabled()),
	}
}

// refreshKeys offers the check only where it can be opened.
func (s *fixScreen) refreshKeys() { s.k.CheckLive.SetEnabled(s.c.checks && s.checkable()) }

func (s *fixScreen) keys() help.KeyMap {
	s.refreshKeys()
	return &s.k
}

func (s *fixScreen) update(msg tea.Msg) (tea.Cmd, intent) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		s.refreshKeys()
		k := s.k
		// A copy's status has been read once the user goes on: it gives
		// its rows back to the fix (three of eight at 40x12) and to the
		// "more below" hint.
		if s.status != "" {
			s.status = ""
			s.layout()
		}
		switch {
		case key.Matches(msg, k.scroll.Top):
			s.vp.GotoTop()
			return nil, intent{}
		case key.Matches(msg, k.scroll.Bottom):
			s.vp.GotoBottom()
			return nil, intent{}
		case key.Matches(msg, k.CopySteps):
			return copyText(copySteps, i18n.FixSteps, s.fix.StepsTextAs(s.c.lang, s.role), s.c.clipboard), intent{}
		case key.Matches(msg, k.CopyMessage):
			return s.copyMessage(0), intent{}
		case key.Matches(msg, k.CopySecond):
			return s.copyMessage(1), intent{}
		case key.Matches(msg, k.CheckLive):
			return nil, want(openCheck)
		case key.Matches(msg, k.SeeAlso):
			return nil, intent{kind: openRelated, index: 0}
		case key.Matches(msg, k.SeeAlsoSecond):
			return nil, intent{kind: openRelated, index: 1}
		}
		if in, ok := navIntent(k.nav, msg); ok {
			return nil, in
		}
	case copiedMsg:
		s.setStatus(msg.status(s.c))
		return nil, intent{}
	case tea.PasteMsg:
		// A fix takes no paste: say so rather than drop it.
		s.setStatus(s.c.styles.notice.Render(i18n.WizPasteNotHere.In(s.c.lang)))
		return nil, intent{}
	}
	var cmd tea.Cmd
	from, held := s.vp.YOffset(), s.footHeld()
	s.vp, cmd = s.vp.Update(msg)
	switch to := s.vp.YOffset(); {
	case held && to > from+s.vp.Height()-1:
		// A page down past a heading left blank: the heading starts the
		// new page instead of being skipped.
		s.vp.SetYOffset(from + s.vp.Height() - 1)
	case to < from-1 && s.footHeld():
		// A page up that would leave a heading blank at the foot, its
		// text on the page it came from: one row less, so it shows.
		s.vp.SetYOffset(to + 1)
	}
	return cmd, intent{}
}

// footHeld reports whether the last row in view is a line held back for
// the next page: one that belongs with the line under it, which is out
// of view. A view of fewer than minHeldView rows shows every line.
func (s *fixScreen) footHeld() bool {
	h := s.vp.Height()
	foot := s.vp.YOffset() + h - 1
	return h >= minHeldView && foot+1 < len(s.lines) && s.heldBack[foot]
}

// minHeldView is the least height at which a heading is held back from
// the foot of the view: below it a blank row would cost too much.
const minHeldView = 4

// visible is the viewport's rows in view, padded to its height.
func (s *fixScreen) visible() string {
	h := s.vp.Height()
	start := min(s.vp.YOffset(), len(s.lines))
	end := min(start+h, len(s.lines))
	held := s.footHeld()
	var b strings.Builder
	for i := range h {
		if i > 0 {
			b.WriteByte('\n')
		}
		if start+i < end && !(i == h-1 && held) {
			b.WriteString(s.lines[start+i])
		}
	}
	return b.String()
}

// statusLines is the status wrapped to the screen's width; the row under
// the fix is kept even when empty, for the "more below" hint.
func (s *fixScreen) statusLines() []string {
	if s.status == "" {
		return []string{""}
	}
	return strings.Split(s.status, "\n")
}

func (s *fixScreen) view() string {
	status := s.statusLines()
	if hint := scrollHint(s.c.lang, !s.vp.AtTop(), !s.vp.AtBottom()); s.status == "" && hint != "" {
		status = []string{s.c.styles.muted.Render(hint)}
	}
	return s.visible() + "\n" + strings.Join(status, "\n")
}

func (s *fixScreen) setSize(width, height int) {
	resized := width != s.width
	s.width, s.height = width, height
	if resized || s.vp.TotalLineCount() == 0 {
		s.render()
	}
	s.layout()
}

// render draws the fix into the viewport in the current language and width,
// keeping the scroll position.
func (s *fixScreen) render() {
	offset := s.vp.YOffset()
	s.vp.SetWidth(s.width)
	content, held := renderFix(s.fix, s.role, s.c.lang, s.width, s.c.styles)
	s.lines = strings.Split(content, "\n")
	s.heldBack = make(map[int]bool, len(held))
	for _, i := range held {
		s.heldBack[i] = true
	}
	s.vp.SetContent(content)
	s.vp.SetYOffset(offset)
}

// layout gives the viewport what the status line leaves of the height.
func (s *fixScreen) layout() {
	s.vp.SetHeight(max(1, s.height-len(s.statusLines())))
	s.vp.SetYOffset(s.vp.YOffset()) // clamp to the new height
}

// setStatus shows a message under the fix, wrapped to the screen's width.
func (s *fixScreen) setStatus(styled string) {
	s.status = strings.Join(wrapStyled(styled, s.width), "\n")
	s.layout()
}

// relang redraws the fix after a language switch. A status in the old
// language is dropped.
func (s *fixScreen) relang() (int, bool) {
	s.status = ""
	s.setKeys()
	s.render()
	s.layout()
	return 0, false
}

// messages are the fix's messages as the screen shows them, under their
// headings: to the other party of the user's role, or to the customer
// when no role was chosen, and where there is one, to a second party.
func (s *fixScreen) messages() []flows.LayoutMessage {
	_, messages := s.fix.Layout(s.role)
	return messages
}

// copyMessage copies the i-th message (m the first, M the second).
func (s *fixScreen) copyMessage(i int) tea.Cmd {
	messages := s.messages()
	if i >= len(messages) {
		return nil
	}
	m := messages[i]
	return copyText(copyMessage, m.Heading, m.Text.In(s.c.lang), s.c.clipboard)
}

func (s *fixScreen) place() (i18n.Text, bool) { return i18n.WizFixReached, true }

func (s *fixScreen) shownFix() (flows.Fix, flows.Role, bool) { return s.fix, s.role, true }

// checkable reports whether a check can confirm or rule out this fix
// (fortnox.md §9), for a person who may hold the token (holdsToken).
func (s *fixScreen) checkable() bool {
	return slices.Contains(checkConfirms, s.fix.ID) && holdsToken(s.role)
}
