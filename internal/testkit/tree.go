package testkit

import (
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Step is one answer on a walk through the decision tree.
type Step struct {
	// Option is the position of the answer among its question's options.
	Option int
	// Node is the node the answer leads to.
	Node flows.Node
}

// Walk finds, by a breadth-first search of the tree's own data, the
// shortest walk from the root to the first node that satisfies want (the
// root itself: no steps); false when no node does.
func Walk(tree flows.Tree, want func(flows.Node) bool) ([]Step, bool) {
	return walkFrom(tree, tree.Root().ID, want)
}

// walkFrom is Walk from the node start.
func walkFrom(tree flows.Tree, start string, want func(flows.Node) bool) ([]Step, bool) {
	type item struct {
		id    string
		steps []Step
	}
	seen := map[string]bool{start: true}
	queue := []item{{id: start}}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		n, ok := tree.Node(it.id)
		if !ok {
			continue
		}
		if want(n) {
			return it.steps, true
		}
		for i, o := range n.Options {
			if seen[o.Next] {
				continue
			}
			seen[o.Next] = true
			next, ok := tree.Node(o.Next)
			if !ok {
				continue
			}
			steps := append(append([]Step(nil), it.steps...), Step{Option: i, Node: next})
			queue = append(queue, item{id: o.Next, steps: steps})
		}
	}
	return nil, false
}

// Answers are the option positions of a walk, one per question answered.
func Answers(steps []Step) []int {
	answers := make([]int, len(steps))
	for i, s := range steps {
		answers[i] = s.Option
	}
	return answers
}

// Screens are the texts, in l, of the nodes a walk's answers lead to: what
// the screen shows after each answer.
func Screens(steps []Step, l i18n.Lang) []string {
	texts := make([]string, len(steps))
	for i, s := range steps {
		texts[i] = s.Node.Text.In(l)
	}
	return texts
}

// NodeIDs are the IDs of the nodes a walk's answers lead to.
func NodeIDs(steps []Step) []string {
	ids := make([]string, len(steps))
	for i, s := range steps {
		ids[i] = s.Node.ID
	}
	return ids
}

// WalkToFix is the shortest walk from the root to the fix's leaf; it fails
// the test when the fix has none.
func WalkToFix(t testing.TB, tree flows.Tree, fixID string) []Step {
	t.Helper()
	steps, ok := Walk(tree, func(n flows.Node) bool { return n.Kind == flows.FixLeaf && n.Fix == fixID })
	if !ok {
		t.Fatalf("no path from the root to fix %q", fixID)
	}
	return steps
}

// WalkToNode is the shortest walk from the root to the node; it fails the
// test when the node cannot be reached.
func WalkToNode(t testing.TB, tree flows.Tree, nodeID string) []Step {
	t.Helper()
	steps, ok := Walk(tree, func(n flows.Node) bool { return n.ID == nodeID })
	if !ok {
		t.Fatalf("no path from the root to node %q", nodeID)
	}
	return steps
}

// PathTo is the shortest walk from the root to the fix's leaf as the
// option chosen at each question; it fails the test when there is none.
func PathTo(t testing.TB, tree flows.Tree, fixID string) []int {
	t.Helper()
	return Answers(WalkToFix(t, tree, fixID))
}

// PathToNode is PathTo for any node.
func PathToNode(t testing.TB, tree flows.Tree, nodeID string) []int {
	t.Helper()
	return Answers(WalkToNode(t, tree, nodeID))
}

// PathAs is the shortest walk to the fix's leaf for the person who answers
// "who are you" with role (the root's option of that role), as the option
// chosen at each question; it fails the test when there is none.
func PathAs(t testing.TB, tree flows.Tree, role flows.Role, fixID string) []int {
	t.Helper()
	for i, o := range tree.Root().Options {
		if o.Role != role {
			continue
		}
		steps, ok := walkFrom(tree, o.Next, func(n flows.Node) bool { return n.Kind == flows.FixLeaf && n.Fix == fixID })
		if !ok {
			break
		}
		return append([]int{i}, Answers(steps)...)
	}
	t.Fatalf("no path to fix %q as %q", fixID, role)
	return nil
}
