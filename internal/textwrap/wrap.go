// Package textwrap breaks plain text into lines of a given display width.
// It is the one wrapping rule of fortnox-doctor: the fix screens, the
// reports and the command-line output all wrap through it, so a text wraps
// the same way wherever it is shown.
package textwrap

import (
	"strings"
	"unicode/utf8"

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
	return fill(words, width, false)
}

// fill puts words on lines of at most width columns, greedily, at spaces.
// A word wider than the line stands alone, whole, or with cut set is
// broken into pieces of the line's width, its last piece beginning the
// line the next words go on (see Fit).
func fill(words []string, width int, cut bool) []string {
	var lines []string
	var line strings.Builder
	used := 0
	for _, w := range words {
		n := Width(w)
		// line.Len, not used: a word can be zero columns wide.
		if line.Len() > 0 && used+1+n > width {
			lines = append(lines, line.String())
			line.Reset()
			used = 0
		}
		// A single rune wider than the line stays whole: it cannot be cut.
		for cut && n > width && utf8.RuneCountInString(w) > 1 {
			at := cutPoint(w, width)
			lines = append(lines, w[:at])
			w = w[at:]
			n = Width(w)
		}
		if line.Len() > 0 {
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
	return Indent(text, width, first, strings.Repeat(" ", Width(first)))
}

// Indent wraps text to width with first before its first line and rest
// before the others. When the first word does not fit after a label such
// as "Docs: " but would fit on a line of its own, it starts the next line,
// under rest. Width 0 or less leaves the text on one line.
func Indent(text string, width int, first, rest string) []string {
	if width <= 0 {
		return []string{strings.TrimRight(first+strings.Join(strings.Fields(text), " "), " ")}
	}
	words := strings.Fields(text)
	if len(words) > 0 && strings.TrimSpace(first) != "" &&
		Width(first)+Width(words[0]) > width && Width(rest)+Width(words[0]) <= width {
		return append([]string{strings.TrimRight(first, " ")}, Indent(text, width, rest, rest)...)
	}
	room := max(width-Width(rest), 1)
	firstRoom := max(width-Width(first), 1)
	lines := Lines(text, firstRoom)
	if len(lines) > 1 && firstRoom != room {
		// The first line is as wide as first leaves; the others as rest
		// leaves.
		tail := Lines(strings.Join(strings.Fields(text)[len(strings.Fields(lines[0])):], " "), room)
		lines = append(lines[:1], tail...)
	}
	out := make([]string, len(lines))
	for i, s := range lines {
		lead := rest
		if i == 0 {
			lead = first
		}
		out[i] = strings.TrimRight(lead+s, " ")
	}
	return out
}

// Fit wraps like Lines, but a word wider than the line, which Lines leaves
// whole, is broken into pieces of the line's width: for a screen, which has
// no room past its edge. Such a word starts a line of its own; its last
// piece begins the line the next words go on, so that "token," after
// "…/oauth-v1/" does not stand alone on a line.
func Fit(text string, width int) []string {
	words := strings.Fields(text)
	if len(words) == 0 || width <= 0 {
		return Lines(text, width)
	}
	// Words measured one by one can sum to less than their line: bytes
	// that are not UTF-8 measure differently beside a blank. Such a line
	// is cut again, as a whole.
	var out []string
	for _, l := range fill(words, width, true) {
		for Width(l) > width && utf8.RuneCountInString(l) > 1 {
			at := cutPoint(l, width)
			out = append(out, l[:at])
			l = l[at:]
		}
		out = append(out, l)
	}
	return out
}

// cutPoint is where to cut a piece of at most width columns off the start
// of s, which is wider: the longest start that fits, by whole runes (at
// least one, for a rune wider than the whole line), moved back to a
// delimiter by atDelimiter.
func cutPoint(s string, width int) int {
	cut, used := 0, 0
	for cut < len(s) {
		r, size := utf8.DecodeRuneInString(s[cut:])
		n := displaywidth.Rune(r)
		if cut > 0 && used+n > width {
			break
		}
		cut += size
		used += n
	}
	return atDelimiter(s[:cut], width)
}

// atDelimiter moves the end of a piece cut from a word wider than the
// line back to just after the last of its URL's or path's delimiters, so
// that https://apps.fortnox.se/oauth-v1/auth breaks between its parts
// rather than inside one: one that separates parts (/ ? & = #) first, a
// hyphen or a dot only where none does, as a line that ends in "-" reads
// as a word hyphenated ("…30616776789277-Fortnox-" / "error-2001339"). It
// keeps the cut where no delimiter lies in the piece's second half, which
// would leave a line too short for its width.
func atDelimiter(piece string, width int) int {
	for _, delimiters := range []string{"/?&=#", "-."} {
		if i := strings.LastIndexAny(piece, delimiters); i >= 0 && 2*Width(piece[:i+1]) >= width {
			return i + 1
		}
	}
	return len(piece)
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
