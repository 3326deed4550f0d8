package tui

import (
	"context"
	"errors"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
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
