package tui

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestPasteHintShowsAt40x12: the paste screen's hint, which says that
// nothing leaves the machine, shows whole at 40x12 in both languages (an
// outside audit found it gone in Swedish, four rows too long for it).
func TestPasteHintShowsAt40x12(t *testing.T) {
	tree := flows.DecisionTree()
	paste, ok := tree.Node("paste")
	if !ok {
		t.Fatal("no paste node")
	}
	for _, l := range i18n.Langs() {
		m := walkTo(t, testOptions(l, 40, 12), testkit.PathToNode(t, tree, "paste"))
		view := strings.Join(strings.Fields(plain(m.View().Content)), " ")
		if hint := strings.Join(strings.Fields(paste.Hint.In(l)), " "); !strings.Contains(view, hint) {
			t.Errorf("%s: the hint %q does not show:\n%s", l, hint, plain(m.View().Content))
		}
	}
}
