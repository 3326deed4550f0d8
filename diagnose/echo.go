package diagnose

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// What a report echoes of a paste is capped, so that a paste built to
// repeat itself cannot make the output many times larger than the input.
const (
	// MaxEchoRunes is the most characters of one value (a parameter, a
	// scope, a claim) a report quotes; the rest is cut off with "…".
	MaxEchoRunes = 200
	// MaxEchoURL is the most bytes of a link a report quotes.
	MaxEchoURL = 2048
	// MaxParams is the most query parameters a report lists.
	MaxParams = 64
	// MaxScopes is the most scopes a report lists (Fortnox has about 40).
	MaxScopes = 128
	// maxPerCode is the most findings of one code a report lists; the rest
	// are counted in one more finding.
	maxPerCode = 8
)

// Quote is text from a paste as any message may quote it: sanitized,
// redacted, on one line and at most most characters long (then ending in
// "…"). Every message that repeats what the user typed or pasted goes
// through it.
func Quote(s string, most int) string {
	// Only the start is cleaned: a secret cut in half by the limit is still
	// found, as a keyed or bare value, in the first most×4+256 bytes.
	if limit := most*4 + 256; len(s) > limit {
		for limit > 0 && !utf8.RuneStart(s[limit]) {
			limit--
		}
		s = s[:limit]
	}
	return cutOutside(oneLine(Clean(showInvisible(s))), most)
}

// showInvisible writes each Unicode format character of s (a zero-width
// space, a bidi override, a BOM), which Sanitize drops, as its code point
// in angle brackets: a message that quotes what the user typed must show
// the character that made it wrong, or it reads "unknown fix ID
// "invalid-refresh-token"; did you mean "invalid-refresh-token"?".
func showInvisible(s string) string {
	if !strings.ContainsFunc(s, isInvisible) {
		return s
	}
	var b strings.Builder
	// Room for every mark at once: a paste of a million such characters
	// would otherwise be copied again and again as the text grows.
	b.Grow(len(s) + 6*countInvisible(s))
	for _, r := range s {
		if isInvisible(r) {
			writeCodePoint(&b, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// writeCodePoint writes r as showInvisible shows it: <U+200B>, at least
// four hex digits. (Not fmt, which a link of a million such characters
// would make slow.)
func writeCodePoint(b *strings.Builder, r rune) {
	const hex = "0123456789ABCDEF"
	b.WriteString("<U+")
	digits := 4
	for r>>(4*digits) != 0 {
		digits++
	}
	for i := digits - 1; i >= 0; i-- {
		b.WriteByte(hex[r>>(4*i)&0xf])
	}
	b.WriteByte('>')
}

// countInvisible counts the invisible characters of s.
func countInvisible(s string) int {
	n := 0
	for _, r := range s {
		if isInvisible(r) {
			n++
		}
	}
	return n
}

func isInvisible(r rune) bool { return r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r) }

// cutOutside is cutRunes, but never cuts a placeholder in half: one that
// the cut would split is kept whole.
func cutOutside(s string, most int) string {
	cut := cutRunes(s, most)
	if cut == s {
		return s
	}
	end := len(cut) - len("…")
	open := strings.LastIndex(s[:end], redactedPrefix)
	if open < 0 || strings.IndexByte(s[open:end], ']') >= 0 {
		return cut
	}
	if closing := strings.IndexByte(s[end:], ']'); closing >= 0 {
		end += closing + 1
	}
	if end >= len(s) {
		return s
	}
	return s[:end] + "…"
}

// cutRunes cuts s to at most most characters, ending in "…" when cut.
func cutRunes(s string, most int) string {
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	i, n := 0, 0
	for n < max(most-1, 0) {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return s[:i] + "…"
}

// capped keeps the first maxPerCode findings of each code and sums the rest
// up in one finding per code, of the same severity and fix. A finding made
// by more stands for the findings it counts.
func (f findings) capped() findings {
	count := map[string]int{}
	out := f[:0:0]
	for _, x := range f {
		if n, ok := x.counted(); ok {
			count[x.Code] += n
			continue
		}
		count[x.Code]++
		if count[x.Code] <= maxPerCode {
			out = append(out, x)
		}
	}
	summed := map[string]bool{}
	for _, x := range f {
		if n := count[x.Code] - maxPerCode; n > 0 && !summed[x.Code] {
			summed[x.Code] = true
			out = append(out, Finding{Severity: x.Severity, Code: x.Code, FixID: x.FixID, Message: msg(i18n.DiagMoreFindings, n, x.Code)})
		}
	}
	return out
}

// more is a finding that stands for n findings of the code that a reader
// counted without writing them out (a link of a hundred thousand
// parameters, each with the same mistake): capped sums them up with the
// others of the code, after the first maxPerCode.
func more(sev Severity, code string, n int) Finding {
	return Finding{Severity: sev, Code: code, Message: msg(i18n.DiagMoreFindings, n, code)}
}

// counted reports how many findings a finding made by more stands for.
func (x Finding) counted() (int, bool) {
	if x.Message.Text != i18n.DiagMoreFindings || len(x.Message.Args) == 0 {
		return 0, false
	}
	n, ok := x.Message.Args[0].(int)
	return n, ok
}

// echoURL is a link as a report quotes it: cut to MaxEchoURL bytes.
func echoURL(s string) string {
	if len(s) <= MaxEchoURL {
		return s
	}
	i := MaxEchoURL
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return strings.TrimRight(s[:i], "%") + "…"
}

// echoed caps the findings (see capped) and cuts every piece of the paste
// they quote to MaxEchoRunes characters.
func (f findings) echoed() findings {
	out := f.capped()
	for i, x := range out {
		args := slices.Clone(x.Message.Args)
		for k, a := range args {
			if s, ok := a.(string); ok {
				args[k] = cutRunes(s, MaxEchoRunes)
			}
		}
		out[i].Message.Args = args
	}
	return out
}

// echoList keeps the first MaxScopes strings of a list, each cut to
// MaxEchoRunes characters.
func echoList(list []string) []string {
	list = list[:min(len(list), MaxScopes)]
	for i, s := range list {
		list[i] = cutRunes(s, MaxEchoRunes)
	}
	return list
}

// oneLine folds text from a paste onto one line with single spaces, so a
// value holding newlines or tabs cannot break a layout.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
