package diagnose

import (
	"cmp"
	"encoding/base64"
	"slices"
	"strings"
	"unicode/utf8"
)

// SecretKind names a kind of secret Redact removes. The names are stable:
// they appear in JSON output and in the placeholders.
type SecretKind string

// The kinds of secret Redact recognises.
const (
	SecretJWT               SecretKind = "jwt"
	SecretRefreshToken      SecretKind = "refresh-token"
	SecretAccessToken       SecretKind = "access-token"
	SecretClientSecret      SecretKind = "client-secret"
	SecretAuthorizationCode SecretKind = "authorization-code"
	SecretBasicCredentials  SecretKind = "basic-credentials"
	SecretBearerToken       SecretKind = "bearer-token"
	// SecretPassword is a value named a password (password=, pwd=,
	// "password": …, <password>…</password>, Lösenord: …).
	SecretPassword SecretKind = "password"
	// SecretToken is a value that looks like a secret without saying
	// which: a bare UUID (Fortnox's refresh tokens are UUIDs), a long
	// random-looking string such as a JWT's signature on its own.
	SecretToken SecretKind = "token"
)

// priority decides the kind of two overlapping secrets: the more specific
// wins (a Bearer header holding a JWT is a JWT).
func (k SecretKind) priority() int {
	switch k {
	case SecretJWT:
		return 3
	case SecretBearerToken, SecretBasicCredentials:
		return 1
	case SecretToken:
		return 0
	}
	return 2
}

// Redaction is text with its secrets replaced, and what was replaced.
type Redaction struct {
	// Text is the input with every secret replaced by a placeholder such as
	// [redacted:refresh-token…9f3a], which names the kind and, for a long
	// enough secret, its last four characters so the user can tell which
	// one it was. A JWT shows the end of its claims part, never of its
	// signature.
	Text string
	// Count is how many secrets were replaced.
	Count int
	// Kinds are the kinds replaced, each once, in order of first appearance.
	Kinds []SecretKind
}

// Any reports whether anything was redacted.
func (r Redaction) Any() bool { return r.Count > 0 }

// redactedPrefix starts every placeholder; a value that starts with it has
// been redacted already.
const redactedPrefix = "[redacted:"

// placeholderMax is the length of the longest placeholder: the prefix, the
// longest kind, an ellipsis and a four-letter hint, and the bracket.
const placeholderMax = len(redactedPrefix) + len(SecretAuthorizationCode) + len("…") + 4 + len("]")

// Redact replaces the secrets in s: JWTs, access and refresh tokens,
// client secrets, passwords, authorization codes in URLs and request
// bodies, Authorization Basic and Bearer credentials, the password of a
// URL's userinfo (also of a URL percent-encoded in a parameter), and the
// legacy Access-Token and Client-Secret headers, also where a line break
// splits them. A secret found once is also replaced wherever else it
// occurs. Escapes of unreserved characters are read as the characters
// (client_s%65cret=… is client_secret=…), as RFC 3986 has them. Redact is
// idempotent, and runs on text that has been through Sanitize.
func Redact(s string) Redaction { return redact(s, true) }

// redact is Redact; bare says whether to hide bare UUIDs and random-looking
// strings too, which a decoded JWT claim (a userId) is not worth hiding for.
func redact(s string, bare bool) Redaction {
	if len(s) < len("-u a:b") {
		return Redaction{Text: s} // too short to hold any secret Redact finds
	}
	// The finders read the text with escaped unreserved characters
	// decoded (client_s%65cret is client_secret); what is hidden is mapped
	// back onto the text as given.
	given := s
	s, escapes := decodeUnreserved(s)
	lower := asciiLower(s)
	// Every finder appends to one list, so that a paste of a hundred
	// thousand secrets is not copied from list to list.
	spans := findJWTs(s, nil)
	spans = findKeyedSecrets(s, lower, spans)
	spans = findAuthorizationCodes(s, lower, spans)
	spans = findSchemeCredentials(s, lower, spans)
	spans = findCurlUsers(s, lower, spans)
	spans = findURLCredentials(s, spans)
	spans = findEncodedURLCredentials(s, lower, spans)
	if bare {
		spans = findBareTokens(s, spans)
	}
	if len(spans) == 0 {
		return Redaction{Text: given}
	}
	found := slices.Clone(spans)
	spans = mergeSpans(spans)
	if repeats := findRepeats(s, found, spans); len(repeats) > 0 {
		// Both are sorted by start: merge them so, then join overlaps.
		spans = mergeSpans(mergeSorted(spans, repeats))
	}
	escapes.toOriginal(spans)
	s = given

	var b strings.Builder
	// A placeholder is longer than a short secret: room for the longest
	// ("[redacted:authorization-code…abcd]") in place of each.
	b.Grow(len(s) + len(spans)*placeholderMax)
	r := Redaction{Count: len(spans)}
	prev := 0
	for _, sp := range spans {
		b.WriteString(s[prev:sp.start])
		writePlaceholder(&b, sp.kind, sp.hint)
		prev = sp.end
		if !slices.Contains(r.Kinds, sp.kind) {
			r.Kinds = append(r.Kinds, sp.kind)
		}
	}
	b.WriteString(s[prev:])
	r.Text = b.String()
	return r
}

// writePlaceholder writes what stands for a secret of the kind: its kind
// and, when there is one, the hint that tells it apart.
func writePlaceholder(b *strings.Builder, kind SecretKind, hint string) {
	b.WriteString(redactedPrefix)
	b.WriteString(string(kind))
	if hint != "" {
		b.WriteString("…")
		b.WriteString(hint)
	}
	b.WriteByte(']')
}

// Clean is what every output path does with pasted text: Sanitize, then
// Redact, keeping the text.
func Clean(s string) string { return Redact(Sanitize(s)).Text }

// span is one secret's place in the text.
type span struct {
	start, end int
	kind       SecretKind
	// hint is what the placeholder shows of the secret: its last four
	// characters when it is long enough that they give nothing away.
	hint string
}

func newSpan(s string, start, end int, kind SecretKind) span {
	return span{start: start, end: end, kind: kind, hint: lastFour(unwrap(s[start:end]))}
}

// unwrap is a secret that a line break splits, without the break and the
// indent after it.
func unwrap(v string) string {
	if strings.IndexByte(v, '\n') < 0 {
		return v
	}
	return strings.Map(dropBlank, v)
}

// lastFour returns the last four characters of a secret of at least 12,
// else nothing.
func lastFour(v string) string {
	if utf8.RuneCountInString(v) < 12 {
		return ""
	}
	i := len(v)
	for range 4 {
		_, size := utf8.DecodeLastRuneInString(v[:i])
		i -= size
	}
	return v[i:]
}

// mergeSorted merges two lists of spans sorted by start into one.
func mergeSorted(a, b []span) []span {
	out := make([]span, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0].start < a[0].start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// sortSpans sorts spans by start, the longest first among equal starts. A
// paste can hold a hundred thousand secrets, so many spans are sorted by
// their start's digits (a radix sort, radixBits at a time: linear in the
// spans, with a small table whatever the paste's length) rather than by
// comparing.
func sortSpans(spans []span) {
	byEnd := func(a, b span) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) }
	if slices.IsSortedFunc(spans, byEnd) {
		return
	}
	if len(spans) < 256 {
		slices.SortFunc(spans, byEnd)
		return
	}
	last := 0
	for _, sp := range spans {
		last = max(last, sp.start)
	}
	// Each pass orders by one digit, keeping the order of equal digits
	// from the pass before: after the last, by the whole start.
	from, to := spans, make([]span, len(spans))
	var count [1<<radixBits + 1]int32
	for shift := 0; shift == 0 || last>>shift > 0; shift += radixBits {
		clear(count[:])
		for _, sp := range from {
			count[(sp.start>>shift)&radixMask+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, sp := range from {
			d := (sp.start >> shift) & radixMask
			to[count[d]] = sp
			count[d]++
		}
		from, to = to, from
	}
	// Spans that start together are few: sort each such run by end.
	for i := 0; i < len(from); {
		j := i + 1
		for j < len(from) && from[j].start == from[i].start {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(from[i:j], byEnd)
		}
		i = j
	}
	copy(spans, from)
}

// radixBits is how many bits of a start each pass of sortSpans orders by.
const (
	radixBits = 11
	radixMask = 1<<radixBits - 1
)

// appendSpan appends sp to the finders' list, doubling it when it is
// full: append grows a long list by a quarter at a time, which copies a
// paste's hundred thousand spans over and over.
func appendSpan(out []span, sp span) []span {
	if len(out) == cap(out) {
		out = slices.Grow(out, max(len(out), 16))
	}
	return append(out, sp)
}

// mergeSpans sorts spans and joins overlapping ones, keeping the more
// specific kind. The hint is a JWT's when the kind is JWT (the end of its
// claims), else that of the span that reaches furthest: the last four of
// the joined secret, not of a part of it (a key's value that a line break
// cut, inside a UUID that goes on).
func mergeSpans(spans []span) []span {
	sortSpans(spans)
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && sp.start < out[n-1].end {
			last := &out[n-1]
			if sp.kind.priority() > last.kind.priority() {
				last.kind = sp.kind
				if sp.kind == SecretJWT {
					last.hint = sp.hint
				}
			}
			if sp.end > last.end && last.kind != SecretJWT {
				last.hint = sp.hint
			}
			last.end = max(last.end, sp.end)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// dropBlank drops the blanks and line breaks a wrapped secret holds.
func dropBlank(r rune) rune {
	if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
		return -1
	}
	return r
}

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

// findSchemeCredentials finds `Bearer <token>` anywhere and `Basic
// <base64>` after an Authorization header name or when the base64 holds a
// user:password pair (so "Basic plan" stays).
func findSchemeCredentials(s, lower string, out []span) []span {
	for _, scheme := range []string{"bearer", "basic"} {
		for from := 0; ; {
			i := strings.Index(lower[from:], scheme)
			if i < 0 {
				break
			}
			start := from + i
			from = start + len(scheme)
			if start > 0 && isAlnum(lower[start-1]) {
				continue
			}
			vstart := scanWhile(s, from, isBlank)
			if vstart < len(s) && s[vstart] == '\n' && afterAuthorizationHeader(lower, start) {
				// `Authorization: Basic` with the value wrapped onto the
				// next line.
				vstart = scanWhile(s, vstart+1, isBlank)
			}
			if vstart == from {
				continue
			}
			if scheme == "bearer" {
				end := scanWhile(s, vstart, isB64Token)
				tok := strings.TrimRight(s[vstart:end], "=")
				// `Bearer error="invalid_token"` is a challenge, not a token.
				if end < len(s) && s[end] == '"' && strings.HasSuffix(s[vstart:end], "=") {
					continue
				}
				if len(tok) >= 8 && looksSecret(tok) {
					out = appendSpan(out, newSpan(s, vstart, end, SecretBearerToken))
					from = end
				}
				continue
			}
			end := scanWhile(s, vstart, isBase64Std)
			v := s[vstart:end]
			if len(v) < 8 {
				continue
			}
			if afterAuthorizationHeader(lower, start) || holdsCredentials(v) {
				out = appendSpan(out, newSpan(s, vstart, end, SecretBasicCredentials))
				from = end
			}
		}
	}
	return out
}

// afterAuthorizationHeader reports whether the word at start follows an
// Authorization header name on the same line.
// Only the 40 bytes before the word are read, so that a long line of
// matches is not read again for each.
func afterAuthorizationHeader(lower string, start int) bool {
	head := lower[max(0, start-40):start]
	if nl := strings.LastIndexByte(head, '\n'); nl >= 0 {
		head = head[nl+1:]
	}
	return strings.Contains(head, "authorization")
}

// findCurlUsers finds the password in curl's `-u user:password` and
// `--user user:password` (quoted or not); the user stays, as it helps to
// see which client it was.
func findCurlUsers(s, lower string, out []span) []span {
	for _, flag := range []string{"-u", "--user"} {
		for from := 0; ; {
			i := strings.Index(lower[from:], flag)
			if i < 0 {
				break
			}
			start := from + i
			from = start + len(flag)
			if start > 0 && !isSpace(s[start-1]) && s[start-1] != '\'' && s[start-1] != '"' {
				continue
			}
			if flag == "-u" && start > 0 && s[start-1] == '-' {
				continue
			}
			v := from
			switch {
			case v < len(s) && s[v] == '=' && flag == "--user":
				v++
			case v < len(s) && isBlank(s[v]):
				v = scanWhile(s, v, isBlank)
			case flag == "-u" && v < len(s) && s[v] != '-':
				// -uuser:password, as curl also reads it
			default:
				continue
			}
			v = skipQuote(s, v)
			end := v
			for end < len(s) && !isSpace(s[end]) && s[end] != '"' && s[end] != '\'' {
				end++
			}
			colon := strings.IndexByte(s[v:end], ':')
			if colon < 1 || v+colon+1 >= end || strings.HasPrefix(s[v+colon+1:], redactedPrefix) {
				continue
			}
			out = appendSpan(out, newSpan(s, v+colon+1, end, SecretBasicCredentials))
			from = end
		}
	}
	return out
}

// findBareTokens finds what looks like a secret with nothing around it to
// say so: a UUID (a refresh token quoted in prose looks like any other,
// so every UUID is hidden), also when a line break splits it, and a run
// of 32 or more base64url characters mixing upper and lower case and
// digits (a JWT's signature on its own, an opaque token). Both are read in
// one pass over the runs of such characters.
func findBareTokens(s string, out []span) []span {
	for i := 0; i < len(s); {
		if !isBase64URL(s[i]) {
			i++
			continue
		}
		end := scanWhile(s, i, isBase64URL)
		run := s[i:end]
		if next, ok := nextLine(s, end); ok && len(run) < 36 {
			// A UUID that a line break splits: the run ends its line and
			// the next line starts with the rest.
			rest := scanWhile(s, next, isBase64URL)
			if len(run)+rest-next == 36 && isUUID(run+s[next:rest]) {
				out = appendSpan(out, span{start: i, end: rest, kind: SecretToken, hint: lastFour(run + s[next:rest])})
				i = rest
				continue
			}
		}
		// A run inside a dotted or slashed name is part of something
		// else (a JWT is found whole, a path is not a secret).
		switch {
		case isUUID(run):
			out = appendSpan(out, newSpan(s, i, end, SecretToken))
		case len(run) >= 32 && mixesClasses(run) && !strings.HasPrefix(run, "eyJ"):
			out = appendSpan(out, newSpan(s, i, end, SecretToken))
		default:
			// UUIDs inside a longer run: refresh_token%3D<uuid>%26… leaves
			// the UUID glued to the escapes around it.
			for k := 0; k+36 <= len(run); k++ {
				if run[k+8] == '-' && (k == 0 || !isHex(run[k-1]) || k >= 2 && run[k-2] == '%') && isUUID(run[k:k+36]) {
					out = appendSpan(out, newSpan(s, i+k, i+k+36, SecretToken))
					k += 35
				}
			}
		}
		i = end
	}
	return out
}

// isUUID reports whether v is a UUID in its usual form: 8-4-4-4-12 hex
// digits.
func isUUID(v string) bool {
	if len(v) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		switch i {
		case 8, 13, 18, 23:
			if v[i] != '-' {
				return false
			}
		default:
			if !isHex(v[i]) {
				return false
			}
		}
	}
	return true
}

// mixesClasses reports whether v has upper-case letters, lower-case letters
// and digits, as random base64 almost always has and words and hex never.
func mixesClasses(v string) bool {
	var upper, lower, digit bool
	for i := 0; i < len(v); i++ {
		c := v[i]
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
		digit = digit || c >= '0' && c <= '9'
	}
	return upper && lower && digit
}

// holdsCredentials reports whether v is base64 of a printable
// "user:password" pair.
func holdsCredentials(v string) bool {
	dec, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		dec, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(v, "="))
	}
	if err != nil || !utf8.Valid(dec) {
		return false
	}
	user, pass, ok := strings.Cut(string(dec), ":")
	if !ok || user == "" || pass == "" {
		return false
	}
	for _, r := range string(dec) {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	return true
}

// value is where a keyed value sits in the text.
type value struct {
	start, end int
	quoted     bool
}

func (v value) redacted(s string) bool { return strings.HasPrefix(s[v.start:], redactedPrefix) }

// secret reports whether the value is worth redacting as a secret of the
// kind: not empty, not a placeholder, not null; unquoted values must also
// look like a secret rather than a word (a password may be shorter).
func (v value) secret(s string, kind SecretKind) bool {
	if !v.present(s) {
		return false
	}
	text := unwrap(s[v.start:v.end])
	if kind == SecretPassword {
		return v.quoted || looksPassword(text)
	}
	return v.quoted || looksSecret(text)
}

// present reports whether the value holds anything to hide: not empty,
// not a placeholder, not null, not already masked.
func (v value) present(s string) bool {
	text := unwrap(s[v.start:v.end])
	if text == "" || v.redacted(s) {
		return false
	}
	switch strings.ToLower(text) {
	case "null", "none", "nil", "true", "false", "undefined":
		return false
	}
	return strings.Trim(text, "*xX.•") != "" // else already masked
}

// valueAfterKey reads the value after a key that ends at s[i]: an optional
// closing quote, blanks, a colon, an equals sign or `=>`, blanks, and the
// value, quoted or bare. JSON-escaped quotes (\") count as quotes, and in
// a percent-encoded body %22, %3A and %3D count as the quote, colon and
// equals sign they encode. A key with nothing after it on its line takes
// its value from the next line. A quote that is not closed on its line
// starts a bare value, which goes on to the quote when a later line closes
// it (see closedOnLaterLine); a bare value that a line break splits goes
// on too (see bareGoesOn).
func valueAfterKey(s string, i int) (value, bool) {
	i = skipQuote(s, i)
	i = scanWhile(s, i, isBlank)
	encoded := false
	switch {
	case i < len(s) && (s[i] == ':' || s[i] == '='):
		i++
	case hasFoldPrefix(s[i:], "%3a") || hasFoldPrefix(s[i:], "%3d"):
		i += 3
		encoded = true
	default:
		return value{}, false
	}
	if i < len(s) && s[i] == '>' {
		i++
	}
	i = scanWhile(s, i, isBlank)
	nextLine := i < len(s) && s[i] == '\n'
	if nextLine {
		i = scanWhile(s, i+1, isBlank)
	}
	if i >= len(s) {
		return value{}, false
	}
	if nextLine && startsKey(s, i) {
		return value{}, false // the next line is another key, not this one's value
	}
	if encoded {
		if hasFoldPrefix(s[i:], "%22") {
			i += 3
		}
		end := i
		for end < len(s) && isBareValue(s[end]) && !endsEncodedValue(s[end:]) {
			end++
		}
		return value{start: i, end: end, quoted: end > i}, end > i
	}
	if q, n := quoteAt(s, i); n > 0 {
		start := i + n
		if end, ok := closingQuote(s, start, q); ok {
			return value{start: start, end: end, quoted: true}, true
		}
		end := scanWhile(s, start, isBareValue)
		if end > start {
			if closed, ok := closedOnLaterLine(s, end, q); ok {
				end = closed
			}
		}
		return value{start: start, end: end, quoted: true}, end > start
	}
	end := scanWhile(s, i, isBareValue)
	if end > i {
		end = bareGoesOn(s, i, end)
	}
	return value{start: i, end: end}, end > i
}

// startsKey reports whether a line from s[i] starts with a key: a word
// followed by a colon or an equals sign and a value (`refresh_token: …`,
// `b=…`). A colon before // (a URL) and equals signs at the end (base64
// padding) are part of a value.
func startsKey(s string, i int) bool {
	end := scanWhile(s, i, func(c byte) bool { return isWordByte(c) || c == '-' || c == '"' || c == '\'' })
	end = scanWhile(s, end, isBlank)
	if end == i || end >= len(s) {
		return false
	}
	after := byte('\n')
	if end+1 < len(s) {
		after = s[end+1]
	}
	switch s[end] {
	case ':':
		return after != '/'
	case '=':
		return after != '=' && !isSpace(after)
	}
	return false
}

// closingQuote finds the quote q (or \q) that closes a value starting at
// s[start], on the same line.
func closingQuote(s string, start int, q byte) (int, bool) {
	for end := start; end < len(s) && s[end] != '\n'; end++ {
		if q2, m := quoteAt(s, end); m > 0 && q2 == q {
			return end, true
		}
	}
	return 0, false
}

// hasFoldPrefix reports whether s starts with prefix, in any letter case.
func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// endsEncodedValue reports whether a percent-encoded value ends at s: at
// an encoded &, quote, comma or closing brace. Other escapes (%2B for +,
// %2F for /) are part of the value.
func endsEncodedValue(s string) bool {
	for _, sep := range []string{"%26", "%22", "%2c", "%7d", "%20"} {
		if hasFoldPrefix(s, sep) {
			return true
		}
	}
	return false
}

// quoteAt reports the quote character at s[i] and its length: 1 for " or
// ', 2 for a JSON-escaped \" or \'.
func quoteAt(s string, i int) (byte, int) {
	switch {
	case s[i] == '"' || s[i] == '\'':
		return s[i], 1
	case s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\''):
		return s[i+1], 2
	}
	return 0, 0
}

func skipQuote(s string, i int) int {
	if i < len(s) {
		if _, n := quoteAt(s, i); n > 0 {
			return i + n
		}
	}
	return i
}

// looksSecret tells a token from a word: long, or mixing letter case,
// digits or symbols.
func looksSecret(v string) bool {
	if len(v) >= 16 {
		return true
	}
	if len(v) < 8 {
		return false
	}
	return !isPlainWord(v)
}

// isPlainWord reports whether v is an ordinary word: letters only, in one
// case or capitalised.
func isPlainWord(v string) bool {
	upper := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			upper++
		default:
			return false
		}
	}
	return upper == 0 || upper == len(v) || (upper == 1 && v[0] >= 'A' && v[0] <= 'Z')
}

// asciiLower lowers ASCII letters only, so indexes stay the same as in s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func scanWhile(s string, i int, ok func(byte) bool) int {
	for i < len(s) && ok(s[i]) {
		i++
	}
	return i
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
func isSpace(c byte) bool      { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isBlank(c byte) bool      { return c == ' ' || c == '\t' }
func isBase64URL(c byte) bool  { return isAlnum(c) || c == '-' || c == '_' }
func isBase64Std(c byte) bool  { return isAlnum(c) || c == '+' || c == '/' || c == '=' }
func isB64Token(c byte) bool   { return isBase64URL(c) || strings.IndexByte(".~+/=", c) >= 0 }
func isQueryValue(c byte) bool { return c > ' ' && c < 0x7f && strings.IndexByte("&#\"'<>`\\", c) < 0 }

func isBareValue(c byte) bool {
	return c > ' ' && c < 0x7f && strings.IndexByte("&,;}])\"'<>`\\", c) < 0 || c >= 0x80
}
