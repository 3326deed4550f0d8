package mcpserver_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
)

// walkTo is the shortest list of option values (the next_question tool's
// answers: node IDs) from the root to the first node that satisfies want;
// false when none does.
func walkTo(tree flows.Tree, want func(flows.Node) bool) ([]string, bool) {
	steps, ok := testkit.Walk(tree, want)
	return testkit.NodeIDs(steps), ok
}

func TestNextQuestionStartsAtTheRoot(t *testing.T) {
	tree := flows.DecisionTree()
	root := tree.Root()
	for _, l := range langs {
		cs := connect(t, l)
		var out mcpserver.NextQuestionOutput
		callOK(t, cs, "next_question", map[string]any{}, &out)
		if out.NodeID != root.ID || out.Kind != flows.Question || out.Text != root.Text.In(l) || out.Lang != l {
			t.Fatalf("%s: %+v", l, out)
		}
		if len(out.Options) != len(root.Options) {
			t.Fatalf("%s: %d options, the root has %d", l, len(out.Options), len(root.Options))
		}
		for i, o := range root.Options {
			if out.Options[i].Value != o.Next || out.Options[i].Label != o.Label.In(l) {
				t.Errorf("%s: option %d = %+v", l, i, out.Options[i])
			}
		}
		if !slices.Equal(out.Path, []string{root.ID}) {
			t.Errorf("%s: path %v", l, out.Path)
		}
	}
}

// TestNextQuestionWalksToEveryFix reaches every fix leaf of the tree
// through the tool, each step answered with a value the previous answer
// offered, and checks each question on the way against the tree.
func TestNextQuestionWalksToEveryFix(t *testing.T) {
	tree := flows.DecisionTree()
	reached := 0
	for _, l := range langs {
		cs := connect(t, l)
		for _, leaf := range tree.Nodes() {
			if leaf.Kind != flows.FixLeaf {
				continue
			}
			answers, ok := walkTo(tree, func(n flows.Node) bool { return n.ID == leaf.ID })
			if !ok {
				continue // unreachable leaves are flows' validation's business
			}
			reached++
			for i := range answers {
				var out mcpserver.NextQuestionOutput
				callOK(t, cs, "next_question", map[string]any{"answers": answers[:i]}, &out)
				if out.Kind != flows.Question {
					t.Fatalf("%s after %v: kind %q", leaf.ID, answers[:i], out.Kind)
				}
				if !slices.ContainsFunc(out.Options, func(o mcpserver.OptionOutput) bool { return o.Value == answers[i] }) {
					t.Fatalf("%s after %v: %q is not offered among %+v", leaf.ID, answers[:i], answers[i], out.Options)
				}
				n, _ := tree.Node(out.NodeID)
				if out.Text != n.Text.In(l) || out.Hint != n.Hint.In(l) {
					t.Errorf("%s: question %s reads %q / %q", leaf.ID, n.ID, out.Text, out.Hint)
				}
			}
			var out mcpserver.NextQuestionOutput
			callOK(t, cs, "next_question", map[string]any{"answers": answers, "lang": string(l)}, &out)
			if out.Kind != flows.FixLeaf || out.NodeID != leaf.ID || out.Fix == nil || out.Fix.ID != leaf.Fix {
				t.Fatalf("%v: %+v, want the fix %s", answers, out, leaf.Fix)
			}
			if out.Fix.Title != fixTitle(leaf.Fix, l) || len(out.Options) != 0 {
				t.Errorf("%s: fix %+v, options %v", leaf.ID, out.Fix, out.Options)
			}
			// The person is the role of the last answer that carried one,
			// and the fix is shown for them.
			var person flows.Role
			node := tree.Root()
			for _, a := range answers {
				for _, o := range node.Options {
					if o.Next == a {
						if o.Role != "" {
							person = o.Role
						}
						break
					}
				}
				node, _ = tree.Node(a)
			}
			if out.As != person || out.Fix.As != person {
				t.Errorf("%s: as %q, fix as %q; the walk chose %q", leaf.ID, out.As, out.Fix.As, person)
			}
			if person != "" && out.Fix.Message == nil {
				t.Errorf("%s: the fix for %s has no message to pass on", leaf.ID, person)
			}
			if want := append([]string{tree.Root().ID}, answers...); !slices.Equal(out.Path, want) {
				t.Errorf("%s: path %v, want %v", leaf.ID, out.Path, want)
			}
		}
	}
	if reached < 2*len(flows.IDs()) {
		t.Errorf("reached %d fix leaves in two languages; the catalogue has %d fixes", reached, len(flows.IDs()))
	}
}

func TestNextQuestionPasteTellsWhichToolAndThatAChatIsNotLocal(t *testing.T) {
	tree := flows.DecisionTree()
	answers, ok := walkTo(tree, func(n flows.Node) bool { return n.Kind == flows.Paste })
	if !ok {
		t.Skip("the tree has no paste node")
	}
	for _, l := range langs {
		cs := connect(t, l)
		var out mcpserver.NextQuestionOutput
		callOK(t, cs, "next_question", map[string]any{"answers": answers}, &out)
		if out.Kind != flows.Paste {
			t.Fatalf("%s: kind %q", l, out.Kind)
		}
		if !strings.Contains(out.Hint, i18n.MCPPasteHint.In(l)) || !strings.Contains(out.Hint, "explain_error") {
			t.Errorf("%s: the paste hint is %q", l, out.Hint)
		}
		n, _ := tree.Node(out.NodeID)
		if !n.Hint.IsZero() && strings.Contains(out.Hint, n.Hint.In(l)) {
			t.Errorf("%s: the wizard's hint (nothing leaves your machine) is passed on to a chat", l)
		}
	}
}

func TestNextQuestionTakesLabelsInEitherLanguage(t *testing.T) {
	tree := flows.DecisionTree()
	root := tree.Root()
	// An option leading to a question, so the answer moves the walk on.
	i := slices.IndexFunc(root.Options, func(o flows.Option) bool {
		n, _ := tree.Node(o.Next)
		return n.Kind == flows.Question
	})
	if i < 0 {
		t.Skip("no question under the root")
	}
	o := root.Options[i]
	cs := connect(t, i18n.English)
	for _, answer := range []string{o.Label.In(i18n.Swedish), "  " + strings.ToUpper(o.Label.In(i18n.English)) + " "} {
		var out mcpserver.NextQuestionOutput
		callOK(t, cs, "next_question", map[string]any{"answers": []string{answer}}, &out)
		if out.NodeID != o.Next {
			t.Errorf("answer %q leads to %s, want %s", answer, out.NodeID, o.Next)
		}
	}
}

func TestNextQuestionRefusesWrongAnswers(t *testing.T) {
	tree := flows.DecisionTree()
	root := tree.Root()
	var values []string
	for _, o := range root.Options {
		values = append(values, o.Next)
	}
	toFix, ok := walkTo(tree, func(n flows.Node) bool { return n.Kind == flows.FixLeaf })
	if !ok {
		t.Fatal("no fix in the tree")
	}
	end, _ := tree.Node(toFix[len(toFix)-1])
	for _, l := range langs {
		cs := connect(t, l)
		msg := callError(t, cs, "next_question", map[string]any{"answers": []string{"no-such-option"}})
		if want := i18n.MCPErrNotAnOption.Format(l, 1, "no-such-option", root.ID, strings.Join(values, ", ")); msg != want {
			t.Errorf("%s: %q, want %q", l, msg, want)
		}
		msg = callError(t, cs, "next_question", map[string]any{"answers": append(slices.Clone(toFix), "more")})
		if want := i18n.MCPErrPastEnd.Format(l, len(toFix)+1, "more", end.ID); msg != want {
			t.Errorf("%s: %q, want %q", l, msg, want)
		}
		many := make([]string, len(tree.Nodes())+1)
		msg = callError(t, cs, "next_question", map[string]any{"answers": many})
		if want := i18n.MCPErrTooMany.Format(l, len(many), len(tree.Nodes())); msg != want {
			t.Errorf("%s: %q, want %q", l, msg, want)
		}
		long := strings.Repeat("x", 100000)
		if msg := callError(t, cs, "next_question", map[string]any{"answers": []string{long}}); len(msg) > 2000 {
			t.Errorf("%s: a long wrong answer is quoted back in %d bytes", l, len(msg))
		}
		callError(t, cs, "next_question", map[string]any{"answers": "start"})
	}
}

// TestNextQuestionCarriesWhoTheUserIs answers the question whose options
// carry a person (found in the tree's data, wherever it is) with each of
// them, walks on to the nearest fix, and expects the fix for that person.
func TestNextQuestionCarriesWhoTheUserIs(t *testing.T) {
	tree := flows.DecisionTree()
	toWho, ok := walkTo(tree, func(n flows.Node) bool {
		return slices.ContainsFunc(n.Options, func(o flows.Option) bool { return o.Role != "" })
	})
	if !ok {
		t.Skip("no question in the tree asks who the user is")
	}
	who := tree.Root()
	for _, a := range toWho {
		who, _ = tree.Node(a)
	}
	cs := connect(t, i18n.Swedish)
	persons := 0
	for _, o := range who.Options {
		if o.Role == "" {
			continue
		}
		persons++
		sub := flows.NewTree(o.Next, tree.Nodes())
		rest, ok := walkTo(sub, func(n flows.Node) bool { return n.Kind == flows.FixLeaf })
		if !ok {
			t.Errorf("no fix below %q", o.Next)
			continue
		}
		answers := append(append(slices.Clone(toWho), o.Next), rest...)
		var out mcpserver.NextQuestionOutput
		callOK(t, cs, "next_question", map[string]any{"answers": answers}, &out)
		if out.Kind != flows.FixLeaf || out.As != o.Role || out.Fix == nil || out.Fix.As != o.Role {
			t.Errorf("%s: %v ends at %s %q as %q", o.Role, answers, out.Kind, out.NodeID, out.As)
			continue
		}
		// The as of the answer is what show_fix takes, as its schema says.
		var shown mcpserver.FixOutput
		callOK(t, cs, "show_fix", map[string]any{"id": out.Fix.ID, "as": string(out.As)}, &shown)
		if shown.As != o.Role {
			t.Errorf("%s: show_fix with the walk's as %q shows the fix for %q", o.Role, out.As, shown.As)
		}
		fix, _ := flows.Lookup(out.Fix.ID)
		sections, _ := fix.Layout(o.Role)
		if len(out.Fix.Sections) != len(sections) || out.Fix.Sections[0].Heading != sections[0].Heading.In(i18n.Swedish) {
			t.Errorf("%s: the fix is not laid out for the person: %+v", o.Role, out.Fix.Sections)
		}
		var question mcpserver.NextQuestionOutput
		callOK(t, cs, "next_question", map[string]any{"answers": toWho}, &question)
		if !slices.ContainsFunc(question.Options, func(q mcpserver.OptionOutput) bool { return q.Value == o.Next && q.Role == o.Role }) {
			t.Errorf("the question does not show %q's role %q", o.Next, o.Role)
		}
	}
	if persons < len(flows.Persons()) {
		t.Errorf("%d persons offered, want %d", persons, len(flows.Persons()))
	}
}
