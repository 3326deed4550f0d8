package shape

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Link is what the link check read from an activation link:
// `check-url --json`, and the shared part of check_activation_url's
// answer.
type Link struct {
	OK     bool              `json:"ok" jsonschema:"true when the link has no errors (warnings allowed)"`
	URL    string            `json:"url" jsonschema:"the link as read, secrets redacted"`
	Params map[string]string `json:"params" jsonschema:"the query parameters, decoded, the first value of each"`
	// ParamsLeftOut counts the parameters after the first
	// diagnose.MaxParams, which Params leaves out.
	ParamsLeftOut int       `json:"params_left_out" jsonschema:"how many parameters after the first 64 params leaves out; 0 when it holds them all"`
	Scopes        []string  `json:"scopes" jsonschema:"the scopes the link asks for, as written"`
	Findings      []Finding `json:"findings" jsonschema:"what is wrong or worth knowing, worst first"`
}

// NewLink is the report in l.
func NewLink(r diagnose.URLReport, l i18n.Lang) Link {
	out := Link{
		OK:            r.OK,
		URL:           r.URL,
		Params:        map[string]string{},
		ParamsLeftOut: r.ParamsLeftOut,
		Scopes:        append([]string{}, r.Scopes...),
		Findings:      NewFindings(r.Findings, l),
	}
	for _, p := range r.Params {
		if _, seen := out.Params[p.Name]; !seen {
			out.Params[p.Name] = p.Value
		}
	}
	return out
}
