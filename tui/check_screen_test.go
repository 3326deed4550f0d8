package tui

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// checkOptionsFor points the wizard's check at a double of the scenario,
// on the double's clock (which starts at testNow).
func checkOptionsFor(t *testing.T, sc fortnoxdouble.Scenario) (Options, *fortnoxdouble.Double) {
	t.Helper()
	clock := fortnoxdouble.NewClock(testNow)
	d := fortnoxdouble.Start(t, sc, clock)
	return Options{Check: &CheckOptions{BaseURL: d.URL, Clock: clock, Timeout: 2 * time.Second}}, d
}

// drive feeds messages to the model and runs the commands they return,
// feeding their messages back (after the given messages), until none is
// left; a spinner's tick is
// dropped after its first frame, so that the loop ends.
func drive(m *Model, msgs ...tea.Msg) {
	queue := append([]tea.Msg(nil), msgs...)
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		_, cmd := m.Update(msg)
		queue = append(queue, run(cmd)...)
	}
}

func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil, spinner.TickMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

var doublePort = regexp.MustCompile(`127\.0\.0\.1:\d+`)

// checkModel is a wizard on a pasted token's result with the check action
// pointed at a double.
func checkModel(t *testing.T, sc fortnoxdouble.Scenario, l i18n.Lang, width, height int) (*Model, *fortnoxdouble.Double) {
	t.Helper()
	co, d := checkOptionsFor(t, sc)
	o := testOptions(l, width, height)
	o.Check = co.Check
	m := New(o)
	send(m, press("enter"), pasteMsg(d.Token), press("enter"))
	if _, ok := m.screen.(*resultScreen); !ok {
		t.Fatalf("the token's paste went to %T", m.screen)
	}
	return m, d
}

// TestCheckGolden draws the check at 80x24 and 40x12 in both languages:
// the consent, and the end of a run against a double whose token lacks
// the invoice scope, with the failed check under the cursor.
func TestCheckGolden(t *testing.T) {
	for _, l := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			name := fmt.Sprintf("%s-%dx%d", l, size[0], size[1])
			t.Run("consent/"+name, func(t *testing.T) {
				co, d := checkOptionsFor(t, fortnoxdouble.ScopeMissing403)
				o := testOptions(l, size[0], size[1])
				o.Check = co.Check
				m := runProgram(t, o, background(true), press("enter"), pasteMsg(d.Token), press("enter"), press("t"))
				content := m.View().Content
				checkFits(t, content, size[0], size[1])
				if len(d.Requests()) != 0 {
					t.Errorf("%d requests before consent", len(d.Requests()))
				}
				golden.RequireEqual(t, doublePort.ReplaceAllString(content, "127.0.0.1:PORT"))
			})
			t.Run("done/"+name, func(t *testing.T) {
				m, d := checkModel(t, fortnoxdouble.ScopeMissing403, l, size[0], size[1])
				drive(m, background(true), press("t"), press(yesKeys(l)[0]))
				s, ok := m.screen.(*checkScreen)
				if !ok || s.phase != checkDone {
					t.Fatalf("after yes: %T", m.screen)
				}
				if len(d.Requests()) != 6 {
					t.Errorf("%d requests, want 6", len(d.Requests()))
				}
				content := m.View().Content
				checkFits(t, content, size[0], size[1])
				if !strings.Contains(plain(content), "› ✗") {
					t.Errorf("no cursor on the failed check:\n%s", plain(content))
				}
				golden.RequireEqual(t, doublePort.ReplaceAllString(content, "127.0.0.1:PORT"))
			})
		}
	}
}

// TestCheckOpensTheFixAndComesBack opens the failed check's fix with
// enter, goes back to the check with b, and back to the result with esc.
func TestCheckOpensTheFixAndComesBack(t *testing.T) {
	m, _ := checkModel(t, fortnoxdouble.WrongCompany, i18n.English, 80, 24)
	for _, k := range []string{"t", "y", "enter"} {
		drive(m, press(k))
	}
	f, ok := m.screen.(*fixScreen)
	if !ok || f.fix.ID != livecheck.FixWrongCompanyAuthorized {
		t.Fatalf("enter on the failed check opened %T", m.screen)
	}
	drive(m, press("b"))
	if _, ok := m.screen.(*checkScreen); !ok {
		t.Fatalf("b on the fix went to %T, want the check", m.screen)
	}
	drive(m, press("esc"))
	if _, ok := m.screen.(*resultScreen); !ok || m.live.screen != nil {
		t.Fatalf("esc on the check went to %T", m.screen)
	}
}

// TestCheckDeclinedSendsNothing goes back from the consent with esc, n or
// enter, the default of [j/N]: nothing sent. Only the yes key sends: j or
// y in Swedish, y in English, where j scrolls.
func TestCheckDeclinedSendsNothing(t *testing.T) {
	for _, l := range i18n.Langs() {
		for _, no := range []string{"esc", "n", "enter"} {
			m, d := checkModel(t, fortnoxdouble.Healthy, l, 80, 24)
			drive(m, press("t"), press(no))
			if _, ok := m.screen.(*resultScreen); !ok || len(d.Requests()) != 0 {
				t.Errorf("%s, after %s: %T, %d requests", l, no, m.screen, len(d.Requests()))
			}
		}
		m, d := checkModel(t, fortnoxdouble.Healthy, l, 80, 24)
		drive(m, press("t"), press("down"), press("j"), press("k"))
		if l == i18n.English && len(d.Requests()) != 0 {
			t.Errorf("j sent %d requests in English", len(d.Requests()))
		}
		for _, yes := range yesKeys(l)[:1] {
			drive(m, press(yes))
			if s, ok := m.screen.(*checkScreen); !ok || s.phase != checkDone || len(d.Requests()) != 6 {
				t.Errorf("%s, after %s: %T, %d requests", l, yes, m.screen, len(d.Requests()))
			}
		}
	}
}

// TestCheckConsentNamesTheKeysThatWork reads the consent's own line and
// its full help: the yes key sends, enter does not, and nothing offers
// enter to open or send while the question is asked.
func TestCheckConsentNamesTheKeysThatWork(t *testing.T) {
	for _, l := range i18n.Langs() {
		m, _ := checkModel(t, fortnoxdouble.Healthy, l, 80, 24)
		drive(m, press("t"))
		short := plain(m.View().Content)
		if !strings.Contains(short, i18n.WizCheckConsent.In(l)) || strings.Contains(short, i18n.KeyOpen.In(l)) {
			t.Errorf("%s consent:\n%s", l, short)
		}
		drive(m, press("?"))
		full := plain(m.View().Content)
		for _, want := range []string{strings.Join(yesKeys(l), "/") + " " + i18n.KeyCheckYes.In(l), "n/enter " + i18n.KeyCheckNo.In(l)} {
			if !strings.Contains(strings.Join(strings.Fields(full), " "), want) {
				t.Errorf("%s full help lacks %q:\n%s", l, want, full)
			}
		}
		if strings.Contains(full, "enter "+i18n.KeyOpen.In(l)) {
			t.Errorf("%s full help offers enter to open while asking:\n%s", l, full)
		}
	}
}

// TestCheckOnlyOnATokensResult offers the action on a token's result only,
// and only when the wizard has check options.
func TestCheckOnlyOnATokensResult(t *testing.T) {
	m, _ := checkModel(t, fortnoxdouble.Healthy, i18n.English, 80, 24)
	if !strings.Contains(plain(m.View().Content), i18n.KeyCheckLiveShort.En) {
		t.Errorf("the footer does not offer the check:\n%s", plain(m.View().Content))
	}
	text := resultOf(t, i18n.English, 80, 24, `{"ErrorInformation":{"error":1,"message":"x","code":2000663}}`)
	text.live.opts = &CheckOptions{}
	send(text, press("t"))
	if _, ok := text.screen.(*resultScreen); !ok {
		t.Errorf("c on a text's result went to %T", text.screen)
	}
	off := resultOf(t, i18n.English, 80, 24, fortnoxdouble.Token(1, testNow.Add(time.Hour)))
	send(off, press("t"))
	if _, ok := off.screen.(*resultScreen); !ok {
		t.Errorf("c without check options went to %T", off.screen)
	}
}

// TestCheckRefusesARefreshToken shows why a refresh token is not sent.
func TestCheckRefusesARefreshToken(t *testing.T) {
	co, d := checkOptionsFor(t, fortnoxdouble.Healthy)
	o := testOptions(i18n.English, 80, 24)
	o.Check = co.Check
	m := New(o)
	send(m, press("enter"), pasteMsg(`{"refresh_token":"8b2c0f3a9d4e4f5a6b7c"}`), press("enter"))
	drive(m, press("t"), press("enter"))
	if !strings.Contains(strings.Join(strings.Fields(plain(m.View().Content)), " "), "refresh token") || len(d.Requests()) != 0 {
		t.Errorf("refresh token: %d requests\n%s", len(d.Requests()), plain(m.View().Content))
	}
}

// TestCheckScreenShowsNoSecret looks for the token and the e-mail on
// every frame of a run.
func TestCheckScreenShowsNoSecret(t *testing.T) {
	for _, sc := range []fortnoxdouble.Scenario{fortnoxdouble.Healthy, fortnoxdouble.Expired, fortnoxdouble.ScopeMissing400} {
		m, d := checkModel(t, sc, i18n.English, 80, 24)
		for _, k := range []string{"t", "y", "down", "enter"} {
			drive(m, press(k))
			frame := m.View().Content
			for _, secret := range []string{d.Token, fortnoxdouble.Email, "eyJ"} {
				if strings.Contains(frame, secret) {
					t.Errorf("%s after %s: the frame shows %.12q", sc, k, secret)
				}
			}
		}
	}
}

var _ = teatest.WithFinalTimeout

// TestCheckFromAFix offers the check on a fix a check can confirm, asks
// for the token there (it shows nowhere), and runs once it is pasted.
func TestCheckFromAFix(t *testing.T) {
	for _, l := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			t.Run(fmt.Sprintf("%s-%dx%d", l, size[0], size[1]), func(t *testing.T) {
				co, d := checkOptionsFor(t, fortnoxdouble.NotLicensed)
				o := testOptions(l, size[0], size[1])
				o.Check = co.Check
				m := New(o)
				tree := o.Tree
				send(m, background(true))
				for _, k := range keysFor(testkit.PathAs(t, tree, flows.Developer, livecheck.FixNotLicensedForScope)) {
					send(m, k)
				}
				if f, ok := m.screen.(*fixScreen); !ok || f.fix.ID != livecheck.FixNotLicensedForScope {
					t.Fatalf("the path went to %T", m.screen)
				}
				if !strings.Contains(plain(m.View().Content), i18n.KeyCheckLiveShort.In(l)) && size[0] >= 80 {
					t.Errorf("the fix's footer does not offer the check:\n%s", plain(m.View().Content))
				}
				drive(m, press("t"))
				content := m.View().Content
				checkFits(t, content, size[0], size[1])
				if want := i18n.WizCheckTypeToken.In(l); !strings.Contains(plain(content), want) {
					t.Errorf("the empty field does not say %q whole:\n%s", want, plain(content))
				}
				golden.RequireEqual(t, content)
				drive(m, pasteMsg(d.Token))
				if s := m.screen.(*checkScreen); s.phase != checkAsking {
					t.Fatalf("after the paste: phase %d", s.phase)
				}
				drive(m, press(yesKeys(l)[0]))
				s := m.screen.(*checkScreen)
				if s.phase != checkDone || len(d.Requests()) != 6 {
					t.Fatalf("phase %d, %d requests", s.phase, len(d.Requests()))
				}
				if f, ok := s.chosenFix(); !ok || f.ID != livecheck.FixNotLicensedForScope {
					t.Errorf("the failed check's fix is %v", f.ID)
				}
				if strings.Contains(m.View().Content, d.Token) {
					t.Error("the token shows")
				}
			})
		}
	}
}

// checkWizard is the wizard in l at 80x24 with the check on, against a
// double that answers as sc, and its options.
func checkWizard(t *testing.T, l i18n.Lang, sc fortnoxdouble.Scenario) (*Model, Options, *fortnoxdouble.Double) {
	t.Helper()
	co, d := checkOptionsFor(t, sc)
	o := testOptions(l, 80, 24)
	o.Check = co.Check
	return New(o), o, d
}

// TestCheckFromAFixOnlyForTheIntegrator: the customer's administrator
// and the consultant have no access token to send, so their fix offers no
// check, and t does nothing there.
func TestCheckFromAFixOnlyForTheIntegrator(t *testing.T) {
	for _, role := range []flows.Role{flows.Customer, flows.Consultant} {
		for _, l := range i18n.Langs() {
			m, o, d := checkWizard(t, l, fortnoxdouble.NotLicensed)
			for _, k := range keysFor(testkit.PathAs(t, o.Tree, role, livecheck.FixMissingLicense)) {
				send(m, k)
			}
			if f, ok := m.screen.(*fixScreen); !ok || f.fix.ID != livecheck.FixMissingLicense {
				t.Fatalf("%s (%s): the path went to %T", role, l, m.screen)
			}
			if frame := plain(m.View().Content); strings.Contains(frame, i18n.KeyCheckLiveShort.In(l)) {
				t.Errorf("%s (%s): the fix's footer offers the check:\n%s", role, l, frame)
			}
			drive(m, press("t"))
			if _, ok := m.screen.(*fixScreen); !ok || len(d.Requests()) != 0 {
				t.Errorf("%s (%s): t on the fix went to %T", role, l, m.screen)
			}
		}
	}
}

// TestCheckOfAPasteOnlyForTheIntegrator: a token the customer's
// administrator or the consultant pastes is explained, but not offered to
// the check, in the wizard nor in the accessible mode.
func TestCheckOfAPasteOnlyForTheIntegrator(t *testing.T) {
	for _, role := range []flows.Role{flows.Customer, flows.Consultant} {
		for _, l := range i18n.Langs() {
			m, o, d := checkWizard(t, l, fortnoxdouble.Healthy)
			root := o.Tree.Root()
			person := slices.IndexFunc(root.Options, func(op flows.Option) bool { return op.Role == role })
			for range person {
				send(m, press("down"))
			}
			send(m, press("enter"), pasteMsg(d.Token), press("enter"))
			if _, ok := m.screen.(*resultScreen); !ok {
				t.Fatalf("%s (%s): the paste went to %T", role, l, m.screen)
			}
			if s := m.screen.(*resultScreen); s.k.CheckLive.Enabled() {
				t.Errorf("%s (%s): the result offers the check:\n%s", role, l, plain(m.View().Content))
			}
			drive(m, press("t"))
			if _, ok := m.screen.(*resultScreen); !ok || len(d.Requests()) != 0 {
				t.Errorf("%s (%s): t on the result went to %T", role, l, m.screen)
			}

			var out strings.Builder
			input := fmt.Sprintf("%d\n%s\n.\n", person+1, d.Token)
			_, _ = Accessible(Options{Tree: o.Tree, Lang: l, Check: o.Check}, strings.NewReader(input), &out)
			if strings.Contains(out.String(), i18n.CheckConfirm.In(l)) || len(d.Requests()) != 0 {
				t.Errorf("%s (%s): the accessible mode offered the check:\n%s", role, l, out.String())
			}
		}
	}
}

// TestCheckFromAFixRefusesARefreshToken keeps asking for an access token.
func TestCheckFromAFixRefusesARefreshToken(t *testing.T) {
	co, d := checkOptionsFor(t, fortnoxdouble.Healthy)
	o := testOptions(i18n.English, 80, 24)
	o.Check = co.Check
	m := New(o)
	for _, k := range keysFor(testkit.PathAs(t, o.Tree, flows.Developer, livecheck.FixMissingLicense)) {
		send(m, k)
	}
	drive(m, press("t"), pasteMsg("refresh_token=8b2c0f3a9d4e4f5a"), press("enter"))
	s, ok := m.screen.(*checkScreen)
	if !ok || s.phase != checkNeedToken || len(d.Requests()) != 0 {
		t.Fatalf("%T, %d requests", m.screen, len(d.Requests()))
	}
	if !strings.Contains(strings.Join(strings.Fields(plain(m.View().Content)), " "), "refresh token") {
		t.Errorf("no reason:\n%s", plain(m.View().Content))
	}
}

// TestCheckSaysWhenNotEverythingWasChecked: a run where nothing failed
// but nothing or only some could be checked (Fortnox answering 500 to
// every call of the API) ends with the command line's words for it, never
// "No check failed". An incomplete run is built, as the wizard's runs
// never hit the command line's cap on requests.
func TestCheckSaysWhenNotEverythingWasChecked(t *testing.T) {
	ok := livecheck.Check{Status: livecheck.StatusOK}
	unchecked := livecheck.Check{Status: livecheck.StatusCouldNotCheck}
	for _, l := range i18n.Langs() {
		for _, tc := range []struct {
			name   string
			sc     fortnoxdouble.Scenario
			checks []livecheck.Check // set after the run, when not nil
			want   string
		}{
			{"all ok", fortnoxdouble.Healthy, nil, i18n.WizCheckNoFailure.In(l)},
			{"nothing checked", fortnoxdouble.ServerError, nil, i18n.CheckNothingAnswer.In(l)},
			{"some not checked", fortnoxdouble.Healthy, []livecheck.Check{ok, ok, ok, unchecked}, i18n.CheckIncomplete.Format(l, 1, 4)},
		} {
			m, _ := checkModel(t, tc.sc, l, 80, 24)
			drive(m, background(true), press("t"), press(yesKeys(l)[0]))
			s, isCheck := m.screen.(*checkScreen)
			if !isCheck || s.phase != checkDone {
				t.Fatalf("%s: after yes: %T", tc.name, m.screen)
			}
			if tc.checks != nil {
				s.checks = tc.checks
			}
			frame := strings.Join(strings.Fields(plain(m.View().Content)), " ")
			if !strings.Contains(frame, strings.Join(strings.Fields(tc.want), " ")) {
				t.Errorf("%s, %s: want %q in\n%s", tc.name, l, tc.want, frame)
			}
			if tc.want != i18n.WizCheckNoFailure.In(l) && strings.Contains(frame, strings.Join(strings.Fields(i18n.WizCheckNoFailure.In(l)), " ")) {
				t.Errorf("%s, %s: says no check failed:\n%s", tc.name, l, frame)
			}
		}
	}
}
