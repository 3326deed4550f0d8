package diagnose

import (
	"slices"
	"strings"
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
