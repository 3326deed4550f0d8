package tui

import (
	"unicode"
	"unicode/utf8"
)

// lowerFirst lowers a heading's first letter, to name it in a sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// upperFirst raises a message's first letter where it stands alone:
// diagnose's messages start in lower case, to follow "fortnox-doctor: ".
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
