package flows

import (
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

func TestDecisionTreeIsValid(t *testing.T) {
	tree := DecisionTree()
	if err := tree.Validate(Fixes()); err != nil {
		t.Fatalf("the decision tree is invalid:\n%v", err)
	}
	stats := tree.PathStats()
	if stats.Max > MaxAnswers || stats.Mean > MaxMeanAnswers {
		t.Errorf("paths: max %d answers, mean %.2f; limits %d and %.1f", stats.Max, stats.Mean, MaxAnswers, MaxMeanAnswers)
	}
	for _, id := range IDs() {
		if _, ok := stats.Shortest[id]; !ok {
			t.Errorf("fix %s has no path", id)
		}
	}
	t.Logf("%d paths to a fix: max %d answers, mean %.2f", stats.Paths, stats.Max, stats.Mean)
}

func TestEveryFixHasExactlyOneLeaf(t *testing.T) {
	leaves := map[string]int{}
	for _, n := range DecisionTree().Nodes() {
		if n.Kind == FixLeaf {
			leaves[n.Fix]++
			if n.ID != FixNodeID(n.Fix) {
				t.Errorf("leaf %q should be named %q", n.ID, FixNodeID(n.Fix))
			}
			f, _ := Lookup(n.Fix)
			if n.Text != f.Title {
				t.Errorf("leaf %q text is not its fix's title", n.ID)
			}
		}
	}
	for _, id := range IDs() {
		if leaves[id] != 1 {
			t.Errorf("fix %s has %d leaves", id, leaves[id])
		}
	}
}

func TestTreeOrderStartsAtTheRootAndKeepsOptionOrder(t *testing.T) {
	tree := DecisionTree()
	nodes := tree.Nodes()
	if nodes[0].ID != tree.Root().ID || tree.Root().Kind != Question {
		t.Fatalf("first node %q is not the root question", nodes[0].ID)
	}
	// Breadth-first: the root's options come right after it, in order.
	for i, o := range tree.Root().Options {
		if nodes[1+i].ID != o.Next {
			t.Errorf("node %d is %q, want the root's option %d, %q", 1+i, nodes[1+i].ID, i+1, o.Next)
		}
	}
	if n, ok := tree.Node("api-error"); !ok || n.Kind != Question {
		t.Errorf("Node(api-error) = %v, %v", n.ID, ok)
	}
}

// The questions issue 8 asks for exist, each where it changes the answer.
func TestTreeAsksTheIssuesQuestions(t *testing.T) {
	tree := DecisionTree()
	leadsTo := func(q, fix string) bool {
		n, _ := tree.Node(q)
		for _, o := range n.Options {
			if o.Next == FixNodeID(fix) {
				return true
			}
		}
		return false
	}
	// The first question after the paste screen is who the user is, and
	// each of its answers carries the person.
	var persons []Role
	for _, o := range tree.Root().Options[1:] {
		persons = append(persons, o.Role)
	}
	if !slices.Equal(persons, Persons()) {
		t.Errorf("the root's answers after the paste say %v, want %v", persons, Persons())
	}
	// The integrator tells a Bearer token from the legacy headers.
	if !leadsTo(apiErrorID, "invalid-login") || !leadsTo(apiErrorID, "legacy-token-invalid") {
		t.Error("the API error question does not separate OAuth2 from legacy sign-in")
	}
	// The code exchange, service accounts and "it worked, then stopped".
	for q, fix := range map[string]string{
		tokenErrorID:      "auth-code-or-refresh-token-invalid",
		serviceAccountID:  "client-credentials-problem",
		stoppedID:         "connection-revoked",
		customerStoppedID: "connection-revoked",
		activationErrorID: "callback-without-code",
		consultantID:      "consultant-activation",
	} {
		if !leadsTo(q, fix) {
			t.Errorf("question %s does not lead to %s", q, fix)
		}
	}
}

// Every fix a person must act on is reachable after they say who they
// are, within the depth limits.
func TestEveryPersonReachesTheirFixes(t *testing.T) {
	tree := DecisionTree()
	for _, p := range Persons() {
		stats := tree.PathStatsFor(p)
		for _, f := range Fixes() {
			if _, ok := stats.Shortest[f.ID]; f.Concerns(p) && !ok {
				t.Errorf("%s: fix %s concerns them but cannot be reached after choosing the role", p, f.ID)
			}
		}
		if stats.Max > MaxAnswers || stats.Mean > MaxMeanAnswers {
			t.Errorf("%s: max %d answers, mean %.2f; limits %d and %.1f", p, stats.Max, stats.Mean, MaxAnswers, MaxMeanAnswers)
		}
		t.Logf("%s: %d paths, max %d answers, mean %.2f, %d fixes", p, stats.Paths, stats.Max, stats.Mean, len(stats.Shortest))
	}
}

// Every question after the first has an "I don't know" answer that leads
// to the paste screen or to a fix.
func TestEveryQuestionHasIDontKnow(t *testing.T) {
	tree := DecisionTree()
	for _, n := range tree.Nodes() {
		if n.Kind != Question || n.ID == tree.Root().ID {
			continue
		}
		found := false
		for _, o := range n.Options {
			if strings.HasPrefix(o.Label.En, DontKnow.En) && strings.HasPrefix(o.Label.Sv, DontKnow.Sv) {
				next, _ := tree.Node(o.Next)
				found = next.Kind == Paste || next.Kind == FixLeaf
			}
		}
		if !found {
			t.Errorf("question %s has no “I don't know” answer leading to the paste screen or a fix", n.ID)
		}
	}
}

// A small catalogue and tree builder for breaking trees on purpose.
var (
	testText = i18n.Text{En: "x", Sv: "x"}
	fixA     = Fix{ID: "fix-a", Title: testText}
	fixB     = Fix{ID: "fix-b", Title: testText}
)

func question(id string, next ...string) Node {
	n := Node{ID: id, Kind: Question, Text: testText}
	for _, to := range next {
		n.Options = append(n.Options, Option{Label: testText, Next: to})
	}
	return n
}

func leaf(fixID string) Node {
	return Node{ID: FixNodeID(fixID), Kind: FixLeaf, Text: testText, Fix: fixID}
}

func TestValidateCatchesBrokenTrees(t *testing.T) {
	fixes := []Fix{fixA, fixB}
	tests := []struct {
		name  string
		root  string
		nodes []Node
		want  string
	}{
		{"missing root", "nope", []Node{leaf("fix-a")}, "not a node"},
		{"root is a leaf", "fix-fix-a", []Node{leaf("fix-a"), leaf("fix-b")}, "not a question"},
		{"option leads nowhere", "q", []Node{question("q", "fix-fix-a", "ghost"), leaf("fix-a"), leaf("fix-b")}, `leads to "ghost"`},
		{"one option", "q", []Node{question("q", "fix-fix-a"), leaf("fix-a"), leaf("fix-b")}, "two or more"},
		{"two options to one node", "q", []Node{question("q", "fix-fix-a", "fix-fix-a", "fix-fix-b"), leaf("fix-a"), leaf("fix-b")}, "two options lead to"},
		{"cycle", "q", []Node{question("q", "r", "fix-fix-a"), question("r", "q", "fix-fix-b"), leaf("fix-a"), leaf("fix-b")}, "cycle"},
		{"unreachable node", "q", []Node{question("q", "fix-fix-a", "fix-fix-b"), question("island", "fix-fix-a", "fix-fix-b"), leaf("fix-a"), leaf("fix-b")}, `"island" cannot be reached`},
		{"unreachable fix", "q", []Node{question("q", "fix-fix-a", "r"), question("r", "fix-fix-a", "s"), question("s", "fix-fix-a", "r2"), question("r2", "fix-fix-a", "fix-fix-a2"), leaf("fix-a"), {ID: "fix-fix-a2", Kind: FixLeaf, Text: testText, Fix: "fix-a"}}, `fix "fix-b" cannot be reached`},
		{"unknown fix", "q", []Node{question("q", "fix-fix-a", "fix-fix-c"), leaf("fix-a"), leaf("fix-c"), leaf("fix-b")}, `"fix-c" is not in the catalogue`},
		{"question that changes nothing", "q", []Node{question("q", "r", "fix-fix-b"), question("r", "s", "t"), question("s", "fix-fix-a", "fix-fix-b"), question("t", "fix-fix-b", "fix-fix-a"), leaf("fix-a"), leaf("fix-b")}, `"r": every answer leads to the same fixes`},
		{"text missing a language", "q", []Node{{ID: "q", Kind: Question, Text: i18n.Text{En: "only English"}, Options: []Option{{Label: testText, Next: "fix-fix-a"}, {Label: testText, Next: "fix-fix-b"}}}, leaf("fix-a"), leaf("fix-b")}, "text is missing a language"},
		{"label missing a language", "q", []Node{{ID: "q", Kind: Question, Text: testText, Options: []Option{{Label: i18n.Text{Sv: "bara svenska"}, Next: "fix-fix-a"}, {Label: testText, Next: "fix-fix-b"}}}, leaf("fix-a"), leaf("fix-b")}, "label is missing a language"},
		{"not kebab-case", "Q_1", []Node{question("Q_1", "fix-fix-a", "fix-fix-b"), leaf("fix-a"), leaf("fix-b")}, "not kebab-case"},
		{"too deep", "a", []Node{question("a", "b", "fix-fix-a"), question("b", "c", "fix-fix-a"), question("c", "d", "fix-fix-a"), question("d", "e", "fix-fix-a"), question("e", "fix-fix-b", "fix-fix-a"), leaf("fix-a"), leaf("fix-b")}, "takes 5 answers"},
		{"paste node with options", "q", []Node{question("q", "fix-fix-a", "fix-fix-b", "paste"), {ID: "paste", Kind: Paste, Text: testText, Options: []Option{{Label: testText, Next: "fix-fix-a"}}}, leaf("fix-a"), leaf("fix-b")}, "paste node has options"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := NewTree(tt.root, tt.nodes).Validate(fixes)
			if err == nil {
				t.Fatalf("Validate accepted a tree with %s", tt.name)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Validate error does not mention %q:\n%v", tt.want, err)
			}
		})
	}
}

func TestValidateAcceptsAGoodSmallTree(t *testing.T) {
	tree := NewTree("q", []Node{question("q", "fix-fix-a", "r"), question("r", "fix-fix-b", "fix-fix-a"), leaf("fix-a"), leaf("fix-b")})
	if err := tree.Validate([]Fix{fixA, fixB}); err != nil {
		t.Fatalf("Validate rejected a good tree: %v", err)
	}
	stats := tree.PathStats()
	if stats.Paths != 3 || stats.Max != 2 || stats.Mean != 5.0/3 || stats.Shortest["fix-a"] != 1 || stats.Shortest["fix-b"] != 2 {
		t.Errorf("PathStats = %+v", stats)
	}
}

// The paste screen is the root's first answer and the last answer of every
// list of errors, so that a user who does not find their error has a way on.
func TestTreeOffersThePasteScreen(t *testing.T) {
	tree := DecisionTree()
	paste, ok := tree.Node(pasteID)
	if !ok || paste.Kind != Paste || len(paste.Options) != 0 {
		t.Fatalf("Node(%q) = %+v, %v; want a paste node without options", pasteID, paste, ok)
	}
	if first := tree.Root().Options[0]; first.Next != pasteID {
		t.Errorf("the root's first option leads to %q, want the paste screen", first.Next)
	}
	for _, id := range []string{activationErrorID, apiErrorID, apiDataID, tokenErrorID, customerDataID} {
		n, _ := tree.Node(id)
		if last := n.Options[len(n.Options)-1]; last.Next != pasteID {
			t.Errorf("%s's last option leads to %q, want the paste screen", id, last.Next)
		}
	}
	pastes := 0
	for _, n := range tree.Nodes() {
		if n.Kind == Paste {
			pastes++
		}
	}
	if pastes != 1 {
		t.Errorf("the tree has %d paste nodes, want one", pastes)
	}
}

// The customer whose integration "stopped working" is never asked about
// request headers, and can answer "I don't know" (issue 8's first case).
func TestCustomerWhoseIntegrationStoppedIsNotAskedAboutHeaders(t *testing.T) {
	tree := DecisionTree()
	var walk func(id string, seen map[string]bool)
	walk = func(id string, seen map[string]bool) {
		n, _ := tree.Node(id)
		if seen[id] || n.Kind != Question {
			return
		}
		seen[id] = true
		for _, s := range []string{n.Text.En, n.Hint.En} {
			if strings.Contains(strings.ToLower(s), "header") {
				t.Errorf("the customer meets %s: %q", id, s)
			}
		}
		for _, o := range n.Options {
			walk(o.Next, seen)
		}
	}
	walk(customerID, map[string]bool{})
	stopped, _ := tree.Node(customerStoppedID)
	if first := stopped.Options[0]; !strings.HasPrefix(first.Label.En, DontKnow.En) || first.Next != FixNodeID("connection-revoked") {
		t.Errorf("“it stopped working” does not start with I don't know → connection-revoked: %+v", first)
	}
}
