package diagnose

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"
)

// isUUID reports whether v is a UUID in its usual form: 8-4-4-4-12 hex
// digits.
func isUUID(v string) bool {
	if len(v) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		switch i {
		case 8, 13, 18, 23:
			if v[i] != '-' {
				return false
			}
		default:
			if !isHex(v[i]) {
				return false
			}
		}
	}
	return true
}

// mixesClasses reports whether v has upper-case letters, lower-case letters
// and digits, as random base64 almost always has and words and hex never.
func mixesClasses(v string) bool {
	var upper, lower, digit bool
	for i := 0; i < len(v); i++ {
		c := v[i]
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
		digit = digit || c >= '0' && c <= '9'
	}
	return upper && lower && digit
}

// holdsCredentials reports whether v is base64 of a printable
// "user:password" pair.
func holdsCredentials(v string) bool {
	dec, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		dec, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(v, "="))
	}
	if err != nil || !utf8.Valid(dec) {
		return false
	}
	user, pass, ok := strings.Cut(string(dec), ":")
	if !ok || user == "" || pass == "" {
		return false
	}
	for _, r := range string(dec) {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	return true
}

// looksSecret tells a token from a word: long, or mixing letter case,
// digits or symbols.
func looksSecret(v string) bool {
	if len(v) >= 16 {
		return true
	}
	if len(v) < 8 {
		return false
	}
	return !isPlainWord(v)
}

// isPlainWord reports whether v is an ordinary word: letters only, in one
// case or capitalised.
func isPlainWord(v string) bool {
	upper := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			upper++
		default:
			return false
		}
	}
	return upper == 0 || upper == len(v) || (upper == 1 && v[0] >= 'A' && v[0] <= 'Z')
}
