package diagnose

import "strings"

// secretKey is a name under which a secret is sent, in lower case, and
// the kind of secret it holds.
type secretKey struct {
	key  string
	kind SecretKind
}

// secretKeys maps the names (in lower case) under which secrets are sent
// as JSON fields, form fields, query parameters, headers, XML elements or
// environment variables to the kind of secret. Each name with a space is
// there also with it percent-encoded (client%20secret, client+secret), as
// a form body or a query string escapes it; other escapes in a name
// (client%5Fsecret, client_s%65cret) are decoded before names are looked
// for.
var secretKeys = withEncodedSeparators([]secretKey{
	{"client_secret", SecretClientSecret},
	{"client-secret", SecretClientSecret},
	{"clientsecret", SecretClientSecret},
	{"refresh_token", SecretRefreshToken},
	{"refresh-token", SecretRefreshToken},
	{"refreshtoken", SecretRefreshToken},
	{"access_token", SecretAccessToken},
	{"access-token", SecretAccessToken},
	{"accesstoken", SecretAccessToken},
	{"access token", SecretAccessToken},
	{"refresh token", SecretRefreshToken},
	{"client secret", SecretClientSecret},
	{"password", SecretPassword},
	{"passwd", SecretPassword},
	{"pwd", SecretPassword},
	{"pass", SecretPassword},
	{"lösenord", SecretPassword},
	// Last, so that the names above that end in it are found first.
	{"secret", SecretClientSecret},
})

// secretOfKey returns the kind of secret a field of this name holds, as a
// decoded JSON object names it ("client_secret", "refreshToken",
// "FORTNOX_CLIENT_SECRET"): a name of secretKeys, alone or after a
// separator, in any case, escaped unreserved characters read as the
// characters (client%5Fsecret).
func secretOfKey(name string) (SecretKind, bool) {
	name, _ = decodeUnreserved(name)
	lower := strings.ToLower(name)
	for _, k := range secretKeys {
		if start := len(lower) - len(k.key); strings.HasSuffix(lower, k.key) && (start == 0 || !isAlnum(lower[start-1])) {
			return k.kind, true
		}
	}
	return "", false
}

// findKeyedSecrets finds values written after a secret's name and a colon
// or equals sign: `"refresh_token": "…"`, `client_secret=…`,
// `Access-Token: …`, `FORTNOX_CLIENT_SECRET=…`, `password=…`; inside the
// name's XML element (`<client_secret>…</client_secret>`); or after a tab,
// as a table copied from a page or a spreadsheet has it. A name followed
// by anything else is prose ("access-token eller client-secret saknas")
// and left alone. A name may carry a form's brackets (client_secret[]=…,
// auth[client_secret]=…). Every name ends in one of a few words
// (keyAnchors), so only those are searched for.
func findKeyedSecrets(s, lower string, out []span) []span {
	for _, g := range keyAnchors {
		for from := 0; ; {
			i := strings.Index(lower[from:], g.anchor)
			if i < 0 {
				break
			}
			end := from + i + len(g.anchor)
			from = end
			for _, k := range g.keys {
				start := end - len(k.key)
				if start < 0 || lower[start:end] != k.key || !keyStarts(lower, start) {
					continue
				}
				// A query parameter named for a secret holds one whatever
				// it looks like (client_secret=mysecretvalue): a link has
				// no prose for a word to be.
				v, ok := keyedValue(s, start, end)
				if !ok {
					// client_secret[]=…, auth[client_secret]=…
					if after := skipIndexBrackets(lower, start, end); after > end {
						v, ok = valueAfterKey(s, after)
					}
				}
				if ok && (v.secret(s, k.kind) || isQuerySeparator(lower, start) && v.present(s)) {
					out = appendSpan(out, newSpan(s, v.start, v.end, k.kind))
					from = v.end
				}
				break
			}
		}
	}
	return out
}
