package diagnose

import (
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"
)

// shownParam is one decoded query parameter as a report shows it, and
// what showing it took.
type shownParam struct {
	Param
	// nameHid and valueHid say whether the name or the value, decoded,
	// hid a secret that the link as written did not show: the link as
	// read must then hide it too.
	nameHid, valueHid bool
	// secret is the kind of secret the parameter's name says it holds,
	// if any (see paramSecret).
	secret SecretKind
	// kinds are the kinds of secret hidden in the name or the value.
	kinds []SecretKind
	// invisible lists the invisible characters of the name and the
	// value, each once, as <U+200B>.
	invisible []string
}

// showParam is a decoded parameter as a report shows it: each invisible
// character as its code point (Fortnox receives it: company<U+200B>
// information is not companyinformation), then sanitized and redacted.
// The value of a parameter named for a secret (see paramSecret) is hidden
// whatever it looks like, as the redactor hides a query parameter's.
func showParam(name, val string) shownParam {
	var p shownParam
	p.invisible = invisibleIn(name, invisibleIn(val, nil))
	n := Redact(Sanitize(showInvisible(name)))
	p.Name, p.nameHid, p.kinds = n.Text, n.Any(), n.Kinds
	if kind, ok := paramSecret(Sanitize(name)); ok {
		p.secret = kind
		v := Sanitize(val)
		switch {
		case strings.HasPrefix(v, redactedPrefix):
			p.kinds = append(p.kinds, kind) // hidden by the redactor already
		case (value{end: len(v)}).present(v):
			p.Value, p.valueHid = placeholderFor(kind, v), true
			p.kinds = append(p.kinds, kind)
			return p
		}
	}
	v := Redact(Sanitize(showInvisible(val)))
	p.Value, p.valueHid = v.Text, v.Any()
	p.kinds = append(p.kinds, v.Kinds...)
	return p
}

// placeholderFor is what stands for a secret of the kind, as Redact
// writes it.
func placeholderFor(kind SecretKind, secret string) string {
	var b strings.Builder
	writePlaceholder(&b, kind, lastFour(unwrap(secret)))
	return b.String()
}

// paramSecret returns the kind of secret a query parameter of this
// decoded name holds: an authorization code for code, as the redactor
// hides ?code=…, or the kind secretOfKey gives the name. The name is read
// whatever its raw form:
//   - encoded once or twice more (client%255Fsecret decodes to
//     client%5Fsecret, then client_secret): a link built by code that
//     encodes twice still carries the secret, and whether the server
//     decodes again or not, the value is what the user meant as the
//     secret;
//   - with brackets, as PHP, Rails and Node's qs read them: client_secret[]
//     and client_secret[0] are a list of client secrets,
//     auth[client_secret] is auth's client secret. The part before the
//     first bracket and the part in the last are read.
//
// A name is never decoded more than twice, so that a name of a thousand
// nested escapes costs no more than reading it.
func paramSecret(name string) (SecretKind, bool) {
	for range 2 {
		if strings.IndexByte(name, '%') < 0 {
			break
		}
		d, err := url.QueryUnescape(name)
		if err != nil {
			break
		}
		name = d
	}
	name = strings.TrimSpace(name)
	first, _, bracketed := strings.Cut(name, "[")
	if kind, ok := nameSecret(first); ok {
		return kind, true
	}
	if !bracketed {
		return "", false
	}
	inner := strings.TrimSuffix(name, "]")
	return nameSecret(inner[strings.LastIndexByte(inner, '[')+1:])
}

// nameSecret is the kind of secret a parameter named exactly name holds.
func nameSecret(name string) (SecretKind, bool) {
	name = strings.TrimSpace(name)
	if strings.EqualFold(name, "code") {
		return SecretAuthorizationCode, true
	}
	return secretOfKey(name)
}

// invisibleIn appends each invisible character of s (see isInvisible) not
// in list yet, written as <U+200B>. At most maxInvisible are listed: the
// finding that names them needs no more to be acted on.
func invisibleIn(s string, list []string) []string {
	if !strings.ContainsFunc(s, isInvisible) {
		return list
	}
	var last rune = -1 // a run of the same character is looked up once
	for _, r := range s {
		if !isInvisible(r) || r == last {
			continue
		}
		last = r
		var b strings.Builder
		writeCodePoint(&b, r)
		if c := b.String(); !slices.Contains(list, c) {
			if len(list) == maxInvisible {
				return list
			}
			list = append(list, c)
		}
	}
	return list
}

// maxInvisible is the most invisible characters one finding names.
const maxInvisible = 8

// encodeInvisible writes each invisible character of a pasted link as
// its UTF-8 percent-encoded (%E2%80%8B), as a browser sends it, so that
// it is checked and shown rather than dropped with the other format
// characters Sanitize drops.
func encodeInvisible(s string) string {
	if !strings.ContainsFunc(s, isInvisible) {
		return s
	}
	var b strings.Builder
	// Each takes three times its bytes (all invisible characters are
	// of two or three): room for all at once.
	b.Grow(len(s) + 2*3*countInvisible(s))
	for _, r := range s {
		if !isInvisible(r) {
			b.WriteRune(r)
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			b.WriteByte('%')
			b.WriteByte("0123456789ABCDEF"[c>>4])
			b.WriteByte("0123456789ABCDEF"[c&0xf])
		}
	}
	return b.String()
}

// KeepLinkInvisibles is the paste with the invisible characters of an
// activation link percent-encoded as a browser sends them, when the paste
// is one link (Classify); any other paste is returned as it is. A reader
// that sanitizes what arrives (the wizard's paste screen) calls it first,
// so that Sanitize, which drops those characters, does not make
// company<ZWSP>information look like a valid scope.
func KeepLinkInvisibles(paste string) string {
	if !strings.ContainsFunc(paste, isInvisible) || Classify(paste) != PasteActivationURL {
		return paste
	}
	return encodeInvisible(paste)
}

// escapeShown percent-encodes a name or value as shown (sanitized and
// redacted) for a query string, leaving its placeholders and its
// <U+XXXX> marks as they read, as the report shows them elsewhere.
func escapeShown(s string) string {
	var b strings.Builder
	plain := 0 // where the text not yet written starts
	for i := 0; i < len(s); {
		end := 0
		switch {
		case strings.HasPrefix(s[i:], redactedPrefix):
			end = placeholderEnd(s, i)
		case strings.HasPrefix(s[i:], "<U+"):
			j := scanWhile(s, i+len("<U+"), isHex)
			if j > i+len("<U+") && j < len(s) && s[j] == '>' {
				end = j + 1
			}
		}
		if end == 0 {
			i++
			continue
		}
		b.WriteString(url.QueryEscape(s[plain:i]))
		b.WriteString(s[i:end])
		i, plain = end, end
	}
	b.WriteString(url.QueryEscape(s[plain:]))
	return b.String()
}

// placeholderEnd returns where the placeholder at s[i] ends, as
// writePlaceholder writes one: the prefix, a kind of lower-case letters
// and hyphens, and a hint of an ellipsis and four characters, or nothing,
// before the bracket. It returns 0 when there is none; it reads a few
// bytes, whatever follows.
func placeholderEnd(s string, i int) int {
	j := i + len(redactedPrefix)
	k := j
	for k < len(s) && k-j <= placeholderMax && (s[k] >= 'a' && s[k] <= 'z' || s[k] == '-') {
		k++
	}
	if k == j {
		return 0
	}
	if strings.HasPrefix(s[k:], "…") {
		k += len("…")
		for range 4 {
			if k >= len(s) {
				return 0
			}
			_, size := utf8.DecodeRuneInString(s[k:])
			k += size
		}
	}
	if k < len(s) && s[k] == ']' {
		return k + 1
	}
	return 0
}

// queryEcho builds the query string a report shows: each piece as
// written, but for pieces whose decoded name or value hid a secret that
// the text as written did not show (client%255Fsecret=…, an encoded
// userinfo in redirect_uri), which are written again from what the report
// shows. It copies nothing until such a piece comes, and nothing past
// MaxEchoURL bytes, where echoURL cuts the link anyway.
type queryEcho struct {
	b         strings.Builder
	rewritten bool
}

// add takes the piece raw[start:end] of the raw query, as shown.
func (e *queryEcho) add(raw string, start, end int, p shownParam) {
	if e.b.Len() > MaxEchoURL {
		return
	}
	if !p.nameHid && !p.valueHid {
		if e.rewritten {
			e.b.WriteString(raw[start:end])
		}
		return
	}
	if !e.rewritten {
		e.rewritten = true
		e.b.WriteString(raw[:min(start, MaxEchoURL+1)])
		if e.b.Len() > MaxEchoURL {
			return
		}
	}
	rawName, rawValue, hasValue := strings.Cut(raw[start:end], "=")
	if p.nameHid {
		rawName = escapeShown(p.Name)
	}
	e.b.WriteString(rawName)
	if hasValue {
		e.b.WriteByte('=')
		if p.valueHid {
			rawValue = escapeShown(p.Value)
		}
		e.b.WriteString(rawValue)
	}
}

// sep takes the & after a piece.
func (e *queryEcho) sep() {
	if e.rewritten && e.b.Len() <= MaxEchoURL {
		e.b.WriteByte('&')
	}
}

// withQuery is the link raw, which the query was read from as url.Parse
// reads it (after withoutUserinfo), with its query string replaced.
func withQuery(raw, query string) string {
	w := withoutUserinfo(raw)
	head := w
	if i := strings.IndexByte(w, '#'); i >= 0 {
		head = w[:i]
	}
	q := strings.IndexByte(head, '?')
	if q < 0 {
		return raw // no query: nothing was rewritten
	}
	// As url.Parse reads it, u.RawQuery is head[q+1:]. Only the
	// authority, before the query, is shorter in w.
	shift := len(raw) - len(w)
	return raw[:shift+q+1] + query + raw[shift+len(head):]
}
