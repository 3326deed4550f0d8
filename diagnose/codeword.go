package diagnose

import "strings"

// afterCodeWord reports whether the number at folded[i] follows, past at
// most four blanks, colons, equals signs, quotes, a hash or an opening
// square bracket, a word that says an error or a code comes next: "error
// 2000423", "fel: 2000423", "Error [2001103] Api-licens saknas.",
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
	case ' ', '\t', ':', '=', '"', '\'', '#', '[':
		return true
	}
	return false
}

// endsAMessage reports whether the number at folded[i] stands in square
// brackets after a sentence, the way Fortnox's plain-text error bodies end
// ("Kundnummer 1 används redan. [2000637]", fortnox.md §3): the bracket
// follows a blank, and before the blanks a sentence ends. A JSON array
// (`"ids": [2000637]`, `[1, 2000637]`), a list ("order ids [2000637]") and
// "Key (id)=(2000433)" are no such message.
func endsAMessage(folded string, i int) bool {
	if i < 2 || folded[i-1] != '[' || folded[i-2] != ' ' {
		return false
	}
	if end := i + 7; end >= len(folded) || folded[end] != ']' {
		return false
	}
	j := i - 2
	for j > 0 && folded[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return false
	}
	c := folded[j-1]
	return c == '.' || c == '!' || c == '?'
}
