package diagnose

import "strings"

// identifierWords returns the words of every camelCase or PascalCase
// identifier in the first maxRetrievalBytes of clean text, in lower case
// and separated by spaces: "TooManyRequests" gives "too many requests",
// "HTTPStatusException" "http status exception", "refreshToken" "refresh
// token". Folding lower-cases an identifier into one word no fix says;
// its words are the fix's. Identifiers without such a boundary add
// nothing. It reads its input once.
func identifierWords(clean string) string {
	clean = clean[:min(len(clean), maxRetrievalBytes)]
	var b strings.Builder
	for i := 0; i < len(clean); {
		if !isASCIILetter(clean[i]) {
			i++
			continue
		}
		start := i
		camel := false
		for i < len(clean) && isASCIILetter(clean[i]) {
			if i > start && isUpper(clean[i]) && !isUpper(clean[i-1]) {
				camel = true
			}
			i++
		}
		if !camel {
			continue
		}
		tok := clean[start:i]
		for k := 0; k < len(tok); k++ {
			// A word starts at an upper-case letter after a lower-case one,
			// and at the last upper-case letter of a run before a lower-case
			// one (HTTPStatus: HTTP, Status).
			if k > 0 && isUpper(tok[k]) && (!isUpper(tok[k-1]) || k+1 < len(tok) && !isUpper(tok[k+1])) {
				b.WriteByte(' ')
			}
			b.WriteByte(tok[k] | 0x20)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
