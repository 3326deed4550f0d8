package tui

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/report"
)

func TestPasteScreenTakesPastesAndTyping(t *testing.T) {
	m := toPaste(t, i18n.English, 80, 24)
	s := m.screen.(*pasteScreen)
	// A bracketed paste keeps its newlines: they are content, not Enter.
	send(m, pasteMsg("first line\nsecond line\r\nthird\n"))
	if m.screen != s {
		t.Fatalf("a paste with newlines left the paste screen for %s", here(m))
	}
	if got, want := m.walk.paste.text, "first line\nsecond line\nthird\n"; got != want {
		t.Errorf("buffer %q, want %q (CRLF as a newline)", got, want)
	}
	// Letters the wizard uses elsewhere are text here.
	for _, k := range []string{"q", "l", "b", "r", "?", "/", "space", "2"} {
		send(m, press(k))
	}
	if !strings.HasSuffix(m.walk.paste.text, "qlbr?/ 2") || m.c.lang != i18n.English || m.fullHelp {
		t.Errorf("keys acted instead of being typed: buffer %q, lang %s, full help %v", m.walk.paste.text, m.c.lang, m.fullHelp)
	}
	send(m, press("backspace"), press("backspace"))
	if !strings.HasSuffix(m.walk.paste.text, "qlbr?/") {
		t.Errorf("two backspaces left %q", m.walk.paste.text)
	}
	send(m, press("ctrl+j"))
	if !strings.HasSuffix(m.walk.paste.text, "/\n") {
		t.Errorf("ctrl+j did not type a newline: %q", m.walk.paste.text)
	}
	send(m, press("ctrl+u"))
	if !m.walk.paste.empty() {
		t.Errorf("ctrl+u left %q", m.walk.paste.text)
	}
	send(m, press("backspace")) // on nothing
	// A code typed by hand is read like a paste.
	for _, r := range "2001304" {
		send(m, press(string(r)))
	}
	send(m, press("enter"))
	if got := choiceFixes(m); !slices.Equal(got, []string{"account-not-found", ""}) {
		t.Errorf("typing 2001304: choices %q, want account-not-found and the questions", got)
	}
}

// TestPasteReplacesThePaste: a second paste is a new question, so it takes
// the place of the first instead of being added to it, and the first
// paste's fix does not win.
func TestPasteReplacesThePaste(t *testing.T) {
	m := toPaste(t, i18n.English, 80, 24)
	send(m, pasteMsg("Invalid refresh token"), pasteMsg("HTTP/1.1 429 Too Many Requests from Fortnox"))
	if got := m.walk.paste.text; got != "HTTP/1.1 429 Too Many Requests from Fortnox" {
		t.Errorf("buffer %q after a second paste, want the second alone", got)
	}
	send(m, press("enter"))
	if got := choiceFixes(m); !slices.Equal(got, []string{"rate-limited", ""}) {
		t.Errorf("choices %q, want the second paste's fix and the questions", got)
	}
}

func TestPasteMultibyteBackspace(t *testing.T) {
	m := toPaste(t, i18n.Swedish, 80, 24)
	send(m, pasteMsg("behörighet för scope ✓"))
	send(m, press("backspace"))
	if got := m.walk.paste.text; got != "behörighet för scope " {
		t.Errorf("backspace after ✓ left %q", got)
	}
}

func TestPasteBounds(t *testing.T) {
	for _, l := range i18n.Langs() {
		m := toPaste(t, l, 80, 24)
		// Empty: Enter says what to paste and stays.
		send(m, press("enter"))
		empty := diagnose.CheckInput("")
		wantEmpty := upperFirst(inputMessage(empty).In(l))
		if _, ok := m.screen.(*pasteScreen); !ok {
			t.Fatalf("%s: enter on an empty paste went to %s", l, here(m))
		}
		if frame := oneLine(m); !strings.Contains(frame, oneLineText(wantEmpty)) {
			t.Errorf("%s: empty paste: frame lacks %q:\n%s", l, wantEmpty, plain(m.View().Content))
		}
		// Only blanks, or only escape sequences, are empty too.
		send(m, pasteMsg(" \n\t \x1b[31m\x1b]0;title\x07"), press("enter"))
		if _, ok := m.screen.(*pasteScreen); !ok {
			t.Fatalf("%s: a blank paste was read", l)
		}
		send(m, press("ctrl+u"))

		// Too large: refused whole, with diagnose's message; the buffer keeps
		// what it had.
		send(m, pasteMsg("Invalid refresh token\n"))
		send(m, pasteMsg(strings.Repeat("x", diagnose.MaxInputBytes+1)))
		tooLarge := upperFirst(inputMessage(diagnose.TooLarge()).In(l))
		if frame := oneLine(m); !strings.Contains(frame, oneLineText(tooLarge)) {
			t.Errorf("%s: too large: frame lacks %q:\n%s", l, tooLarge, plain(m.View().Content))
		}
		if m.walk.paste.text != "Invalid refresh token\n" {
			t.Errorf("%s: a refused paste changed the buffer to %d bytes", l, len(m.walk.paste.text))
		}
		// The message goes with the next edit, and the language follows.
		send(m, press("ctrl+l"))
		if frame := oneLine(m); !strings.Contains(frame, oneLineText(upperFirst(inputMessage(diagnose.TooLarge()).In(l.Other())))) {
			t.Errorf("%s: after ctrl+l the message is not in the other language:\n%s", l, plain(m.View().Content))
		}
		send(m, press("x"))
		if strings.Contains(oneLine(m), "1 MiB") {
			t.Errorf("%s: the message stayed after an edit", l)
		}
		// Typing onto a paste at the limit is refused the same way.
		send(m, press("ctrl+u"), pasteMsg("Invalid refresh token\n"+strings.Repeat("z", diagnose.MaxInputBytes-22)), press("x"))
		if frame := oneLine(m); !strings.Contains(frame, oneLineText(upperFirst(inputMessage(diagnose.TooLarge()).In(m.c.lang)))) || len(m.walk.paste.text) != diagnose.MaxInputBytes {
			t.Errorf("%s: typing past the limit: %d bytes\n%s", l, len(m.walk.paste.text), plain(m.View().Content))
		}
		// Exactly the limit is accepted.
		send(m, press("ctrl+u"), pasteMsg(strings.Repeat("y", diagnose.MaxInputBytes)))
		if len(m.walk.paste.text) != diagnose.MaxInputBytes {
			t.Errorf("%s: a paste of exactly 1 MiB was refused", l)
		}
		checkFits(t, m.View().Content, 80, 24)
	}
}

// oneLine is a frame's text with its lines and spaces joined, to find a
// message wrapped over several lines.
func oneLine(m *Model) string { return oneLineText(plain(m.View().Content)) }

func oneLineText(s string) string {
	s = strings.ReplaceAll(s, "│", " ")
	return strings.Join(strings.Fields(s), " ")
}

func TestPasteNewlineIsNotEnter(t *testing.T) {
	m := toPaste(t, i18n.English, 80, 24)
	send(m, pasteMsg("Invalid refresh token\n"))
	if _, ok := m.screen.(*pasteScreen); !ok {
		t.Fatalf("a paste ending in a newline was read at once (at %s)", here(m))
	}
	send(m, press("enter"))
	if got := choiceFixes(m); len(got) == 0 || got[0] != "invalid-refresh-token" {
		t.Errorf("choices %q, want invalid-refresh-token first", got)
	}
}

func TestPasteOnAQuestionGoesToThePasteScreen(t *testing.T) {
	tree := flows.DecisionTree()
	for _, at := range []string{tree.Root().ID, "api-error"} {
		m := walkTo(t, testOptions(i18n.English, 80, 24), testkit.PathToNode(t, tree, at))
		send(m, pasteMsg("Invalid refresh token"))
		if _, ok := m.screen.(*pasteScreen); !ok {
			t.Fatalf("pasting on %s went to %s, want the paste screen", at, here(m))
		}
		if m.walk.paste.text != "Invalid refresh token" {
			t.Errorf("pasting on %s: buffer %q", at, m.walk.paste.text)
		}
		send(m, press("esc"))
		if here(m) != at {
			t.Errorf("esc from the paste screen went to %s, want %s", here(m), at)
		}
	}
	// A paste while a filter is typed goes to the paste screen too, never
	// into the filter.
	m := walkTo(t, testOptions(i18n.English, 80, 24), nil)
	send(m, press("/"), pasteMsg("429"))
	if _, ok := m.screen.(*pasteScreen); !ok || m.walk.paste.text != "429" {
		t.Errorf("pasting into the root's filter went to %s with %q, want the paste screen", here(m), m.walk.paste.text)
	}
	// A question without the paste screen keeps its place; while a filter
	// is typed it says why the paste was refused. Every question of the
	// real tree offers the paste screen, so the small tree's q2 stands in.
	o := testOptions(i18n.English, 80, 24)
	o.Tree = smallTree()
	at := questionWithoutPaste(t, o.Tree)
	m = walkTo(t, o, testkit.PathToNode(t, o.Tree, at))
	send(m, pasteMsg("Missing license"))
	if here(m) != at {
		t.Errorf("pasting on %s went to %s", at, here(m))
	}
	send(m, press("/"), pasteMsg("refresh_token="+testkit.RefreshUUID))
	frame := plain(m.View().Content)
	if here(m) != at || !strings.Contains(frame, i18n.WizFilterNoPaste.In(i18n.English)[:30]) || strings.Contains(frame, "refresh_token") {
		t.Errorf("pasting into the filter on %s: at %s, frame:\n%s", at, here(m), frame)
	}
}

// questionWithoutPaste finds, by the tree's data, a question none of whose
// options leads to the paste screen.
func questionWithoutPaste(t *testing.T, tree flows.Tree) string {
	t.Helper()
	for _, n := range tree.Nodes() {
		if n.Kind != flows.Question || n.ID == tree.Root().ID {
			continue
		}
		offers := false
		for _, o := range n.Options {
			if next, ok := tree.Node(o.Next); ok && next.Kind == flows.Paste {
				offers = true
			}
		}
		if !offers {
			return n.ID
		}
	}
	t.Fatal("every question offers the paste screen")
	return ""
}

func TestPasteHistory(t *testing.T) {
	tree := flows.DecisionTree()
	paste := pasteNodeID(t)
	for _, l := range i18n.Langs() {
		m := toPaste(t, l, 80, 24)
		send(m, pasteMsg(badActivationURL), press("enter"))
		fixes := choiceFixes(m)
		if len(fixes) < 3 || fixes[len(fixes)-1] != "" {
			t.Fatalf("%s: link choices %q", l, fixes)
		}
		send(m, press("down"), press("enter"))
		fs, ok := m.screen.(*fixScreen)
		if !ok || fs.fix.ID != fixes[1] {
			t.Fatalf("%s: enter on the second choice went to %s, want the fix %s", l, here(m), fixes[1])
		}
		frame := plain(m.View().Content)
		for _, want := range []string{i18n.WizPastedURL.In(l), firstLine(fs.fix.Title.In(l), 30), i18n.WizFixReached.In(l)} {
			if !strings.Contains(frame, want) {
				t.Errorf("%s: the fix's header lacks %q:\n%s", l, want, frame)
			}
		}

		// esc from the fix: the result, cursor where it was.
		send(m, press("esc"))
		rs, ok := m.screen.(*resultScreen)
		if !ok || rs.chosen() != 1 {
			t.Fatalf("%s: esc from the fix went to %s (%T), want the result with the cursor on 1", l, here(m), m.screen)
		}
		// b (or esc) from the result: the paste screen, paste still there.
		send(m, press("b"))
		if _, ok := m.screen.(*pasteScreen); !ok || here(m) != paste {
			t.Fatalf("%s: b from the result went to %s", l, here(m))
		}
		if m.walk.paste.text != badActivationURL || !strings.Contains(plain(m.View().Content), "apps.fortnox.se/oauth-v1/authorize") {
			t.Errorf("%s: the paste is gone on the way back:\n%s", l, plain(m.View().Content))
		}
		// esc from the paste screen: the question it came from, the cursor
		// on the paste option; forward again finds the paste.
		send(m, press("esc"))
		if here(m) != tree.Root().ID || hoveredAnswer(t, m) != 0 {
			t.Fatalf("%s: esc from the paste screen went to %s", l, here(m))
		}
		send(m, press("enter"))
		if m.walk.paste.text != badActivationURL {
			t.Errorf("%s: the paste is gone after going back and forth", l)
		}
		// Reading it again and walking the same way gives the same fix.
		send(m, press("enter"), press("down"), press("enter"))
		if fs, ok := m.screen.(*fixScreen); !ok || fs.fix.ID != fixes[1] {
			t.Errorf("%s: the second walk ended at %s", l, here(m))
		}
		send(m, press("q"))
		if r := m.Result(); r.FixID != fixes[1] || r.Lang != l {
			t.Errorf("%s: q on a fix reached by a paste: Result() = %+v", l, r)
		}
	}
}

func TestPasteFromAListOfErrors(t *testing.T) {
	tree := flows.DecisionTree()
	for _, at := range []string{"activation-error", "api-error", "token-error"} {
		n, _ := tree.Node(at)
		answers := append(testkit.PathToNode(t, tree, at), len(n.Options)-1)
		m := walkTo(t, testOptions(i18n.Swedish, 80, 24), answers)
		if _, ok := m.screen.(*pasteScreen); !ok {
			t.Fatalf("%s's last option went to %s, want the paste screen", at, here(m))
		}
		send(m, pasteMsg(escapePaste), press("enter"), press("enter"))
		if fs, ok := m.screen.(*fixScreen); !ok || fs.fix.ID != "invalid-refresh-token" {
			t.Fatalf("from %s: the paste's first choice went to %s", at, here(m))
		}
		send(m, press("esc"), press("esc"), press("esc"))
		if here(m) != at || hoveredAnswer(t, m) != len(n.Options)-1 {
			t.Errorf("three escs from the fix went to %s, want %s with the cursor on the paste option", here(m), at)
		}
	}
}

func TestPasteRestartForgetsThePaste(t *testing.T) {
	tree := flows.DecisionTree()
	cases := []struct {
		name string
		keys []tea.Msg
		key  string
	}{
		{"ctrl+r on the paste screen", nil, "ctrl+r"},
		{"r on the result", []tea.Msg{press("enter")}, "r"},
		{"ctrl+r on the result", []tea.Msg{press("enter")}, "ctrl+r"},
		{"r on the fix", []tea.Msg{press("enter"), press("enter")}, "r"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := toPaste(t, i18n.English, 80, 24)
			send(m, pasteMsg("Invalid refresh token"))
			send(m, c.keys...)
			send(m, press(c.key))
			if here(m) != tree.Root().ID || len(m.walk.history) != 0 {
				t.Fatalf("%s: at %s with history %v, want the first question afresh", c.key, here(m), m.walk.history)
			}
			send(m, press("enter"))
			if !m.walk.paste.empty() {
				t.Errorf("%s kept the paste %q", c.key, m.walk.paste.text)
			}
		})
	}
}

func TestPasteSwitchLanguage(t *testing.T) {
	fix, _ := flows.Lookup("token-missing-scope")
	m := toPaste(t, i18n.English, 80, 24)
	n, _ := m.walk.tree.Node(pasteNodeID(t))
	send(m, pasteMsg(fortnoxLog()), press("ctrl+l"))
	if m.c.lang != i18n.Swedish || !strings.Contains(plain(m.View().Content), n.Text.In(i18n.Swedish)) {
		t.Fatalf("ctrl+l on the paste screen: lang %s\n%s", m.c.lang, plain(m.View().Content))
	}
	if !strings.Contains(oneLine(m), oneLineText(i18n.CmdRedactedOne.Format(i18n.Swedish, 1, "jwt"))) {
		t.Errorf("the redaction note is not in Swedish:\n%s", plain(m.View().Content))
	}
	send(m, press("enter"))
	frame := plain(m.View().Content)
	for _, want := range []string{i18n.CmdExplainHeading.In(i18n.Swedish), firstLine(fix.Title.In(i18n.Swedish), 60), i18n.WizPastedText.In(i18n.Swedish)} {
		if !strings.Contains(frame, want) {
			t.Errorf("the result lacks %q:\n%s", want, frame)
		}
	}
	send(m, press("down"), press("l"))
	rs := m.screen.(*resultScreen)
	frame = plain(m.View().Content)
	if m.c.lang != i18n.English || rs.chosen() != 1 || !strings.Contains(frame, i18n.CmdExplainHeading.In(i18n.English)) {
		t.Errorf("l on the result: lang %s, cursor %d\n%s", m.c.lang, rs.chosen(), frame)
	}
	if !strings.Contains(frame, i18n.WizAnswerInstead.In(i18n.English)) {
		t.Errorf("the way back to the questions is not in English:\n%s", frame)
	}
	send(m, press("up"), press("enter"), press("l"))
	if !strings.Contains(plain(m.View().Content), i18n.FixWho.In(i18n.Swedish)) {
		t.Errorf("l on the fix reached by a paste is not Swedish:\n%s", plain(m.View().Content))
	}
	send(m, press("esc"))
	if here(m) != pasteNodeID(t) || m.walk.here.result == nil || !strings.Contains(plain(m.View().Content), i18n.CmdExplainHeading.In(i18n.Swedish)) {
		t.Errorf("back from the fix: not the Swedish result:\n%s", plain(m.View().Content))
	}
}

func TestPasteWithoutAMatch(t *testing.T) {
	tree := flows.DecisionTree()
	for _, l := range i18n.Langs() {
		m := resultOf(t, l, 80, 24, postgresError)
		frame := plain(m.View().Content)
		if !strings.Contains(frame, i18n.CmdNoMatch.In(l)) || !strings.Contains(frame, i18n.WizAnswerInstead.In(l)) {
			t.Errorf("%s: no match is not said clearly:\n%s", l, frame)
		}
		if got := choiceFixes(m); !slices.Equal(got, []string{""}) {
			t.Errorf("%s: choices %q, want only the questions", l, got)
		}
		send(m, press("enter"))
		if here(m) != tree.Root().ID {
			t.Fatalf("%s: answering the questions went to %s", l, here(m))
		}
		// The questions start afresh: no breadcrumb, question 1.
		if got := m.walk.answers(l); len(got) != 0 {
			t.Errorf("%s: breadcrumb %q after going to the questions", l, got)
		}
		if n, _, _ := m.walk.progress(); n != 1 {
			t.Errorf("%s: question %d after going to the questions, want 1", l, n)
		}
		// Their answers lead on, and back leads to the result again.
		send(m, press("down"), press("enter"))
		if here(m) != "developer" {
			t.Errorf("%s: the questions do not lead on: at %s", l, here(m))
		}
		send(m, press("esc"), press("esc"))
		if _, ok := m.screen.(*resultScreen); !ok {
			t.Errorf("%s: back from the questions went to %s, want the result", l, here(m))
		}
	}
}

func TestPasteResultViews(t *testing.T) {
	type want struct {
		choices []string
		shows   func(l i18n.Lang) []string
	}
	cases := map[string]want{
		fortnoxLog(): {
			choices: []string{"token-missing-scope", ""},
			shows: func(l i18n.Lang) []string {
				return []string{i18n.CmdExplainHeading.In(l), i18n.CmdEvidence.In(l), "2000663"}
			},
		},
		`{"ErrorInformation":{"error":1,"message":"Kan inte hitta kunden.","code":2000433}}`: {
			choices: []string{""},
			shows: func(l i18n.Lang) []string {
				d, _ := flows.LookupDataError(2000433)
				return []string{i18n.CmdDataErrorsHeading.In(l), "2000433", d.Meaning.In(l)}
			},
		},
		"Error 2999999 from Fortnox": {
			choices: []string{""},
			shows:   func(l i18n.Lang) []string { return []string{"2999999"} },
		},
		badActivationURL: {
			choices: []string{"redirect-uri-mismatch", "unsupported-scope", "unsupported-scope", "unsupported-scope", ""},
			shows: func(l i18n.Lang) []string {
				return []string{i18n.WizActivationLink.In(l), i18n.CmdFindingsHeading.In(l), i18n.CmdParamsHeading.In(l), "client_id", "8fKq3uZx"}
			},
		},
		"Authorization: Bearer " + expiredToken(): {
			choices: []string{"access-token-expired", ""},
			shows: func(l i18n.Lang) []string {
				return []string{
					i18n.CmdTokenKindJWT.In(l), "tenantId", "1234567", "userId", "8f3e2a",
					"2025-02-11 08:30:00 CET", diagnose.Relative(testNow.Add(-time.Hour), testNow).In(l),
					i18n.CmdFindingsHeading.In(l), "https://apps.fortnox.se", i18n.CmdTokenAlg.Format(l, "RS256"),
				}
			},
		},
		`{"access_token":"` + expiredToken() + `","refresh_token":"` + testkit.RefreshUUID + `","scope":"invoice"}`: {
			choices: []string{"access-token-expired", "invalid-refresh-token", ""},
			shows:   func(l i18n.Lang) []string { return []string{i18n.CmdTokenScopes.In(l), "invoice"} },
		},
		"eyJhbGciOiJIUzI1NiJ9.broken.x": {
			choices: []string{""},
			shows:   func(l i18n.Lang) []string { return []string{i18n.CmdTokenKindUnknown.In(l)} },
		},
	}
	for paste, w := range cases {
		for _, l := range i18n.Langs() {
			m := resultOf(t, l, 120, 100, paste)
			if got := choiceFixes(m); !slices.Equal(got, w.choices) {
				t.Errorf("%.40q in %s: choices %q, want %q", paste, l, got, w.choices)
			}
			frame := oneLine(m)
			for _, s := range w.shows(l) {
				if !strings.Contains(frame, oneLineText(s)) {
					t.Errorf("%.40q in %s: the result lacks %q:\n%s", paste, l, s, plain(m.View().Content))
				}
			}
			checkClean(t, paste, m.View().Content)
			// Every choice opens what it says.
			for i, fix := range w.choices {
				mm := resultOf(t, l, 80, 24, paste)
				for range i {
					send(mm, press("down"))
				}
				send(mm, press("enter"))
				switch s := mm.screen.(type) {
				case *fixScreen:
					if s.fix.ID != fix {
						t.Errorf("%.40q: choice %d opened %s, want %q", paste, i, s.fix.ID, fix)
					}
				case *choiceScreen:
					if fix != "" || here(mm) != mm.walk.tree.Root().ID {
						t.Errorf("%.40q: choice %d went to %s, want %q", paste, i, here(mm), fix)
					}
				default:
					t.Errorf("%.40q: choice %d went to %T", paste, i, mm.screen)
				}
			}
		}
	}
}

func TestResultScrolling(t *testing.T) {
	m := resultOf(t, i18n.Swedish, 40, 12, badActivationURL)
	s := m.screen.(*resultScreen)
	if s.offset != 0 {
		t.Errorf("the result opens scrolled to %d, want its top", s.offset)
	}
	last := len(s.result.choices) - 1
	for range last + 3 {
		send(m, press("down"))
		if !s.visible(s.cursor) {
			t.Errorf("the cursor's choice %d is out of view at offset %d", s.cursor, s.offset)
		}
		checkFits(t, m.View().Content, 40, 12)
	}
	if s.chosen() != last || !strings.Contains(plain(m.View().Content), "> "+i18n.WizAnswerInstead.In(i18n.Swedish)) {
		t.Errorf("down to the end: cursor %d, want %d\n%s", s.chosen(), last, plain(m.View().Content))
	}
	send(m, press("home"))
	if s.chosen() != 0 || s.offset != 0 {
		t.Errorf("home: cursor %d, offset %d", s.chosen(), s.offset)
	}
	if !strings.Contains(plain(m.View().Content), moreBelow(i18n.Swedish)) {
		t.Errorf("no hint that there is more below:\n%s", plain(m.View().Content))
	}
	send(m, press("end"))
	if s.chosen() != last || strings.Contains(plain(m.View().Content), moreBelow(i18n.Swedish)) {
		t.Errorf("end: cursor %d, and the hint still shows", s.chosen())
	}
	send(m, press("pgup"), press("pgup"))
	if !s.visible(s.cursor) {
		t.Errorf("after pgup the cursor's choice is out of view")
	}
	for range len(s.drawn.lines) / s.rows() {
		send(m, press("pgup"))
	}
	if s.offset != 0 {
		t.Errorf("pgup did not reach the top: offset %d", s.offset)
	}
	// A resize keeps the cursor's choice in view.
	send(m, press("down"), press("down"), tea.WindowSizeMsg{Width: 120, Height: 40}, tea.WindowSizeMsg{Width: 40, Height: 12})
	if !s.visible(s.cursor) {
		t.Errorf("after resizing the cursor's choice is out of view")
	}
}

// TestPasteNeverShows pastes secrets, escape sequences, C1 controls and
// bidi characters, and looks at every screen of the paste path, at every
// size, in both languages, light and dark: none of it may show.
func TestPasteNeverShows(t *testing.T) {
	pastes := []string{
		escapePaste,
		fortnoxLog(),
		"Authorization: Bearer " + expiredToken(),
		badActivationURL + "&client_secret=" + testkit.RefreshUUID,
		"https://example.com/callback?code=" + testkit.RefreshUUID + "&state=x\x1b[2J",
		"\u202e" + expiredToken() + "\x9b1m\x1bP+q\x1b\\",
		"2001304 \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 refresh_token=" + testkit.RefreshUUID,
	}
	for _, paste := range pastes {
		for _, l := range i18n.Langs() {
			for _, sz := range fitSizes {
				size := [2]int{sz.width, sz.height}
				m := toPaste(t, l, size[0], size[1])
				send(m, pasteMsg(paste))
				look := func(where string) {
					t.Helper()
					frame := m.View().Content
					checkClean(t, where, frame)
					checkFits(t, frame, size[0], size[1])
				}
				look("paste screen")
				send(m, background(false))
				look("paste screen, light")
				send(m, press("enter"))
				s, ok := m.screen.(*resultScreen)
				if !ok {
					t.Fatalf("%.30q was not read: at %s", paste, here(m))
				}
				for i := range s.result.choices {
					look("result")
					if i < len(s.result.choices)-1 {
						send(m, press("enter"))
						look("fix")
						send(m, press("esc"))
					}
					send(m, press("down"))
				}
				send(m, press("l"))
				look("result after l")
			}
		}
	}
}

// TestPasteScreensFit draws the paste screen and each kind of result at
// every size the wizard supports, with and without the full help, and
// checks the width and the height as TestEveryScreenFits does.
func TestPasteScreensFit(t *testing.T) {
	long := strings.Repeat("Invalid refresh token "+strings.Repeat("x", 300)+"\n", 40)
	type build func(l i18n.Lang) *Model
	screens := map[string]build{
		"paste empty":    func(l i18n.Lang) *Model { return toPaste(t, l, 80, 24) },
		"paste long":     func(l i18n.Lang) *Model { m := toPaste(t, l, 80, 24); send(m, pasteMsg(long)); return m },
		"paste refused":  func(l i18n.Lang) *Model { m := toPaste(t, l, 80, 24); send(m, press("enter")); return m },
		"paste secret":   func(l i18n.Lang) *Model { m := toPaste(t, l, 80, 24); send(m, pasteMsg(escapePaste)); return m },
		"result matches": func(l i18n.Lang) *Model { return resultOf(t, l, 80, 24, fortnoxLog()) },
		"result long":    func(l i18n.Lang) *Model { return resultOf(t, l, 80, 24, long) },
		"result link":    func(l i18n.Lang) *Model { return resultOf(t, l, 80, 24, badActivationURL) },
		"result token":   func(l i18n.Lang) *Model { return resultOf(t, l, 80, 24, "Bearer "+expiredToken()) },
		"result none":    func(l i18n.Lang) *Model { return resultOf(t, l, 80, 24, postgresError) },
	}
	for name, b := range screens {
		for _, l := range i18n.Langs() {
			m := b(l)
			for _, sz := range fitSizes {
				for _, full := range sz.fullHelp {
					send(m, tea.WindowSizeMsg{Width: sz.width, Height: sz.height})
					m.fullHelp = full
					m.layout()
					if w := maxWidth(m.screen.view()); w > m.contentWidth() {
						t.Errorf("%s in %s at %dx%d: screen is %d wide, content width is %d", name, l, sz.width, sz.height, w, m.contentWidth())
					}
					frame := m.View().Content
					if rows := strings.Count(frame, "\n") + 1; rows != sz.height {
						t.Errorf("%s in %s at %dx%d: frame has %d rows", name, l, sz.width, sz.height, rows)
					}
					if !fits(frame, sz.width, sz.height) {
						t.Errorf("%s in %s at %dx%d (full help %v) does not fit:\n%s", name, l, sz.width, sz.height, full, frame)
					}
					if w := maxWidth(frame); sz.width >= 100 && w > maxContentWidth+2*wideMargin {
						t.Errorf("%s in %s: content is %d columns wide on a %d-column terminal", name, l, w, sz.width)
					}
				}
			}
		}
	}
}

func TestPasteInterruptAndQuit(t *testing.T) {
	m := toPaste(t, i18n.English, 80, 24)
	send(m, pasteMsg("x"))
	_, cmd := m.Update(press("ctrl+c"))
	if msgs := runCmd(cmd); len(msgs) != 1 || msgs[0] != (tea.InterruptMsg{}) {
		t.Errorf("ctrl+c on the paste screen sent %#v, want tea.Interrupt", msgs)
	}
	m = resultOf(t, i18n.English, 80, 24, "Invalid refresh token")
	_, cmd = m.Update(press("q"))
	if msgs := runCmd(cmd); len(msgs) != 1 || msgs[0] != (tea.QuitMsg{}) {
		t.Errorf("q on a result sent %#v, want tea.Quit", msgs)
	}
	if r := m.Result(); r.FixID != "" {
		t.Errorf("q on a result: Result() = %+v, want no fix", r)
	}
}

func TestPasteHelpFooter(t *testing.T) {
	for _, l := range i18n.Langs() {
		m := toPaste(t, l, 80, 24)
		frame := plain(m.View().Content)
		for _, want := range []string{"enter " + i18n.KeyAnalyse.In(l), "esc " + i18n.KeyBack.In(l), "ctrl+l " + l.Other().Name(), "? " + i18n.KeyMoreKeys.In(l)} {
			if !strings.Contains(frame, want) {
				t.Errorf("%s: the paste screen's help lacks %q:\n%s", l, want, frame)
			}
		}
		send(m, pasteMsg("Invalid refresh token"), press("enter"))
		frame = plain(m.View().Content)
		for _, want := range []string{"enter " + i18n.KeyOpen.In(l), "esc " + i18n.KeyBack.In(l), "l " + l.Other().Name()} {
			if !strings.Contains(frame, want) {
				t.Errorf("%s: the result's help lacks %q:\n%s", l, want, frame)
			}
		}
		send(m, press("?"))
		if frame := plain(m.View().Content); !strings.Contains(frame, i18n.KeyRestart.In(l)) || !strings.Contains(frame, i18n.KeyFewerKeys.In(l)) {
			t.Errorf("%s: the result's full help:\n%s", l, frame)
		}
		// The full help follows onto the paste screen, where ? is text
		// but ctrl+g, which it names, closes it.
		send(m, press("b"))
		if frame := strings.Join(strings.Fields(plain(m.View().Content)), " "); !strings.Contains(frame, typingHelpKey+" "+i18n.KeyFewerKeys.In(l)) {
			t.Errorf("%s: the full help on the paste screen:\n%s", l, frame)
		}
		send(m, press(typingHelpKey))
		// With text in it, ? is text, ctrl+g is help and ctrl+u has
		// something to clear.
		if frame := plain(m.View().Content); !strings.Contains(frame, "ctrl+u "+i18n.KeyClear.In(l)) || strings.Contains(frame, "? "+i18n.KeyMoreKeys.In(l)) || !strings.Contains(frame, typingHelpKey+" "+i18n.KeyMoreKeys.In(l)) {
			t.Errorf("%s: the paste screen's help with text:\n%s", l, frame)
		}
	}
}

// FuzzPasteScreen pastes and types arbitrary text, reads it and opens each
// choice of its result: the wizard must not panic, every frame must fit,
// and nothing from the paste that could restyle the terminal or hide text
// may show. (Secrets are TestPasteNeverShows's: a mutated token is no
// longer one that anything could recognise.)
func FuzzPasteScreen(f *testing.F) {
	for _, seed := range []string{
		escapePaste, fortnoxLog(), badActivationURL, "Bearer " + expiredToken(), postgresError,
		"", "\x1b", "\x1b[", "\x1b]52;c;", "\u202e\u2066x", "\xff\xfe", "\r\r\n\n", "{\"access_token\":\"eyJ.eyJ.x\"}",
		"https://apps.fortnox.se/oauth-v1/auth?scope=%1b%5b31m", "2001304\t2000433",
	} {
		f.Add(seed, "x")
	}
	for _, h := range testkit.All() {
		f.Add(h.Paste, h.Paste[:min(len(h.Paste), 12)])
	}
	f.Fuzz(func(t *testing.T, paste, typed string) {
		testkit.Bounded(t, len(paste)+len(typed), func() { fuzzPasteScreen(t, paste, typed) })
	})
}

func fuzzPasteScreen(t *testing.T, paste, typed string) {
	{
		m := toPaste(t, i18n.Swedish, 40, 12)
		send(m, pasteMsg(paste))
		for _, r := range typed {
			send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		look := func() {
			frame := m.View().Content
			checkNoControls(t, "fuzz", frame)
			if !fits(frame, 40, 12) {
				t.Fatalf("the frame does not fit 40x12:\n%s", frame)
			}
		}
		look()
		send(m, press("enter"))
		s, ok := m.screen.(*resultScreen)
		if !ok {
			return // refused: blank
		}
		for i := range s.result.choices {
			look()
			send(m, press("enter"))
			look()
			send(m, press("esc"))
			for range i + 1 {
				send(m, press("down"))
			}
		}
	}
}

func TestCutLine(t *testing.T) {
	cases := []struct {
		line  string
		width int
		want  string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"a bit too long", 10, "a bit too…"},
		{"tab\there", 20, "tab    here"},
		{strings.Repeat("å", 5000), 10, strings.Repeat("å", 9) + "…"},
		{strings.Repeat("x", 3) + strings.Repeat("ö", 5000), 10, "xxx" + strings.Repeat("ö", 6) + "…"},
		{strings.Repeat("e\u0301", 3000), 5, strings.Repeat("e\u0301", 4) + "…"},
	}
	for _, c := range cases {
		got := cutLine(c.line, c.width)
		if got != c.want {
			t.Errorf("cutLine(%.20q…, %d) = %q, want %q", c.line, c.width, got, c.want)
		}
		if !utf8.ValidString(got) || ansi.StringWidth(got) > c.width {
			t.Errorf("cutLine(%.20q…, %d) = %q: invalid or too wide", c.line, c.width, got)
		}
	}
}

// TestPasteNoColor draws the paste screen and each kind of result without
// colour: only bold, faint and reverse may remain, and every severity still
// says its word.
func TestPasteNoColor(t *testing.T) {
	for _, paste := range []string{escapePaste, fortnoxLog(), badActivationURL, "Bearer " + expiredToken()} {
		for _, l := range i18n.Langs() {
			o := testOptions(l, 80, 24)
			o.NoColor = true
			m := New(o)
			send(m, press("enter"), pasteMsg(paste))
			if frame := m.View().Content; hasColour(frame) {
				t.Errorf("%.30q in %s: the paste screen has colour without colour:\n%q", paste, l, frame)
			}
			send(m, press("enter"))
			frame := m.View().Content
			if hasColour(frame) {
				t.Errorf("%.30q in %s: the result has colour without colour:\n%q", paste, l, frame)
			}
			if paste == badActivationURL && !strings.Contains(plain(frame), report.SeverityMark(diagnose.SeverityError, l)) {
				t.Errorf("%s: the severity's word is missing without colour:\n%s", l, plain(frame))
			}
		}
	}
}
