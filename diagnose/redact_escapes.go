package diagnose

import "strings"

// decodeUnreserved decodes the percent-escapes of unreserved characters
// (ALPHA, DIGIT, "-", ".", "_", "~"), which RFC 3986 §6.2.2.2 says are the
// same as the characters themselves, so that a secret's name written
// client_s%65cret or %63%6F%64%65 is found as client_secret or code. Other
// escapes (%20, %3D, %26, %25…) stay: they are not the same as the
// character, and the finders read them as escapes. It returns s itself
// when it holds no such escape (no copy), else the decoded text and where
// in it each decoded escape is, in order (see escapeMap).
func decodeUnreserved(s string) (string, escapeMap) {
	i := firstUnreservedEscape(s, 0)
	if i < 0 {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	var at escapeMap
	for i >= 0 {
		b.WriteString(s[:i])
		at = append(at, b.Len())
		b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
		s = s[i+3:]
		i = firstUnreservedEscape(s, 0)
	}
	b.WriteString(s)
	return b.String(), at
}

// firstUnreservedEscape returns where the first escape of an unreserved
// character in s at or after from starts, or -1.
func firstUnreservedEscape(s string, from int) int {
	for {
		i := strings.IndexByte(s[from:], '%')
		if i < 0 {
			return -1
		}
		i += from
		if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) && isUnreserved(unhex(s[i+1])<<4|unhex(s[i+2])) {
			return i
		}
		from = i + 1
	}
}

// isUnreserved reports whether c is one of RFC 3986's unreserved
// characters.
func isUnreserved(c byte) bool { return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' }

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

// escapeMap lists where, in text decoded by decodeUnreserved, each
// decoded escape is: each stood for three bytes of the original.
type escapeMap []int

// toOriginal moves spans found in the decoded text onto the original:
// each boundary moves two bytes on for every escape before it, so that a
// span holds the escapes its characters came from. spans must be sorted
// by start and not overlap (as mergeSpans leaves them); one pass over
// both lists.
func (at escapeMap) toOriginal(spans []span) {
	k := 0
	before := func(p int) int {
		for k < len(at) && at[k] < p {
			k++
		}
		return p + 2*k
	}
	for i := range spans {
		spans[i].start = before(spans[i].start)
		spans[i].end = before(spans[i].end)
	}
}
