package diagnose

import (
	"net/url"
	"strings"
)

// withEncodedSeparators returns keys, and after them each key that has a
// space again with it percent-encoded as a form body or a query string
// writes it (%20 or +), keeping the last key last. An encoded _ or - (%5F,
// %2D) needs no key of its own: the finders read escapes of unreserved
// characters decoded (see decodeUnreserved).
func withEncodedSeparators(keys []secretKey) []secretKey {
	out := append([]secretKey{}, keys[:len(keys)-1]...)
	for _, k := range keys {
		for _, sep := range []struct{ plain, encoded string }{{" ", "%20"}, {" ", "+"}} {
			if strings.Contains(k.key, sep.plain) {
				out = append(out, secretKey{strings.ReplaceAll(k.key, sep.plain, sep.encoded), k.kind})
			}
		}
	}
	return append(out, keys[len(keys)-1])
}

// keyAnchor is a word that secret names end in, and the names that end
// in it, in the order of secretKeys.
type keyAnchor struct {
	anchor string
	keys   []secretKey
}

// keyAnchors are the words findKeyedSecrets searches for: each name is
// filed under the longest of them it ends in.
var keyAnchors = anchorsOf(secretKeys, []string{"secret", "token", "password", "passwd", "pass", "pwd", "lösenord"})

func anchorsOf(keys []secretKey, words []string) []keyAnchor {
	out := make([]keyAnchor, len(words))
	for i, w := range words {
		out[i].anchor = w
	}
	for _, k := range keys {
		best := -1
		for i, w := range words {
			if strings.HasSuffix(k.key, w) && (best < 0 || len(w) > len(words[best])) {
				best = i
			}
		}
		if best < 0 {
			panic("diagnose: secret key " + k.key + " ends in no anchor")
		}
		out[best].keys = append(out[best].keys, k)
	}
	return out
}

// keyStarts reports whether a key may start at lower[start]: at the start
// of the text, after a character that is no letter or digit, or after a
// percent-encoded space or bracket (client%20secret, auth%5Bclient_secret).
// An encoded _ or - before it (FORTNOX%5FCLIENT%5FSECRET) is decoded by
// then (see decodeUnreserved).
func keyStarts(lower string, start int) bool {
	if start == 0 || !isAlnum(lower[start-1]) {
		return true
	}
	if start < 3 {
		return false
	}
	before := lower[start-3 : start]
	return before == "%20" || before == "%5b"
}

// skipIndexBrackets returns where the brackets after a key at
// lower[start:end] end, as forms and query strings write a list or an
// object's field for PHP, Rails or Node's qs: the ] that closes
// auth[client_secret, then up to maxIndexBrackets groups of [] or [index]
// (an index of at most maxIndexLen letters, digits, - or _), each bracket
// also percent-encoded (%5B, %5D). It returns end when there are none. It
// reads a bounded number of bytes, so that a paste of many such keys is
// read in linear time.
func skipIndexBrackets(lower string, start, end int) int {
	i := end
	if start > 0 && lower[start-1] == '[' || start >= 3 && lower[start-3:start] == "%5b" {
		n := bracketAt(lower, i, ']')
		if n == 0 {
			return end
		}
		i += n
	}
	for range maxIndexBrackets {
		open := bracketAt(lower, i, '[')
		if open == 0 {
			break
		}
		j := i + open
		for j < len(lower) && j-i-open < maxIndexLen && isBase64URL(lower[j]) {
			j++
		}
		closing := bracketAt(lower, j, ']')
		if closing == 0 {
			break
		}
		i = j + closing
	}
	return i
}

// The most bracket groups, and the longest index in one, that
// skipIndexBrackets reads after a key.
const (
	maxIndexBrackets = 4
	maxIndexLen      = 64
)

// bracketAt returns the length of the bracket b at lower[i], written or
// percent-encoded (%5b for [, %5d for ]), or 0.
func bracketAt(lower string, i int, b byte) int {
	enc := "%5b"
	if b == ']' {
		enc = "%5d"
	}
	switch {
	case i < len(lower) && lower[i] == b:
		return 1
	case strings.HasPrefix(lower[i:], enc):
		return len(enc)
	}
	return 0
}

// keyedValue reads the value of the key at s[start:end]: after a colon
// or an equals sign (valueAfterKey), inside the key's XML element, or
// after a tab.
func keyedValue(s string, start, end int) (value, bool) {
	if v, ok := valueAfterKey(s, end); ok {
		return v, true
	}
	if v, ok := xmlValue(s, start, end); ok {
		return v, true
	}
	return tabValue(s, end)
}

// xmlValue reads the text of an XML element named by the key at
// s[start:end] (`<client_secret>…</client_secret>`, attributes allowed,
// the text on the line after the tag allowed), also escaped as HTML
// (`&lt;password&gt;…&lt;/password&gt;`). The text must be followed by a
// closing tag, so that a word in angle brackets in prose is not taken for
// an element. It counts as quoted: an element named for a secret holds
// one, whatever it looks like.
func xmlValue(s string, start, end int) (value, bool) {
	open, closing, stop := "<", ">", byte('<')
	if !strings.HasSuffix(s[:start], open) {
		open, closing, stop = "&lt;", "&gt;", '&'
		if !hasFoldSuffix(s[:start], open) {
			return value{}, false
		}
	}
	// The end of the opening tag, past any attributes, on its line.
	i := end
	if i < len(s) && isBlank(s[i]) {
		for i < len(s) && s[i] != '\n' && s[i] != stop && s[i] != closing[0] {
			i++
		}
	}
	if !hasFoldPrefix(s[i:], closing) || s[i-1] == '/' {
		return value{}, false
	}
	i = scanWhile(s, i+len(closing), isBlank)
	if next, ok := nextLine(s, i); ok {
		i = next
	}
	vend := i
	for vend < len(s) && s[vend] != stop && s[vend] != '\n' && s[vend] != '\r' {
		vend++
	}
	after := vend
	for vend > i && isBlank(s[vend-1]) {
		vend--
	}
	if next, ok := nextLine(s, after); ok {
		after = next
	}
	if !hasFoldPrefix(s[after:], open+"/") || vend == i {
		return value{}, false
	}
	return value{start: i, end: vend, quoted: true}, true
}

// hasFoldSuffix reports whether s ends with suffix, in any letter case.
func hasFoldSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// tabValue reads a value separated from its key at s[i] by a tab (and any
// blanks), on the same line: `client_secret<TAB>…`, as a table copied
// from a web page or a spreadsheet holds it.
func tabValue(s string, i int) (value, bool) {
	i = skipQuote(s, i)
	j := scanWhile(s, i, isBlank)
	if j >= len(s) || strings.IndexByte(s[i:j], '\t') < 0 {
		return value{}, false
	}
	if q, n := quoteAt(s, j); n > 0 {
		if end, ok := closingQuote(s, j+n, q); ok && end > j+n {
			return value{start: j + n, end: end, quoted: true}, true
		}
		return value{}, false
	}
	end := scanWhile(s, j, isBareValue)
	return value{start: j, end: end}, end > j
}

// closedOnLaterLine finds the quote q that closes a value when its own
// line does not: a value hard-wrapped across lines
// (`"refresh_token":"5f3c…-⏎1234567890ab"`). end is where the value's
// first line ends; each later line must be nothing but the value's
// characters until one ends in the quote, and none may start with a key of
// its own. It returns where the closing quote is.
func closedOnLaterLine(s string, end int, q byte) (int, bool) {
	for {
		next, ok := nextLine(s, end)
		if !ok || startsKey(s, next) {
			return 0, false
		}
		run := scanWhile(s, next, isBareValue)
		if run == next {
			return 0, false
		}
		if run < len(s) {
			if q2, n := quoteAt(s, run); n > 0 && q2 == q {
				return run, true
			}
		}
		if lineBreak(s, run) == 0 {
			return 0, false // something else follows on the line
		}
		end = run
	}
}

// bareGoesOn returns where a bare value at s[start:end] ends when a line
// break splits it. A value that ends its line goes on with the run of a
// value's characters that starts the next line, unless that line starts
// with a key, when the two make a UUID (`refresh_token: 5f3c1e2a-9b8d-
// 4c7e-⏎a6f5-…`); and when the run is all its line holds (but for a
// quote, comma or bracket after it) and either the value broke after a
// hyphen or the run looks like a secret's end itself but is no UUID of its
// own (a refresh token on the next line is a secret of its own, not this
// one's end). A whole UUID goes on with nothing.
func bareGoesOn(s string, start, end int) int {
	next, ok := nextLine(s, end)
	if !ok || startsKey(s, next) || isUUID(s[start:end]) {
		return end
	}
	run := scanWhile(s, next, isBareValue)
	if run == next || strings.HasPrefix(s[next:], redactedPrefix) {
		return end
	}
	first, second := s[start:end], s[next:run]
	if len(first)+len(second) == 36 && isUUID(first+second) {
		return run
	}
	rest := scanWhile(s, run, isBlank)
	if rest < len(s) && lineBreak(s, rest) == 0 && strings.IndexByte("\"'`,;)]}", s[rest]) < 0 {
		return end // more follows on the line: a line of its own
	}
	if !isUUID(second) && (strings.HasSuffix(first, "-") || looksSecret(second)) {
		return run
	}
	return end
}

// looksPassword tells a password from a word: a password may be shorter
// than a token, so six characters are enough when they mix letter case,
// digits or symbols.
func looksPassword(v string) bool {
	if len(v) >= 16 {
		return true
	}
	return len(v) >= 6 && !isPlainWord(v)
}

// findURLCredentials finds the password of a URL's userinfo
// (`https://client-id:secret@apps.fortnox.se/oauth-v1/token`), which is
// sent as Basic credentials; the user stays, as with curl -u. Each
// authority is read once: the next "://" is past its end.
func findURLCredentials(s string, out []span) []span {
	for from := 0; ; {
		i := strings.Index(s[from:], "://")
		if i < 0 {
			return out
		}
		auth := from + i + len("://")
		end := scanWhile(s, auth, isAuthority)
		from = end
		at := strings.LastIndexByte(s[auth:end], '@')
		if at < 0 {
			continue
		}
		colon := strings.IndexByte(s[auth:auth+at], ':')
		if colon < 0 {
			continue
		}
		v := value{start: auth + colon + 1, end: auth + at, quoted: true}
		if v.secret(s, SecretBasicCredentials) {
			out = appendSpan(out, newSpan(s, v.start, v.end, SecretBasicCredentials))
		}
	}
}

// findEncodedURLCredentials finds the password of a userinfo in a URL
// that is itself percent-encoded, as a query parameter or a form body
// carries it (redirect_uri=https%3A%2F%2Fuser%3Apassword%40example.com):
// between the user's %3A and the last %40 of the authority, which ends at
// an encoded /, ? or #, or at anything no authority holds. As with
// findURLCredentials, each authority is read once.
func findEncodedURLCredentials(s, lower string, out []span) []span {
	const scheme = "%3a%2f%2f"
	for from := 0; ; {
		i := strings.Index(lower[from:], scheme)
		if i < 0 {
			return out
		}
		auth := from + i + len(scheme)
		end := auth
		for end < len(s) && isAuthority(s[end]) && s[end] != '&' && !endsEncodedAuthority(lower[end:]) {
			end++
		}
		from = end
		at := strings.LastIndex(lower[auth:end], "%40")
		if at < 0 {
			continue
		}
		colon := strings.Index(lower[auth:auth+at], "%3a")
		if colon < 0 {
			continue
		}
		v := value{start: auth + colon + len("%3a"), end: auth + at, quoted: true}
		if v.secret(s, SecretBasicCredentials) {
			sp := newSpan(s, v.start, v.end, SecretBasicCredentials)
			// The hint is the password's end as the user typed it
			// (…er2! for hunter2Hunter2%21), when that is printable.
			if p, err := url.PathUnescape(s[v.start:v.end]); err == nil && isPrintableASCII(p) {
				sp.hint = lastFour(p)
			}
			out = appendSpan(out, sp)
		}
	}
}

// isPrintableASCII reports whether s is printable ASCII only.
func isPrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}

// endsEncodedAuthority reports whether an encoded URL's authority ends at
// s: at an encoded /, ? or #.
func endsEncodedAuthority(s string) bool {
	return hasFoldPrefix(s, "%2f") || hasFoldPrefix(s, "%3f") || hasFoldPrefix(s, "%23")
}

// isAuthority reports whether c may be part of a URL's authority: its
// userinfo, host and port.
func isAuthority(c byte) bool {
	return isAlnum(c) || strings.IndexByte("-._~!$&'()*+,;=:%@[]", c) >= 0
}
