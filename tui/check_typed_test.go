package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// typeText is text typed key by key, as a terminal without bracketed
// paste sends it.
func typeText(text string) []tea.Msg {
	var out []tea.Msg
	for _, r := range text {
		if r == ' ' {
			out = append(out, press("space"))
			continue
		}
		out = append(out, press(string(r)))
	}
	return out
}

// checkFromFix is a wizard on the check opened from a fix a check can
// confirm, asking for the token.
func checkFromFix(t *testing.T, l i18n.Lang, width, height int) (*Model, *fortnoxdouble.Double) {
	t.Helper()
	co, d := checkOptionsFor(t, fortnoxdouble.NotLicensed)
	o := testOptions(l, width, height)
	o.Check = co.Check
	m := New(o)
	send(m, background(true))
	for _, k := range keysFor(testkit.PathAs(t, o.Tree, flows.Developer, livecheck.FixNotLicensedForScope)) {
		send(m, k)
	}
	drive(m, press("t"))
	if s, ok := m.screen.(*checkScreen); !ok || s.phase != checkNeedToken {
		t.Fatalf("t on the fix went to %T", m.screen)
	}
	return m, d
}

// TestCheckTokenTypedKeyByKey types the token on the check's token field
// letter by letter: b, c, l, r and q are text there, not commands; the
// token never shows, only its length; enter reads it and asks, sending
// nothing until the yes key.
func TestCheckTokenTypedKeyByKey(t *testing.T) {
	for _, l := range i18n.Langs() {
		m, d := checkFromFix(t, l, 80, 24)
		drive(m, typeText("Bearer "+d.Token)...)
		s, ok := m.screen.(*checkScreen)
		if !ok || s.phase != checkNeedToken || m.c.lang != l {
			t.Fatalf("%s: typing the token left %T in %s", l, m.screen, m.c.lang)
		}
		frame := m.View().Content
		if strings.Contains(frame, d.Token) || strings.Contains(frame, "eyJ") {
			t.Errorf("%s: the typed token shows:\n%s", l, plain(frame))
		}
		if want := i18n.WizCheckTyped.Format(l, len("Bearer "+d.Token)); !strings.Contains(plain(frame), want) {
			t.Errorf("%s: no %q:\n%s", l, want, plain(frame))
		}
		drive(m, press("backspace"), press(d.Token[len(d.Token)-1:]), press("enter"))
		if s.phase != checkAsking || len(d.Requests()) != 0 {
			t.Fatalf("%s: after enter: phase %d, %d requests", l, s.phase, len(d.Requests()))
		}
		drive(m, press(yesKeys(l)[0]))
		if s.phase != checkDone || len(d.Requests()) != 6 {
			t.Errorf("%s: after yes: phase %d, %d requests", l, s.phase, len(d.Requests()))
		}
	}
}

// TestCheckTokenFieldKeys: esc goes back from the token field, ctrl+u
// clears it, q does not quit, and help opens with ? while it is empty and
// with ctrl+g, which the footer then names, once it is not.
func TestCheckTokenFieldKeys(t *testing.T) {
	m, _ := checkFromFix(t, i18n.English, 80, 24)
	drive(m, press("?"))
	if !m.fullHelp {
		t.Error("? on the empty token field did not open the help")
	}
	drive(m, press("?"), press("q"), press("x"))
	s := m.screen.(*checkScreen)
	if m.fullHelp || s.typed.text != "qx" {
		t.Fatalf("typed %q, full help %v", s.typed.text, m.fullHelp)
	}
	if foot := plain(m.View().Content); !strings.Contains(foot, typingHelpKey+" "+i18n.KeyMoreKeys.En) {
		t.Errorf("the footer does not name %s:\n%s", typingHelpKey, foot)
	}
	drive(m, press("?"))
	if m.fullHelp || s.typed.text != "qx?" {
		t.Errorf("? with text: typed %q, full help %v", s.typed.text, m.fullHelp)
	}
	drive(m, press(typingHelpKey))
	if !m.fullHelp {
		t.Error("ctrl+g did not open the help")
	}
	drive(m, press("ctrl+u"))
	if s.typed.text != "" {
		t.Errorf("ctrl+u left %q", s.typed.text)
	}
	drive(m, press("esc"))
	if _, ok := m.screen.(*fixScreen); !ok {
		t.Errorf("esc went to %T", m.screen)
	}
}

// TestCheckRefusalShowsAt40x12: why a typed token was refused shows at
// 40x12, above the explanation, where the field cannot scroll to it.
func TestCheckRefusalShowsAt40x12(t *testing.T) {
	for _, l := range i18n.Langs() {
		m, d := checkFromFix(t, l, 40, 12)
		drive(m, typeText("abcdef0123456789abcdef0123456789")...)
		drive(m, press("enter"))
		frame := oneLine(m)
		lead := strings.Fields(i18n.WizCheckRefused.In(l))[0]
		if !strings.Contains(frame, "✗ "+lead) || len(d.Requests()) != 0 {
			t.Errorf("%s: no refusal in sight:\n%s", l, plain(m.View().Content))
		}
		checkFits(t, m.View().Content, 40, 12)
	}
}

// TestCheckRefusalSaysItOnce: under why a text was refused, which says
// what is never sent, the prompt asks again without saying it a second
// time (an outside audit read the sentence twice).
func TestCheckRefusalSaysItOnce(t *testing.T) {
	for _, l := range i18n.Langs() {
		m, _ := checkFromFix(t, l, 80, 24)
		drive(m, typeText("hello")...)
		drive(m, press("enter"))
		frame := oneLine(m)
		if !strings.Contains(frame, i18n.WizCheckNeedTokenAgain.In(l)) || strings.Contains(frame, i18n.WizCheckNeedToken.In(l)) {
			t.Errorf("%s: the prompt under the refusal:\n%s", l, plain(m.View().Content))
		}
	}
}
