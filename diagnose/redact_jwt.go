package diagnose

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

// findJWTs finds JSON Web Tokens: three base64url parts joined by dots, the
// first starting with eyJ (base64 of `{"`). A token hard-wrapped across
// lines (fold -w, a terminal, a mail) is found whole wherever the breaks
// fall: inside a part, right before or right after a dot, inside its eyJ
// (see wrapped). The hint is the end of the claims part, so no character
// of the signature is ever shown.
func findJWTs(s string, out []span) []span {
	starts := jwtStarts{s: s, whole: -1}
	lines := lineCursor{s: s}
	for from := 0; ; {
		start := starts.next(from)
		if start >= len(s) {
			return out
		}
		from = start + 1
		// An eyJ glued to what comes before it (x-eyJ…, a flag's dash,
		// a state value's prefix) may be the middle of some other
		// base64: it is a token only when its header reads as one.
		glued := start > 0 && isBase64URL(s[start-1])
		// A candidate that fails fails for every eyJ inside what it read,
		// as their parts end where its parts end: go on after it, so that
		// the search stays linear.
		w := wrapped{s: s, lineStart: lines.startOf(start), prevLen: -1}
		head, n := w.part(start)
		dot1, ok := w.dot(head)
		if n < 10 || !ok {
			from = max(from, head)
			continue
		}
		claims := w.after(dot1)
		body, n := w.part(claims)
		dot2, ok := w.dot(body)
		if n < 10 || !ok {
			from = max(from, body)
			continue
		}
		if glued && jwtAlg(s[start:head]) == "" {
			// Every eyJ inside this header ends where it ends: go on
			// after it, so that the search stays linear.
			from = max(from, head)
			continue
		}
		end := w.signature(dot2+1, s[start:head])
		out = appendSpan(out, span{start: start, end: end, kind: SecretJWT, hint: lastFour(strings.Map(dropBlank, s[claims:body]))})
		from = end
	}
}

// jwtStarts finds where tokens may start, in order: each eyJ, and each
// that a line break splits (e⏎yJ, ey⏎J). Both searches only go forward,
// so that finding every start reads the text once.
type jwtStarts struct {
	s string
	// whole is the next eyJ at or after the last search, len(s) when
	// there is none, -1 before the first search.
	whole int
	// nl is where the search for split starts goes on.
	nl int
}

// next returns the first start at or after from, or len(s).
func (it *jwtStarts) next(from int) int {
	if it.whole < from {
		if i := strings.Index(it.s[from:], "eyJ"); i >= 0 {
			it.whole = from + i
		} else {
			it.whole = len(it.s)
		}
	}
	// A split start's line break comes before the next whole eyJ when the
	// start does.
	it.nl = max(it.nl, from)
	for it.nl < it.whole {
		j := strings.IndexByte(it.s[it.nl:it.whole], '\n')
		if j < 0 {
			it.nl = it.whole
			break
		}
		nl := it.nl + j
		it.nl = nl + 1
		if start, ok := splitStart(it.s, nl); ok && start >= from {
			return start
		}
	}
	return it.whole
}

// splitStart reports the start of an eyJ that the line break at s[nl]
// splits: e or ey at the end of the line, the rest at the start of the
// next one, after any indent.
func splitStart(s string, nl int) (int, bool) {
	end := nl // the end of the line's text
	if end > 0 && s[end-1] == '\r' {
		end--
	}
	next := scanWhile(s, nl+1, isBlank)
	switch {
	case end >= 1 && s[end-1] == 'e' && strings.HasPrefix(s[next:], "yJ"):
		return end - 1, true
	case end >= 2 && s[end-2:end] == "ey" && strings.HasPrefix(s[next:], "J"):
		return end - 2, true
	}
	return 0, false
}

// lineCursor finds the start of the line that holds a position, for
// positions that only grow, reading the text once.
type lineCursor struct {
	s         string
	from      int // read up to here
	lineStart int // the start of the line from is on
}

func (c *lineCursor) startOf(i int) int {
	if i > c.from {
		if j := strings.LastIndexByte(c.s[c.from:i], '\n'); j >= 0 {
			c.lineStart = c.from + j + 1
		}
		c.from = i
	}
	return c.lineStart
}

// wrapped reads a token that may be hard-wrapped: it goes on across line
// breaks (\n or \r\n, and the indent after them) and remembers how long
// the lines it crossed were, which tells a hard wrap at a fixed width.
type wrapped struct {
	s string
	// lineStart is where the line being read starts.
	lineStart int
	// prevLen is the length of the last line crossed, -1 before any.
	prevLen int
}

// lineBreak returns the length of the line break at s[i]: 1 for \n, 2 for
// \r\n, 0 when there is none.
func lineBreak(s string, i int) int {
	switch {
	case i < len(s) && s[i] == '\n':
		return 1
	case i+1 < len(s) && s[i] == '\r' && s[i+1] == '\n':
		return 2
	}
	return 0
}

// nextLine returns where the text of the next line starts, past its
// indent, when a line break is at s[i].
func nextLine(s string, i int) (int, bool) {
	n := lineBreak(s, i)
	if n == 0 {
		return i, false
	}
	return scanWhile(s, i+n, isBlank), true
}

// cross goes over the line break at s[i].
func (w *wrapped) cross(i int) {
	w.prevLen = i - w.lineStart
	w.lineStart = i + lineBreak(w.s, i)
}

// part reads base64url from s[i], going on across a line break when the
// next line goes on with more: a header and claims always end in a dot,
// so what does not is no token. It returns the end and how many
// characters it read.
func (w *wrapped) part(i int) (end, n int) {
	for {
		end = scanWhile(w.s, i, isBase64URL)
		n += end - i
		next, ok := nextLine(w.s, end)
		if !ok || next >= len(w.s) || !isBase64URL(w.s[next]) {
			return end, n
		}
		w.cross(end)
		i = next
	}
}

// dot finds the dot that ends a part at s[end]: there, or starting the
// next line.
func (w *wrapped) dot(end int) (int, bool) {
	if end < len(w.s) && w.s[end] == '.' {
		return end, true
	}
	if next, ok := nextLine(w.s, end); ok && next < len(w.s) && w.s[next] == '.' {
		w.cross(end)
		return next, true
	}
	return 0, false
}

// after returns where the claims start after the dot at s[d]: right after
// it, or on the next line when the dot ends its line.
func (w *wrapped) after(d int) int {
	if next, ok := nextLine(w.s, d+1); ok && next < len(w.s) && isBase64URL(w.s[next]) {
		w.cross(d + 1)
		return next
	}
	return d + 1
}

// signature reads the signature from s[i] and returns where the token
// ends. Nothing after a signature has to say where it ends, so it goes on
// across a line break only when the next line starts with base64url and
// that is the token going on (see goesOn). header is the token's first
// part, which names the algorithm.
func (w *wrapped) signature(i int, header string) int {
	n := 0
	alg, read := "", false
	for {
		end := scanWhile(w.s, i, isBase64URL)
		n += end - i
		next, ok := nextLine(w.s, end)
		if !ok {
			return end
		}
		run := scanWhile(w.s, next, isBase64URL)
		if run == next || isUUID(w.s[next:run]) {
			// A UUID is a refresh token of its own, never a signature's
			// end.
			return end
		}
		if !read {
			alg, read = jwtAlg(header), true
		}
		if !w.goesOn(end, run, signatureState(alg, n)) {
			return end
		}
		w.cross(end)
		i = next
	}
}

// goesOn decides whether the signature goes on past the line break at
// s[end] into the base64url that ends at s[run] on the next line: when
// the signature is shorter than its algorithm makes one and the next line
// holds nothing else (or a quote, comma or bracket after it); when the
// line is as long as the line before it, as a hard wrap at a fixed width
// makes every line but the last; and, for an algorithm not known, when the
// next line holds nothing else. A line starting with a word that follows a
// whole signature ("HTTP 401", "Content-Type: …") is not the token.
func (w *wrapped) goesOn(end, run int, state sigState) bool {
	even := w.prevLen >= 0 && end-w.lineStart == w.prevLen
	rest := scanWhile(w.s, run, isBlank)
	alone := rest >= len(w.s) || lineBreak(w.s, rest) > 0
	closed := run < len(w.s) && strings.IndexByte("\"'`,;)]}>&<\\", w.s[run]) >= 0
	switch state {
	case sigShort:
		return alone || closed || even
	case sigMaybeLonger:
		return even
	case sigWhole:
		return false
	}
	return alone || even
}

// sigState is what a signature's length says about whether it is whole.
type sigState int

const (
	sigUnknown     sigState = iota // an algorithm not known
	sigShort                       // shorter than the algorithm makes one
	sigMaybeLonger                 // whole for the usual RSA keys, though a larger key makes it longer
	sigWhole                       // as long as the algorithm makes one, or longer
)

// signatureState is what a signature of n base64url characters is for the
// algorithm: HMAC, ECDSA and EdDSA signatures have one length; an RSA
// signature is as long as the key, 2048 bits (342 characters), 3072 or
// 4096.
func signatureState(alg string, n int) sigState {
	var size int
	switch alg {
	case "none":
		return sigWhole
	case "HS256":
		size = 43
	case "HS384":
		size = 64
	case "HS512", "ES256", "ES256K", "EdDSA":
		size = 86
	case "ES384":
		size = 128
	case "ES512":
		size = 176
	case "RS256", "RS384", "RS512", "PS256", "PS384", "PS512":
		switch {
		case n == 342 || n == 512:
			return sigMaybeLonger
		case n < 683:
			return sigShort
		}
		return sigWhole
	default:
		return sigUnknown
	}
	if n < size {
		return sigShort
	}
	return sigWhole
}

// jwtAlg is the alg a token's header names, or "" when it cannot be read.
func jwtAlg(header string) string {
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(strings.Map(dropBlank, header), "="))
	if err != nil {
		return ""
	}
	var h struct {
		Alg string `json:"alg"`
	}
	if json.Unmarshal(raw, &h) != nil {
		return ""
	}
	return h.Alg
}
