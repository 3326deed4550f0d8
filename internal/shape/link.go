package shape

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Link is what the link check read from an activation link:
// `check-url --json`, and check_activation_url's answer. Its verdict is the
// one the text output gives (report.Verdict, which this package is below:
// callers add it with WithVerdict); it and the language were the MCP
// answer's alone.
type Link struct {
	Lang    i18n.Lang `json:"lang"`
	OK      bool      `json:"ok" jsonschema:"true when the link has no errors (warnings allowed)"`
	Verdict Verdict   `json:"verdict" jsonschema:"the findings summed up in one sentence"`
	// URL is empty when the input holds no link at all: the finding
	// not-a-link says so, and there is nothing to echo.
	URL    string            `json:"url" jsonschema:"the link as read, secrets redacted; empty when the input holds no link (finding not-a-link)"`
	Params map[string]string `json:"params" jsonschema:"the query parameters, decoded, the first value of each"`
	// ParamsLeftOut counts the parameters after the first
	// diagnose.MaxParams, which Params leaves out.
	ParamsLeftOut int       `json:"params_left_out" jsonschema:"how many parameters after the first 64 params leaves out; 0 when it holds them all"`
	Scopes        []string  `json:"scopes" jsonschema:"the scopes the link asks for, as written"`
	Findings      []Finding `json:"findings" jsonschema:"what is wrong or worth knowing, worst first"`
}

// Verdict sums up a link's findings: the worst severity among them and a
// sentence that counts them.
type Verdict struct {
	Severity diagnose.Severity `json:"severity"`
	Message  string            `json:"message"`
}

// WithVerdict is the link with its verdict, as report.Verdict gives it:
// shape.NewLink(r, l).WithVerdict(report.Verdict(r, l)).
func (k Link) WithVerdict(severity diagnose.Severity, message string) Link {
	k.Verdict = Verdict{Severity: severity, Message: message}
	return k
}

// NewLink is the report in l, without its verdict (see WithVerdict).
func NewLink(r diagnose.URLReport, l i18n.Lang) Link {
	out := Link{
		Lang:          l,
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
