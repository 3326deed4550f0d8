package tui

import (
	"errors"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// place is where the walk is: the language screen, a node of the tree (a
// question, the paste screen or a fix leaf), or the result of a paste.
type place struct {
	// lang is true on the language screen; node is empty then.
	lang bool
	node string
	// result is set on the result of a paste: what the text pasted on the
	// paste screen node turned out to be. Each result place keeps its own,
	// so going back through several pastes shows each as it was.
	result *pasteResult
}

// step is one answer given on the way: where it was given and which option
// was chosen (an index into the node's Options, into i18n.Langs on the
// language screen, or into the result's choices; 0 for reading a paste).
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
	// paste is the text on the paste screen, kept until the walk starts
	// over so that coming back to the paste screen shows it again.
	paste pasteBuffer
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

// node is the tree node the walk is at; ok is false on the language screen,
// on a paste's result, or for an ID the tree does not have.
func (w *walk) node() (flows.Node, bool) {
	if w.here.lang || w.here.result != nil {
		return flows.Node{}, false
	}
	return w.tree.Node(w.here.node)
}

// choose records the answer at the current place and moves to where it
// leads: the next node for a question's option, the first question for a
// language, the fix or the first question for a result's choice. An answer
// that is not one of the place's choices is ignored and reports false; so
// is any answer on the paste screen, which is left with read.
func (w *walk) choose(answer int) bool {
	var next place
	switch {
	case w.here.lang:
		if answer < 0 || answer >= len(i18n.Langs()) {
			return false
		}
		next = place{node: w.tree.Root().ID}
	case w.here.result != nil:
		choices := w.here.result.choices
		if answer < 0 || answer >= len(choices) {
			return false
		}
		next = place{node: w.pastedFrom()}
		if c := choices[answer]; !c.questions() {
			next = place{node: flows.FixNodeID(c.fix)}
			if _, ok := w.tree.Node(next.node); !ok {
				return false
			}
		}
	default:
		n, ok := w.node()
		if !ok || n.Kind != flows.Question || answer < 0 || answer >= len(n.Options) {
			return false
		}
		w.remembered[n.ID] = answer
		next = place{node: n.Options[answer].Next}
	}
	w.history = append(w.history, step{at: w.here, answer: answer})
	w.here = next
	return true
}

// read reads the paste on the paste screen (see readPaste) and moves to
// its result. A paste that cannot be read (empty, too large) leaves the
// walk where it is and returns the *diagnose.InputError that says why.
func (w *walk) read(now time.Time) error {
	if err := w.canRead(); err != nil {
		return err
	}
	r, err := readPaste(w.paste.text, now)
	if err != nil {
		return err
	}
	w.accept(r)
	return nil
}

// canRead reports why the walk cannot read a paste here, if it cannot: it
// is not on the paste screen, or the paste is binary data, which the
// sanitizer has made look like text.
func (w *walk) canRead() error {
	if n, ok := w.node(); !ok || n.Kind != flows.Paste {
		return errNotOnPaste
	}
	return w.paste.readable()
}

// accept moves from the paste screen to a paste's result, read elsewhere
// (off the wizard's Update loop); false when the walk is no longer on the
// paste screen.
func (w *walk) accept(r *pasteResult) bool {
	n, ok := w.node()
	if !ok || n.Kind != flows.Paste {
		return false
	}
	w.history = append(w.history, step{at: w.here})
	w.here = place{node: n.ID, result: r}
	return true
}

// errNotOnPaste is read's answer off the paste screen, which the wizard
// never asks.
var errNotOnPaste = errors.New("not on the paste screen")

// back returns to the place before the last answer and reports the answer
// given there, for the cursor; ok is false at the start of the walk. Going
// back from a result to the paste screen finds the paste still there.
func (w *walk) back() (answer int, ok bool) {
	if !w.canBack() {
		return 0, false
	}
	last := w.history[len(w.history)-1]
	w.history = w.history[:len(w.history)-1]
	w.here = last.at
	return last.answer, true
}

// restart goes back to the first question and forgets the answers and the
// paste, but keeps the language chosen on the language screen.
func (w *walk) restart() {
	keep := 0
	if len(w.history) > 0 && w.history[0].at.lang {
		keep = 1
	}
	w.history = w.history[:keep]
	w.remembered = map[string]int{}
	w.paste.clear()
	w.here = place{node: w.tree.Root().ID}
}

// cursor is the option the cursor starts on at the current question: the
// answer given there before, if the user came back to it, else the first
// option. On a result it is the first choice.
func (w *walk) cursor() int {
	if w.here.result != nil {
		return 0
	}
	return w.remembered[w.here.node]
}

// pastedFrom is the question the user went to the paste screen from,
// where a result's way back to the questions leads (the answers before it,
// who they are among them, still hold); the first question when the walk
// has none.
func (w *walk) pastedFrom() string {
	for i := len(w.history) - 1; i > 0; i-- {
		at := w.history[i].at
		if n, ok := w.tree.Node(at.node); !at.lang && at.result == nil && ok && n.Kind == flows.Paste {
			if q := w.history[i-1].at; !q.lang && q.result == nil {
				return q.node
			}
			break
		}
	}
	return w.tree.Root().ID
}

// answers are the labels of the answers given so far, in the given
// language, for the breadcrumb: each option chosen, what a paste turned out
// to be, and the fix opened from its result. The language choice is not one
// of them, and a result's way back to the questions takes back the answer
// that went to the paste, and the paste.
func (w *walk) answers(l i18n.Lang) []string {
	var labels []string
	beforePaste := 0 // the labels before the answer that went to the paste
	for i, s := range w.history {
		switch {
		case s.at.lang:
		case s.at.result != nil:
			choices := s.at.result.choices
			if s.answer < 0 || s.answer >= len(choices) {
				continue
			}
			if choices[s.answer].questions() {
				labels = labels[:min(beforePaste, len(labels))]
				continue
			}
			labels = append(labels, choices[s.answer].title(l))
		default:
			n, ok := w.tree.Node(s.at.node)
			if !ok {
				continue
			}
			if n.Kind == flows.Paste {
				if r := w.placeAfter(i).result; r != nil {
					labels = append(labels, r.label().In(l))
				}
				continue
			}
			if s.answer >= 0 && s.answer < len(n.Options) {
				if next, ok := w.tree.Node(n.Options[s.answer].Next); ok && next.Kind == flows.Paste {
					beforePaste = len(labels)
				}
				labels = append(labels, n.Options[s.answer].Label.In(l))
			}
		}
	}
	return labels
}

// role is the person the user said they are: the Role of the last answer
// on the way that carries one, or the zero Role.
func (w *walk) role() flows.Role {
	var r flows.Role
	for _, s := range w.history {
		if s.at.lang || s.at.result != nil {
			continue
		}
		n, ok := w.tree.Node(s.at.node)
		if !ok || n.Kind != flows.Question || s.answer < 0 || s.answer >= len(n.Options) {
			continue
		}
		if o := n.Options[s.answer]; o.Role != "" {
			r = o.Role
		}
	}
	return r
}

// placeAfter is where the i-th answer of the history led.
func (w *walk) placeAfter(i int) place {
	if i+1 < len(w.history) {
		return w.history[i+1].at
	}
	return w.here
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

// canBack reports whether there is a place to go back to.
func (w *walk) canBack() bool { return len(w.history) > 0 }
