// Package textwrap breaks plain text into lines of a given display width.
// It is the one wrapping rule of fortnox-doctor: the fix screens, the
// reports and the command-line output all wrap through it, so a text wraps
// the same way wherever it is shown.
package textwrap

import (
	"strings"

	"github.com/clipperhouse/displaywidth"
)

// Width is the number of terminal columns s takes.
func Width(s string) int { return displaywidth.String(s) }

// Lines breaks text into lines at most width columns wide, at spaces only:
// a URL, a flag such as --scopes, a hyphenated name such as
// invalid-refresh-token or a path is never split, and a word longer than
// the line stands alone on its line, whole. Runs of blanks become one
// space. Width 0 or less leaves the text on one line. Text without words
// gives one empty line, so a caller can always take the first.
func Lines(text string, width int) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return []string{""}
	}
	if width <= 0 {
		return []string{strings.Join(words, " ")}
	}
	var lines []string
	var line strings.Builder
	used := 0
	for _, w := range words {
		n := Width(w)
		if used > 0 && used+1+n > width {
			lines = append(lines, line.String())
			line.Reset()
			used = 0
		}
		if used > 0 {
			line.WriteByte(' ')
			used++
		}
		line.WriteString(w)
		used += n
	}
	return append(lines, line.String())
}

// Hang wraps text after a first part (a label, a number, a mark), its
// other lines indented as wide as that part: a hanging indent. Width 0 or
// less leaves it on one line.
func Hang(first, text string, width int) []string {
	pad := strings.Repeat(" ", Width(first))
	room := width - len(pad)
	if width > 0 && room < 1 {
		room = 1
	}
	lines := Lines(text, room)
	if width <= 0 {
		room = 0
	}
	out := make([]string, len(lines))
	for i, s := range lines {
		lead := pad
		if i == 0 {
			lead = first
		}
		out[i] = strings.TrimRight(lead+s, " ")
	}
	return out
}

// Cut shortens s to at most width columns, ending it with "…" when it had
// to be cut. Width 0 or less leaves s whole.
func Cut(s string, width int) string {
	if width <= 0 || Width(s) <= width {
		return s
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		n := displaywidth.Rune(r)
		if used+n > width-1 {
			break
		}
		b.WriteRune(r)
		used += n
	}
	return b.String() + "…"
}
