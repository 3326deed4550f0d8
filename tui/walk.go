package tui

import (
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// place is where the walk is: the language screen or a node of the tree
// (a question, a fix leaf, or later the paste screen).
type place struct {
	// lang is true on the language screen; node is empty then.
	lang bool
	node string
}

// step is one answer given on the way: where it was given and which option
// was chosen (an index into the node's Options, or into i18n.Langs on the
// language screen).
type step struct {
	at     place
	answer int
}

// walk is the path through the tree: where the user is, the answers that led
// there, and the answer last given at each question so that going back and
// forth again keeps the cursor on it. It is plain data with no terminal
// code, shared by the full-screen wizard and the accessible prompts.
type walk struct {
	tree    flows.Tree
	here    place
	history []step
	// remembered maps a question's node ID to the answer given there last.
	remembered map[string]int
	// depth maps a node ID to the most questions left from it, itself
	// included; computed once, for the progress hint.
	depth map[string]int
}

// newWalk starts a walk at the language screen when askLang, else at the
// tree's first question.
func newWalk(tree flows.Tree, askLang bool) *walk {
	w := &walk{tree: tree, remembered: map[string]int{}}
	if askLang {
		w.here = place{lang: true}
	} else {
		w.here = place{node: tree.Root().ID}
	}
	return w
}

// node is the tree node the walk is at; ok is false on the language screen
// or for an ID the tree does not have.
func (w *walk) node() (flows.Node, bool) {
	if w.here.lang {
		return flows.Node{}, false
	}
	return w.tree.Node(w.here.node)
}

// choose records the answer at the current place and moves to where it
// leads. An answer that is not a shown option is ignored and reports false.
func (w *walk) choose(answer int) bool {
	if w.here.lang {
		if answer < 0 || answer >= len(i18n.Langs()) {
			return false
		}
		w.history = append(w.history, step{at: w.here, answer: answer})
		w.here = place{node: w.tree.Root().ID}
		return true
	}
	n, ok := w.node()
	if !ok || !isShown(w.tree, n, answer) {
		return false
	}
	w.history = append(w.history, step{at: w.here, answer: answer})
	w.remembered[n.ID] = answer
	w.here = place{node: n.Options[answer].Next}
	return true
}

// back returns to the place before the last answer and reports the answer
// given there, for the cursor; ok is false at the start of the walk.
func (w *walk) back() (answer int, ok bool) {
	if len(w.history) == 0 {
		return 0, false
	}
	last := w.history[len(w.history)-1]
	w.history = w.history[:len(w.history)-1]
	w.here = last.at
	return last.answer, true
}

// restart goes back to the first question and forgets the answers, but
// keeps the language chosen on the language screen.
func (w *walk) restart() {
	keep := 0
	if len(w.history) > 0 && w.history[0].at.lang {
		keep = 1
	}
	w.history = w.history[:keep]
	w.remembered = map[string]int{}
	w.here = place{node: w.tree.Root().ID}
}

// cursor is the option the cursor starts on at the current question: the
// answer given there before, if the user came back to it, else the first
// shown option.
func (w *walk) cursor() int {
	if a, ok := w.remembered[w.here.node]; ok {
		return a
	}
	n, _ := w.node()
	if shown := shownOptions(w.tree, n); len(shown) > 0 {
		return shown[0]
	}
	return 0
}

// answers are the labels of the answers given so far, in the given
// language, for the breadcrumb. The language choice is not one of them.
func (w *walk) answers(l i18n.Lang) []string {
	var labels []string
	for _, s := range w.history {
		if s.at.lang {
			continue
		}
		n, ok := w.tree.Node(s.at.node)
		if !ok || s.answer < 0 || s.answer >= len(n.Options) {
			continue
		}
		labels = append(labels, n.Options[s.answer].Label.In(l))
	}
	return labels
}

// progress is the number of the current question (1-based) and the most
// questions the walk can take in all from here; ok is false off a question.
func (w *walk) progress() (number, most int, ok bool) {
	n, found := w.node()
	if !found || n.Kind != flows.Question {
		return 0, 0, false
	}
	asked := len(w.answers(i18n.English))
	if w.depth == nil {
		w.depth = questionDepths(w.tree)
	}
	return asked + 1, asked + w.depth[n.ID], true
}

// questionDepths maps every node to the most questions on a path from it to
// a leaf, itself included. The tree has no cycles (flows validates it); a
// node already being measured counts as a leaf, so a bad tree cannot hang.
func questionDepths(t flows.Tree) map[string]int {
	depth := map[string]int{}
	visiting := map[string]bool{}
	var measure func(id string) int
	measure = func(id string) int {
		if d, ok := depth[id]; ok {
			return d
		}
		n, ok := t.Node(id)
		if !ok || n.Kind != flows.Question || visiting[id] {
			return 0
		}
		visiting[id] = true
		most := 0
		for _, o := range n.Options {
			most = max(most, measure(o.Next))
		}
		visiting[id] = false
		depth[id] = most + 1
		return most + 1
	}
	for _, n := range t.Nodes() {
		measure(n.ID)
	}
	return depth
}

// shownOptions lists the indices of a question's options that the wizard
// shows. An option that leads to the paste screen is left out until that
// screen is wired in (issue 4); every other option is shown, in the tree's
// order.
func shownOptions(t flows.Tree, n flows.Node) []int {
	shown := make([]int, 0, len(n.Options))
	for i, o := range n.Options {
		if next, ok := t.Node(o.Next); ok && next.Kind == flows.Paste {
			continue
		}
		shown = append(shown, i)
	}
	return shown
}

// isShown reports whether answer is a shown option of n.
func isShown(t flows.Tree, n flows.Node, answer int) bool {
	for _, i := range shownOptions(t, n) {
		if i == answer {
			return true
		}
	}
	return false
}
