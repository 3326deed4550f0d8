package diagnose

import "strings"

// findBareTokens finds what looks like a secret with nothing around it to
// say so: a UUID (a refresh token quoted in prose looks like any other,
// so every UUID is hidden), also when a line break splits it, and a run
// of 32 or more base64url characters mixing upper and lower case and
// digits (a JWT's signature on its own, an opaque token). Both are read in
// one pass over the runs of such characters.
func findBareTokens(s string, out []span) []span {
	for i := 0; i < len(s); {
		if !isBase64URL(s[i]) {
			i++
			continue
		}
		end := scanWhile(s, i, isBase64URL)
		run := s[i:end]
		if next, ok := nextLine(s, end); ok && len(run) < 36 {
			// A UUID that a line break splits: the run ends its line and
			// the next line starts with the rest.
			rest := scanWhile(s, next, isBase64URL)
			if len(run)+rest-next == 36 && isUUID(run+s[next:rest]) {
				out = appendSpan(out, span{start: i, end: rest, kind: SecretToken, hint: lastFour(run + s[next:rest])})
				i = rest
				continue
			}
		}
		// A run inside a dotted or slashed name is part of something
		// else (a JWT is found whole, a path is not a secret).
		switch {
		case isUUID(run):
			out = appendSpan(out, newSpan(s, i, end, SecretToken))
		case len(run) >= 32 && mixesClasses(run) && !strings.HasPrefix(run, "eyJ"):
			out = appendSpan(out, newSpan(s, i, end, SecretToken))
		default:
			// UUIDs inside a longer run: refresh_token%3D<uuid>%26… leaves
			// the UUID glued to the escapes around it.
			for k := 0; k+36 <= len(run); k++ {
				if run[k+8] == '-' && (k == 0 || !isHex(run[k-1]) || k >= 2 && run[k-2] == '%') && isUUID(run[k:k+36]) {
					out = appendSpan(out, newSpan(s, i+k, i+k+36, SecretToken))
					k += 35
				}
			}
		}
		i = end
	}
	return out
}
