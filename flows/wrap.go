package flows

import (
	"strings"
	"unicode/utf8"
)

// wrap breaks text into lines of at most width runes at spaces, prefixing the
// first line with first and the others with rest (a hanging indent). A word
// longer than the line is left whole; when the first word does not fit after
// a label such as "Docs: " but would fit on a line of its own, it moves there. Width 0 or less
// means no wrapping.
//
// flows may not import a terminal package, and its texts are plain Latin
// script where one rune is one column, so counting runes is enough here.
func wrap(text string, width int, first, rest string) string {
	if width <= 0 {
		return first + text
	}
	var b strings.Builder
	prefix := first
	line := 0
	for i, word := range strings.Fields(text) {
		n := utf8.RuneCountInString(word)
		switch {
		case i == 0 && strings.TrimSpace(prefix) != "" && utf8.RuneCountInString(prefix)+n > width &&
			utf8.RuneCountInString(rest)+n <= width:
			b.WriteString(strings.TrimRight(prefix, " ") + "\n" + rest)
			line = utf8.RuneCountInString(rest)
		case i == 0:
			b.WriteString(prefix)
			line = utf8.RuneCountInString(prefix)
		case line+1+n > width:
			b.WriteString("\n")
			b.WriteString(rest)
			line = utf8.RuneCountInString(rest)
		default:
			b.WriteString(" ")
			line++
		}
		b.WriteString(word)
		line += n
	}
	return b.String()
}
