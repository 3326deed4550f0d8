package diagnose

import (
	"net/url"
	"slices"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/nearest"
)

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
	// token is set when a parameter carries a token (see carriesToken).
	token bool
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
		q.token = q.token || carriesToken(name, value, shown.kinds)
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
		if q.token && isTokenParam(p.Name) {
			// Reported as token-in-url; "did you mean access_type?" for
			// access_token would ask to rename the token (a review).
			continue
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
