package mcpserver

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// The tools' answers. Their field names are the command line's JSON
// (docs/cli.md), so a script and an assistant read the same shapes; the
// few fields only an assistant needs (resource_uri, hint, the exposure
// warning) are added. convert.go fills them from flows and diagnose.

// ExplainOutput is explain_error's answer, the shape of `explain --json`.
type ExplainOutput struct {
	Lang          i18n.Lang             `json:"lang" jsonschema:"the language of the texts"`
	Matches       []MatchOutput         `json:"matches" jsonschema:"the fixes the text points at, best first; empty when nothing is recognised"`
	Codes         []int                 `json:"codes" jsonschema:"the Fortnox error codes found in the text, in order of appearance"`
	Redactions    int                   `json:"redactions" jsonschema:"how many secrets the text held; they were hidden before reading"`
	RedactedKinds []diagnose.SecretKind `json:"redacted_kinds" jsonschema:"the kinds of the hidden secrets"`
	RedactionNote string                `json:"redaction_note,omitempty" jsonschema:"for the user when secrets were found: they should be replaced"`
	DataErrors    []DataErrorOutput     `json:"data_errors" jsonschema:"codes that say the request's data is wrong rather than the integration"`
	UnknownCodes  []int                 `json:"unknown_codes" jsonschema:"codes that are neither a fix's nor a data error"`
	AnyServer     bool                  `json:"any_server" jsonschema:"true when the best match rests on an OAuth error every OAuth server sends (invalid_grant, access_denied…) and nothing in the text shows it comes from Fortnox: ask which service answered"`
	SharedPhrase  bool                  `json:"shared_phrase" jsonschema:"true when the best match rests on a Fortnox message in words other software says too (Saknar behörighet för…) and nothing in the text shows it comes from Fortnox: ask which system showed it"`
	Hint          string                `json:"hint,omitempty" jsonschema:"what to do when nothing is recognised: which tool fits the text instead"`
}

// MatchOutput is one fix a text points at.
type MatchOutput struct {
	ID          string   `json:"id" jsonschema:"the fix's ID, for show_fix"`
	Title       string   `json:"title"`
	Summary     string   `json:"summary" jsonschema:"the fix in one line"`
	Score       int      `json:"score" jsonschema:"how strongly the text points at the fix; a Fortnox code outweighs a phrase, which outweighs an OAuth error name or an HTTP status"`
	Confidence  string   `json:"confidence" jsonschema:"high, or low for a guess to offer as 'might be'"`
	Evidence    []string `json:"evidence" jsonschema:"what in the text matched, strongest first"`
	ResourceURI string   `json:"resource_uri" jsonschema:"the fix as a Markdown resource"`
}

// DataErrorOutput is a code about the request's data, with its meaning.
type DataErrorOutput struct {
	Code    int    `json:"code"`
	Meaning string `json:"meaning"`
}

// FixOutput is show_fix's answer, the shape of `show --json`, with the
// layout for the person it is shown for.
type FixOutput struct {
	ID                string          `json:"id"`
	Lang              i18n.Lang       `json:"lang"`
	Title             string          `json:"title"`
	Summary           string          `json:"summary" jsonschema:"the fix in one line"`
	Cause             string          `json:"cause" jsonschema:"why it happens"`
	Steps             []string        `json:"steps" jsonschema:"what to do, in the fix's order, without who does it"`
	Actions           []ActionOutput  `json:"actions" jsonschema:"every step with who does it, the person's own steps first when as is given"`
	Who               []flows.Role    `json:"who" jsonschema:"who must act, the first one acting first"`
	As                flows.Role      `json:"as,omitempty" jsonschema:"the person the fix is shown for: developer (the integrator), customer or consultant"`
	Sections          []SectionOutput `json:"sections" jsonschema:"the steps under the headings to show them with: for a person, what they do and what to ask the other party"`
	Message           *MessageOutput  `json:"message,omitempty" jsonschema:"with as: the message the person can send the other party"`
	Messages          []MessageOutput `json:"messages" jsonschema:"the messages to show under the sections, each under its heading: without as, to the customer and to the integrator; with as, to each party to ask"`
	Where             string          `json:"where" jsonschema:"where in Fortnox or the developer portal the fix is made, as a menu path"`
	DocsURL           string          `json:"docs_url" jsonschema:"the Fortnox page that documents the problem"`
	Sources           []SourceOutput  `json:"sources" jsonschema:"the pages that support the advice, Fortnox's first"`
	CustomerMessage   string          `json:"customer_message" jsonschema:"a message the integrator can send the customer"`
	IntegratorMessage string          `json:"integrator_message,omitempty" jsonschema:"a message the customer can send the integrator"`
	ClientMessage     string          `json:"client_message,omitempty" jsonschema:"a message an accounting consultant can send the client"`
	ConsultantMessage string          `json:"consultant_message,omitempty" jsonschema:"a message the customer can send their accounting consultant"`
	Note              string          `json:"note,omitempty" jsonschema:"a caveat, such as where Fortnox contradicts itself"`
	ResourceURI       string          `json:"resource_uri" jsonschema:"the fix as a Markdown resource"`
}

// ActionOutput is one step and who does it.
type ActionOutput struct {
	Actor     flows.Role `json:"actor" jsonschema:"developer (the integrator), customer (the customer's administrator), user or consultant"`
	ActorName string     `json:"actor_name" jsonschema:"the actor as the reader sees it"`
	Text      string     `json:"text"`
}

// SectionOutput is a heading over steps, numbered on from the section
// before.
type SectionOutput struct {
	Heading string         `json:"heading"`
	Steps   []ActionOutput `json:"steps"`
	Empty   string         `json:"empty,omitempty" jsonschema:"what to say when the section has no steps"`
}

// MessageOutput is a message the person passes on to another party.
type MessageOutput struct {
	To      flows.Role `json:"to,omitempty" jsonschema:"who the message is for"`
	Heading string     `json:"heading"`
	Text    string     `json:"text"`
}

// SourceOutput is a page a fix cites.
type SourceOutput struct {
	URL   string `json:"url"`
	Title string `json:"title"`
}

// ListOutput is list_fixes's answer.
type ListOutput struct {
	Lang  i18n.Lang        `json:"lang"`
	Fixes []FixEntryOutput `json:"fixes" jsonschema:"every fix, in the catalogue's order"`
}

// FixEntryOutput is one fix of the list, the shape of an element of
// `list --json` with its summary and resource.
type FixEntryOutput struct {
	ID          string       `json:"id"`
	Title       string       `json:"title"`
	Summary     string       `json:"summary"`
	Who         []flows.Role `json:"who"`
	ResourceURI string       `json:"resource_uri"`
}

// URLOutput is check_activation_url's answer, the shape of
// `check-url --json` with the verdict.
type URLOutput struct {
	OK     bool              `json:"ok" jsonschema:"true when the link has no errors (warnings allowed)"`
	Lang   i18n.Lang         `json:"lang"`
	URL    string            `json:"url" jsonschema:"the link as read, secrets redacted"`
	Params map[string]string `json:"params" jsonschema:"the query parameters, decoded, the first value of each"`
	// ParamsLeftOut says that params is not all of them, as check-url
	// --json does.
	ParamsLeftOut int             `json:"params_left_out" jsonschema:"how many parameters after the first 64 params leaves out; 0 when it holds them all"`
	Scopes        []string        `json:"scopes" jsonschema:"the scopes the link asks for, as written"`
	Findings      []FindingOutput `json:"findings" jsonschema:"what is wrong or worth knowing, worst first"`
	Verdict       VerdictOutput   `json:"verdict" jsonschema:"the findings summed up in one sentence"`
}

// FindingOutput is one thing check_activation_url or inspect_token
// noticed.
type FindingOutput struct {
	Severity diagnose.Severity `json:"severity" jsonschema:"error, warning or info"`
	Code     string            `json:"code" jsonschema:"the finding's stable name"`
	Message  string            `json:"message" jsonschema:"what is wrong and what to do"`
	FixID    string            `json:"fix_id,omitempty" jsonschema:"the fix that explains it, for show_fix"`
}

// VerdictOutput sums up a link's findings.
type VerdictOutput struct {
	Severity diagnose.Severity `json:"severity"`
	Message  string            `json:"message"`
}

// TokenOutput is inspect_token's answer, the shape of
// `inspect-token --json` with the tenant and the exposure warning. It
// never holds the token or a JWT's signature.
type TokenOutput struct {
	Kind         diagnose.TokenKind `json:"kind" jsonschema:"jwt, refresh-token or unknown"`
	Lang         i18n.Lang          `json:"lang"`
	TenantID     string             `json:"tenant_id,omitempty" jsonschema:"the tenantId claim: the Fortnox company the token is for"`
	Header       map[string]any     `json:"header" jsonschema:"a JWT's decoded header"`
	Claims       map[string]any     `json:"claims" jsonschema:"a JWT's decoded claims, signature not verified"`
	IssuedAt     string             `json:"issued_at,omitempty" jsonschema:"when it was issued, RFC 3339"`
	ExpiresAt    string             `json:"expires_at,omitempty" jsonschema:"when it expires, RFC 3339"`
	Expired      bool               `json:"expired"`
	Scopes       []string           `json:"scopes" jsonschema:"the scopes granted"`
	RefreshToken bool               `json:"refresh_token_present" jsonschema:"the paste held a refresh token (explained, never shown)"`
	Findings     []FindingOutput    `json:"findings" jsonschema:"what is wrong or worth knowing, worst first"`
	Exposed      string             `json:"exposure_warning" jsonschema:"tell the user this: the token left their machine and should be replaced"`
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
