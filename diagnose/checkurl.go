package diagnose

import (
	"net/url"
	"slices"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Param is one query parameter of a URL, decoded, as it appeared.
type Param struct {
	Name  string
	Value string
}

// URLReport is what CheckURL found in an activation link.
type URLReport struct {
	// OK reports whether the link has no errors (warnings and notes allowed).
	OK bool
	// URL is the link as read, cleaned (sanitized and redacted).
	URL string
	// Params are the query parameters in order of appearance, values
	// decoded and cleaned: the first MaxParams, each value at most
	// MaxEchoRunes characters.
	Params []Param
	// ParamsLeftOut counts the parameters after the first MaxParams.
	ParamsLeftOut int
	// Scopes are the scopes the link asks for, as written.
	Scopes []string
	// Findings are worst first.
	Findings []Finding
}

// Param returns the first value of a parameter, and whether it was there.
func (r URLReport) Param(name string) (string, bool) {
	i := slices.IndexFunc(r.Params, func(p Param) bool { return p.Name == name })
	if i < 0 {
		return "", false
	}
	return r.Params[i].Value, true
}

// CheckURL lints an OAuth2 activation link against Fortnox's rules for
// https://apps.fortnox.se/oauth-v1/auth: host and path, the required
// client_id, response_type=code, state and scope, the scope list's syntax
// and names (space-separated and URL-encoded; commas, unknown or miscased
// names are errors, near misses get a suggestion), access_type=offline,
// account_type=service, redirect_uri, duplicate and unknown parameters, and
// secrets that do not belong in a link, and invisible characters, which
// Fortnox receives though nobody sees them. Each finding has a severity
// and, where one fits, a fix ID. The link is sanitized and redacted first,
// its invisible characters percent-encoded rather than dropped; the error
// is an *InputError for an empty paste or one above MaxInputBytes.
func CheckURL(paste string) (URLReport, error) {
	if err := checkInput(paste, inputURL); err != nil {
		return URLReport{}, err
	}
	if Classify(paste) == PasteToken {
		// A token read as a link is a host of "[redacted:jwt…]" that Go
		// cannot parse, and a link without https://: neither says what
		// the paste is.
		return URLReport{Findings: []Finding{{Severity: SeverityError, Code: "not-a-link", Message: msg(i18n.DiagURLIsAToken)}}}, nil
	}
	return checkURLRedacted(Redact(Sanitize(encodeInvisible(paste)))), nil
}

// checkURLRedacted is CheckURL of a paste already checked, sanitized and
// redacted (by Read).
func checkURLRedacted(red Redaction) URLReport {
	var fs findings
	raw, spaced := extractURL(red.Text)
	if !looksLikeLink(raw) {
		// Words without a host, a path or a query: listing everything an
		// activation link lacks would only bury the one thing to say.
		return URLReport{Findings: []Finding{{Severity: SeverityError, Code: "not-a-link", Message: msg(i18n.DiagURLNotALink)}}}
	}
	if spaced {
		fs.add(SeverityError, "unencoded-spaces", "unsupported-scope", msg(i18n.DiagURLUnencodedSpaces))
		raw = strings.ReplaceAll(raw, " ", "%20")
	}
	if strings.Contains(raw, "&amp;") {
		// Copied from HTML: the parameters after the first are named
		// amp;scope, amp;state … as Fortnox would read them.
		fs.add(SeverityError, "html-escaped", "", msg(i18n.DiagURLHTMLEscaped))
		raw = strings.ReplaceAll(raw, "&amp;", "&")
	}
	if !hasScheme(raw) {
		fs.add(SeverityWarning, "missing-scheme", "", msg(i18n.DiagURLMissingScheme))
		raw = "https://" + strings.TrimPrefix(raw, "//")
	}
	report := URLReport{URL: echoURL(raw)}
	u, err := url.Parse(withoutUserinfo(raw))
	if err != nil {
		fs.add(SeverityError, "unparsable", "", msg(i18n.DiagURLUnparsable, urlErrorCause(err)))
		report.Findings = fs.sorted()
		return report
	}
	var queryFindings findings
	q, scopes := checkQuery(u, &queryFindings)
	report.Params, report.Scopes = q.params, scopes
	if q.echo.rewritten {
		// A secret that only decoding showed (an encoded password in
		// redirect_uri, client%255Fsecret=…) is hidden in the link as
		// read too.
		report.URL = echoURL(withQuery(raw, q.echo.b.String()))
	}
	if isCallback(u, q) {
		// A callback is not an activation link: checking it as one would
		// only list everything it lacks.
		fs = findings{{Severity: SeverityError, Code: "callback-url", Message: msg(i18n.DiagURLCallback)}}
		report.Findings = fs.sorted()
		report.Params, report.ParamsLeftOut = echoParams(q)
		return report
	}
	// A secret or a token in the link comes first: whoever saw the link
	// can use it, which matters more than any parameter missing (an
	// outside audit found token-in-url fourth).
	var exposed findings
	if slices.Contains(red.Kinds, SecretClientSecret) || slices.Contains(q.kinds, SecretClientSecret) {
		exposed.add(SeverityError, "secret-in-url", "", msg(i18n.DiagURLSecret))
	}
	if q.token {
		exposed.add(SeverityError, "token-in-url", "", msg(i18n.DiagURLToken))
	}
	fs = append(exposed, fs...)
	checkLocation(u, &fs)
	fs = append(fs, queryFindings...)
	if u.Fragment != "" {
		fs.add(SeverityWarning, "fragment", "", msg(i18n.DiagURLFragment))
	}
	report.OK = !hasErrors(fs)
	report.Findings = fs.echoed().sorted()
	report.Scopes = echoList(report.Scopes)
	report.Params, report.ParamsLeftOut = echoParams(q)
	return report
}

// carriesToken reports whether a parameter carries a token: one named for
// a token (access_token, refresh_token, id_token, token), or a value in
// which the redactor found one. A JWT in state is not one: a signed state
// is a common way to keep the request's context (a code review).
func carriesToken(name, value string, kinds []SecretKind) bool {
	switch {
	case strings.EqualFold(name, "state"):
		return false
	case isTokenParam(name):
		return strings.TrimSpace(value) != ""
	}
	return slices.ContainsFunc(kinds, func(k SecretKind) bool {
		return k == SecretJWT || k == SecretAccessToken || k == SecretRefreshToken || k == SecretBearerToken
	})
}

// isTokenParam reports whether a parameter is named for a token.
func isTokenParam(name string) bool {
	switch strings.ToLower(name) {
	case "access_token", "refresh_token", "id_token", "token":
		return true
	}
	return false
}

// echoParams is the first MaxParams parameters, each value cut to
// MaxEchoRunes characters, and how many are left out.
func echoParams(q query) ([]Param, int) {
	params := q.params
	left := q.total - len(params)
	for i, p := range params {
		params[i] = Param{Name: cutRunes(p.Name, MaxEchoRunes), Value: cutRunes(p.Value, MaxEchoRunes)}
	}
	return params, left
}

// isCallback reports whether the URL is where the user came back to (it
// carries code or error), not an activation link.
func isCallback(u *url.URL, q query) bool {
	if strings.EqualFold(u.Hostname(), flows.AuthorizationHost) && u.Path == flows.AuthorizationPath {
		return false
	}
	return q.has("code") || q.has("error")
}
