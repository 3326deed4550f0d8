package diagnose

import "strings"

// asciiLower lowers ASCII letters only, so indexes stay the same as in s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func scanWhile(s string, i int, ok func(byte) bool) int {
	for i < len(s) && ok(s[i]) {
		i++
	}
	return i
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
func isSpace(c byte) bool      { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isBlank(c byte) bool      { return c == ' ' || c == '\t' }
func isBase64URL(c byte) bool  { return isAlnum(c) || c == '-' || c == '_' }
func isBase64Std(c byte) bool  { return isAlnum(c) || c == '+' || c == '/' || c == '=' }
func isB64Token(c byte) bool   { return isBase64URL(c) || strings.IndexByte(".~+/=", c) >= 0 }
func isQueryValue(c byte) bool { return c > ' ' && c < 0x7f && strings.IndexByte("&#\"'<>`\\", c) < 0 }

func isBareValue(c byte) bool {
	return c > ' ' && c < 0x7f && strings.IndexByte("&,;}])\"'<>`\\", c) < 0 || c >= 0x80
}
