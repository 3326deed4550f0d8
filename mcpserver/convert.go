package mcpserver

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
	"github.com/fortnox-doctor/fortnox-doctor/report"
)

// Every conversion from a flows or diagnose value to a tool's answer lives
// in this file: the part an answer shares with the command line's JSON is
// built by package shape, and only what an assistant needs besides is
// added here. Slices and maps are never nil, so the JSON holds [] and {}
// rather than null, as the command line's does.

// fixURI is the resource URI of a fix.
func fixURI(id string) string { return fixScheme + "://fix/" + id }

func newExplainOutput(ex diagnose.Explanation, kind diagnose.PasteKind, l i18n.Lang) ExplainOutput {
	out := ExplainOutput{Explain: shape.NewExplainWith(ex, l, func(m shape.Match) MatchOutput {
		return MatchOutput{Match: m, ResourceURI: fixURI(m.ID)}
	})}
	if note, ok := report.RedactionNote(ex.Redactions, ex.RedactedKinds, l); ok {
		out.RedactionNote = note.Text
	}
	if !ex.Confident() {
		switch {
		case ex.AnyServer:
			out.Hint = i18n.MCPHintAnyServer.In(l)
		case ex.SharedPhrase:
			out.Hint = i18n.MCPHintSharedPhrase.In(l)
		case kind == diagnose.PasteActivationURL:
			out.Hint = i18n.MCPHintCheckURL.In(l)
		case kind == diagnose.PasteToken:
			out.Hint = i18n.MCPHintInspectToken.In(l)
		case len(out.Matches) > 0:
			// Low matches are guesses: say so rather than that nothing
			// was recognised, above a list of them.
			out.Hint = i18n.MCPHintGuesses.In(l)
		default:
			out.Hint = i18n.MCPHintTree.In(l)
		}
	}
	return out
}

// newFixOutput is the fix in one language for a person (the zero Role
// keeps the fix's order and shows every party's messages).
func newFixOutput(f flows.Fix, l i18n.Lang, person flows.Role) FixOutput {
	sections, messages := f.Layout(person)
	out := FixOutput{
		Fix:         shape.NewFix(f, l, person),
		Sections:    make([]SectionOutput, len(sections)),
		Messages:    make([]MessageOutput, len(messages)),
		ResourceURI: fixURI(f.ID),
	}
	for i, s := range sections {
		out.Sections[i] = SectionOutput{Heading: s.Heading.In(l), Steps: shape.NewActions(s.Steps, l, person)}
		// What to say instead of steps, only where there are none (as the
		// terminal and the Markdown say it).
		if len(s.Steps) == 0 {
			out.Sections[i].Empty = s.Empty.In(l)
		}
	}
	for i, m := range messages {
		out.Messages[i] = MessageOutput{Heading: m.Heading.In(l), Text: m.Text.In(l)}
	}
	if person != "" {
		to, text := f.MessageFor(person)
		_, _, other := f.StepsFor(person)
		out.Message = &MessageOutput{To: to, Heading: flows.MessageHeading(person, other).In(l), Text: text.In(l)}
	}
	return out
}

func newFixEntryOutput(f flows.Fix, l i18n.Lang) FixEntryOutput {
	return FixEntryOutput{ListEntry: shape.NewListEntry(f, l), Summary: f.Summary.In(l), ResourceURI: fixURI(f.ID)}
}

func newListOutput(fixes []flows.Fix, l i18n.Lang) ListOutput {
	out := ListOutput{Lang: l, Fixes: make([]FixEntryOutput, len(fixes))}
	for i, f := range fixes {
		out.Fixes[i] = newFixEntryOutput(f, l)
	}
	return out
}

// fixMarkdown is a fix resource's text, for a person or (the zero Role)
// with every step and its actor.
func fixMarkdown(f flows.Fix, l i18n.Lang, person flows.Role) string {
	return flows.MarkdownAs(f, l, person)
}

func newURLOutput(r diagnose.URLReport, l i18n.Lang) URLOutput {
	return URLOutput{Link: shape.NewLink(r, l).WithVerdict(report.Verdict(r, l))}
}

func newTokenOutput(r diagnose.TokenReport, l i18n.Lang) TokenOutput {
	out := TokenOutput{Token: shape.NewToken(r, l), Lang: l, Exposed: i18n.MCPTokenExposed.In(l)}
	if tenant, ok := out.Claims["tenantId"]; ok {
		out.TenantID = tenant
	}
	return out
}

// newNodeOutput describes the node a walk reached, for the person chosen
// on the way. The paste node's hint is replaced: the wizard's says nothing
// leaves the machine, which is not so for a chat.
func newNodeOutput(n flows.Node, path []string, person flows.Role, l i18n.Lang) NextQuestionOutput {
	out := NextQuestionOutput{
		Lang: l, Kind: n.Kind, NodeID: n.ID, Text: n.Text.In(l), Hint: n.Hint.In(l), As: person,
		Options: make([]OptionOutput, len(n.Options)),
		Path:    append([]string{}, path...),
	}
	for i, o := range n.Options {
		out.Options[i] = OptionOutput{Value: o.Next, Label: o.Label.In(l), Role: o.Role}
	}
	switch n.Kind {
	case flows.Paste:
		out.Hint = i18n.MCPPasteHint.In(l) + " " + i18n.MCPPasteTools.In(l)
	case flows.FixLeaf:
		if f, ok := flows.Lookup(n.Fix); ok {
			fix := newFixOutput(f, l, person)
			out.Fix = &fix
		}
	}
	return out
}
