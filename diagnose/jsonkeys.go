package diagnose

import "strings"

// mayHoldJSONKeys reports whether text has a quote before a colon at all.
func mayHoldJSONKeys(text string) bool {
	return strings.Contains(text, "\":") || strings.Contains(text, "\" :")
}

// eachJSONKey calls yield with the span of each JSON key of text, its
// quotes included: a short run of word characters between quotes, then a
// colon. Each byte is read once.
func eachJSONKey(text string, yield func(start, end int)) {
	for i := 0; i < len(text); i++ {
		if text[i] != '"' {
			continue
		}
		end := i + 1
		for end < len(text) && end-i <= maxJSONKeyLen && isWordByte(text[end]) {
			end++
		}
		if end >= len(text) || text[end] != '"' || end == i+1 {
			continue
		}
		colon := end + 1
		for colon < len(text) && text[colon] == ' ' {
			colon++
		}
		if colon < len(text) && text[colon] == ':' {
			yield(i, end+1)
		}
		i = end
	}
}

// maxJSONKeyLen is the longest JSON key eachJSONKey reads as one.
const maxJSONKeyLen = 40
