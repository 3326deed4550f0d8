package diagnose

import "strings"

// withoutPlaceholders writes over each placeholder of a redacted secret
// ("[redacted:authorization-code abcd]" once folded) with letters that are
// no word of any fix. Its words are ours, not the paste's: "authorization"
// and "code" would find the fixes about a callback without a code in a
// callback that has one. It stays one unbroken run so that a URL it sits
// in is still one URL to withoutURLs. Each byte is read once.
func withoutPlaceholders(folded string) string {
	if !strings.Contains(folded, redactedPrefix) {
		return folded
	}
	b := []byte(folded)
	for from := 0; ; {
		i := strings.Index(folded[from:], redactedPrefix)
		if i < 0 {
			break
		}
		start := from + i
		end := start + len(redactedPrefix)
		for end < len(folded) && end-start < 2*placeholderMax && folded[end] != ']' && folded[end] != '\n' {
			end++
		}
		if end < len(folded) && folded[end] == ']' {
			end++
		}
		for k := start; k < end; k++ {
			b[k] = 'x'
		}
		from = end
	}
	return string(b)
}

// withoutURLs blanks out every URL: an activation link's parameters
// (client_id, scope, redirect_uri) are words of many fixes but say nothing
// about a problem, and the errors a callback carries are exact evidence.
func withoutURLs(folded string) string {
	if !strings.Contains(folded, "://") {
		return folded
	}
	b := []byte(folded)
	for from := 0; ; {
		i := strings.Index(folded[from:], "://")
		if i < 0 {
			break
		}
		at := from + i
		start := at
		for start > 0 && isAlnum(folded[start-1]) {
			start--
		}
		end := at + 3
		for end < len(folded) && !isSpace(folded[end]) && strings.IndexByte("\"'<>`()[]{}", folded[end]) < 0 {
			end++
		}
		// A decoded %20 splits a query string: the parts after it that
		// still hold parameters belong to the URL.
		for end < len(folded) && folded[end] == ' ' {
			next := end + 1
			for next < len(folded) && !isSpace(folded[next]) {
				next++
			}
			if tok := folded[end+1 : next]; !strings.Contains(tok, "&") || !strings.Contains(tok, "=") {
				break
			}
			end = next
		}
		for k := start; k < end; k++ {
			b[k] = ' '
		}
		from = end
	}
	return string(b)
}

// withoutJSONKeys blanks out the keys of JSON objects ("code":, "message":):
// they name a body's fields, not the problem, and "code" of every
// ErrorInformation would otherwise find the fixes about authorization codes.
func withoutJSONKeys(folded string) string {
	if !mayHoldJSONKeys(folded) {
		return folded
	}
	b := []byte(folded)
	eachJSONKey(folded, func(start, end int) {
		for k := start; k < end; k++ {
			b[k] = ' '
		}
	})
	return string(b)
}
