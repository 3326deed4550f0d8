package shape

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Finding is one thing the link check or the token reader noticed.
type Finding struct {
	Severity diagnose.Severity `json:"severity" jsonschema:"error, warning or info"`
	Code     string            `json:"code" jsonschema:"the finding's stable name"`
	Message  string            `json:"message" jsonschema:"what is wrong and what to do"`
	FixID    string            `json:"fix_id" jsonschema:"the fix that explains it, for show_fix; empty when no fix does"`
}

// NewFindings is the findings in l, in their order (worst first).
func NewFindings(fs []diagnose.Finding, l i18n.Lang) []Finding {
	out := make([]Finding, len(fs))
	for i, f := range fs {
		out[i] = Finding{Severity: f.Severity, Code: f.Code, Message: f.Message.In(l), FixID: f.FixID}
	}
	return out
}
