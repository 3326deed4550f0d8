package mcpserver

import (
	"fmt"
	"slices"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/report"
)

// Every conversion from a flows or diagnose value to a tool's answer lives
// in this file, so that a change in those packages (new fields on a fix, a
// match's confidence) is adapted in one place. The shapes follow
// cmd/fortnox-doctor's JSON output; slices and maps are never nil, so the
// JSON holds [] and {} rather than null, as the command line's does.

// fixURI is the resource URI of a fix.
func fixURI(id string) string { return fixScheme + "://fix/" + id }

func newExplainOutput(ex diagnose.Explanation, kind diagnose.PasteKind, l i18n.Lang) ExplainOutput {
	out := ExplainOutput{
		Lang:          l,
		Matches:       []MatchOutput{},
		Codes:         append([]int{}, ex.Codes...),
		Redactions:    ex.Redactions,
		RedactedKinds: append([]diagnose.SecretKind{}, ex.RedactedKinds...),
		DataErrors:    []DataErrorOutput{},
		UnknownCodes:  append([]int{}, ex.UnknownCodes...),
		AnyServer:     ex.AnyServer,
		SharedPhrase:  ex.SharedPhrase,
	}
	for _, m := range explainedMatches(ex) {
		fix := m.Fix()
		evidence := make([]string, len(m.Evidence))
		for i, e := range m.Evidence {
			evidence[i] = e.Message().In(l)
		}
		out.Matches = append(out.Matches, MatchOutput{
			ID: m.FixID, Title: fix.Title.In(l), Summary: fix.Summary.In(l),
			Score: m.Score, Confidence: matchConfidence(m), Evidence: evidence,
			ResourceURI: fixURI(m.FixID),
		})
	}
	for _, d := range ex.DataErrors {
		out.DataErrors = append(out.DataErrors, DataErrorOutput{Code: d.Code, Meaning: d.Meaning.In(l)})
	}
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

// explainedMatches are the matches an answer lists, as `explain --json`
// lists them: the confident matches best first, then the guesses.
func explainedMatches(ex diagnose.Explanation) []diagnose.Match {
	return append(slices.Clone(ex.Matches), ex.Guesses...)
}

// matchConfidence is a match's confidence as `explain --json` names it:
// high or low.
func matchConfidence(m diagnose.Match) string { return string(m.Confidence) }

// newFixOutput is the fix in one language for a person (the zero Role
// keeps the fix's order and shows every party's messages).
func newFixOutput(f flows.Fix, l i18n.Lang, person flows.Role) FixOutput {
	steps := make([]string, len(f.Steps))
	for i, s := range f.Steps {
		steps[i] = s.Text.In(l)
	}
	sections, messages := f.Layout(person)
	out := FixOutput{
		ID:                f.ID,
		Lang:              l,
		Title:             f.Title.In(l),
		Summary:           f.Summary.In(l),
		Cause:             f.Cause.In(l),
		Steps:             steps,
		Actions:           newActionsOutput(f.ActionsFor(person), l),
		Who:               append([]flows.Role{}, f.Who...),
		As:                person,
		Sections:          make([]SectionOutput, len(sections)),
		Where:             f.Where.In(l),
		DocsURL:           f.DocsURL,
		Sources:           make([]SourceOutput, len(f.Sources)),
		CustomerMessage:   f.CustomerMessage.In(l),
		IntegratorMessage: f.IntegratorMessage.In(l),
		ClientMessage:     f.ClientMessage.In(l),
		ConsultantMessage: f.ConsultantMessage.In(l),
		Note:              f.Note.In(l),
		ResourceURI:       fixURI(f.ID),
	}
	for i, s := range sections {
		out.Sections[i] = SectionOutput{Heading: s.Heading.In(l), Steps: newActionsOutput(s.Steps, l), Empty: s.Empty.In(l)}
	}
	out.Messages = make([]MessageOutput, len(messages))
	for i, m := range messages {
		out.Messages[i] = MessageOutput{Heading: m.Heading.In(l), Text: m.Text.In(l)}
	}
	if person != "" {
		to, text := f.MessageFor(person)
		_, _, other := f.StepsFor(person)
		out.Message = &MessageOutput{To: to, Heading: flows.MessageHeading(person, other).In(l), Text: text.In(l)}
	}
	for i, s := range f.Sources {
		out.Sources[i] = SourceOutput{URL: s.URL, Title: s.Title}
	}
	return out
}

func newActionsOutput(steps []flows.Step, l i18n.Lang) []ActionOutput {
	out := make([]ActionOutput, len(steps))
	for i, s := range steps {
		out[i] = ActionOutput{Actor: s.Actor, ActorName: s.Actor.ActorName().In(l), Text: s.Text.In(l)}
	}
	return out
}

func newFixEntryOutput(f flows.Fix, l i18n.Lang) FixEntryOutput {
	return FixEntryOutput{
		ID: f.ID, Title: f.Title.In(l), Summary: f.Summary.In(l),
		Who: append([]flows.Role{}, f.Who...), ResourceURI: fixURI(f.ID),
	}
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

func newFindingsOutput(fs []diagnose.Finding, l i18n.Lang) []FindingOutput {
	out := make([]FindingOutput, len(fs))
	for i, f := range fs {
		out[i] = FindingOutput{Severity: f.Severity, Code: f.Code, Message: f.Message.In(l), FixID: f.FixID}
	}
	return out
}

func newURLOutput(r diagnose.URLReport, l i18n.Lang) URLOutput {
	sev, verdict := report.Verdict(r, l)
	out := URLOutput{
		OK:            r.OK,
		Lang:          l,
		URL:           r.URL,
		Params:        map[string]string{},
		ParamsLeftOut: r.ParamsLeftOut,
		Scopes:        append([]string{}, r.Scopes...),
		Findings:      newFindingsOutput(r.Findings, l),
		Verdict:       VerdictOutput{Severity: sev, Message: verdict},
	}
	for _, p := range r.Params {
		if _, seen := out.Params[p.Name]; !seen {
			out.Params[p.Name] = p.Value
		}
	}
	return out
}

func newTokenOutput(r diagnose.TokenReport, l i18n.Lang) TokenOutput {
	stamp := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.RFC3339)
	}
	out := TokenOutput{
		Kind: r.Kind, Lang: l, Header: r.Header, Claims: r.Claims,
		IssuedAt: stamp(r.IssuedAt), ExpiresAt: stamp(r.ExpiresAt), Expired: r.Expired,
		Scopes: append([]string{}, r.Scopes...), RefreshToken: r.RefreshToken,
		Findings: newFindingsOutput(r.Findings, l),
		Exposed:  i18n.MCPTokenExposed.In(l),
	}
	if tenant, ok := r.Claims["tenantId"]; ok {
		out.TenantID = fmt.Sprint(tenant)
	}
	if out.Header == nil {
		out.Header = map[string]any{}
	}
	if out.Claims == nil {
		out.Claims = map[string]any{}
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
