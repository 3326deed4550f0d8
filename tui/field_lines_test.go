package tui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestFieldURLIsNeverBrokenWhereItFitsALine: every fix's Docs link, at the
// widths the wizard is looked at and between, shows whole on one line
// wherever the line can hold it: beside its label, or under it (an outside
// audit's "…/authorization/" / "get-authorization-code" at 80 columns).
// Words still go beside the label.
func TestFieldURLIsNeverBrokenWhereItFitsALine(t *testing.T) {
	st := newStyles(colorprofile.Ascii, true)
	label := i18n.FixDocs.In(i18n.English)
	for _, f := range flows.Fixes() {
		for width := 38; width <= 100; width += 2 {
			lines := fieldLines(st, label, f.DocsURL, 9, width, lipgloss.NewStyle(), false)
			if len(f.DocsURL) > width-2 {
				continue // no line holds it
			}
			if !strings.Contains(strings.Join(lines, "\n"), f.DocsURL) {
				t.Errorf("%s at %d columns: the link is broken:\n%s", f.ID, width, strings.Join(lines, "\n"))
			}
		}
	}
	lines := fieldLines(st, "Where", "Developer portal → the app → redirect URI and more words", 9, 40, lipgloss.NewStyle(), false)
	if !strings.HasPrefix(plain(lines[0]), "Where      Developer") {
		t.Errorf("words went under their label:\n%s", strings.Join(lines, "\n"))
	}
}
