package mcpserver

import (
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
)

// The tools' answers. Each embeds the command line's JSON from package
// shape (docs/cli.md), so a script and an assistant read the same shapes
// written once; the few fields only an assistant needs (resource_uri,
// hint, the exposure warning) are added. convert.go fills them from flows
// and diagnose.

// ExplainOutput is explain_error's answer: `explain --json` with the
// fixes' resources, the redaction note and a hint.
type ExplainOutput struct {
	shape.Explain[MatchOutput]
	RedactionNote string `json:"redaction_note,omitempty" jsonschema:"for the user when secrets were found: they should be replaced"`
	Hint          string `json:"hint,omitempty" jsonschema:"what to do when nothing is recognized: which tool fits the text instead"`
}

// MatchOutput is one fix a text points at, with its resource.
type MatchOutput struct {
	shape.Match
	ResourceURI string `json:"resource_uri" jsonschema:"the fix as a Markdown resource"`
}

// DataErrorOutput is a code about the request's data, with its meaning.
type DataErrorOutput = shape.DataError

// FixOutput is show_fix's answer, `show --json` with the layout for the
// person it is shown for and the fix's resource.
type FixOutput struct {
	shape.Fix
	Sections    []SectionOutput `json:"sections" jsonschema:"the steps under the headings to show them with: for a person, what they do and what to ask the other party"`
	Message     *MessageOutput  `json:"message,omitempty" jsonschema:"with as: the message the person can send the other party"`
	Messages    []MessageOutput `json:"messages" jsonschema:"the messages to show under the sections, each under its heading: without as, to the customer and to the integrator; with as, to each party to ask"`
	ResourceURI string          `json:"resource_uri" jsonschema:"the fix as a Markdown resource"`
}

// ActionOutput is one step and who does it.
type ActionOutput = shape.Action

// SectionOutput is a heading over steps, numbered on from the section
// before.
type SectionOutput struct {
	Heading string         `json:"heading"`
	Steps   []ActionOutput `json:"steps"`
	Empty   string         `json:"empty,omitempty" jsonschema:"only when steps is empty: what to say instead of steps"`
}

// MessageOutput is a message the person passes on to another party.
type MessageOutput struct {
	To      flows.Role `json:"to,omitempty" jsonschema:"who the message is for"`
	Heading string     `json:"heading"`
	Text    string     `json:"text"`
}

// SourceOutput is a page a fix cites.
type SourceOutput = shape.Source

// ListOutput is list_fixes's answer.
type ListOutput struct {
	Lang  i18n.Lang        `json:"lang"`
	Fixes []FixEntryOutput `json:"fixes" jsonschema:"every fix, in the catalogue's order"`
}

// FixEntryOutput is one fix of the list, an element of `list --json` with
// its summary and resource.
type FixEntryOutput struct {
	shape.ListEntry
	Summary     string `json:"summary"`
	ResourceURI string `json:"resource_uri"`
}

// URLOutput is check_activation_url's answer: `check-url --json`, with
// its language and verdict.
type URLOutput struct {
	shape.Link
}

// FindingOutput is one thing check_activation_url or inspect_token
// noticed.
type FindingOutput = shape.Finding

// VerdictOutput sums up a link's findings.
type VerdictOutput = shape.Verdict

// TokenOutput is inspect_token's answer, `inspect-token --json` with the
// language, the tenant and the exposure warning. It never holds the token
// or a JWT's signature.
type TokenOutput struct {
	shape.Token
	Lang i18n.Lang `json:"lang"`
	// TenantID is the tenantId claim as the token holds it, a JSON number
	// in Fortnox's tokens: the same value as claims.tenantId, so that
	// the two never disagree on its form. Absent when the claim is.
	TenantID any    `json:"tenant_id,omitempty" jsonschema:"the tenantId claim as the token holds it (a number in Fortnox's tokens): the Fortnox company the token is for; absent when the token has none"`
	Exposed  string `json:"exposure_warning" jsonschema:"tell the user this: the token left their machine and should be replaced"`
}

// NextQuestionOutput is next_question's answer: where the answers lead.
type NextQuestionOutput struct {
	Lang    i18n.Lang      `json:"lang"`
	Kind    flows.Kind     `json:"kind" jsonschema:"question: ask it and send the chosen option's value; fix: the walk is done; paste: ask the user to paste an error text, a link or a token"`
	NodeID  string         `json:"node_id" jsonschema:"the node of the decision tree reached"`
	Text    string         `json:"text" jsonschema:"the question to ask, or the fix's title"`
	Hint    string         `json:"hint,omitempty" jsonschema:"a line that helps the user answer, or for paste what to send where"`
	Options []OptionOutput `json:"options" jsonschema:"a question's options in the order to offer them"`
	As      flows.Role     `json:"as,omitempty" jsonschema:"the person chosen in the walk, to pass to show_fix as its as"`
	Fix     *FixOutput     `json:"fix,omitempty" jsonschema:"the fix the walk ended at, shown for the person chosen"`
	Path    []string       `json:"path" jsonschema:"the nodes walked through, root first, ending with node_id"`
}

// OptionOutput is one answer to a question.
type OptionOutput struct {
	Value string     `json:"value" jsonschema:"send this in answers to choose the option"`
	Label string     `json:"label" jsonschema:"the option as the user reads it"`
	Role  flows.Role `json:"role,omitempty" jsonschema:"the person this answer says the user is"`
}
