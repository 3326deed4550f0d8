package flows

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
)

// The tree's size limits: at most MaxAnswers answers from the first question
// to any fix, and at most MaxMeanAnswers on average over every path.
const (
	MaxAnswers     = 4
	MaxMeanAnswers = 3.0
)

var kebabCase = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Validate checks the tree against the catalogue and reports every problem
// it finds, joined: a missing or non-question root, options that lead
// nowhere, questions with fewer than two options or two options that lead to
// the same place, questions whose answer changes nothing, cycles, nodes or
// fixes that cannot be reached, texts missing a language, and paths longer
// than the limits.
func (t Tree) Validate(fixes []Fix) error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	root, ok := t.nodes[t.root]
	if !ok {
		return fmt.Errorf("root %q is not a node", t.root)
	}
	if root.Kind != Question {
		add("root %q is a %s, not a question", root.ID, root.Kind)
	}

	known := make(map[string]bool, len(fixes))
	for _, f := range fixes {
		known[f.ID] = true
	}
	for _, id := range t.order {
		n := t.nodes[id]
		if !kebabCase.MatchString(n.ID) {
			add("node %q: ID is not kebab-case", n.ID)
		}
		if !n.Text.Complete() {
			add("node %q: text is missing a language", n.ID)
		}
		if !n.Hint.IsZero() && !n.Hint.Complete() {
			add("node %q: hint is missing a language", n.ID)
		}
		switch n.Kind {
		case Question:
			errs = append(errs, t.validateQuestion(n)...)
		case FixLeaf:
			if !known[n.Fix] {
				add("node %q: fix %q is not in the catalogue", n.ID, n.Fix)
			}
			if len(n.Options) > 0 {
				add("node %q: a fix leaf has options", n.ID)
			}
		case Paste:
			if len(n.Options) > 0 || n.Fix != "" {
				add("node %q: the paste node has options or a fix", n.ID)
			}
		default:
			add("node %q: unknown kind %q", n.ID, n.Kind)
		}
	}

	if cycle := t.findCycle(); cycle != nil {
		add("cycle: %v", cycle)
	}
	reached := t.reachable()
	for _, id := range t.order {
		if !reached[id] {
			add("node %q cannot be reached from the root", id)
		}
	}
	reachedFixes := map[string]bool{}
	for id := range reached {
		if n := t.nodes[id]; n.Kind == FixLeaf {
			reachedFixes[n.Fix] = true
		}
	}
	for _, f := range fixes {
		if !reachedFixes[f.ID] {
			add("fix %q cannot be reached from the root", f.ID)
		}
	}

	if len(errs) == 0 { // depths are only meaningful on an acyclic, closed tree
		stats := t.PathStats()
		if stats.Max > MaxAnswers {
			add("a path takes %d answers to reach a fix (limit %d)", stats.Max, MaxAnswers)
		}
		if stats.Mean > MaxMeanAnswers {
			add("paths take %.2f answers on average (limit %.1f)", stats.Mean, MaxMeanAnswers)
		}
	}
	return errors.Join(errs...)
}

func (t Tree) validateQuestion(n Node) []error {
	var errs []error
	if len(n.Options) < 2 {
		errs = append(errs, fmt.Errorf("question %q has %d options; a question needs two or more", n.ID, len(n.Options)))
	}
	seen := map[string]bool{}
	for i, o := range n.Options {
		if !o.Label.Complete() {
			errs = append(errs, fmt.Errorf("question %q option %d: label is missing a language", n.ID, i+1))
		}
		if _, ok := t.nodes[o.Next]; !ok {
			errs = append(errs, fmt.Errorf("question %q option %d leads to %q, which is not a node", n.ID, i+1, o.Next))
		}
		if seen[o.Next] {
			errs = append(errs, fmt.Errorf("question %q: two options lead to %q", n.ID, o.Next))
		}
		seen[o.Next] = true
	}
	// A question is worth asking only if its answer changes where the user
	// can end up: at least two options must reach different sets of fixes.
	if len(n.Options) >= 2 && t.findCycle() == nil {
		first := t.outcomes(n.Options[0].Next)
		differs := false
		for _, o := range n.Options[1:] {
			if !slices.Equal(first, t.outcomes(o.Next)) {
				differs = true
				break
			}
		}
		if !differs {
			errs = append(errs, fmt.Errorf("question %q: every answer leads to the same fixes, so it need not be asked", n.ID))
		}
	}
	return errs
}

// outcomes lists, sorted, the fixes (and the paste screen) reachable from a node.
func (t Tree) outcomes(id string) []string {
	set := map[string]bool{}
	var walk func(string)
	walk = func(id string) {
		n, ok := t.nodes[id]
		if !ok {
			return
		}
		switch n.Kind {
		case FixLeaf:
			set["fix:"+n.Fix] = true
		case Paste:
			set["paste"] = true
		}
		for _, o := range n.Options {
			walk(o.Next)
		}
	}
	walk(id)
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (t Tree) reachable() map[string]bool {
	seen := map[string]bool{}
	var walk func(string)
	walk = func(id string) {
		if seen[id] {
			return
		}
		n, ok := t.nodes[id]
		if !ok {
			return
		}
		seen[id] = true
		for _, o := range n.Options {
			walk(o.Next)
		}
	}
	walk(t.root)
	return seen
}

// findCycle returns the IDs along one cycle, or nil when there is none.
func (t Tree) findCycle() []string {
	const (
		unvisited = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(string) []string
	visit = func(id string) []string {
		switch state[id] {
		case onPath:
			i := slices.Index(path, id)
			return append(slices.Clone(path[i:]), id)
		case done:
			return nil
		}
		n, ok := t.nodes[id]
		if !ok {
			return nil
		}
		state[id] = onPath
		path = append(path, id)
		for _, o := range n.Options {
			if c := visit(o.Next); c != nil {
				return c
			}
		}
		path = path[:len(path)-1]
		state[id] = done
		return nil
	}
	for _, id := range t.order {
		if c := visit(id); c != nil {
			return c
		}
	}
	return nil
}
