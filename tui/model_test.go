package tui

import (
	"encoding/base64"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// walkTo builds a wizard and answers its way along the given answers.
func walkTo(t *testing.T, o Options, answers []int) *Model {
	t.Helper()
	m := New(o)
	for _, k := range keysFor(answers) {
		send(m, k)
	}
	return m
}

// here is the node the wizard is at, or "lang" on the language screen.
func here(m *Model) string {
	if m.walk.here.lang {
		return "lang"
	}
	return m.walk.here.node
}

// hoveredAnswer is the option under the cursor on a question screen.
func hoveredAnswer(t *testing.T, m *Model) int {
	t.Helper()
	s, ok := m.screen.(*choiceScreen)
	if !ok {
		t.Fatalf("screen is %T, want a question", m.screen)
	}
	a, ok := s.hovered()
	if !ok {
		t.Fatal("no option under the cursor")
	}
	return a
}

func TestEveryFixIsReachedByKeys(t *testing.T) {
	tree := flows.DecisionTree()
	for _, fix := range flows.Fixes() {
		for _, l := range i18n.Langs() {
			t.Run(fix.ID+"/"+string(l), func(t *testing.T) {
				m := walkTo(t, testOptions(l, 80, 24), testkit.PathTo(t, tree, fix.ID))
				s, ok := m.screen.(*fixScreen)
				if !ok || s.fix.ID != fix.ID {
					t.Fatalf("ended on %s (%T), want the fix %s", here(m), m.screen, fix.ID)
				}
				frame := plain(m.View().Content)
				if !strings.Contains(frame, firstLine(fix.Title.In(l), 60)) {
					t.Errorf("fix screen does not show the title %q:\n%s", fix.Title.In(l), frame)
				}
				send(m, press("q"))
				if got := m.Result().FixID; got != fix.ID {
					t.Errorf("Result().FixID = %q, want %q", got, fix.ID)
				}
			})
		}
	}
}

// firstLine is the start of a text as it shows on the first wrapped line.
func firstLine(s string, width int) string {
	return wrapLines(s, width)[0]
}

func TestBackKeepsTheWalk(t *testing.T) {
	tree := flows.DecisionTree()
	answers := testkit.PathTo(t, tree, "legacy-token-invalid") // who, where, which error
	for _, backKey := range []string{"esc", "shift+tab"} {
		t.Run(backKey, func(t *testing.T) {
			m := walkTo(t, testOptions(i18n.English, 80, 24), answers[:2])
			if got := here(m); got != "api-error" {
				t.Fatalf("at %s, want api-error", got)
			}
			send(m, press(backKey))
			if got := here(m); got != "developer" {
				t.Fatalf("after %s at %s, want developer", backKey, got)
			}
			if got := hoveredAnswer(t, m); got != answers[1] {
				t.Errorf("cursor on option %d after back, want the answer given there (%d)", got, answers[1])
			}
			send(m, press(backKey))
			if got := here(m); got != tree.Root().ID {
				t.Fatalf("after two backs at %s, want the root", got)
			}
			send(m, press(backKey)) // nothing before the first question
			if got := here(m); got != tree.Root().ID {
				t.Errorf("back on the first question moved to %s", got)
			}
			// Going forward again, each question remembers its answer.
			for _, want := range answers[:2] {
				if got := hoveredAnswer(t, m); got != want {
					t.Errorf("at %s cursor on %d, want the earlier answer %d", here(m), got, want)
				}
				send(m, press("enter"))
			}
			if got := here(m); got != "api-error" {
				t.Errorf("enter twice at %s, want api-error", got)
			}
		})
	}
}

func TestBackFromFix(t *testing.T) {
	tree := flows.DecisionTree()
	answers := testkit.PathTo(t, tree, "missing-license")
	last := here(walkTo(t, testOptions(i18n.Swedish, 80, 24), answers[:len(answers)-1]))
	for _, k := range []string{"b", "esc"} {
		m := walkTo(t, testOptions(i18n.Swedish, 80, 24), answers)
		send(m, press(k))
		if got := here(m); got != last {
			t.Errorf("%s on the fix went to %s, want %s", k, got, last)
			continue
		}
		if got := hoveredAnswer(t, m); got != answers[len(answers)-1] {
			t.Errorf("%s on the fix: cursor on %d, want %d", k, got, answers[len(answers)-1])
		}
	}
}

func TestBackToTheLanguageScreen(t *testing.T) {
	o := testOptions(i18n.English, 80, 24)
	o.AskLang = true
	m := New(o)
	send(m, press("up"), press("enter")) // Svenska is first
	if m.c.lang != i18n.Swedish || here(m) != o.Tree.Root().ID {
		t.Fatalf("after choosing Svenska: lang %s at %s", m.c.lang, here(m))
	}
	send(m, press("esc"))
	if here(m) != "lang" {
		t.Fatalf("back from the first question went to %s, want the language screen", here(m))
	}
	if got := hoveredAnswer(t, m); i18n.Langs()[got] != i18n.Swedish {
		t.Errorf("language cursor on %s, want the chosen Svenska", i18n.Langs()[got])
	}
}

func TestLanguageScreenPreselectsTheDetectedLanguage(t *testing.T) {
	for _, l := range i18n.Langs() {
		o := testOptions(l, 80, 24)
		o.AskLang = true
		m := New(o)
		if got := i18n.Langs()[hoveredAnswer(t, m)]; got != l {
			t.Errorf("detected %s, cursor on %s", l, got)
		}
		send(m, press("enter"))
		if m.c.lang != l {
			t.Errorf("enter on the preselected %s chose %s", l, m.c.lang)
		}
		frame := plain(m.View().Content)
		if want := o.Tree.Root().Text.In(l); !strings.Contains(frame, want) {
			t.Errorf("first question not in %s:\n%s", l, frame)
		}
	}
}

func TestRestart(t *testing.T) {
	tree := flows.DecisionTree()
	answers := testkit.PathTo(t, tree, "missing-license")
	cases := []struct {
		name    string
		answers []int
		key     string
	}{
		{"ctrl+r on a question", answers[:2], "ctrl+r"},
		{"ctrl+r on the fix", answers, "ctrl+r"},
		{"r on the fix", answers, "r"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := testOptions(i18n.English, 80, 24)
			o.AskLang = true
			m := New(o)
			send(m, press("enter")) // English
			for _, k := range keysFor(c.answers) {
				send(m, k)
			}
			send(m, press(c.key))
			if got := here(m); got != tree.Root().ID {
				t.Fatalf("after %s at %s, want the first question", c.key, got)
			}
			if got := m.walk.answers(i18n.English); len(got) != 0 {
				t.Errorf("answers kept after restart: %q", got)
			}
			if got := hoveredAnswer(t, m); got != 0 {
				t.Errorf("cursor on %d after restart, want the first option", got)
			}
			send(m, press("esc"))
			if here(m) != "lang" || m.c.lang != i18n.English {
				t.Errorf("back after restart: at %s in %s, want the language screen, English kept", here(m), m.c.lang)
			}
		})
	}
	m := New(testOptions(i18n.English, 80, 24))
	send(m, press("r"))
	if here(m) != tree.Root().ID || m.walk.history != nil {
		t.Error("r on a question is not restart")
	}
}

func TestSwitchLanguage(t *testing.T) {
	tree := flows.DecisionTree()
	t.Run("question", func(t *testing.T) {
		answers := testkit.PathToNode(t, tree, "api-error")
		m := walkTo(t, testOptions(i18n.English, 80, 24), answers)
		send(m, press("down"), press("down"))
		before := hoveredAnswer(t, m)
		send(m, press("l"))
		if m.c.lang != i18n.Swedish {
			t.Fatalf("l switched to %s", m.c.lang)
		}
		n, _ := tree.Node("api-error")
		frame := plain(m.View().Content)
		for _, want := range []string{n.Text.In(i18n.Swedish), i18n.KeyQuit.In(i18n.Swedish), "l English"} {
			if !strings.Contains(frame, want) {
				t.Errorf("after l the frame lacks %q:\n%s", want, frame)
			}
		}
		if got := hoveredAnswer(t, m); got != before {
			t.Errorf("cursor moved from %d to %d", before, got)
		}
		send(m, press("esc"))
		if got := here(m); got != "developer" {
			t.Errorf("walk lost: back went to %s", got)
		}
	})
	t.Run("fix", func(t *testing.T) {
		answers := testkit.PathTo(t, tree, "invalid-refresh-token")
		m := walkTo(t, testOptions(i18n.Swedish, 80, 24), answers)
		fix, _ := flows.Lookup("invalid-refresh-token")
		send(m, press("l"))
		frame := plain(m.View().Content)
		for _, want := range []string{i18n.FixWho.In(i18n.English), firstLine(fix.Summary.In(i18n.English), 76), "l Svenska"} {
			if !strings.Contains(frame, want) {
				t.Errorf("after l the fix lacks %q:\n%s", want, frame)
			}
		}
		send(m, press("l"))
		if m.c.lang != i18n.Swedish || !strings.Contains(plain(m.View().Content), i18n.FixWho.In(i18n.Swedish)) {
			t.Error("l twice is not back in Swedish")
		}
		send(m, press("l"), press("q"))
		if r := m.Result(); r.FixID != fix.ID || r.Lang != i18n.English {
			t.Errorf("Result() = %+v, want the fix in English", r)
		}
	})
	t.Run("not on the language screen", func(t *testing.T) {
		o := testOptions(i18n.English, 80, 24)
		o.AskLang = true
		m := New(o)
		send(m, press("l"))
		if m.c.lang != i18n.English || here(m) != "lang" {
			t.Error("l acted on the language screen")
		}
	})
}

// runCmd runs a command and the commands it batches, collecting their
// messages.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var msgs []tea.Msg
		for _, c := range batch {
			msgs = append(msgs, runCmd(c)...)
		}
		return msgs
	}
	return []tea.Msg{msg}
}

// clipboardText finds the text of a tea.SetClipboard among messages (its
// type is unexported, so it is recognised by name).
func clipboardText(msgs []tea.Msg) (string, bool) {
	for _, msg := range msgs {
		v := reflect.ValueOf(msg)
		if v.Kind() == reflect.String && v.Type().Name() == "setClipboardMsg" {
			return v.String(), true
		}
	}
	return "", false
}

func TestCopy(t *testing.T) {
	tree := flows.DecisionTree()
	fix, _ := flows.Lookup("missing-rights")
	answers := testkit.PathTo(t, tree, fix.ID)
	// The copies are for the person the walk's first answer names.
	role := tree.Root().Options[answers[0]].Role
	steps := func(l i18n.Lang) string { return fix.StepsTextAs(l, role) }
	_, msg := fix.MessageFor(role)
	_, messages := fix.Layout(role)
	heading := messages[0].Heading
	failing := func(string) error { return errors.New("no xclip") }
	var copied []string
	working := func(s string) error { copied = append(copied, s); return nil }
	said := func(t i18n.Text) func(i18n.Lang) string { return t.In }
	named := func(t i18n.Text) func(i18n.Lang) string {
		return func(l i18n.Lang) string { return t.Format(l, heading.In(l)) }
	}
	cases := []struct {
		key       string
		native    func(string) error
		want      func(i18n.Lang) string
		status    func(i18n.Lang) string
		nativeHit bool
	}{
		{"c", nil, steps, said(i18n.WizSentSteps), false},
		{"m", nil, msg.In, named(i18n.WizSentMessage), false},
		{"c", failing, steps, said(i18n.WizSentSteps), false},
		{"c", working, steps, said(i18n.WizCopiedSteps), true},
		{"m", working, msg.In, named(i18n.WizCopiedMessage), true},
	}
	for i, c := range cases {
		for _, l := range i18n.Langs() {
			t.Run(fmt.Sprintf("%d-%s-%s", i, c.key, l), func(t *testing.T) {
				copied = nil
				o := testOptions(l, 80, 24)
				o.Clipboard = c.native
				m := walkTo(t, o, answers)
				_, cmd := m.Update(press(c.key))
				msgs := runCmd(cmd)
				text, ok := clipboardText(msgs)
				if !ok {
					t.Fatalf("%s sent no OSC 52 clipboard message; got %#v", c.key, msgs)
				}
				if text != c.want(l) {
					t.Errorf("%s copied %q, want %q", c.key, text, c.want(l))
				}
				if c.nativeHit && (len(copied) != 1 || copied[0] != c.want(l)) {
					t.Errorf("system clipboard got %q, want %q", copied, c.want(l))
				}
				send(m, msgs...)
				frame := strings.Join(strings.Fields(plain(m.View().Content)), " ")
				want := strings.Join(strings.Fields(c.status(l)), " ")
				if !strings.Contains(frame, want) {
					t.Errorf("status %q not shown:\n%s", want, frame)
				}
				// Read once, the status gives its rows back at the next key.
				m.Update(press("down"))
				if frame := strings.Join(strings.Fields(plain(m.View().Content)), " "); strings.Contains(frame, want) {
					t.Errorf("status %q still shown after a scroll:\n%s", want, frame)
				}
			})
		}
	}
}

// TestCopyReachesTheTerminal runs the program and looks for the OSC 52
// sequence in what it writes to the terminal.
func TestCopyReachesTheTerminal(t *testing.T) {
	tree := flows.DecisionTree()
	fix, _ := flows.Lookup("rate-limited")
	o := testOptions(i18n.English, 80, 24)
	tm := teatest.NewTestModel(t, New(o), teatest.WithInitialTermSize(80, 24))
	answers := testkit.PathTo(t, tree, fix.ID)
	for _, k := range keysFor(answers) {
		tm.Send(k)
	}
	tm.Send(press("c"))
	// The steps are copied for the person the first answer names.
	steps := fix.StepsTextAs(i18n.English, tree.Root().Options[answers[0]].Role)
	want := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(steps))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return strings.Contains(string(b), want) },
		teatest.WithDuration(5*time.Second))
	tm.Send(press("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

func TestQuit(t *testing.T) {
	tree := flows.DecisionTree()
	m := walkTo(t, testOptions(i18n.English, 80, 24), testkit.PathToNode(t, tree, "api-error"))
	_, cmd := m.Update(press("q"))
	if msgs := runCmd(cmd); len(msgs) != 1 || msgs[0] != (tea.QuitMsg{}) {
		t.Errorf("q sent %#v, want tea.Quit", msgs)
	}
	if r := m.Result(); r.FixID != "" || r.Interrupted {
		t.Errorf("q on a question: Result() = %+v, want no fix", r)
	}
}

func TestInterrupt(t *testing.T) {
	tree := flows.DecisionTree()
	for _, answers := range [][]int{nil, testkit.PathTo(t, tree, "rate-limited")} {
		m := walkTo(t, testOptions(i18n.English, 80, 24), answers)
		send(m, press("/")) // even while typing a filter
		_, cmd := m.Update(press("ctrl+c"))
		if msgs := runCmd(cmd); len(msgs) != 1 || msgs[0] != (tea.InterruptMsg{}) {
			t.Errorf("ctrl+c sent %#v, want tea.Interrupt", msgs)
		}
		if r := m.Result(); !r.Interrupted || r.FixID != "" {
			t.Errorf("Result() = %+v, want interrupted without a fix", r)
		}
	}
}

func TestFilter(t *testing.T) {
	tree := flows.DecisionTree()
	m := walkTo(t, testOptions(i18n.English, 80, 24), testkit.PathToNode(t, tree, "api-error"))
	send(m, press("/"))
	for _, r := range "429" {
		send(m, press(string(r)))
	}
	send(m, press("q"), press("l"), press("b")) // typed, not acted on
	if m.c.lang != i18n.English || here(m) != "api-error" {
		t.Fatalf("keys typed into the filter acted: lang %s at %s", m.c.lang, here(m))
	}
	for range 3 {
		send(m, press("backspace"))
	}
	if !strings.Contains(plain(m.View().Content), "/429") {
		t.Fatalf("filter text not shown:\n%s", plain(m.View().Content))
	}
	send(m, press("esc")) // stop typing, keep the filter
	if here(m) != "api-error" {
		t.Fatalf("esc while typing went back to %s", here(m))
	}
	frame := plain(m.View().Content)
	if !strings.Contains(frame, "HTTP 429") || strings.Contains(frame, "2000663") {
		t.Errorf("filter 429 does not narrow the list:\n%s", frame)
	}
	if !strings.Contains(frame, i18n.KeyClearFilter.In(i18n.English)) {
		t.Errorf("help does not say esc clears the filter:\n%s", frame)
	}
	send(m, press("esc")) // clear the filter
	if here(m) != "api-error" || !strings.Contains(plain(m.View().Content), "2000663") {
		t.Fatalf("second esc did not clear the filter")
	}
	send(m, press("esc")) // now back
	if here(m) != "developer" {
		t.Errorf("third esc at %s, want back at developer", here(m))
	}

	// Enter picks the option the filter leaves under the cursor.
	m = walkTo(t, testOptions(i18n.English, 80, 24), testkit.PathToNode(t, tree, "api-error"))
	send(m, press("/"), press("4"), press("2"), press("9"), press("enter"))
	if s, ok := m.screen.(*fixScreen); !ok || s.fix.ID != "rate-limited" {
		t.Errorf("filter 429 + enter ended at %s, want rate-limited", here(m))
	}

	// Enter with nothing left to pick does nothing.
	m = walkTo(t, testOptions(i18n.English, 80, 24), nil)
	send(m, press("/"), press("z"), press("z"), press("z"), press("enter"))
	if here(m) != tree.Root().ID {
		t.Errorf("enter on an empty filter moved to %s", here(m))
	}
}

func TestHelpToggle(t *testing.T) {
	tree := flows.DecisionTree()
	for _, answers := range [][]int{nil, testkit.PathTo(t, tree, "missing-license")} {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			m := walkTo(t, testOptions(i18n.Swedish, size[0], size[1]), answers)
			send(m, press("?"))
			frame := m.View().Content
			checkFits(t, frame, size[0], size[1])
			for _, want := range []string{i18n.KeyRestart.In(i18n.Swedish), i18n.KeyFewerKeys.In(i18n.Swedish)} {
				if !strings.Contains(plain(frame), want) {
					t.Errorf("%dx%d full help lacks %q:\n%s", size[0], size[1], want, plain(frame))
				}
			}
			send(m, press("?"))
			if strings.Contains(plain(m.View().Content), i18n.KeyFewerKeys.In(i18n.Swedish)) {
				t.Error("? twice still shows the full help")
			}
		}
	}
}

// TestEveryScreenFits draws every question, every fix and the paste
// screen (TestPasteScreensFit draws it full and the results), in both
// languages, at every size the wizard supports, and checks that no line is
// wider than the terminal and the frame no taller.
func TestEveryScreenFits(t *testing.T) {
	tree := flows.DecisionTree()
	for _, n := range tree.Nodes() {
		answers := testkit.PathToNode(t, tree, n.ID)
		for _, l := range i18n.Langs() {
			m := walkTo(t, testOptions(l, 80, 24), answers)
			for _, sz := range fitSizes {
				size := [2]int{sz.width, sz.height}
				for _, full := range sz.fullHelp {
					send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
					if full != m.fullHelp {
						send(m, press("?"))
					}
					// The screen itself keeps to its width: View's truncation
					// is only a guard and would hide text.
					if w := maxWidth(m.screen.view()); w > m.contentWidth() {
						t.Errorf("%s in %s at %dx%d: screen is %d wide, content width is %d", n.ID, l, size[0], size[1], w, m.contentWidth())
					}
					frame := m.View().Content
					if rows := strings.Count(frame, "\n") + 1; rows != size[1] {
						t.Errorf("%s in %s at %dx%d: frame has %d rows; the help belongs on the last row", n.ID, l, size[0], size[1], rows)
					}
					if !fits(frame, size[0], size[1]) {
						t.Errorf("%s in %s at %dx%d (full help %v) does not fit:\n%s", n.ID, l, size[0], size[1], full, frame)
					}
					if w := maxWidth(frame); size[0] >= 100 && w > maxContentWidth+2*wideMargin {
						t.Errorf("%s in %s: content is %d columns wide on a %d-column terminal, want at most %d",
							n.ID, l, w, size[0], maxContentWidth+2*wideMargin)
					}
				}
			}
		}
	}
}

func maxWidth(frame string) int {
	w := 0
	for _, l := range strings.Split(frame, "\n") {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}

func TestResize(t *testing.T) {
	tree := flows.DecisionTree()
	answers := testkit.PathTo(t, tree, "invalid-refresh-token")
	m := walkTo(t, testOptions(i18n.English, 120, 40), answers)
	send(m, press("end"))
	s := m.screen.(*fixScreen)
	if !s.vp.AtBottom() {
		t.Fatal("end did not scroll to the bottom")
	}
	for _, size := range [][2]int{{40, 12}, {200, 60}, {60, 15}, {80, 24}} {
		send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		frame := m.View().Content
		checkFits(t, frame, size[0], size[1])
		if s.vp.Width() != m.contentWidth() {
			t.Errorf("%dx%d: viewport %d wide, content width %d", size[0], size[1], s.vp.Width(), m.contentWidth())
		}
	}

	// A question resized while its filter is being typed keeps the filter
	// and grows back to show every option.
	m = walkTo(t, testOptions(i18n.English, 80, 24), testkit.PathToNode(t, tree, "activation-error"))
	send(m, tea.WindowSizeMsg{Width: 40, Height: 12}, press("/"), press("s"))
	send(m, tea.WindowSizeMsg{Width: 100, Height: 40})
	frame := plain(m.View().Content)
	if !strings.Contains(frame, "/s") {
		t.Errorf("filter lost on resize:\n%s", frame)
	}
	send(m, press("esc"), press("esc"))
	n, _ := tree.Node("activation-error")
	frame = plain(m.View().Content)
	for _, o := range n.Options {
		if !strings.Contains(frame, o.Label.In(i18n.English)) {
			t.Errorf("after growing to 100x40 option %q is not shown:\n%s", o.Label.In(i18n.English), frame)
		}
	}
}

func TestBackgroundRestyles(t *testing.T) {
	tree := flows.DecisionTree()
	for _, answers := range [][]int{testkit.PathToNode(t, tree, "api-error"), testkit.PathTo(t, tree, "rate-limited")} {
		m := walkTo(t, testOptions(i18n.English, 80, 24), answers)
		send(m, press("down"))
		dark := m.View().Content
		send(m, background(false))
		light := m.View().Content
		if dark == light {
			t.Error("light background did not change the colours")
		}
		if plain(dark) != plain(light) {
			t.Errorf("restyling changed the text:\n%s\n---\n%s", plain(dark), plain(light))
		}
	}
}

func TestFirstFrameNeedsNoMessage(t *testing.T) {
	m := New(testOptions(i18n.Swedish, 40, 12))
	frame := m.View().Content
	checkFits(t, frame, 40, 12)
	if !strings.Contains(plain(frame), flows.DecisionTree().Root().Text.In(i18n.Swedish)) {
		t.Errorf("first frame lacks the first question:\n%s", plain(frame))
	}
	if !m.View().AltScreen {
		t.Error("the wizard does not use the alternate screen")
	}
	if cmd := m.Init(); cmd == nil {
		t.Error("Init asks nothing; it should ask for the background colour")
	}
}

// fitSizes are the terminal sizes every screen must fit, from the smallest
// the wizard supports (40x12) to a large one, with the full help shown where
// it has room to matter.
var fitSizes = []struct {
	width, height int
	fullHelp      []bool
}{
	{40, 12, []bool{false, true}},
	{57, 13, []bool{false}},
	{80, 24, []bool{false, true}},
	{200, 50, []bool{false}},
}
