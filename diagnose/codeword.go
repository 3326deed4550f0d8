package diagnose

import "strings"

// afterCodeWord reports whether the number at folded[i] follows, past at
// most four blanks, colons, equals signs, quotes or a hash, a word that
// says an error or a code comes next: "error 2000423", "fel: 2000423",
// "Fortnox returned 2000423", `ERROR_NOT_AUTH_FOR_SCOPE = "2000663"` (an
// identifier counts when one of its parts is such a word). A known Fortnox
// code there is a code even when the paste does not name Fortnox, while
// "Orders.java:2000663" and "Ordernummer 2000663" stay numbers.
func afterCodeWord(folded string, i int) bool {
	j := i
	for j > 0 && i-j < 4 && isCodeSeparator(folded[j-1]) {
		j--
	}
	if j == i {
		return false
	}
	k := j
	for k > 0 && j-k < 64 && (isWordByte(folded[k-1]) || folded[k-1] == '.') {
		k--
	}
	for _, part := range strings.FieldsFunc(folded[k:j], func(r rune) bool { return r == '_' || r == '.' }) {
		if codeWords[part] {
			return true
		}
	}
	return false
}

// codeWords are the words, in both languages, after which a number is an
// error code.
var codeWords = map[string]bool{
	"error": true, "err": true, "fel": true, "felkod": true, "code": true, "kod": true,
	"fortnox": true, "returned": true, "returns": true, "returnerade": true, "svarade": true,
	"answered": true, "responded": true, "gave": true, "got": true, "fick": true,
	"status": true, "exception": true, "errorcode": true, "felkoden": true,
}

func isCodeSeparator(c byte) bool {
	switch c {
	case ' ', '\t', ':', '=', '"', '\'', '#':
		return true
	}
	return false
}
