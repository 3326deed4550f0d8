package diagnose

import "strings"

// value is where a keyed value sits in the text.
type value struct {
	start, end int
	quoted     bool
}

func (v value) redacted(s string) bool { return strings.HasPrefix(s[v.start:], redactedPrefix) }

// secret reports whether the value is worth redacting as a secret of the
// kind: not empty, not a placeholder, not null; unquoted values must also
// look like a secret rather than a word (a password may be shorter).
func (v value) secret(s string, kind SecretKind) bool {
	if !v.present(s) {
		return false
	}
	text := unwrap(s[v.start:v.end])
	if kind == SecretPassword {
		return v.quoted || looksPassword(text)
	}
	return v.quoted || looksSecret(text)
}

// present reports whether the value holds anything to hide: not empty,
// not a placeholder, not null, not already masked.
func (v value) present(s string) bool {
	text := unwrap(s[v.start:v.end])
	if text == "" || v.redacted(s) {
		return false
	}
	switch strings.ToLower(text) {
	case "null", "none", "nil", "true", "false", "undefined":
		return false
	}
	return strings.Trim(text, "*xX.•") != "" // else already masked
}

// valueAfterKey reads the value after a key that ends at s[i]: an optional
// closing quote, blanks, a colon, an equals sign or `=>`, blanks, and the
// value, quoted or bare. JSON-escaped quotes (\") count as quotes, and in
// a percent-encoded body %22, %3A and %3D count as the quote, colon and
// equals sign they encode. A key with nothing after it on its line takes
// its value from the next line. A quote that is not closed on its line
// starts a bare value, which goes on to the quote when a later line closes
// it (see closedOnLaterLine); a bare value that a line break splits goes
// on too (see bareGoesOn).
func valueAfterKey(s string, i int) (value, bool) {
	i = skipQuote(s, i)
	i = scanWhile(s, i, isBlank)
	encoded := false
	switch {
	case i < len(s) && (s[i] == ':' || s[i] == '='):
		i++
	case hasFoldPrefix(s[i:], "%3a") || hasFoldPrefix(s[i:], "%3d"):
		i += 3
		encoded = true
	default:
		return value{}, false
	}
	if i < len(s) && s[i] == '>' {
		i++
	}
	i = scanWhile(s, i, isBlank)
	nextLine := i < len(s) && s[i] == '\n'
	if nextLine {
		i = scanWhile(s, i+1, isBlank)
	}
	if i >= len(s) {
		return value{}, false
	}
	if nextLine && startsKey(s, i) {
		return value{}, false // the next line is another key, not this one's value
	}
	if encoded {
		if hasFoldPrefix(s[i:], "%22") {
			i += 3
		}
		end := i
		for end < len(s) && isBareValue(s[end]) && !endsEncodedValue(s[end:]) {
			end++
		}
		return value{start: i, end: end, quoted: end > i}, end > i
	}
	if q, n := quoteAt(s, i); n > 0 {
		start := i + n
		if end, ok := closingQuote(s, start, q); ok {
			return value{start: start, end: end, quoted: true}, true
		}
		end := scanWhile(s, start, isBareValue)
		if end > start {
			if closed, ok := closedOnLaterLine(s, end, q); ok {
				end = closed
			}
		}
		return value{start: start, end: end, quoted: true}, end > start
	}
	end := scanWhile(s, i, isBareValue)
	if end > i {
		end = bareGoesOn(s, i, end)
	}
	return value{start: i, end: end}, end > i
}

// startsKey reports whether a line from s[i] starts with a key: a word
// followed by a colon or an equals sign and a value (`refresh_token: …`,
// `b=…`). A colon before // (a URL) and equals signs at the end (base64
// padding) are part of a value.
func startsKey(s string, i int) bool {
	end := scanWhile(s, i, func(c byte) bool { return isWordByte(c) || c == '-' || c == '"' || c == '\'' })
	end = scanWhile(s, end, isBlank)
	if end == i || end >= len(s) {
		return false
	}
	after := byte('\n')
	if end+1 < len(s) {
		after = s[end+1]
	}
	switch s[end] {
	case ':':
		return after != '/'
	case '=':
		return after != '=' && !isSpace(after)
	}
	return false
}

// closingQuote finds the quote q (or \q) that closes a value starting at
// s[start], on the same line.
func closingQuote(s string, start int, q byte) (int, bool) {
	for end := start; end < len(s) && s[end] != '\n'; end++ {
		if q2, m := quoteAt(s, end); m > 0 && q2 == q {
			return end, true
		}
	}
	return 0, false
}

// hasFoldPrefix reports whether s starts with prefix, in any letter case.
func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// endsEncodedValue reports whether a percent-encoded value ends at s: at
// an encoded &, quote, comma or closing brace. Other escapes (%2B for +,
// %2F for /) are part of the value.
func endsEncodedValue(s string) bool {
	for _, sep := range []string{"%26", "%22", "%2c", "%7d", "%20"} {
		if hasFoldPrefix(s, sep) {
			return true
		}
	}
	return false
}

// quoteAt reports the quote character at s[i] and its length: 1 for " or
// ', 2 for a JSON-escaped \" or \'.
func quoteAt(s string, i int) (byte, int) {
	switch {
	case s[i] == '"' || s[i] == '\'':
		return s[i], 1
	case s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\''):
		return s[i+1], 2
	}
	return 0, 0
}

func skipQuote(s string, i int) int {
	if i < len(s) {
		if _, n := quoteAt(s, i); n > 0 {
			return i + n
		}
	}
	return i
}
