package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestFixIDIsNeverCut draws every fix as wide as the content of an 80- and
// a 40-column terminal, in both languages: its ID, which `show ID` takes,
// is whole on a line, and no line is wider than the screen.
func TestFixIDIsNeverCut(t *testing.T) {
	st := newStyles(colorprofile.Ascii, true)
	for _, f := range flows.Fixes() {
		for _, l := range i18n.Langs() {
			for _, width := range []int{78, 38} {
				drawn, _ := renderFix(f, "", l, width, st)
				lines := strings.Split(plain(drawn), "\n")
				if !slices.ContainsFunc(lines, func(s string) bool {
					return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), i18n.FixIDLabel.In(l)+":")) == f.ID
				}) {
					t.Errorf("%s %s at %d: the ID is not whole on a line:\n%s", f.ID, l, width, strings.Join(lines[max(0, len(lines)-3):], "\n"))
				}
				for _, s := range lines {
					if w := ansi.StringWidth(s); w > width {
						t.Errorf("%s %s at %d: a line of %d columns: %q", f.ID, l, width, w, s)
					}
				}
			}
		}
	}
}
