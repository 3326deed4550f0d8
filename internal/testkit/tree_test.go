package testkit

import (
	"slices"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// smallTree has a long way and a short way to the same fix, and a node
// no answer leads to:
//
//	root ─0→ a ─0→ b ─0→ fix-x
//	     └1→ c ─0→ fix-x
//	                  lone
func smallTree() flows.Tree {
	text := func(s string) i18n.Text { return i18n.Text{En: s, Sv: s + " (sv)"} }
	opt := func(next string) flows.Option { return flows.Option{Label: text(next), Next: next} }
	return flows.NewTree("root", []flows.Node{
		{ID: "root", Kind: flows.Question, Text: text("root?"), Options: []flows.Option{opt("a"), opt("c")}},
		{ID: "a", Kind: flows.Question, Text: text("a?"), Options: []flows.Option{opt("b")}},
		{ID: "b", Kind: flows.Question, Text: text("b?"), Options: []flows.Option{opt("fix-x")}},
		{ID: "c", Kind: flows.Question, Text: text("c?"), Options: []flows.Option{opt("fix-x")}},
		{ID: "fix-x", Kind: flows.FixLeaf, Text: text("Fix X"), Fix: "x"},
		{ID: "lone", Kind: flows.FixLeaf, Text: text("Lone"), Fix: "lone"},
	})
}

// TestWalksAreShortest: PathTo takes the short way, WalkToNode reports the
// screens on it in the asked language, and the root is zero answers away.
func TestWalksAreShortest(t *testing.T) {
	tree := smallTree()
	if got := PathTo(t, tree, "x"); !slices.Equal(got, []int{1, 0}) {
		t.Errorf("PathTo(x) = %v, want [1 0]", got)
	}
	if got := PathToNode(t, tree, "b"); !slices.Equal(got, []int{0, 0}) {
		t.Errorf("PathToNode(b) = %v, want [0 0]", got)
	}
	if got := PathToNode(t, tree, "root"); len(got) != 0 {
		t.Errorf("PathToNode(root) = %v, want none", got)
	}
	steps := WalkToFix(t, tree, "x")
	if got := Screens(steps, i18n.Swedish); !slices.Equal(got, []string{"c? (sv)", "Fix X (sv)"}) {
		t.Errorf("Screens = %q", got)
	}
	if got := NodeIDs(steps); !slices.Equal(got, []string{"c", "fix-x"}) {
		t.Errorf("NodeIDs = %q", got)
	}
	if _, ok := Walk(tree, func(n flows.Node) bool { return n.ID == "lone" }); ok {
		t.Error("Walk reached a node no answer leads to")
	}
}

// TestEveryFixHasAPath: the real tree reaches every fix in the catalogue,
// and each path ends on that fix's leaf.
func TestEveryFixHasAPath(t *testing.T) {
	tree := flows.DecisionTree()
	for _, id := range flows.IDs() {
		steps := WalkToFix(t, tree, id)
		if last := steps[len(steps)-1].Node; last.Kind != flows.FixLeaf || last.Fix != id {
			t.Errorf("%s: the walk ends on %s", id, last.ID)
		}
	}
}

// TestPathAs: the path starts with the root's option of the person, and
// ends at the fix.
func TestPathAs(t *testing.T) {
	tree := flows.DecisionTree()
	for _, role := range []flows.Role{flows.Developer, flows.Customer, flows.Consultant} {
		path := PathAs(t, tree, role, "missing-license")
		if got := tree.Root().Options[path[0]].Role; got != role {
			t.Errorf("%s: the path starts as %q", role, got)
		}
		n := tree.Root()
		for _, a := range path {
			n, _ = tree.Node(n.Options[a].Next)
		}
		if n.Kind != flows.FixLeaf || n.Fix != "missing-license" {
			t.Errorf("%s: the path ends at %s", role, n.ID)
		}
	}
}
