package diagnose

import "strings"

// findSchemeCredentials finds `Bearer <token>` anywhere and `Basic
// <base64>` after an Authorization header name or when the base64 holds a
// user:password pair (so "Basic plan" stays).
func findSchemeCredentials(s, lower string, out []span) []span {
	for _, scheme := range []string{"bearer", "basic"} {
		for from := 0; ; {
			i := strings.Index(lower[from:], scheme)
			if i < 0 {
				break
			}
			start := from + i
			from = start + len(scheme)
			if start > 0 && isAlnum(lower[start-1]) {
				continue
			}
			vstart := scanWhile(s, from, isBlank)
			if vstart < len(s) && s[vstart] == '\n' && afterAuthorizationHeader(lower, start) {
				// `Authorization: Basic` with the value wrapped onto the
				// next line.
				vstart = scanWhile(s, vstart+1, isBlank)
			}
			if vstart == from {
				continue
			}
			if scheme == "bearer" {
				end := scanWhile(s, vstart, isB64Token)
				tok := strings.TrimRight(s[vstart:end], "=")
				// `Bearer error="invalid_token"` is a challenge, not a token.
				if end < len(s) && s[end] == '"' && strings.HasSuffix(s[vstart:end], "=") {
					continue
				}
				if len(tok) >= 8 && looksSecret(tok) {
					out = appendSpan(out, newSpan(s, vstart, end, SecretBearerToken))
					from = end
				}
				continue
			}
			end := scanWhile(s, vstart, isBase64Std)
			v := s[vstart:end]
			if len(v) < 8 {
				continue
			}
			if afterAuthorizationHeader(lower, start) || holdsCredentials(v) {
				out = appendSpan(out, newSpan(s, vstart, end, SecretBasicCredentials))
				from = end
			}
		}
	}
	return out
}

// afterAuthorizationHeader reports whether the word at start follows an
// Authorization header name on the same line.
// Only the 40 bytes before the word are read, so that a long line of
// matches is not read again for each.
func afterAuthorizationHeader(lower string, start int) bool {
	head := lower[max(0, start-40):start]
	if nl := strings.LastIndexByte(head, '\n'); nl >= 0 {
		head = head[nl+1:]
	}
	return strings.Contains(head, "authorization")
}

// findCurlUsers finds the password in curl's `-u user:password` and
// `--user user:password` (quoted or not); the user stays, as it helps to
// see which client it was.
func findCurlUsers(s, lower string, out []span) []span {
	for _, flag := range []string{"-u", "--user"} {
		for from := 0; ; {
			i := strings.Index(lower[from:], flag)
			if i < 0 {
				break
			}
			start := from + i
			from = start + len(flag)
			if start > 0 && !isSpace(s[start-1]) && s[start-1] != '\'' && s[start-1] != '"' {
				continue
			}
			if flag == "-u" && start > 0 && s[start-1] == '-' {
				continue
			}
			v := from
			switch {
			case v < len(s) && s[v] == '=' && flag == "--user":
				v++
			case v < len(s) && isBlank(s[v]):
				v = scanWhile(s, v, isBlank)
			case flag == "-u" && v < len(s) && s[v] != '-':
				// -uuser:password, as curl also reads it
			default:
				continue
			}
			v = skipQuote(s, v)
			end := v
			for end < len(s) && !isSpace(s[end]) && s[end] != '"' && s[end] != '\'' {
				end++
			}
			colon := strings.IndexByte(s[v:end], ':')
			if colon < 1 || v+colon+1 >= end || strings.HasPrefix(s[v+colon+1:], redactedPrefix) {
				continue
			}
			out = appendSpan(out, newSpan(s, v+colon+1, end, SecretBasicCredentials))
			from = end
		}
	}
	return out
}
