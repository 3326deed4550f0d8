package flows

import (
	"fmt"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// GraphJSON is the decision tree as `graph --format json` prints it, in one
// language. Field names are part of the command-line contract.
type GraphJSON struct {
	Root  string          `json:"root"`
	Nodes []GraphNodeJSON `json:"nodes"`
}

// GraphNodeJSON is one node of GraphJSON.
type GraphNodeJSON struct {
	ID      string            `json:"id"`
	Kind    Kind              `json:"kind"`
	Text    string            `json:"text"`
	Hint    string            `json:"hint,omitempty"`
	Options []GraphOptionJSON `json:"options,omitempty"`
	Fix     string            `json:"fix,omitempty"`
}

// GraphOptionJSON is one answer of a question in GraphJSON.
type GraphOptionJSON struct {
	Label string `json:"label"`
	Next  string `json:"next"`
	// Role is the person the answer says the user is, on "who are you".
	Role Role `json:"role,omitempty"`
}

// JSON returns the tree in the shape of `graph --format json`, texts in the
// given language, nodes in the tree's stable order.
func (t Tree) JSON(l i18n.Lang) GraphJSON {
	g := GraphJSON{Root: t.root}
	for _, n := range t.Nodes() {
		jn := GraphNodeJSON{ID: n.ID, Kind: n.Kind, Text: n.Text.In(l), Hint: n.Hint.In(l), Fix: n.Fix}
		for _, o := range n.Options {
			jn.Options = append(jn.Options, GraphOptionJSON{Label: o.Label.In(l), Next: o.Next, Role: o.Role})
		}
		g.Nodes = append(g.Nodes, jn)
	}
	return g
}

// Mermaid returns the tree as a Mermaid flowchart, texts in the given
// language: questions as boxes, fixes as rounded boxes, answers on arrows.
func (t Tree) Mermaid(l i18n.Lang) string {
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	for _, n := range t.Nodes() {
		id, text := mermaidID(n.ID), mermaidText(n.Text.In(l))
		switch n.Kind {
		case FixLeaf:
			fmt.Fprintf(&b, "  %s([\"%s\"])\n", id, text)
		case Paste:
			fmt.Fprintf(&b, "  %s[/\"%s\"/]\n", id, text)
		default:
			fmt.Fprintf(&b, "  %s[\"%s\"]\n", id, text)
		}
	}
	for _, n := range t.Nodes() {
		for _, o := range n.Options {
			fmt.Fprintf(&b, "  %s -->|\"%s\"| %s\n", mermaidID(n.ID), mermaidText(o.Label.In(l)), mermaidID(o.Next))
		}
	}
	return b.String()
}

// mermaidID makes a node ID safe for Mermaid, where a hyphen can be read as
// part of an arrow.
func mermaidID(id string) string { return strings.ReplaceAll(id, "-", "_") }

// mermaidText escapes a label for a quoted Mermaid string.
func mermaidText(s string) string {
	return strings.NewReplacer(`"`, "#quot;", "\n", " ").Replace(s)
}

// DOT returns the tree as a Graphviz digraph, texts in the given language.
func (t Tree) DOT(l i18n.Lang) string {
	var b strings.Builder
	b.WriteString("digraph fortnox_doctor {\n  rankdir=LR;\n  node [shape=box];\n")
	for _, n := range t.Nodes() {
		attrs := ""
		switch n.Kind {
		case FixLeaf:
			attrs = ", style=rounded"
		case Paste:
			attrs = ", shape=parallelogram"
		}
		fmt.Fprintf(&b, "  %s [label=%s%s];\n", dotQuote(n.ID), dotQuote(n.Text.In(l)), attrs)
	}
	for _, n := range t.Nodes() {
		for _, o := range n.Options {
			fmt.Fprintf(&b, "  %s -> %s [label=%s];\n", dotQuote(n.ID), dotQuote(o.Next), dotQuote(o.Label.In(l)))
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// dotQuote quotes a string as a DOT ID.
func dotQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
