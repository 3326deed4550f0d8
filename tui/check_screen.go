package tui

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// CheckOptions configure the wizard's "Check with Fortnox" action: where
// the requests go and how. Tests point it at a Fortnox double and its
// clock.
type CheckOptions = livecheck.Options

// checkPhase is where a check screen is: waiting for a token, asking,
// asking Fortnox, done.
type checkPhase int

const (
	// checkNeedToken waits for the token to be pasted (the check was
	// opened from a fix, not from a pasted token).
	checkNeedToken checkPhase = iota
	checkAsking
	checkRunning
	checkDone
)

// checkScreen is the live check of a pasted token: first the consent text
// (what is sent where, as `fortnox-doctor check` says it), then each
// check's mark as it ends, a spinner while one is under way, and at the end
// the failed checks, whose fixes open with enter.
type checkScreen struct {
	c    *common
	k    checkKeys
	opts CheckOptions
	tok  livecheck.Token
	plan livecheck.Plan
	// refused says why the paste is not sent (a refresh token, …).
	refused diagnose.Message
	// typed is the token typed key by key while it is asked for (a
	// terminal without bracketed paste); it is never shown.
	typed pasteBuffer

	phase checkPhase
	// now is the clock a pasted token is read against.
	now     time.Time
	checks  []livecheck.Check
	spinner spinner.Model
	// cursor is an index into fixable().
	cursor int
	cancel context.CancelFunc
	events chan livecheck.Check

	// scroll is the first body line shown when no cursor decides it; free
	// is true when ↑/↓ went past the first or last check with a fix, and
	// the body scrolls rather than follows the cursor.
	scroll        int
	free          bool
	width, height int
}

// checkEventMsg is one check ended; checkDoneMsg the run.
type (
	checkEventMsg struct{ check livecheck.Check }
	checkDoneMsg  struct{}
)

// newCheckScreen reads the pasted token, refusing a refresh token or an
// authorization code with the reason, and plans the run. With no paste it
// waits for the token to be pasted.
func newCheckScreen(c *common, opts CheckOptions, paste string, now time.Time) *checkScreen {
	s := &checkScreen{c: c, k: newCheckKeys(c.lang), opts: opts, now: now, spinner: spinner.New(spinner.WithSpinner(spinner.Line))}
	if paste == "" {
		s.phase = checkNeedToken
		return s
	}
	s.read(paste)
	return s
}

// read takes a pasted token: on to the question when it can be sent, else
// the reason it is not.
func (s *checkScreen) read(paste string) {
	s.refused = diagnose.Message{}
	tok, err := livecheck.ReadToken(paste, s.now)
	var re *livecheck.RefusedError
	var ie *diagnose.InputError
	switch {
	case errors.As(err, &re):
		s.refused = re.Message
	case errors.As(err, &ie):
		s.refused = ie.Message
	case err != nil:
		s.refused = diagnose.Message{Text: i18n.CheckRefuseNotJWT}
	default:
		s.tok, s.plan = tok, livecheck.NewPlan(tok, s.opts)
		s.phase = checkAsking
	}
}

// start sends the requests: the run goes on in the background and reports
// each check as a message.
func (s *checkScreen) start() tea.Cmd {
	if s.phase != checkAsking || !s.refused.IsZero() {
		return nil
	}
	s.phase = checkRunning
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	events := make(chan livecheck.Check, 64)
	s.events = events
	opts, tok := s.opts, s.tok
	opts.OnCheck = func(c livecheck.Check) { events <- c }
	go func() {
		livecheck.Run(ctx, tok, opts)
		close(events)
	}()
	return tea.Batch(s.spinner.Tick, s.next())
}

// next waits for the run's next check.
func (s *checkScreen) next() tea.Cmd {
	events := s.events
	return func() tea.Msg {
		c, ok := <-events
		if !ok {
			return checkDoneMsg{}
		}
		return checkEventMsg{check: c}
	}
}

// stop ends a run under way; its remaining checks are not sent.
func (s *checkScreen) stop() {
	if s.cancel != nil {
		s.cancel()
	}
}

// refreshKeys enables the yes and no keys while the question [y/N] is
// asked, and enter as "open" once there is a fix to open.
func (s *checkScreen) refreshKeys() {
	_, canOpen := s.chosenFix()
	s.k.setState(s.phase == checkAsking && s.refused.IsZero(), canOpen, s.phase == checkNeedToken, s.typed.empty())
}

func (s *checkScreen) keys() help.KeyMap {
	s.refreshKeys()
	return &s.k
}

func (s *checkScreen) update(msg tea.Msg) (tea.Cmd, intent) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	case tea.PasteMsg:
		if s.phase == checkNeedToken {
			s.typed.clear()
			s.read(msg.Content)
		}
	case checkEventMsg:
		s.checks = append(s.checks, msg.check)
		return s.next(), intent{}
	case checkDoneMsg:
		s.phase = checkDone
	case spinner.TickMsg:
		if s.phase != checkRunning {
			return nil, intent{}
		}
		var cmd tea.Cmd
		s.spinner, cmd = s.spinner.Update(msg)
		return cmd, intent{}
	}
	return nil, intent{}
}

// handleKey: the question reads [y/N], so only y (j) sends; n and enter,
// the default, go back and send nothing. Once the run is done enter opens
// the fix under the cursor; ↑/↓ move; quit stops a run under way.
func (s *checkScreen) handleKey(msg tea.KeyPressMsg) (tea.Cmd, intent) {
	s.refreshKeys()
	k := s.k
	if s.phase == checkNeedToken {
		return s.typeKey(msg)
	}
	switch {
	case key.Matches(msg, k.Yes):
		return s.start(), intent{}
	case key.Matches(msg, k.No):
		return nil, want(goBack)
	case key.Matches(msg, k.Open):
		if f, ok := s.chosenFix(); ok {
			return nil, intent{kind: openFix, fix: f}
		}
	case key.Matches(msg, k.Up):
		s.move(-1)
	case key.Matches(msg, k.Down):
		s.move(1)
	default:
		in, ok := navIntent(k.nav, msg)
		if ok && in.kind == quitWizard {
			s.stop()
		}
		return nil, in
	}
	return nil, intent{}
}

// typeKey takes a key while the token is asked for: printable keys are
// the token, enter reads it, and the shared keys are their control-key
// forms, so that a token typed key by key is not read as commands.
func (s *checkScreen) typeKey(msg tea.KeyPressMsg) (tea.Cmd, intent) {
	k := s.k
	switch {
	case key.Matches(msg, k.Read):
		if !s.typed.empty() {
			text := s.typed.text
			s.typed.clear()
			s.read(text)
		}
	case key.Matches(msg, k.Erase):
		s.typed.backspace()
		s.refused = diagnose.Message{}
	case key.Matches(msg, k.Clear):
		s.typed.clear()
		s.refused = diagnose.Message{}
	case key.Matches(msg, k.Space):
		s.add(" ")
	default:
		if in, ok := navIntent(k.text, msg); ok {
			return nil, in
		}
		if msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt|tea.ModSuper) == 0 {
			s.add(msg.Text)
		}
	}
	return nil, intent{}
}

// add types text into the token, or says why it was refused (too long).
func (s *checkScreen) add(text string) {
	s.refused = diagnose.Message{}
	if err := s.typed.add(text); err != nil {
		var ie *diagnose.InputError
		if errors.As(err, &ie) {
			s.refused = ie.Message
		}
	}
}

// fixable are the indexes of the checks with a fix to open.
func (s *checkScreen) fixable() []int {
	var out []int
	for i, c := range s.checks {
		if c.FixID != "" && (c.Status == livecheck.StatusFailed || c.Status == livecheck.StatusWarning) {
			if _, ok := flows.Lookup(c.FixID); ok {
				out = append(out, i)
			}
		}
	}
	return out
}

// move puts the cursor on the next or previous check with a fix, or
// scrolls when there is none that way, so that the checks past the last
// one with a fix can be read too.
func (s *checkScreen) move(by int) {
	if n := len(s.fixable()); n > 0 && s.phase == checkDone {
		if next := s.cursor + by; next >= 0 && next < n {
			s.cursor, s.free = next, false
			return
		}
		// Back towards the cursor's check when it is out of view that
		// way: follow it again.
		if f := s.frame(); s.free && ((by < 0 && f.cursor < f.from) || (by > 0 && f.cursor >= f.to)) {
			s.free = false
			return
		}
		s.free = true
	}
	s.scrollBy(by)
}

// chosenFix is the fix of the check under the cursor, once the run is done.
func (s *checkScreen) chosenFix() (flows.Fix, bool) {
	f := s.fixable()
	if s.phase != checkDone || len(f) == 0 {
		return flows.Fix{}, false
	}
	return flows.Lookup(s.checks[f[min(s.cursor, len(f)-1)]].FixID)
}

// lines draws the screen's content in the current language: the body,
// which scrolls, and the pinned lines under it (the question, the spinner,
// the keys), which always show. selected is the body line of the check
// under the cursor, -1 for none, and selectedEnd the line after its fix's
// title.
func (s *checkScreen) lines() (body, pinned []string, selected, selectedEnd int) {
	l, st, w := s.c.lang, s.c.styles, max(1, s.width)
	add := func(text string) { body = append(body, wrapStyled(text, w)...) }
	pin := func(text string) { pinned = append(pinned, wrapStyled(text, w)...) }
	add(st.title.Render(i18n.WizCheckTitle.In(l)))
	body = append(body, "")
	selected = -1
	if s.phase == checkNeedToken {
		// Why a token was refused comes first: under the explanation it
		// fell below the fold at 40x12, where the field, which has the
		// keys, cannot scroll (outside audit).
		if !s.refused.IsZero() {
			add(st.bad.Render("✗") + " " + i18n.WizCheckRefused.Format(l, s.refused.In(l)))
			body = append(body, "")
		}
		add(i18n.WizCheckNeedToken.In(l))
		pinned = append(pinned, s.field(w))
		return body, pinned, selected, selected
	}
	if !s.refused.IsZero() {
		add(st.bad.Render("✗") + " " + i18n.WizCheckRefused.Format(l, s.refused.In(l)))
		pin(st.muted.Render(i18n.WizCheckBack.In(l)))
		return body, pinned, selected, selected
	}
	if s.phase == checkAsking {
		add(i18n.CheckPlan.Format(l, s.plan.GETs, s.plan.APIHost, s.plan.Interval, s.plan.Timeout))
		add(i18n.CheckPlanScopes.Format(l, strings.Join(s.plan.Scopes, ", ")))
		pin(st.notice.Render(i18n.CheckConfirm.In(l)) + " " + st.muted.Render(i18n.WizCheckConsent.In(l)))
		return body, pinned, selected, selected
	}
	fixable := s.fixable()
	failed := false
	for i, c := range s.checks {
		failed = failed || c.Status == livecheck.StatusFailed
		mark := checkMarkStyle(c.Status, st).Render(c.Status.Mark())
		text := mark + " " + st.label.Render(c.Name.In(l)) + ": " + c.Summary.In(l)
		pointer := "  "
		if s.phase == checkDone && len(fixable) > 0 && fixable[min(s.cursor, len(fixable)-1)] == i {
			pointer = st.pointer.Render("›") + " "
			selected = len(body)
		}
		for j, line := range wrapStyled(text, max(1, w-2)) {
			if j == 0 {
				body = append(body, pointer+line)
			} else {
				body = append(body, "    "+line)
			}
		}
		if c.FixID != "" && (c.Status == livecheck.StatusFailed || c.Status == livecheck.StatusWarning) {
			if f, ok := flows.Lookup(c.FixID); ok {
				for _, line := range wrapStyled(f.Title.In(l), max(1, w-4)) {
					body = append(body, "    "+st.muted.Render(line))
				}
			}
		}
		if selected >= 0 && selectedEnd < selected {
			selectedEnd = len(body)
		}
	}
	// A run with none failed but nothing or only some checked is no
	// all-clear: the same words as the command line's end.
	run := livecheck.Report{Checks: s.checks}
	switch {
	case s.phase == checkRunning:
		pin(s.spinner.View() + " " + i18n.WizCheckRunning.In(l))
	case len(fixable) > 0:
		pin(st.muted.Render(i18n.WizCheckOpenHint.In(l)))
	case failed:
		pin(st.muted.Render(i18n.WizCheckBack.In(l)))
	case run.NothingChecked():
		pin(st.notice.Render(i18n.CheckNothingAnswer.In(l)) + " " + st.muted.Render(i18n.WizCheckBack.In(l)))
	case run.Incomplete():
		pin(st.notice.Render(i18n.CheckIncomplete.Format(l, run.Unchecked(), len(run.Checks))) + " " + st.muted.Render(i18n.WizCheckBack.In(l)))
	default:
		pin(st.muted.Render(i18n.WizCheckNoFailure.In(l)))
	}
	return body, pinned, selected, selectedEnd
}

// field is the token as it is typed, in one line of width w: a dot for
// each character (as many as fit) and how many there are, never the token
// itself; empty, the cursor and what to do.
func (s *checkScreen) field(w int) string {
	st, l := s.c.styles, s.c.lang
	bar := st.quoteBar.Render("│") + " "
	cursor := lipgloss.NewStyle().Reverse(true).Render(" ")
	if s.typed.empty() {
		return bar + cursor + st.muted.Render(i18n.WizCheckTypeToken.In(l))
	}
	n := utf8.RuneCountInString(s.typed.text)
	count := " " + st.muted.Render(i18n.WizCheckTyped.Format(l, n))
	dots := max(1, min(n, w-3-lipgloss.Width(count)))
	return bar + strings.Repeat("•", dots) + cursor + count
}

func checkMarkStyle(s livecheck.Status, st *styles) interface{ Render(...string) string } {
	switch s {
	case livecheck.StatusOK:
		return st.success
	case livecheck.StatusWarning:
		return st.warn
	case livecheck.StatusFailed:
		return st.bad
	}
	return st.muted
}

// checkFrame is the screen as view draws it: the body and the pinned lines,
// the body lines in view (from, to), the line of the check under the
// cursor (-1 for none), and whether there is more below.
type checkFrame struct {
	body, pinned     []string
	from, to, cursor int
	more             bool
}

// frame lays the screen out in its size: the pinned lines at the bottom
// and as much of the body as fits above them: the top while asking (↑/↓
// scroll), the end while the checks come in, and the check under the
// cursor once they are done, unless ↑/↓ scrolled past it. A body that
// does not fit keeps its last row for "↓ more below" while there is more
// below, as the fix and the result do. It keeps the scroll position in
// bounds.
func (s *checkScreen) frame() checkFrame {
	body, pinned, selected, selectedEnd := s.lines()
	rows := max(1, s.height)
	pinned = pinned[:min(len(pinned), rows)]
	room := rows - len(pinned)
	if room > 1 && len(body) < room {
		body = append(body, "")
	}
	offset, shownRows := 0, room
	if len(body) > room {
		if room > 1 {
			shownRows = room - 1 // the row for "↓ more below"
		}
		switch {
		case selected >= 0 && !s.free:
			// The check under the cursor and its fix, whole when they fit.
			offset = selected - max(0, shownRows-(selectedEnd-selected))/2
		case s.phase == checkRunning:
			offset = len(body) - shownRows
		default:
			offset = s.scroll
		}
		offset = min(max(offset, 0), len(body)-shownRows)
		s.scroll = offset
	}
	to := min(offset+shownRows, len(body))
	return checkFrame{body: body, pinned: pinned, from: offset, to: to, cursor: selected, more: shownRows < room && to < len(body)}
}

// view draws the frame.
func (s *checkScreen) view() string {
	f := s.frame()
	room := max(1, s.height) - len(f.pinned)
	shown := append([]string(nil), f.body[f.from:f.to]...)
	if f.more {
		shown = append(shown, s.c.styles.muted.Render(moreBelow(s.c.lang)))
	}
	for len(shown) < room {
		shown = append(shown, "")
	}
	shown = append(shown, f.pinned...)
	for i, line := range shown {
		shown[i] = ansi.Truncate(line, max(1, s.width), "…")
	}
	return strings.Join(shown, "\n")
}

// scrollBy scrolls the body when there is no check to move to.
func (s *checkScreen) scrollBy(by int) { s.scroll = max(0, s.scroll+by) }

func (s *checkScreen) setSize(width, height int) { s.width, s.height = width, height }

// relang builds the keys in the new language; the view reads the language
// as it draws.
func (s *checkScreen) relang() (int, bool) {
	s.k = newCheckKeys(s.c.lang)
	return 0, false
}

func (s *checkScreen) place() (i18n.Text, bool)                { return i18n.WizCheckReached, true }
func (s *checkScreen) shownFix() (flows.Fix, flows.Role, bool) { return flows.Fix{}, "", false }
func (s *checkScreen) checkable() bool                         { return false }
