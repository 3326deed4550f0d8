package tui

import (
	"strings"

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
	role   flows.Role
	vp     viewport.Model
	width  int
	height int
	// status is the last copy's outcome, already styled; empty when there
	// is nothing to say.
	status string
}

func newFixScreen(c *common, fix flows.Fix, role flows.Role) *fixScreen {
	vp := viewport.New()
	// Only vertical scrolling, on keys that the wizard does not use for
	// anything else: b goes back and l switches language here.
	vp.KeyMap = viewport.KeyMap{
		PageDown:     key.NewBinding(key.WithKeys("pgdown", "space", "f")),
		PageUp:       key.NewBinding(key.WithKeys("pgup")),
		HalfPageDown: key.NewBinding(key.WithKeys("ctrl+d", "d")),
		HalfPageUp:   key.NewBinding(key.WithKeys("ctrl+u", "u")),
		Down:         key.NewBinding(key.WithKeys("down", "j")),
		Up:           key.NewBinding(key.WithKeys("up", "k")),
		Left:         key.NewBinding(key.WithDisabled()),
		Right:        key.NewBinding(key.WithDisabled()),
	}
	vp.MouseWheelEnabled = false
	return &fixScreen{c: c, fix: fix, role: role, vp: vp}
}

func (s *fixScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, s.c.keys.Top):
			s.vp.GotoTop()
			return nil
		case key.Matches(msg, s.c.keys.Bottom):
			s.vp.GotoBottom()
			return nil
		}
	case copiedMsg:
		s.setStatus(msg.status(s.c))
		return nil
	case tea.PasteMsg:
		// A fix takes no paste: say so rather than drop it.
		s.setStatus(s.c.styles.notice.Render(i18n.WizPasteNotHere.In(s.c.lang)))
		return nil
	}
	var cmd tea.Cmd
	s.vp, cmd = s.vp.Update(msg)
	return cmd
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
	if s.status == "" && !s.vp.AtBottom() {
		status = []string{s.c.styles.muted.Render(moreBelow(s.c.lang))}
	}
	return s.vp.View() + "\n" + strings.Join(status, "\n")
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
	s.vp.SetContent(renderFix(s.fix, s.role, s.c.lang, s.width, s.c.styles))
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
func (s *fixScreen) relang() {
	s.status = ""
	s.render()
	s.layout()
}

// message is the message the copy key copies: to the other party of the
// user's role, or to the customer when no role was chosen.
func (s *fixScreen) message() i18n.Text {
	if s.role == "" {
		return s.fix.CustomerMessage
	}
	_, text := s.fix.MessageFor(s.role)
	return text
}

func (s *fixScreen) typing() bool   { return false }
func (s *fixScreen) escTaken() bool { return false }
