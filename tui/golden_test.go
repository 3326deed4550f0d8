package tui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// runProgram runs the wizard as a Bubble Tea program under teatest, sends it
// the messages, quits (with a quit message, as q is text on the paste
// screen) and returns the final model. The background is
// forced with a message, as the terminal's answer to Init's query would be.
func runProgram(t *testing.T, o Options, msgs ...tea.Msg) *Model {
	t.Helper()
	tm := teatest.NewTestModel(t, New(o),
		teatest.WithInitialTermSize(o.Width, o.Height),
		teatest.WithProgramOptions(tea.WithColorProfile(o.Profile)),
	)
	for _, msg := range msgs {
		tm.Send(msg)
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*Model)
	if !ok {
		t.Fatalf("final model is %T, want *Model", final)
	}
	return final
}

// TestGolden walks to several screens in both languages, at 80x24 and 40x12,
// on light and dark backgrounds, and compares the final frame with its
// golden file (go test ./tui -run TestGolden -update rewrites them).
func TestGolden(t *testing.T) {
	tree := flows.DecisionTree()
	screens := []struct {
		name    string
		askLang bool
		answers []int
	}{
		{name: "language", askLang: true},
		{name: "question-start"},
		{name: "question-api-error", answers: testkit.PathToNode(t, tree, "api-error")},
		{name: "fix-invalid-refresh-token", answers: testkit.PathTo(t, tree, "invalid-refresh-token")},
		{name: "fix-missing-license", answers: testkit.PathTo(t, tree, "missing-license")},
		{name: "fix-missing-rights", answers: testkit.PathTo(t, tree, "missing-rights")},
	}
	sizes := [][2]int{{80, 24}, {40, 12}}
	for _, sc := range screens {
		for _, l := range i18n.Langs() {
			for _, size := range sizes {
				for _, dark := range []bool{false, true} {
					theme := map[bool]string{false: "light", true: "dark"}[dark]
					name := fmt.Sprintf("%s/%s-%dx%d-%s", sc.name, l, size[0], size[1], theme)
					t.Run(name, func(t *testing.T) {
						t.Parallel()
						o := testOptions(l, size[0], size[1])
						o.AskLang = sc.askLang
						msgs := []tea.Msg{background(dark)}
						for _, k := range keysFor(sc.answers) {
							msgs = append(msgs, k)
						}
						m := runProgram(t, o, msgs...)
						content := m.View().Content
						checkFits(t, content, size[0], size[1])
						golden.RequireEqual(t, content)
					})
				}
			}
		}
	}
}

// TestGoldenPaste draws the paste path in both languages, at 80x24 and
// 40x12, on light and dark backgrounds: the empty paste screen, a
// multi-line paste holding a secret and escape sequences (the frame shows
// neither), and the result of an error text (ranked matches), of an
// activation link and of a token.
func TestGoldenPaste(t *testing.T) {
	screens := []struct {
		name string
		msgs []tea.Msg
	}{
		{name: "paste-empty", msgs: []tea.Msg{press("enter")}},
		{name: "paste-secret", msgs: []tea.Msg{press("enter"), pasteMsg(escapePaste)}},
		{name: "result-matches", msgs: []tea.Msg{press("enter"), pasteMsg(fortnoxLog()), press("enter")}},
		{name: "result-url", msgs: []tea.Msg{press("enter"), pasteMsg(badActivationURL), press("enter")}},
		{name: "result-token", msgs: []tea.Msg{press("enter"), pasteMsg("Authorization: Bearer " + expiredToken()), press("enter")}},
	}
	for _, sc := range screens {
		for _, l := range i18n.Langs() {
			for _, size := range [][2]int{{80, 24}, {40, 12}} {
				for _, dark := range []bool{false, true} {
					theme := map[bool]string{false: "light", true: "dark"}[dark]
					name := fmt.Sprintf("%s/%s-%dx%d-%s", sc.name, l, size[0], size[1], theme)
					t.Run(name, func(t *testing.T) {
						t.Parallel()
						msgs := append([]tea.Msg{background(dark)}, sc.msgs...)
						content := runProgram(t, testOptions(l, size[0], size[1]), msgs...).View().Content
						checkFits(t, content, size[0], size[1])
						checkClean(t, name, content)
						golden.RequireEqual(t, content)
					})
				}
			}
		}
	}
}

// TestGoldenNoColor checks that without colour only bold and faint remain.
func TestGoldenNoColor(t *testing.T) {
	tree := flows.DecisionTree()
	for _, l := range i18n.Langs() {
		t.Run(string(l), func(t *testing.T) {
			t.Parallel()
			o := testOptions(l, 80, 24)
			o.NoColor = true
			msgs := []tea.Msg{background(true)}
			for _, k := range keysFor(testkit.PathTo(t, tree, "invalid-refresh-token")) {
				msgs = append(msgs, k)
			}
			m := runProgram(t, o, msgs...)
			content := m.View().Content
			if hasColour(content) {
				t.Errorf("NO_COLOR frame has colour:\n%q", content)
			}
			golden.RequireEqual(t, content)
		})
	}
}

// TestGoldenANSI16 checks the 16-colour palette: colours from the
// terminal's own palette only.
func TestGoldenANSI16(t *testing.T) {
	tree := flows.DecisionTree()
	for _, dark := range []bool{false, true} {
		t.Run(map[bool]string{false: "light", true: "dark"}[dark], func(t *testing.T) {
			t.Parallel()
			o := testOptions(i18n.English, 80, 24)
			o.Profile = colorprofile.ANSI
			msgs := []tea.Msg{background(dark)}
			for _, k := range keysFor(testkit.PathToNode(t, tree, "api-error")) {
				msgs = append(msgs, k)
			}
			golden.RequireEqual(t, runProgram(t, o, msgs...).View().Content)
		})
	}
}
