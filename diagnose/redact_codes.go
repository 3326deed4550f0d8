package diagnose

import "strings"

// findAuthorizationCodes finds OAuth2 authorization codes: the code
// parameter of a callback URL or token request (`?code=…`, `&code=…`,
// `#code=…`, and behind a separator escaped as `\u0026`, `&amp;`, `%26` or
// `%3F`, with `=` or `%3D`), a logfmt `code=…` that looks like a secret,
// and a JSON "code" string in a text that names the authorization_code
// grant. Fortnox's numeric error codes ("code": 2000663, code=2000663) are
// never touched.
func findAuthorizationCodes(s, lower string, out []span) []span {
	grant := strings.Contains(lower, "authorization_code")
	for from := 0; ; {
		i := strings.Index(lower[from:], "code")
		if i < 0 {
			return out
		}
		start := from + i
		from = start + 4
		if from < len(s) && isAlnum(lower[from]) {
			continue
		}
		var before byte = ' '
		if start > 0 {
			before = s[start-1]
		}
		switch {
		case isQuerySeparator(lower, start):
			vstart, encoded := from, false
			switch {
			case from < len(s) && s[from] == '=':
				vstart++
			case hasFoldPrefix(s[from:], "%3d"):
				vstart += 3
				encoded = true
			default:
				continue
			}
			end := vstart
			for end < len(s) && isQueryValue(s[end]) && !(encoded && endsEncodedValue(s[end:])) {
				end++
			}
			if v := (value{start: vstart, end: end}); v.end > v.start && !v.redacted(s) {
				out = appendSpan(out, newSpan(s, v.start, v.end, SecretAuthorizationCode))
				from = end
			}
		case before == '"' || before == '\'':
			if !grant {
				continue
			}
			if v, ok := valueAfterKey(s, from); ok && v.quoted && !isDigits(s[v.start:v.end]) && !v.redacted(s) && v.end > v.start {
				out = appendSpan(out, newSpan(s, v.start, v.end, SecretAuthorizationCode))
				from = v.end
			}
		case isSpace(before) || start == 0:
			if from < len(s) && s[from] == '=' {
				end := scanWhile(s, from+1, isQueryValue)
				v := s[from+1 : end]
				if len(v) >= 16 && !isDigits(v) && looksSecret(v) && !strings.HasPrefix(v, redactedPrefix) {
					out = appendSpan(out, newSpan(s, from+1, end, SecretAuthorizationCode))
					from = end
				}
			}
		}
	}
}

// isQuerySeparator reports whether the name at lower[start] follows what
// starts a query parameter: ?, & or # (a fragment), or one of them escaped
// for JSON (\u0026), HTML (&amp;) or a URL (%26, %3F, %23).
func isQuerySeparator(lower string, start int) bool {
	if start == 0 {
		return false
	}
	switch lower[start-1] {
	case '?', '&', '#':
		return true
	}
	head := lower[max(0, start-6):start]
	for _, sep := range []string{`\u0026`, `\u003f`, "&amp;", "%26", "%3f", "%23"} {
		if strings.HasSuffix(head, sep) {
			return true
		}
	}
	return false
}
