package flows

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

func TestGraphJSONFollowsTheContract(t *testing.T) {
	tree := DecisionTree()
	for _, l := range i18n.Langs() {
		g := tree.JSON(l)
		raw, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		// Decode generically, as a script would, to check the field names.
		var doc struct {
			Root  string `json:"root"`
			Nodes []struct {
				ID      string `json:"id"`
				Kind    string `json:"kind"`
				Text    string `json:"text"`
				Fix     string `json:"fix"`
				Options []struct {
					Label string `json:"label"`
					Next  string `json:"next"`
				} `json:"options"`
			} `json:"nodes"`
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, n := range doc.Nodes {
			ids[n.ID] = true
		}
		if !ids[doc.Root] || doc.Nodes[0].ID != doc.Root {
			t.Errorf("%s: root %q is not the first node", l, doc.Root)
		}
		fixes := map[string]bool{}
		for _, n := range doc.Nodes {
			if n.Text == "" {
				t.Errorf("%s: node %s has no text", l, n.ID)
			}
			switch n.Kind {
			case "question":
				if len(n.Options) < 2 {
					t.Errorf("%s: question %s has %d options", l, n.ID, len(n.Options))
				}
			case "fix":
				if n.Fix == "" {
					t.Errorf("%s: fix node %s carries no fix", l, n.ID)
				}
				fixes[n.Fix] = true
			case "paste":
			default:
				t.Errorf("%s: node %s has kind %q", l, n.ID, n.Kind)
			}
			for _, o := range n.Options {
				if !ids[o.Next] || o.Label == "" {
					t.Errorf("%s: %s option %q leads to unknown node %q", l, n.ID, o.Label, o.Next)
				}
			}
		}
		for _, id := range IDs() {
			if !fixes[id] {
				t.Errorf("%s: fix %s has no node", l, id)
			}
		}
	}
	// Texts follow the language.
	if sv, en := tree.JSON(i18n.Swedish).Nodes[0].Text, tree.JSON(i18n.English).Nodes[0].Text; sv == en {
		t.Errorf("the root question is %q in both languages", sv)
	}
}

func TestMermaidAndDOTHaveEveryNodeAndEdge(t *testing.T) {
	tree := DecisionTree()
	edges := 0
	for _, n := range tree.Nodes() {
		edges += len(n.Options)
	}
	mermaid := tree.Mermaid(i18n.English)
	if !strings.HasPrefix(mermaid, "flowchart ") {
		t.Errorf("Mermaid does not start a flowchart: %q", mermaid[:20])
	}
	if got := strings.Count(mermaid, " -->|"); got != edges {
		t.Errorf("Mermaid has %d edges, the tree %d", got, edges)
	}
	dot := tree.DOT(i18n.Swedish)
	if got := strings.Count(dot, " -> "); got != edges {
		t.Errorf("DOT has %d edges, the tree %d", got, edges)
	}
	for _, n := range tree.Nodes() {
		if !strings.Contains(mermaid, "  "+mermaidID(n.ID)+"[") && !strings.Contains(mermaid, "  "+mermaidID(n.ID)+"(") {
			t.Errorf("Mermaid lacks node %s", n.ID)
		}
		if !strings.Contains(dot, "  "+dotQuote(n.ID)+" [label=") {
			t.Errorf("DOT lacks node %s", n.ID)
		}
	}
}

func TestGraphQuoting(t *testing.T) {
	if got := mermaidText(`say "hi"` + "\nnow"); got != "say #quot;hi#quot; now" {
		t.Errorf("mermaidText = %q", got)
	}
	if got := dotQuote(`a "b" \c` + "\n"); got != `"a \"b\" \\c\n"` {
		t.Errorf("dotQuote = %s", got)
	}
	if got := mermaidID("api-error"); got != "api_error" {
		t.Errorf("mermaidID = %s", got)
	}
}
