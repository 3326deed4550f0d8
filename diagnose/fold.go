package diagnose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold turns text into the form signals are matched in: JSON, URL and HTML
// escapes decoded (so "beh\u00f6righet", "beh%C3%B6righet" and
// "beh&ouml;righet" read as "behörighet"), UTF-8 read as Latin-1 repaired
// ("behÃ¶righet"), letters lowered and stripped of accents, so that
// "Behörighet", "BEHÖRIGHET" and "behorighet" are all "behorighet".
func fold(s string) string {
	return foldRunes(unescape(s))
}

// unescape decodes JSON string escapes (any number of backslashes, as
// JSON inside a JSON string doubles them), %XX URL escapes and a few HTML
// entities. It is lenient: what does not decode is kept as it is.
func unescape(s string) string {
	if !strings.ContainsAny(s, `\%&`) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		switch c := s[i]; c {
		case '\\':
			j := scanWhile(s, i, func(c byte) bool { return c == '\\' })
			if j >= len(s) {
				return string(append(b, s[i:]...))
			}
			switch e := s[j]; e {
			case 'u':
				if r, ok := hex4(s, j+1); ok {
					b = utf8.AppendRune(b, r)
					i = j + 5
					continue
				}
				b = append(b, 'u')
			case 'n', 't', 'r':
				b = append(b, ' ')
			default:
				b = append(b, e)
			}
			i = j + 1
		case '%':
			if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				b = append(b, hexVal(s[i+1])<<4|hexVal(s[i+2]))
				i += 3
				continue
			}
			b = append(b, c)
			i++
		case '&':
			if r, n := htmlEntity(s[i:]); n > 0 {
				b = utf8.AppendRune(b, r)
				i += n
				continue
			}
			b = append(b, c)
			i++
		default:
			b = append(b, c)
			i++
		}
	}
	return string(b)
}

func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for k := i; k < i+4; k++ {
		if !isHex(s[k]) {
			return 0, false
		}
		r = r<<4 | rune(hexVal(s[k]))
	}
	return r, true
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func hexVal(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// htmlEntities are the entities an HTML error page uses for Swedish letters
// and quotes.
var htmlEntities = map[string]rune{
	"aring": 'å', "auml": 'ä', "ouml": 'ö', "Aring": 'Å', "Auml": 'Ä', "Ouml": 'Ö',
	"eacute": 'é', "quot": '"', "amp": '&', "apos": '\'', "lt": '<', "gt": '>', "nbsp": ' ',
}

// htmlEntity decodes a named or numeric entity at the start of s and
// returns its rune and length, or 0 length when there is none.
func htmlEntity(s string) (rune, int) {
	end := strings.IndexByte(s[:min(len(s), 10)], ';')
	if end < 2 {
		return 0, 0
	}
	name := s[1:end]
	if r, ok := htmlEntities[name]; ok {
		return r, end + 1
	}
	if name[0] != '#' || len(name) < 2 {
		return 0, 0
	}
	var r rune
	if name[1] == 'x' || name[1] == 'X' {
		for k := 2; k < len(name); k++ {
			if !isHex(name[k]) {
				return 0, 0
			}
			r = r<<4 | rune(hexVal(name[k]))
		}
	} else {
		for k := 1; k < len(name); k++ {
			if name[k] < '0' || name[k] > '9' {
				return 0, 0
			}
			r = r*10 + rune(name[k]-'0')
		}
	}
	if r == 0 || r > unicode.MaxRune {
		return 0, 0
	}
	return r, end + 1
}

// mojibake maps the second character of a two-character sequence that a
// UTF-8 Swedish letter becomes when read as Latin-1 or Windows-1252 (the
// first is always Ã) to the letter.
var mojibake = map[rune]rune{
	'¥': 'å', '¤': 'ä', '¶': 'ö', '…': 'å', '„': 'ä', '–': 'ö', '©': 'é', '¼': 'ü',
}

// foldRunes lowers letters and strips accents. Combining marks are dropped;
// other non-ASCII symbols and invalid UTF-8 become spaces.
func foldRunes(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return asciiLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
				c := s[i]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == 'Ã' && i < len(s) {
			if next, n := utf8.DecodeRuneInString(s[i:]); mojibake[next] != 0 {
				r = mojibake[next]
				i += n
			}
		}
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteByte(' ')
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case unicode.Is(unicode.Mn, r):
			// combining accents of decomposed letters (a + ¨): dropped
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			b.WriteByte(' ') // typographic quotes, dashes, symbols
		default:
			b.WriteRune(stripAccent(unicode.ToLower(r)))
		}
	}
	return b.String()
}

// stripAccent maps an accented Latin letter to its base letter.
func stripAccent(r rune) rune {
	switch r {
	case 'å', 'ä', 'à', 'á', 'â', 'ã', 'æ':
		return 'a'
	case 'ö', 'ó', 'ò', 'ô', 'õ', 'ø':
		return 'o'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'ü', 'ú', 'ù', 'û':
		return 'u'
	case 'í', 'ì', 'î', 'ï':
		return 'i'
	case 'ç':
		return 'c'
	case 'ñ':
		return 'n'
	}
	return r
}

// words reduces folded text to words separated by single spaces, with a
// space at each end so that a phrase can be found at word boundaries.
// Letters, digits and underscores make words, and so does a dot between
// two of them ("missing.rights"); everything else separates.
func words(folded string) string {
	b := make([]byte, 0, len(folded)+2)
	b = append(b, ' ')
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		keep := isAlnum(c) || c == '_' || c >= utf8.RuneSelf ||
			c == '.' && i > 0 && i+1 < len(folded) && isAlnum(folded[i-1]) && isAlnum(folded[i+1])
		switch {
		case keep:
			b = append(b, c)
		case b[len(b)-1] != ' ':
			b = append(b, ' ')
		}
	}
	if b[len(b)-1] != ' ' {
		b = append(b, ' ')
	}
	return string(b)
}
