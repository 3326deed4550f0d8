package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/tui"
)

// outputPath is one way fortnox-doctor can show, print, write or copy
// something after reading a paste. drive feeds it the paste and returns
// everything it put out, named.
type outputPath struct {
	name  string
	drive func(t *testing.T, l i18n.Lang, paste string) map[string]string
}

// cliPath runs the command line with the paste placed by args (where the
// string PASTE stands for it) and on standard input when stdin is set.
func cliPath(name string, stdin bool, args ...string) outputPath {
	return outputPath{name: name, drive: func(t *testing.T, l i18n.Lang, paste string) map[string]string {
		var inv invocation
		if stdin {
			inv.stdin = paste
		}
		full := []string{"--lang", string(l)}
		for _, a := range args {
			full = append(full, strings.ReplaceAll(a, "PASTE", paste))
		}
		r := inv.run(t, full...)
		return map[string]string{"stdout": r.stdout, "stderr": r.stderr}
	}}
}

// TestNothingHostileReachesAnyOutput is the one test every output path
// answers to: each hostile paste (every class of control sequence and
// invisible character, every way of pasting a secret) goes through each
// command's text and JSON, every usage error that quotes an argument,
// --output, the accessible mode, the wizard's screens including the
// filter, and the clipboard payload, in both languages; nothing it carries
// may come out anywhere.
func TestNothingHostileReachesAnyOutput(t *testing.T) {
	dir := t.TempDir()
	paths := []outputPath{
		cliPath("explain text", false, "explain", "PASTE"),
		cliPath("explain json", false, "explain", "--json", "PASTE"),
		cliPath("explain stdin", true, "explain"),
		cliPath("explain stdin json", true, "explain", "--json", "-"),
		cliPath("explain paste starting with a dash", false, "explain", "- PASTE"),
		cliPath("explain paste starting with ---", false, "explain", "---\nPASTE"),
		cliPath("check-url text", false, "check-url", "PASTE"),
		cliPath("check-url json", true, "check-url", "--json"),
		cliPath("check-url two arguments", false, "check-url", "PASTE", "PASTE"),
		cliPath("inspect-token text", true, "inspect-token"),
		cliPath("inspect-token json", true, "inspect-token", "--json"),
		cliPath("inspect-token argument", false, "inspect-token", "PASTE"),
		cliPath("unknown command", false, "PASTE"),
		cliPath("unknown flag", false, "list", "--PASTE"),
		cliPath("unknown shorthand", false, "graph", "-PASTE"),
		cliPath("bad flag syntax", false, "list", "---PASTE"),
		cliPath("show unknown id", false, "show", "PASTE"),
		cliPath("show unknown id json", false, "show", "--json", "PASTE"),
		cliPath("show unknown format", false, "show", "missing-license", "--format", "PASTE"),
		cliPath("graph unknown format", false, "graph", "--format", "PASTE"),
		cliPath("show --json beside a pasted format", false, "show", "missing-license", "--json", "--format", "PASTE"),
		cliPath("show for a pasted person", false, "show", "missing-license", "--as", "PASTE"),
		cliPath("list with an argument", false, "list", "PASTE"),
		cliPath("list json with an argument", false, "list", "--json", "PASTE"),
		cliPath("graph json with an argument", false, "graph", "--json", "PASTE"),
		cliPath("help for a pasted command", false, "help", "PASTE"),
		cliPath("bad flag value", false, "list", "--json=PASTE"),
		cliPath("completion for a pasted shell", false, "completion", "PASTE"),
		cliPath("unknown language", false, "list", "--lang", "PASTE"),
		cliPath("output path", false, "--accessible", "--output", "PASTE"),
		cliPath("output path in a missing folder", false, "--accessible", "--output", filepath.Join(dir, "PASTE", "fix.md")),
		{"accessible paste", accessiblePaste(dir, false)},
		{"accessible paste with --output and --json", accessiblePaste(dir, true)},
		{"accessible answer", func(t *testing.T, l i18n.Lang, paste string) map[string]string {
			r := invocation{stdin: paste + "\n"}.run(t, "--lang", string(l), "--accessible")
			return map[string]string{"stdout": r.stdout, "stderr": r.stderr}
		}},
		{"accessible language answer", func(t *testing.T, l i18n.Lang, paste string) map[string]string {
			r := invocation{stdin: paste + "\n", env: []string{"LANG=" + string(l)}}.run(t, "--accessible")
			return map[string]string{"stdout": r.stdout, "stderr": r.stderr}
		}},
		{"wizard paste, result and fix screens, copies", wizardScreens},
		{"wizard filter", wizardFilter},
	}
	hostile := testkit.All()
	checked := 0
	for _, p := range paths {
		t.Run(p.name, func(t *testing.T) {
			for _, h := range hostile {
				for _, l := range i18n.Langs() {
					for where, out := range p.drive(t, l, h.Paste) {
						leaks := testkit.Leaks(out, h.Secrets)
						if strings.HasPrefix(where, "frame") {
							leaks = testkit.FrameLeaks(out, h.Secrets)
						}
						for _, leak := range leaks {
							t.Errorf("%s, %s, %s: %s holds %s:\n%.600q", p.name, h.Name, l, where, leak, out)
						}
						checked++
					}
				}
			}
		})
	}
	t.Logf("%d paths × %d hostile pastes × %d languages: %d outputs checked", len(paths), len(hostile), len(i18n.Langs()), checked)
}

// recognised follows the hostile paste where the walk must go on to a fix:
// an error every version of the catalogue knows.
const recognised = "\nInvalid refresh token"

// pasteAnswers are the answers, by the tree's data, that lead from the
// first question to the paste screen.
func pasteAnswers(t *testing.T) []int {
	t.Helper()
	steps, ok := testkit.Walk(flows.DecisionTree(), func(n flows.Node) bool { return n.Kind == flows.Paste })
	if !ok {
		t.Fatal("no question leads to the paste screen")
	}
	return testkit.Answers(steps)
}

// accessiblePaste answers the way to the paste screen, pastes, ends the
// paste with a dot and opens the first choice, in the accessible mode.
func accessiblePaste(dir string, output bool) func(t *testing.T, l i18n.Lang, paste string) map[string]string {
	return func(t *testing.T, l i18n.Lang, paste string) map[string]string {
		var in strings.Builder
		for _, a := range pasteAnswers(t) {
			in.WriteString(strconv.Itoa(a+1) + "\n")
		}
		in.WriteString(paste + recognised + "\n.\n1\n")
		args := []string{"--lang", string(l), "--accessible"}
		file := filepath.Join(dir, fmt.Sprintf("fix-%d.md", time.Now().UnixNano()))
		if output {
			args = append(args, "--json", "--output", file)
		}
		r := invocation{stdin: in.String()}.run(t, args...)
		outs := map[string]string{"stdout": r.stdout, "stderr": r.stderr}
		if output {
			if data, err := os.ReadFile(file); err == nil {
				outs["--output file"] = string(data)
			}
		}
		return outs
	}
}

// newWizard is the full-screen wizard at 80×24 in l, its clipboard
// recording what it is given.
func newWizard(l i18n.Lang, copied *[]string) *tui.Model {
	return tui.New(tui.Options{
		Tree: flows.DecisionTree(), Lang: l, Width: 80, Height: 24,
		Clipboard: func(s string) error { *copied = append(*copied, s); return nil },
		Now:       func() time.Time { return time.Date(2025, 2, 11, 9, 30, 0, 0, time.UTC) },
	})
}

func key(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

// update sends msg; the commands it returns (a cursor's blink, a size
// request) are not needed to draw what it did.
func update(m *tui.Model, msg tea.Msg) { m.Update(msg) }

// updateRun sends msg and runs the commands it returns, as the program
// would, each to its end, and returns what they said. None of the keys it
// is sent with starts a timer; a command that never ends fails the test
// (waiting a fixed short time instead lost a slow copy under load).
func updateRun(t *testing.T, m *tui.Model, msg tea.Msg) []tea.Msg {
	t.Helper()
	_, cmd := m.Update(msg)
	var said []tea.Msg
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		done := make(chan tea.Msg, 1)
		go func() { done <- c() }()
		var out tea.Msg
		select {
		case out = <-done:
		case <-time.After(waitLimit):
			t.Fatalf("a command of %v did not end", msg)
		}
		if batch, ok := out.(tea.BatchMsg); ok {
			for _, c := range batch {
				run(c)
			}
			return
		}
		if out != nil {
			said = append(said, out)
			if _, ok := out.(tea.KeyPressMsg); !ok {
				m.Update(out)
			}
		}
	}
	run(cmd)
	return said
}

func frame(m *tui.Model) string { return m.View().Content }

// wizardScreens pastes on the paste screen, reads the paste, opens the
// first choice of the result and, on a fix, copies its steps and its
// message: every frame, and what went to the clipboard, is returned.
func wizardScreens(t *testing.T, l i18n.Lang, paste string) map[string]string {
	var copied []string
	m := newWizard(l, &copied)
	for _, a := range pasteAnswers(t) {
		for range a {
			update(m, key("down"))
		}
		update(m, key("enter"))
	}
	outs := map[string]string{}
	update(m, tea.PasteMsg{Content: paste + recognised})
	outs["frame: paste screen"] = frame(m)
	update(m, key("enter"))
	outs["frame: result"] = frame(m)
	update(m, key("enter"))
	outs["frame: after the first choice"] = frame(m)
	var said []string
	for _, k := range []string{"c", "m"} {
		for _, msg := range updateRun(t, m, key(k)) {
			said = append(said, fmt.Sprint(msg))
		}
	}
	outs["frame: after copying"] = frame(m)
	if len(copied) != 2 {
		t.Errorf("%.40q: the fix screen copied %d texts, want 2 (steps and message): the walk did not reach a fix", paste, len(copied))
	}
	outs["clipboard"] = strings.Join(copied, "\n")
	outs["OSC 52 and copy messages"] = strings.Join(said, "\n")
	return outs
}

// wizardFilter pastes into the filter of the first question and of a
// question without the paste screen, and types the paste into a filter
// key by key (a terminal without bracketed paste).
func wizardFilter(t *testing.T, l i18n.Lang, paste string) map[string]string {
	var copied []string
	outs := map[string]string{}
	m := newWizard(l, &copied)
	update(m, key("/"))
	update(m, tea.PasteMsg{Content: paste})
	outs["frame: paste into the first question's filter"] = frame(m)

	m = newWizard(l, &copied)
	update(m, key("/"))
	n := 0
	for _, r := range paste {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			continue // a terminal sends these as keys, not text
		}
		update(m, tea.KeyPressMsg{Code: r, Text: string(r)})
		if n++; n == 200 {
			break
		}
	}
	outs["frame: paste typed into the filter"] = frame(m)

	m = tui.New(tui.Options{Tree: flows.DecisionTree(), Lang: l, AskLang: true, Width: 80, Height: 24})
	update(m, tea.PasteMsg{Content: paste})
	update(m, key("/"))
	update(m, tea.PasteMsg{Content: paste})
	outs["frame: paste on the language screen"] = frame(m)

	m = newWizard(l, &copied)
	if answers, ok := questionWithoutPaste(); ok {
		for _, a := range answers {
			for range a {
				update(m, key("down"))
			}
			update(m, key("enter"))
		}
		update(m, key("/"))
		update(m, tea.PasteMsg{Content: paste})
		outs["frame: paste refused in a filter"] = frame(m)
	}
	return outs
}

// questionWithoutPaste is the way, by the tree's data, to a question none
// of whose options is the paste screen.
func questionWithoutPaste() ([]int, bool) {
	tree := flows.DecisionTree()
	steps, ok := testkit.Walk(tree, func(n flows.Node) bool {
		if n.Kind != flows.Question || n.ID == tree.Root().ID {
			return false
		}
		for _, o := range n.Options {
			if next, ok := tree.Node(o.Next); ok && next.Kind == flows.Paste {
				return false
			}
		}
		return true
	})
	return testkit.Answers(steps), ok
}
