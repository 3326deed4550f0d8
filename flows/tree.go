package flows

import (
	"slices"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Kind tells what a node of the decision tree is.
type Kind string

// The kinds of node. Their values are the stable names used in JSON.
const (
	// Question asks the user to pick one of its options.
	Question Kind = "question"
	// FixLeaf ends the walk at a fix from the catalogue.
	FixLeaf Kind = "fix"
	// Paste is the wizard's paste-anything screen, where the user pastes an
	// error, a URL or a token instead of answering questions.
	Paste Kind = "paste"
)

// Node is one step of the decision tree: a question with options, a fix
// leaf, or the paste screen. IDs are stable.
type Node struct {
	ID   string
	Kind Kind
	// Text is the question, or for a leaf the fix's title.
	Text i18n.Text
	// Hint is an optional line under a question that helps the user answer.
	Hint i18n.Text
	// Options are a question's answers in the order the wizard shows them.
	Options []Option
	// Fix is a leaf's catalogue ID.
	Fix string
}

// Option is one answer to a question and the node it leads to.
type Option struct {
	Label i18n.Text
	Next  string
	// Role is set on the answers to "who are you": the person the user
	// is, which the wizard keeps to show a fix for them (Fix.StepsFor).
	Role Role
}

// Tree is the decision tree: its root and every node, in a stable order
// (the order of a breadth-first walk from the root, options in order).
type Tree struct {
	root  string
	nodes map[string]Node
	order []string
}

// NewTree builds a tree from its root ID and its nodes. It does not validate;
// call Validate.
func NewTree(root string, nodes []Node) Tree {
	t := Tree{root: root, nodes: make(map[string]Node, len(nodes))}
	for _, n := range nodes {
		t.nodes[n.ID] = n
	}
	t.order = t.walkOrder(nodes)
	return t
}

// walkOrder lists node IDs breadth-first from the root, then any unreachable
// nodes in declaration order so that validation can report them.
func (t Tree) walkOrder(declared []Node) []string {
	seen := map[string]bool{t.root: true}
	queue := []string{t.root}
	var order []string
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		n, ok := t.nodes[id]
		if !ok {
			continue
		}
		order = append(order, id)
		for _, o := range n.Options {
			if !seen[o.Next] {
				seen[o.Next] = true
				queue = append(queue, o.Next)
			}
		}
	}
	for _, n := range declared {
		if !slices.Contains(order, n.ID) {
			order = append(order, n.ID)
		}
	}
	return order
}

// Root returns the first question.
func (t Tree) Root() Node { return t.nodes[t.root] }

// Node finds a node by ID.
func (t Tree) Node(id string) (Node, bool) {
	n, ok := t.nodes[id]
	return n, ok
}

// Nodes returns every node in the tree's stable order, root first.
func (t Tree) Nodes() []Node {
	out := make([]Node, 0, len(t.order))
	for _, id := range t.order {
		out = append(out, t.nodes[id])
	}
	return out
}

// FixNodeID is the ID of the leaf that ends at the given fix.
func FixNodeID(fixID string) string { return "fix-" + fixID }
