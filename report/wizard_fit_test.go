package report

import (
	"strings"
	"testing"
)

// TestWizardBreaksLongWordsInsteadOfCutting: on a screen, a word wider
// than the line (a URL, a parameter with its value) is broken over lines,
// every character of it kept, not cut with "…" (an outside audit lost
// "scope=article%20companyinformation" so).
func TestWizardBreaksLongWordsInsteadOfCutting(t *testing.T) {
	const url = "https://www.fortnox.se/developer/authorization/get-authorization-code"
	d := Document{Blocks: []Block{Note{Mark: "!", Tone: Warning, Text: "Read " + url + " and scope=article%20companyinformation first."}}}
	for _, width := range []int{24, 40, 60} {
		lines := Renderer{Width: width, Gutter: 2, Cursor: 0, On: Wizard}.Draw(d).Lines
		joined := ""
		for _, l := range lines {
			if w := len([]rune(l)); w > width {
				t.Errorf("%d columns: line %q is %d wide", width, l, w)
			}
			joined += strings.Join(strings.Fields(l), "")
		}
		for _, want := range []string{url, "scope=article%20companyinformation"} {
			if !strings.Contains(joined, want) {
				t.Errorf("%d columns: %q is not all there:\n%s", width, want, strings.Join(lines, "\n"))
			}
		}
	}
}
