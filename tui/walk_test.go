package tui

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// smallTree is a tree with a paste screen as the root's first option, as
// the tree will have once the paste screen is wired in:
//
//	q1 ─ paste
//	   ├ q2 ─ fix-a
//	   │    └ q3 ─ fix-b
//	   └ fix-c
func smallTree() flows.Tree {
	text := func(s string) i18n.Text { return i18n.Text{En: s, Sv: s + " (sv)"} }
	opt := func(label, next string) flows.Option { return flows.Option{Label: text(label), Next: next} }
	return flows.NewTree("q1", []flows.Node{
		{ID: "q1", Kind: flows.Question, Text: text("Q1"), Options: []flows.Option{
			opt("paste it", "paste"), opt("to q2", "q2"), opt("to c", "fix-c"),
		}},
		{ID: "q2", Kind: flows.Question, Text: text("Q2"), Options: []flows.Option{
			opt("to a", "fix-a"), opt("to q3", "q3"),
		}},
		{ID: "q3", Kind: flows.Question, Text: text("Q3"), Options: []flows.Option{opt("to b", "fix-b")}},
		{ID: "paste", Kind: flows.Paste, Text: text("Paste")},
		{ID: "fix-a", Kind: flows.FixLeaf, Fix: "a"},
		{ID: "fix-b", Kind: flows.FixLeaf, Fix: "b"},
		{ID: "fix-c", Kind: flows.FixLeaf, Fix: "c"},
	})
}

func TestOptionsShowInTreeOrder(t *testing.T) {
	tree := smallTree()
	w := newWalk(tree, false)
	if got := w.cursor(); got != 0 {
		t.Errorf("cursor starts on option %d, want the first (0), the paste screen", got)
	}
	if !w.choose(0) || w.here.node != "paste" {
		t.Fatalf("choosing the first option went to %+v, want the paste screen", w.here)
	}
	if w.choose(0) {
		t.Error("the paste screen took an answer; only reading the paste leaves it")
	}
	if err := w.read(time.Time{}); !errors.Is(err, diagnose.ErrEmpty) {
		t.Errorf("reading an empty paste: %v, want diagnose.ErrEmpty", err)
	}
	if w.here.node != "paste" || len(w.history) != 1 {
		t.Errorf("a refused paste moved the walk to %+v", w.here)
	}
	if _, ok := w.back(); !ok || w.here.node != "q1" {
		t.Errorf("back from the paste screen went to %+v, want q1", w.here)
	}
	for _, bad := range []int{-1, 3} {
		if w.choose(bad) {
			t.Errorf("answer %d, not an option, was accepted", bad)
		}
	}
}

func TestWalk(t *testing.T) {
	tree := smallTree()
	w := newWalk(tree, true)
	if !w.here.lang {
		t.Fatal("a walk that asks the language does not start on the language screen")
	}
	if _, _, ok := w.progress(); ok {
		t.Error("progress on the language screen")
	}
	if w.choose(len(i18n.Langs())) {
		t.Error("a language beyond i18n.Langs was accepted")
	}
	steps := []struct {
		answer   int
		at       string
		number   int
		most     int
		progress bool
	}{
		{0, "q1", 1, 3, true}, // the language
		{1, "q2", 2, 3, true},
		{1, "q3", 3, 3, true},
		{0, "fix-b", 0, 0, false},
	}
	for _, s := range steps {
		if !w.choose(s.answer) {
			t.Fatalf("answer %d refused", s.answer)
		}
		if w.here.node != s.at {
			t.Fatalf("at %q, want %q", w.here.node, s.at)
		}
		n, most, ok := w.progress()
		if ok != s.progress || n != s.number || most != s.most {
			t.Errorf("at %s progress = %d of %d (%v), want %d of %d (%v)", s.at, n, most, ok, s.number, s.most, s.progress)
		}
	}
	if got, want := w.answers(i18n.Swedish), []string{"to q2 (sv)", "to q3 (sv)", "to b (sv)"}; !slices.Equal(got, want) {
		t.Errorf("answers = %q, want %q", got, want)
	}

	// Back to q2, then forward again: the cursor remembers.
	w.back()
	if a, ok := w.back(); !ok || a != 1 || w.here.node != "q2" {
		t.Fatalf("two backs: at %s with answer %d (%v), want q2 with 1", w.here.node, a, ok)
	}
	w.back()
	if w.here.node != "q1" || w.cursor() != 1 {
		t.Errorf("at %s, cursor %d; want q1 with the cursor on the earlier answer 1", w.here.node, w.cursor())
	}
	w.choose(1)
	if w.cursor() != 1 {
		t.Errorf("q2's cursor %d, want the earlier answer 1", w.cursor())
	}

	// Restart forgets the answers but not the language.
	w.restart()
	if w.here.node != "q1" || len(w.history) != 1 || !w.history[0].at.lang || w.cursor() != 0 {
		t.Errorf("after restart: at %s, history %+v, cursor %d", w.here.node, w.history, w.cursor())
	}
	if _, ok := w.back(); !ok || !w.here.lang {
		t.Error("back after restart does not reach the language screen")
	}
	if _, ok := w.back(); ok {
		t.Error("back before the language screen")
	}
}

func TestQuestionDepths(t *testing.T) {
	got := questionDepths(smallTree())
	want := map[string]int{"q1": 3, "q2": 2, "q3": 1}
	for id, d := range want {
		if got[id] != d {
			t.Errorf("depth(%s) = %d, want %d", id, got[id], d)
		}
	}
	for _, id := range []string{"paste", "fix-a", "fix-b", "fix-c"} {
		if got[id] != 0 {
			t.Errorf("depth(%s) = %d, want 0 for a leaf", id, got[id])
		}
	}

	// A cycle (which flows.Validate rejects) must not hang the wizard.
	loop := flows.NewTree("x", []flows.Node{
		{ID: "x", Kind: flows.Question, Options: []flows.Option{{Next: "y"}}},
		{ID: "y", Kind: flows.Question, Options: []flows.Option{{Next: "x"}}},
	})
	if d := questionDepths(loop); d["x"] < 1 || d["y"] < 1 {
		t.Errorf("depths of a cycle = %v", d)
	}
}

// The walk keeps the person the user said they are: the fix screen shows
// what they do and what to ask the other party, and the result carries the
// role for the fix printed on exit.
func TestTheWalkKeepsThePerson(t *testing.T) {
	tree := flows.DecisionTree()
	fix, _ := flows.Lookup("invalid-refresh-token")
	seen := map[flows.Role]bool{}
	for i, o := range tree.Root().Options {
		if o.Role == "" {
			continue
		}
		n, _ := tree.Node(o.Next)
		for j, o2 := range n.Options {
			next, _ := tree.Node(o2.Next)
			if next.Kind != flows.Question {
				continue
			}
			for k, o3 := range next.Options {
				if o3.Next != flows.FixNodeID(fix.ID) {
					continue
				}
				seen[o.Role] = true
				for _, l := range i18n.Langs() {
					m := walkTo(t, testOptions(l, 80, 200), []int{i, j, k})
					if got := m.walk.role(); got != o.Role {
						t.Fatalf("%s: role %q after %v, want %q", l, got, []int{i, j, k}, o.Role)
					}
					_, _, other := fix.StepsFor(o.Role)
					frame := plain(m.View().Content)
					for _, want := range []string{i18n.FixYouDo.In(l), flows.AskHeading(o.Role, other).In(l), flows.MessageHeading(o.Role, other).In(l)} {
						if !strings.Contains(frame, want) {
							t.Errorf("%s as %s: the fix screen lacks %q:\n%s", l, o.Role, want, frame)
						}
					}
					send(m, press("q"))
					if r := m.Result(); r.FixID != fix.ID || r.Role != o.Role {
						t.Errorf("%s as %s: Result = %+v", l, o.Role, r)
					}
				}
			}
		}
	}
	if len(seen) != len(flows.Persons()) {
		t.Errorf("walked as %v, want every person", seen)
	}
	// Through the paste screen no one said who they are: every step with
	// its actor.
	if r := (&walk{tree: tree}).role(); r != "" {
		t.Errorf("an empty walk has role %q", r)
	}
}

// The accessible mode's result carries the person too.
func TestAccessibleKeepsThePerson(t *testing.T) {
	tree := flows.DecisionTree()
	for _, fixID := range []string{"connection-revoked", "consultant-activation", "legacy-token-invalid"} {
		answers := testkit.PathTo(t, tree, fixID)
		lines := numbersFor(answers)
		res, err := Accessible(Options{Tree: tree, Lang: i18n.English}, strings.NewReader(strings.Join(lines, "\n")+"\n"), io.Discard)
		if want := tree.Root().Options[answers[0]].Role; err != nil || res.FixID != fixID || res.Role != want {
			t.Errorf("%s: %+v, %v; want role %q", fixID, res, err, want)
		}
	}
}

// TestAnswerInsteadReturnsToTheQuestion: a result's way back to the
// questions leads to the question the paste was reached from, the person
// the user said they are kept, and the breadcrumb without the paste.
func TestAnswerInsteadReturnsToTheQuestion(t *testing.T) {
	tree := flows.DecisionTree()
	root := tree.Root()
	for i, o := range root.Options {
		if o.Role == "" {
			continue
		}
		q, ok := tree.Node(o.Next)
		if !ok || q.Kind != flows.Question {
			continue
		}
		paste := pasteOption(tree, q)
		if paste < 0 {
			continue
		}
		w := newWalk(tree, false)
		w.choose(i)
		w.choose(paste)
		w.paste.text = "hello world"
		if err := w.read(time.Now()); err != nil {
			t.Fatal(err)
		}
		w.choose(len(w.here.result.choices) - 1) // answer the questions instead
		if w.here.node != q.ID || w.role() != o.Role {
			t.Errorf("%s: answering instead went to %q as %q, want %q as %q", o.Role, w.here.node, w.role(), q.ID, o.Role)
		}
		if got := w.answers(i18n.English); len(got) != 1 || got[0] != o.Label.In(i18n.English) {
			t.Errorf("%s: the breadcrumb is %q, want only %q", o.Role, got, o.Label.In(i18n.English))
		}
	}
}
