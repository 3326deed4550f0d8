package tui

import "strings"

// pastedLineBreaks undoes what a terminal does to the line breaks of a
// bracketed paste. Terminals send each LF of a paste as CR (xterm and
// tmux do, as Enter would), so a text copied with CRLF line ends arrives
// with CR CR at every break and would show a blank line between each two.
// When every run of CRs in the paste is of even length, it came from CRLF
// text, and each pair is one break; a paste with any run of odd length
// (a lone CR, or three) is left as it is, as its breaks cannot be told
// apart from blank lines.
func pastedLineBreaks(s string) string {
	if !strings.Contains(s, "\r\r") || strings.Contains(s, "\n") {
		return s
	}
	for i := 0; i < len(s); {
		if s[i] != '\r' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '\r' {
			j++
		}
		if (j-i)%2 != 0 {
			return s
		}
		i = j
	}
	return strings.ReplaceAll(s, "\r\r", "\n")
}
