package shape

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Explain is what an error text points at: `explain --json`, and the
// shared part of explain_error's answer. M is how one match is written:
// Match on the command line; the MCP server's match embeds Match and adds
// the fix's resource, so the list's own fields are still written once.
type Explain[M any] struct {
	Lang          i18n.Lang             `json:"lang" jsonschema:"the language of the texts"`
	Matches       []M                   `json:"matches" jsonschema:"the fixes the text points at: high matches first, then low ones, each by score; empty when nothing is recognized"`
	Codes         []int                 `json:"codes" jsonschema:"the Fortnox error codes found in the text, in order of appearance"`
	Redactions    int                   `json:"redactions" jsonschema:"how many secrets the text held; they were hidden before reading"`
	RedactedKinds []diagnose.SecretKind `json:"redacted_kinds" jsonschema:"the kinds of the hidden secrets"`
	DataErrors    []DataError           `json:"data_errors" jsonschema:"codes that say the request's data is wrong rather than the integration"`
	UnknownCodes  []int                 `json:"unknown_codes" jsonschema:"codes that are neither a fix's nor a data error"`
	// AnyServer: the best match rests on an OAuth error every OAuth
	// server sends, and nothing in the text says it is Fortnox's.
	AnyServer bool `json:"any_server" jsonschema:"true when the best match rests on an OAuth error every OAuth server sends (invalid_grant, access_denied…) and nothing in the text shows it comes from Fortnox: ask which service answered"`
	// SharedPhrase: the best match rests on a Fortnox message in words
	// other software says too, and nothing in the text says it is Fortnox's.
	SharedPhrase bool `json:"shared_phrase" jsonschema:"true when the best match rests on a Fortnox message in words other software says too (Saknar behörighet för…) and nothing in the text shows it comes from Fortnox: ask which system showed it"`
}

// Match is one fix a text points at.
type Match struct {
	ID         string              `json:"id" jsonschema:"the fix's ID, for show_fix"`
	Title      string              `json:"title"`
	Summary    string              `json:"summary" jsonschema:"the fix in one line"`
	Score      int                 `json:"score" jsonschema:"how strongly the text points at the fix; a Fortnox code outweighs a phrase, which outweighs an OAuth error name or an HTTP status"`
	Confidence diagnose.Confidence `json:"confidence" jsonschema:"high, or low for a guess to offer as 'might be'"`
	Evidence   []string            `json:"evidence" jsonschema:"what in the text matched, strongest first"`
}

// DataError is a code about the request's data, with its meaning.
type DataError struct {
	Code    int    `json:"code"`
	Meaning string `json:"meaning"`
}

// NewExplain is the explanation in l as the command line writes it.
func NewExplain(ex diagnose.Explanation, l i18n.Lang) Explain[Match] {
	return NewExplainWith(ex, l, func(m Match) Match { return m })
}

// NewExplainWith is the explanation in l with each match written by
// match. The confident matches come first, best first, then the guesses:
// a "low" match is what the wizard offers as "might be".
func NewExplainWith[M any](ex diagnose.Explanation, l i18n.Lang, match func(Match) M) Explain[M] {
	out := Explain[M]{
		Lang:          l,
		Matches:       make([]M, 0, len(ex.Matches)+len(ex.Guesses)),
		Codes:         append([]int{}, ex.Codes...),
		Redactions:    ex.Redactions,
		RedactedKinds: append([]diagnose.SecretKind{}, ex.RedactedKinds...),
		DataErrors:    make([]DataError, len(ex.DataErrors)),
		UnknownCodes:  append([]int{}, ex.UnknownCodes...),
		AnyServer:     ex.AnyServer,
		SharedPhrase:  ex.SharedPhrase,
	}
	for _, ms := range [][]diagnose.Match{ex.Matches, ex.Guesses} {
		for _, m := range ms {
			out.Matches = append(out.Matches, match(newMatch(m, l)))
		}
	}
	for i, d := range ex.DataErrors {
		out.DataErrors[i] = DataError{Code: d.Code, Meaning: d.Meaning.In(l)}
	}
	return out
}

func newMatch(m diagnose.Match, l i18n.Lang) Match {
	fix := m.Fix()
	evidence := make([]string, len(m.Evidence))
	for i, e := range m.Evidence {
		evidence[i] = e.Message().In(l)
	}
	return Match{
		ID: m.FixID, Title: fix.Title.In(l), Summary: fix.Summary.In(l),
		Score: m.Score, Confidence: m.Confidence, Evidence: evidence,
	}
}
