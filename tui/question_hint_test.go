package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestQuestionHintsBreakAtSpacesOrURLParts draws every question's hint at
// narrow widths in both languages: a hint's line never ends in a hyphen
// cut from the word that goes on on the next line, as huh's own
// wrap left "POST https://apps.fortnox.se/oauth-" / "v1/token" at 40
// columns; and every word of the hint is still there.
func TestQuestionHintsBreakAtSpacesOrURLParts(t *testing.T) {
	tree := flows.DecisionTree()
	for _, n := range tree.Nodes() {
		if n.Kind != flows.Question || n.Hint.En == "" {
			continue
		}
		answers := testkit.PathToNode(t, tree, n.ID)
		for _, l := range i18n.Langs() {
			hint := n.Hint.In(l)
			m := walkTo(t, testOptions(l, 80, 24), answers)
			for width := 30; width <= 80; width += 5 {
				send(m, tea.WindowSizeMsg{Width: width, Height: 40})
				lines := hintLines(plain(m.screen.view()), hint)
				if len(lines) == 0 {
					t.Fatalf("%s in %s at %d columns: hint not found in\n%s", n.ID, l, width, plain(m.screen.view()))
				}
				if got := strings.Join(lines, ""); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(hint, " ", "") {
					t.Errorf("%s in %s at %d columns: hint reads %q, want %q", n.ID, l, width, got, hint)
				}
				for _, line := range lines[:len(lines)-1] {
					if strings.HasSuffix(line, "- ") {
						t.Errorf("%s in %s at %d columns: a line of the hint ends inside a word: %q", n.ID, l, width, line)
					}
				}
			}
		}
	}
}

// hintLines are the lines of a plain view that hold the hint: from the one
// that starts with its first word to the one that brings as many
// characters as the hint has, blanks aside, each trimmed of the margin
// and ended by a blank.
func hintLines(view, hint string) []string {
	want := len(strings.Join(strings.Fields(hint), ""))
	first := strings.Fields(hint)[0]
	var lines []string
	got := 0
	for _, line := range strings.Split(view, "\n") {
		line = strings.TrimSpace(line)
		if lines == nil && !strings.HasPrefix(line, first) {
			continue
		}
		lines = append(lines, line+" ")
		if got += len(strings.Join(strings.Fields(line), "")); got >= want {
			return lines
		}
	}
	return nil
}
