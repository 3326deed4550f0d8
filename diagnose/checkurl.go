package diagnose

import (
	"errors"
	"net/url"
	"slices"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/nearest"
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
		fs.add(SeverityError, "unparsable", "", msg(i18n.DiagURLUnparsable, Quote(unwrapURLError(err), MaxEchoRunes)))
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
	checkLocation(u, &fs)
	fs = append(fs, queryFindings...)
	if slices.Contains(red.Kinds, SecretClientSecret) || slices.Contains(q.kinds, SecretClientSecret) {
		fs.add(SeverityError, "secret-in-url", "", msg(i18n.DiagURLSecret))
	}
	if u.Fragment != "" {
		fs.add(SeverityWarning, "fragment", "", msg(i18n.DiagURLFragment))
	}
	report.OK = !hasErrors(fs)
	report.Findings = fs.echoed().sorted()
	report.Scopes = echoList(report.Scopes)
	report.Params, report.ParamsLeftOut = echoParams(q)
	return report
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

// extractURL finds the link in a paste: the first line with an address,
// from http(s):// or apps.fortnox.se to the end of the address. Scope names
// after unencoded spaces ("scope=invoice customer") are kept, and reported.
// hasScheme reports whether a link starts with a scheme (https://): a
// "://" before the first slash, question mark or hash, so that one inside
// the query (redirect_uri=http://…) does not count.
func hasScheme(raw string) bool {
	i := strings.Index(raw, "://")
	j := strings.IndexAny(raw, "/?#")
	return i > 0 && i <= j
}

// looksLikeLink reports whether extracted text could be a link at all: it
// has a scheme, a dot (a host), a path or a query.
func looksLikeLink(raw string) bool { return strings.ContainsAny(raw, ".:/?=") }

func extractURL(text string) (string, bool) {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	line := strings.TrimSpace(lines[0])
	for _, l := range lines {
		if strings.Contains(l, "://") || strings.Contains(strings.ToLower(l), flows.AuthorizationHost) {
			line = strings.TrimSpace(l)
			break
		}
	}
	lower := strings.ToLower(line)
	start := -1
	for _, marker := range []string{"https://", "http://", flows.AuthorizationHost} {
		if i := strings.Index(lower, marker); i >= 0 && (start < 0 || i < start) {
			start = i
		}
	}
	if start < 0 {
		start = 0
	}
	line = line[start:]
	if end := strings.IndexAny(line, "\"'`<>"); end >= 0 {
		line = line[:end]
	}
	pieces := strings.Fields(line)
	if len(pieces) == 0 {
		return "", false
	}
	// A Builder, not +=, so that a link of a million scope names takes
	// linear time.
	var out strings.Builder
	out.WriteString(pieces[0])
	spaced := false
	for _, p := range pieces[1:] {
		if _, known := flows.LookupScope(strings.TrimRight(p, ",&")); !known && !strings.Contains(p, "=") {
			break
		}
		out.WriteByte(' ')
		out.WriteString(p)
		spaced = true
	}
	return out.String(), spaced
}

// withoutUserinfo is a link without the userinfo of its authority
// (https://id:secret@host): its password is a placeholder by now, which
// no URL parser takes, and nothing in it is checked.
func withoutUserinfo(raw string) string {
	i := strings.Index(raw, "://")
	if i < 0 || !hasScheme(raw) {
		return raw
	}
	auth := i + len("://")
	end := len(raw)
	if j := strings.IndexAny(raw[auth:], "/?#"); j >= 0 {
		end = auth + j
	}
	at := strings.LastIndexByte(raw[auth:end], '@')
	if at < 0 {
		return raw
	}
	return raw[:auth] + raw[auth+at+1:]
}

func unwrapURLError(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}

// isCallback reports whether the URL is where the user came back to (it
// carries code or error), not an activation link.
func isCallback(u *url.URL, q query) bool {
	if strings.EqualFold(u.Hostname(), flows.AuthorizationHost) && u.Path == flows.AuthorizationPath {
		return false
	}
	return q.has("code") || q.has("error")
}

// checkLocation checks the scheme, host and path. They are cleaned before
// they are shown, as decoding the URL can bring back control characters,
// and show their invisible characters (/oauth-v1/auth<U+200B> is not the
// path, though it looks it).
func checkLocation(u *url.URL, fs *findings) {
	if u.Scheme != "https" {
		fs.add(SeverityError, "scheme-not-https", "", msg(i18n.DiagURLScheme, Clean(u.Scheme)))
	}
	host := strings.ToLower(u.Hostname())
	if host != flows.AuthorizationHost {
		fs.add(SeverityError, "wrong-host", "", msg(i18n.DiagURLHost, Clean(showInvisible(host)), flows.AuthorizationHost))
	}
	// Fortnox's login answers on https's own port; a browser sent to
	// another finds nothing there.
	if p := u.Port(); p != "" && p != "443" {
		fs.add(SeverityError, "wrong-port", "", msg(i18n.DiagURLPort, Quote(p, MaxEchoRunes), flows.AuthorizationHost))
	}
	if u.Path == flows.AuthorizationPath {
		return
	}
	for _, wrong := range flows.KnownWrongAuthorizationPaths() {
		if strings.EqualFold(strings.TrimSuffix(u.Path, "/"), wrong.Path) {
			fs.add(SeverityError, "wrong-path", "", Message{Text: wrong.Why})
			return
		}
	}
	fs.add(SeverityError, "wrong-path", "", msg(i18n.DiagURLPath, Clean(showInvisible(u.Path)), flows.AuthorizationPath))
}

// query is what checkQuery read from a link's query string.
type query struct {
	// params are the first MaxParams parameters, in order.
	params []Param
	// total counts every parameter.
	total int
	// firstValue holds the first value of each parameter checked: the
	// first MaxParams names, and every name Fortnox knows.
	firstValue map[string]string
	// secret holds the kind of secret each parameter checked is named
	// for (see paramSecret).
	secret map[string]SecretKind
	// kinds are the kinds of secret hidden in any parameter, each once.
	kinds []SecretKind
	// echo is the query string as the link as read shows it.
	echo *queryEcho
}

// has reports whether the link has the parameter (among those checked).
func (q query) has(name string) bool { _, ok := q.firstValue[name]; return ok }

// checkQuery reads the query string in order, decoding each value, and
// checks every parameter. It returns the parameters and the scopes. Only
// the first MaxParams names (and every name Fortnox knows) are tracked and
// checked, so that a link of a hundred thousand parameters costs no more
// than reading it.
func checkQuery(u *url.URL, fs *findings) (query, []string) {
	known := flows.AuthorizationParams()
	knownNames := make([]string, len(known))
	for i, p := range known {
		knownNames[i] = p.Name
	}
	special := func(name string) bool {
		return name == "code" || name == "error" || name == "client_secret" || slices.Contains(knownNames, name)
	}
	q := query{firstValue: map[string]string{}, secret: map[string]SecretKind{}, echo: &queryEcho{}}
	count := map[string]int{}
	var order []string // the tracked names, in order of first appearance
	start := 0         // where the piece starts in u.RawQuery
	// A mistake a link can make in every parameter is written out for
	// the first maxPerCode, and the rest counted, so that a link of a
	// hundred thousand such parameters costs no more than reading it.
	perParam := map[string]int{}
	addPerParam := func(code, fixID string, m func() Message) {
		if perParam[code]++; perParam[code] <= maxPerCode {
			fs.add(SeverityError, code, fixID, m())
		}
	}
	for piece := range strings.SplitSeq(u.RawQuery, "&") {
		if start > 0 {
			q.echo.sep()
		}
		end := start + len(piece)
		pieceStart := start
		start = end + 1
		if piece == "" {
			continue
		}
		rawName, rawValue, _ := strings.Cut(piece, "=")
		name, err1 := url.QueryUnescape(rawName)
		value, err2 := url.QueryUnescape(rawValue)
		if err1 != nil || err2 != nil {
			addPerParam("bad-encoding", "", func() Message { return msg(i18n.DiagURLBadEncoding, rawName) })
			name, value = rawName, rawValue
		}
		// Decoding can bring back what cleaning removed (%1B, %E2%80%8B,
		// an encoded secret): show and clean again.
		shown := showParam(name, value)
		q.echo.add(u.RawQuery, pieceStart, end, shown)
		for _, k := range shown.kinds {
			if !slices.Contains(q.kinds, k) {
				q.kinds = append(q.kinds, k)
			}
		}
		if n := len(shown.invisible); n > 0 {
			addPerParam("invisible-character", invisibleFix(Sanitize(name)), func() Message {
				if n > 1 {
					return msg(i18n.DiagURLInvisibleMany, shown.Name, strings.Join(shown.invisible, " "))
				}
				return msg(i18n.DiagURLInvisible, shown.Name, shown.invisible[0])
			})
		}
		name, value = shown.Name, shown.Value
		q.total++
		if len(q.params) < MaxParams {
			q.params = append(q.params, Param{Name: name, Value: value})
		}
		if _, tracked := count[name]; tracked || len(order) < MaxParams || special(name) {
			if !tracked {
				order = append(order, name)
				q.firstValue[name] = value
				if shown.secret != "" {
					q.secret[name] = shown.secret
				}
			}
			count[name]++
		}
	}
	for _, code := range []string{"bad-encoding", "invisible-character"} {
		if n := perParam[code] - maxPerCode; n > 0 {
			*fs = append(*fs, more(SeverityError, code, n))
		}
	}
	first := func(name string) (string, bool) {
		v, ok := q.firstValue[name]
		return v, ok
	}
	params := order

	miscased := map[string]bool{}
	// No activation link has this many: the rest are counted, not each
	// looked at and quoted.
	notChecked := q.total
	for _, n := range count {
		notChecked -= n
	}
	for _, name := range params {
		p := Param{Name: name}
		if n := count[p.Name]; n > 1 {
			fs.add(SeverityError, "duplicate-param", "", msg(i18n.DiagURLDuplicate, p.Name, n))
		}
		if slices.Contains(knownNames, p.Name) || p.Name == "code" || p.Name == "error" {
			continue
		}
		if q.secret[p.Name] == SecretClientSecret && slices.Contains(q.kinds, SecretClientSecret) {
			continue // reported once as secret-in-url
		}
		if i := slices.IndexFunc(knownNames, func(k string) bool { return strings.EqualFold(k, p.Name) }); i >= 0 {
			miscased[knownNames[i]] = true
			fs.add(SeverityError, "param-case", "", msg(i18n.DiagURLParamCase, p.Name, knownNames[i]))
			continue
		}
		if near, ok := nearest.Match(p.Name, knownNames, 3); ok {
			miscased[near] = true
			fs.add(SeverityError, "unknown-param", "", msg(i18n.DiagURLUnknownParamNear, p.Name, near))
			continue
		}
		fs.add(SeverityWarning, "unknown-param", "", msg(i18n.DiagURLUnknownParam, p.Name))
	}

	if notChecked > 0 {
		fs.add(SeverityWarning, "too-many-params", "", msg(i18n.DiagURLTooManyParams, notChecked, MaxParams))
	}
	for _, kp := range known {
		v, ok := first(kp.Name)
		switch {
		case !ok && kp.Required && !miscased[kp.Name]:
			fs.add(SeverityError, "missing-"+kebab(kp.Name), requiredFix(kp.Name), msg(i18n.DiagURLMissing, kp.Name, kp.About))
		case ok && kp.Required && strings.TrimSpace(v) == "":
			fs.add(SeverityError, "empty-"+kebab(kp.Name), requiredFix(kp.Name), msg(i18n.DiagURLEmpty, kp.Name, kp.About))
		}
	}

	if v, ok := first("response_type"); ok && v != "" && v != "code" {
		rt, _ := flows.LookupAuthorizationParam("response_type")
		fs.add(SeverityError, "response-type", "", msg(i18n.DiagURLValue, "response_type", v, rt.About))
	}
	at, _ := flows.LookupAuthorizationParam("access_type")
	switch v, ok := first("access_type"); {
	case !ok && !miscased["access_type"]:
		fs.add(SeverityWarning, "missing-access-type", "", msg(i18n.DiagURLNoOffline, at.About))
	case ok && v != at.Value:
		fs.add(SeverityError, "access-type", "", msg(i18n.DiagURLValue, "access_type", v, at.About))
	}
	if v, ok := first("account_type"); ok {
		act, _ := flows.LookupAuthorizationParam("account_type")
		if strings.EqualFold(v, act.Value) {
			fs.add(SeverityInfo, "service-account", "service-account-not-allowed", msg(i18n.DiagURLServiceAccount, act.About))
		} else {
			fs.add(SeverityError, "account-type", "service-account-not-allowed", msg(i18n.DiagURLValue, "account_type", v, act.About))
		}
	}
	checkRedirectURI(first, fs)

	var scopes []string
	if v, ok := first("scope"); ok && strings.TrimSpace(v) != "" {
		scopes = checkScopes(v, fs)
	}
	return q, scopes
}

// requiredFix is the fix for a missing or empty required parameter, where
// one fits.
func requiredFix(name string) string {
	switch name {
	case "client_id":
		return "invalid-auth-code-or-clientid"
	case "scope":
		return "unsupported-scope"
	}
	return ""
}

// invisibleFix is the fix for an invisible character in a parameter of
// this name (the character dropped), where one fits: what Fortnox answers
// when the parameter is not what it looks like.
func invisibleFix(name string) string {
	if name == "redirect_uri" {
		return "redirect-uri-mismatch"
	}
	return requiredFix(name)
}

func kebab(name string) string { return strings.ReplaceAll(name, "_", "-") }

// checkRedirectURI checks redirect_uri: absent, double-encoded, not an
// https URL, or with a fragment; when present, it must also equal the
// portal's, which no link can show.
func checkRedirectURI(first func(string) (string, bool), fs *findings) {
	v, ok := first("redirect_uri")
	if !ok {
		fs.add(SeverityInfo, "no-redirect-uri", "redirect-uri-mismatch", msg(i18n.DiagURLNoRedirect))
		return
	}
	lower := strings.ToLower(v)
	if strings.HasPrefix(lower, "https%3a") || strings.HasPrefix(lower, "http%3a") {
		fs.add(SeverityError, "redirect-uri-double-encoded", "redirect-uri-mismatch", msg(i18n.DiagURLRedirectDoubleEncoded, v))
		return
	}
	// A userinfo's password is a placeholder by now, which no URL parser
	// takes; the rest is checked as with the link itself.
	ru, err := url.Parse(withoutUserinfo(v))
	if err != nil || !ru.IsAbs() || ru.Host == "" {
		fs.add(SeverityError, "redirect-uri-invalid", "redirect-uri-mismatch", msg(i18n.DiagURLRedirectInvalid, v))
		return
	}
	if ru.Scheme != "https" {
		fs.add(SeverityError, "redirect-uri-not-https", "redirect-uri-mismatch", msg(i18n.DiagURLRedirectScheme, v))
	}
	if ru.Fragment != "" || strings.Contains(v, "#") {
		fs.add(SeverityError, "redirect-uri-fragment", "redirect-uri-mismatch", msg(i18n.DiagURLRedirectFragment))
	}
	fs.add(SeverityInfo, "redirect-uri-must-match", "redirect-uri-mismatch", msg(i18n.DiagURLRedirectMatch, v))
}

// checkScopes checks the scope list: separators, names and their case,
// duplicates, and the warehouse trio, in the decoded value.
func checkScopes(decoded string, fs *findings) []string {
	if strings.Contains(decoded, ",") {
		fixed := strings.Join(strings.FieldsFunc(decoded, func(r rune) bool { return r == ',' || r == ' ' }), "%20")
		fs.add(SeverityError, "scope-commas", "unsupported-scope", msg(i18n.DiagURLScopeCommas, "scope="+fixed))
	}
	if strings.ContainsAny(decoded, ";|") {
		fs.add(SeverityError, "scope-separator", "unsupported-scope", msg(i18n.DiagURLScopeSeparator))
	}
	scopes := strings.FieldsFunc(decoded, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '|' || r == '\t' })
	names := flows.ScopeNames()
	seen, duplicated := map[string]bool{}, map[string]bool{}
	unknown := 0
	for _, s := range scopes {
		if seen[s] {
			if !duplicated[s] {
				duplicated[s] = true
				fs.add(SeverityWarning, "scope-duplicate", "", msg(i18n.DiagURLScopeDuplicate, s))
			}
			continue
		}
		seen[s] = true
		if _, ok := flows.LookupScope(s); !ok {
			unknown++
			if unknown > maxPerCode {
				// Counted by capped; looking for a near name costs time
				// and the message is not shown.
				fs.add(SeverityError, "unknown-scope", "unsupported-scope", Message{})
				continue
			}
		}
		if sc, ok := flows.LookupScope(s); ok {
			if !sc.Public {
				fs.add(SeverityInfo, "scope-not-public", "", msg(i18n.DiagURLScopeNotPublic, s))
			}
			continue
		}
		if i := slices.IndexFunc(names, func(n string) bool { return strings.EqualFold(n, s) }); i >= 0 {
			fs.add(SeverityError, "scope-case", "unsupported-scope", msg(i18n.DiagURLScopeCase, s, names[i]))
			continue
		}
		if near, ok := nearScope(s, names); ok {
			fs.add(SeverityError, "unknown-scope", "unsupported-scope", msg(i18n.DiagURLScopeUnknownNear, s, near))
			continue
		}
		fs.add(SeverityError, "unknown-scope", "unsupported-scope", msg(i18n.DiagURLScopeUnknown, s))
	}
	if seen["warehouse"] {
		var missing []string
		for _, w := range flows.WarehouseScopes() {
			if !seen[w] {
				missing = append(missing, w)
			}
		}
		if len(missing) > 0 {
			fs.add(SeverityWarning, "warehouse-scopes", "missing-rights-warehouse", msg(i18n.DiagURLWarehouse, strings.Join(missing, ", ")))
		}
	}
	if len(scopes) > 0 {
		fs.add(SeverityInfo, "scopes-in-portal", "unsupported-scope", msg(i18n.DiagURLScopesInPortal))
	}
	return scopes
}

// nearScope suggests the scope a mistyped name was meant to be: within two
// edits ("invoices" → invoice), or one that it starts ("companyinfo" →
// companyinformation).
func nearScope(s string, names []string) (string, bool) {
	if near, ok := nearest.Match(s, names, 2); ok {
		return near, true
	}
	lower := strings.ToLower(s)
	if len(lower) < 4 {
		return "", false
	}
	for _, n := range names {
		if strings.HasPrefix(n, lower) || strings.HasPrefix(lower, n) {
			return n, true
		}
	}
	return "", false
}
