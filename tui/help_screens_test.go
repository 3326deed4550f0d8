package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// helpScreen is a way to every screen, for the tests of its help.
type helpScreen struct {
	name    string
	askLang bool
	check   bool // with "Check with Fortnox" on
	keys    func(t *testing.T, tree flows.Tree) []tea.Msg
}

func helpScreens() []helpScreen {
	none := func(*testing.T, flows.Tree) []tea.Msg { return nil }
	// toFix walks to the fix as the integrator, the person a check is
	// offered to.
	toFix := func(id string) func(t *testing.T, tree flows.Tree) []tea.Msg {
		return func(t *testing.T, tree flows.Tree) []tea.Msg {
			var msgs []tea.Msg
			for _, k := range keysFor(testkit.PathAs(t, tree, flows.Developer, id)) {
				msgs = append(msgs, k)
			}
			return msgs
		}
	}
	paste := func(text string, more ...tea.Msg) func(*testing.T, flows.Tree) []tea.Msg {
		return func(*testing.T, flows.Tree) []tea.Msg {
			return append([]tea.Msg{press("enter"), pasteMsg(text), press("enter")}, more...)
		}
	}
	token := "Authorization: Bearer " + expiredToken()
	return []helpScreen{
		{name: "language", askLang: true, keys: none},
		{name: "question", keys: none},
		{name: "question-filtered", keys: func(*testing.T, flows.Tree) []tea.Msg {
			return []tea.Msg{press("/"), press("x"), press("enter")}
		}},
		{name: "paste", keys: func(*testing.T, flows.Tree) []tea.Msg { return []tea.Msg{press("enter")} }},
		{name: "result", keys: paste(fortnoxLog())},
		{name: "result-token", check: true, keys: paste(token)},
		{name: "fix", keys: toFix("invalid-refresh-token")},
		{name: "fix-check", check: true, keys: toFix(livecheck.FixNotLicensedForScope)},
		{name: "check", check: true, keys: paste(token, press("t"))},
	}
}

// helpModel walks to a screen.
func helpModel(t *testing.T, sc helpScreen, l i18n.Lang, width, height int) *Model {
	t.Helper()
	o := testOptions(l, width, height)
	o.AskLang = sc.askLang
	if sc.check {
		o.Check = &CheckOptions{}
	}
	m := New(o)
	send(m, background(true))
	send(m, sc.keys(t, o.Tree)...)
	return m
}

// TestHelpGolden draws every screen's full help ("?") in both languages at
// 80x24 and 40x12 (go test ./tui -run TestHelpGolden -update rewrites them).
func TestHelpGolden(t *testing.T) {
	for _, sc := range helpScreens() {
		for _, l := range i18n.Langs() {
			for _, size := range [][2]int{{80, 24}, {40, 12}} {
				t.Run(fmt.Sprintf("%s/%s-%dx%d", sc.name, l, size[0], size[1]), func(t *testing.T) {
					m := helpModel(t, sc, l, size[0], size[1])
					send(m, press("?"))
					content := m.View().Content
					if !strings.Contains(plain(content), i18n.KeyFewerKeys.In(l)) {
						t.Errorf("? shows no full help:\n%s", plain(content))
					}
					checkFits(t, content, size[0], size[1])
					golden.RequireEqual(t, content)
				})
			}
		}
	}
}

// TestShortHelpOneLine checks that at 80 columns every screen's hint bar is
// one line in both languages, with every key it lists, in the shared order.
func TestShortHelpOneLine(t *testing.T) {
	for _, sc := range helpScreens() {
		for _, l := range i18n.Langs() {
			t.Run(fmt.Sprintf("%s/%s", sc.name, l), func(t *testing.T) {
				m := helpModel(t, sc, l, 80, 24)
				footer := strings.TrimSuffix(plain(m.footer()), "\n")
				if strings.Contains(footer, "\n") {
					t.Fatalf("the hint bar takes %d lines:\n%s", strings.Count(footer, "\n")+1, footer)
				}
				last := -1
				for _, b := range enabled(m.screen.keys().ShortHelp()) {
					item := b.Help().Key + " " + b.Help().Desc
					at := strings.Index(footer, item)
					if at < 0 {
						t.Errorf("the hint bar lacks %q:\n%s", item, footer)
						continue
					}
					if at < last {
						t.Errorf("%q is out of order:\n%s", item, footer)
					}
					last = at
				}
			})
		}
	}
}

// TestSharedKeysOnQuestions: b goes back and r starts over on a question as
// on a fix; on the language screen neither does anything.
func TestSharedKeysOnQuestions(t *testing.T) {
	tree := flows.DecisionTree()
	answers := testkit.PathToNode(t, tree, "api-error")
	m := New(testOptions(i18n.English, 80, 24))
	for _, k := range keysFor(answers) {
		send(m, k)
	}
	depth := len(m.walk.answers(i18n.English))
	send(m, press("b"))
	if got := len(m.walk.answers(i18n.English)); got != depth-1 {
		t.Errorf("b on a question: %d answers, want %d", got, depth-1)
	}
	send(m, press("r"))
	if got := len(m.walk.answers(i18n.English)); got != 0 {
		t.Errorf("r on a question: %d answers, want none", got)
	}
	o := testOptions(i18n.English, 80, 24)
	o.AskLang = true
	lang := New(o)
	send(lang, press("b"), press("r"), press("l"))
	if !lang.walk.here.lang || lang.c.lang != i18n.English {
		t.Errorf("b, r, l on the language screen moved the walk or the language")
	}
}

// TestFilterNoMatch: a filter that hides every option says so.
func TestFilterNoMatch(t *testing.T) {
	for _, l := range i18n.Langs() {
		m := New(testOptions(l, 80, 24))
		send(m, press("/"), press("z"), press("q"), press("x"))
		if frame := plain(m.View().Content); !strings.Contains(frame, i18n.WizNoMatch.In(l)) {
			t.Errorf("%s: a filter matching nothing:\n%s", l, frame)
		}
	}
}

// TestListMore: a list that does not fit says which end is out of view.
func TestListMore(t *testing.T) {
	for _, l := range i18n.Langs() {
		m := New(testOptions(l, 40, 12))
		frame := plain(m.View().Content)
		if !strings.Contains(frame, i18n.WizMoreUnder.In(l)) || strings.Contains(frame, i18n.WizMoreAbove.In(l)) {
			t.Errorf("%s: at the top of a long list:\n%s", l, frame)
		}
		send(m, press("end"))
		frame = plain(m.View().Content)
		if strings.Contains(frame, i18n.WizMoreUnder.In(l)) || !strings.Contains(frame, i18n.WizMoreAbove.In(l)) {
			t.Errorf("%s: at the end of a long list:\n%s", l, frame)
		}
	}
}

// TestCrumbWholeWords: a breadcrumb too long for the line drops whole words.
func TestCrumbWholeWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"short", "short"},
		{"Answer one (integrator) › Second answer", "… Second answer"},
		{"Averyveryverylongword", "…eryverylongword"},
	} {
		if got := shortenLeft(c.in, 16); got != c.want {
			t.Errorf("shortenLeft(%q, 16) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFullHelpKeepsItsWayOut: with the key list open, at 40x12 in both
// languages, every question shows the key that closes the list on the
// frame's last line; a question's title and hint give way, not the list
// (an outside audit lost "? mindre" under the token endpoint's long hint).
func TestFullHelpKeepsItsWayOut(t *testing.T) {
	tree := flows.DecisionTree()
	for _, n := range tree.Nodes() {
		if n.Kind != flows.Question {
			continue
		}
		for _, l := range i18n.Langs() {
			m := New(testOptions(l, 40, 12))
			send(m, background(true))
			for _, k := range keysFor(testkit.PathToNode(t, tree, n.ID)) {
				send(m, k)
			}
			send(m, press("?"))
			rows := strings.Split(strings.TrimRight(plain(m.View().Content), "\n"), "\n")
			want := m.c.nav.Help.Help().Key + " " + i18n.KeyFewerKeys.In(l)
			if len(rows) > 12 || !strings.Contains(rows[len(rows)-1], want) {
				t.Errorf("%s (%s): the last of %d rows lacks %q:\n%s", n.ID, l, len(rows), want, strings.Join(rows, "\n"))
			}
		}
	}
}
