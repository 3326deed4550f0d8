package report

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/fortnox-doctor/fortnox-doctor/internal/textwrap"
)

// Role is what a piece of drawn text is, for a Styler to colour.
type Role int

// The roles a Styler is asked to style.
const (
	RoleHeading Role = iota
	RoleTitle
	RoleLabel
	RoleNumber
	RoleMuted
	RoleGood
	RoleWarning
	RoleBad
	// RoleChoice is the title of something to open; RoleSelected the same
	// under the cursor, and RolePointer the pointer beside it.
	RoleChoice
	RoleSelected
	RolePointer
)

// Styler styles one piece of text for a role. It is given plain text that
// has already been wrapped, so styling never changes the layout.
type Styler func(Role, string) string

// plainStyle leaves text as it is.
func plainStyle(_ Role, s string) string { return s }

// Renderer draws documents at a width for one surface.
type Renderer struct {
	// Width is the width in columns; 0 or less draws every text on one
	// line, for screen readers and pipes.
	Width int
	// Style colours the text; nil draws plain text.
	Style Styler
	// On is the surface drawn for: on the command line a fix's block ends
	// with the command that shows it; in the wizard a match's title is the
	// choice, and a finding ends with the fix it opens.
	On Surface
	// Gutter is the room left of every block of a list, where the wizard
	// draws its pointer; 0 for none.
	Gutter int
	// Cursor is the index of the choice under the cursor, -1 for none.
	Cursor int
	// Spoken leaves out what a screen reader reads aloud as noise (the
	// accessible mode): a finding's symbol before its severity word (✗
	// error), a note's mark, and the arrow before the fix a finding
	// opens, written as > as the spoken fix text writes a menu path's.
	Spoken bool
}

// spokenMark is a mark without its symbols: "✗ error" is "error", "!" is
// "".
func spokenMark(mark string) string {
	return strings.TrimLeftFunc(mark, func(r rune) bool { return !unicode.IsLetter(r) })
}

// Drawn is a document drawn as lines, with the lines each choice takes,
// [start, end), in the order of the document's choices.
type Drawn struct {
	Lines   []string
	Choices [][2]int
}

// String is the drawn document as text, one line per line.
func (d Drawn) String() string { return strings.Join(d.Lines, "\n") }

// Plain draws a document for the command line as plain text at a width
// (0 for one line per text).
func Plain(d Document, width int) string {
	r := Renderer{Width: width, Cursor: -1, On: Command}
	return r.Draw(d).String()
}

// openLines say how to open a fix: on the command line the command that
// shows it, never wrapped so that it can be copied whole; in the wizard
// its title, wrapped.
func (w *drawing) openLines(indent, id, title string, width int, role Role) []string {
	if w.r.On == Wizard {
		arrow := "→ "
		if w.r.Spoken {
			arrow = "> "
		}
		return w.styled(indent, indent, arrow+title, width, role, true)
	}
	return []string{indent + w.r.Style(role, "→ fortnox-doctor show "+id)}
}

// minValueWidth is the least room for a value beside its label, or a
// finding's text beside its mark; with less, it goes under them.
const minValueWidth = 20

// Draw draws the document: a blank line between parts, never two in a row,
// never first or last.
func (r Renderer) Draw(d Document) Drawn {
	if r.Style == nil {
		r.Style = plainStyle
	}
	w := &drawing{r: r, markWidth: markWidth(d, r.Spoken)}
	for i, b := range d.Blocks {
		w.block(b, i > 0 && joinsPrevious(d.Blocks[i-1], b))
	}
	for n := len(w.lines); n > 0 && w.lines[n-1] == ""; n-- {
		w.lines = w.lines[:n-1]
	}
	return Drawn{Lines: w.lines, Choices: w.spans}
}

// joinsPrevious reports whether a block belongs to the one before it, with
// no blank line between them: the rows of a list under their heading.
func joinsPrevious(prev, b Block) bool {
	switch b := b.(type) {
	case Fields, Finding:
		switch prev.(type) {
		case Heading, Finding:
			return true
		}
	case Paragraph:
		_, heading := prev.(Heading)
		return heading || b.InList
	}
	return false
}

type drawing struct {
	r     Renderer
	lines []string
	spans [][2]int
	// markWidth is the widest finding mark of the document: every
	// finding's text starts in the column after it.
	markWidth int
}

func markWidth(d Document, spoken bool) int {
	n := 0
	for _, b := range d.Blocks {
		if f, ok := b.(Finding); ok {
			mark := f.Mark
			if spoken {
				mark = spokenMark(mark)
			}
			n = max(n, textwrap.Width(mark))
		}
	}
	return n
}

func (w *drawing) add(lines ...string) { w.lines = append(w.lines, lines...) }

func (w *drawing) blank() {
	if n := len(w.lines); n > 0 && w.lines[n-1] != "" {
		w.add("")
	}
}

// indent is how far a list under a heading is set in: the gutter, or
// without one two spaces.
func (w *drawing) indent() string {
	if w.r.Gutter > 0 {
		return ""
	}
	return "  "
}

// width is the room for a block's text, after the gutter.
func (w *drawing) width() int {
	if w.r.Width <= 0 {
		return 0
	}
	return max(w.r.Width-w.r.Gutter, 1)
}

// item adds a block's lines in the gutter; a choosable one is the next
// choice and gets the pointer when it is under the cursor.
func (w *drawing) item(lines []string, choosable bool) {
	start := len(w.lines)
	selected := choosable && len(w.spans) == w.r.Cursor
	for i, s := range lines {
		lead := strings.Repeat(" ", w.r.Gutter)
		if i == 0 && selected && w.r.Gutter >= 2 {
			lead = w.r.Style(RolePointer, ">") + strings.Repeat(" ", w.r.Gutter-1)
		}
		w.add(lead + s)
	}
	if choosable {
		w.spans = append(w.spans, [2]int{start, len(w.lines)})
	}
}

// fitLines breaks the lines of a hanging indent that are wider than
// width, each after its lead (first on the first line, pad on the others),
// into lines that fit under pad.
func fitLines(lines []string, first, pad string, width int) []string {
	room := max(width-textwrap.Width(pad), 1)
	out := make([]string, 0, len(lines))
	for i, s := range lines {
		lead := pad
		if i == 0 {
			lead = first
		}
		if textwrap.Width(s) <= width || !strings.HasPrefix(s, lead) {
			out = append(out, textwrap.Cut(s, width))
			continue
		}
		for j, piece := range textwrap.Fit(strings.TrimPrefix(s, lead), room) {
			if j == 0 {
				out = append(out, textwrap.Cut(lead+piece, width))
			} else {
				out = append(out, textwrap.Cut(pad+piece, width))
			}
		}
	}
	return out
}

// selected reports whether the next choice is under the cursor.
func (w *drawing) selected() bool { return len(w.spans) == w.r.Cursor }

// styled wraps text after a first part and styles the text's lines.
func (w *drawing) styled(first, firstStyled string, text string, width int, role Role, styled bool) []string {
	lines := textwrap.Hang(first, text, width)
	pad := strings.Repeat(" ", textwrap.Width(first))
	if w.r.On == Wizard && width > 0 {
		// A screen has no room for a word wider than itself (a long
		// parameter value, a URL): it is broken over lines, at a URL's
		// delimiters where it has them (textwrap.Fit), rather than cut
		// with "…", which hid "scope=article%20companyinformation" (an
		// outside audit).
		lines = fitLines(lines, first, pad, width)
	}
	for i, s := range lines {
		lead, rest := pad, strings.TrimPrefix(s, pad)
		if i == 0 {
			// Without text (an empty parameter), the line is first with
			// its trailing blanks trimmed: nothing is left after it.
			lead, rest = firstStyled, strings.TrimPrefix(s, first)
			if s == strings.TrimRight(first, " ") {
				lead, rest = strings.TrimRight(firstStyled, " "), ""
			}
		}
		if styled {
			rest = w.r.Style(role, rest)
		}
		lines[i] = lead + rest
	}
	return lines
}

func toneRole(t Tone) (Role, bool) {
	switch t {
	case Good:
		return RoleGood, true
	case Warning:
		return RoleWarning, true
	case Bad:
		return RoleBad, true
	case Muted:
		return RoleMuted, true
	}
	return 0, false
}

func (w *drawing) block(b Block, joined bool) {
	if !joined {
		w.blank()
	}
	width := w.width()
	switch b := b.(type) {
	case Heading:
		for _, s := range textwrap.Lines(b.Text, w.r.Width) {
			w.add(w.r.Style(RoleHeading, s))
		}
	case Paragraph:
		role, styled := toneRole(b.Tone)
		if b.InList {
			w.item(w.styled(w.indent(), w.indent(), b.Text, width, role, styled), false)
			break
		}
		for _, s := range textwrap.Lines(b.Text, w.r.Width) {
			if styled {
				s = w.r.Style(role, s)
			}
			w.add(s)
		}
	case Note:
		role, _ := toneRole(b.Tone)
		if w.r.Spoken && spokenMark(b.Mark) == "" {
			w.add(w.styled("", "", b.Text, w.r.Width, 0, false)...)
			break
		}
		mark := b.Mark + " "
		w.add(w.styled(mark, w.r.Style(role, b.Mark)+" ", b.Text, w.r.Width, 0, false)...)
	case Fields:
		w.fields(b, width)
	case Finding:
		w.finding(b, width)
	case Match:
		w.match(b, width)
	case Action:
		role := RoleChoice
		if w.selected() {
			role = RoleSelected
		}
		w.item(w.styled("", "", b.Text, width, role, true), true)
	}
}

// fields draws a table: values in one column after the widest label, or
// under their labels when that leaves less than minValueWidth.
func (w *drawing) fields(f Fields, width int) {
	indent := ""
	if f.Indent {
		indent = w.indent()
	}
	labelWidth := 0
	for _, row := range f.Rows {
		labelWidth = max(labelWidth, textwrap.Width(row.Label))
	}
	stacked := width > 0 && width-len(indent)-labelWidth-2 < minValueWidth
	// A table of its own (a token's summary) starts at the margin; one
	// under a heading is a list, in the gutter.
	add := func(lines []string) { w.item(lines, false) }
	if !f.Indent {
		add = func(lines []string) { w.add(lines...) }
		width = w.r.Width
	}
	for _, row := range f.Rows {
		label := w.r.Style(RoleLabel, row.Label)
		if stacked {
			var lines []string
			lines = append(lines, indent+label)
			lines = append(lines, w.styled(indent+"  ", indent+"  ", row.Value, width, 0, false)...)
			add(lines)
			continue
		}
		pad := strings.Repeat(" ", labelWidth-textwrap.Width(row.Label)+2)
		first := indent + row.Label + pad
		add(w.styled(first, indent+label+pad, row.Value, width, 0, false))
	}
}

// finding draws a severity mark and the finding beside it (or under it
// when narrow), and how to open its fix.
func (w *drawing) finding(f Finding, width int) {
	role, _ := toneRole(f.Tone)
	if w.r.Spoken {
		f.Mark = spokenMark(f.Mark)
	}
	markWidth := w.markWidth
	pad := strings.Repeat(" ", markWidth-textwrap.Width(f.Mark)+2)
	lead := w.indent()
	var lines []string
	indent := lead + strings.Repeat(" ", markWidth+2)
	if width > 0 && width-len(lead)-markWidth-2 < minValueWidth {
		indent = lead + "  "
		lines = append(lines, lead+w.r.Style(role, f.Mark))
		lines = append(lines, w.styled(indent, indent, f.Text, width, 0, false)...)
	} else {
		lines = w.styled(lead+f.Mark+pad, lead+w.r.Style(role, f.Mark)+pad, f.Text, width, 0, false)
	}
	choosable := f.FixID != ""
	if choosable {
		openRole := RoleChoice
		if w.selected() {
			openRole = RoleSelected
		}
		lines = append(lines, w.openLines(indent, f.FixID, f.FixTitle, width, openRole)...)
	}
	w.item(lines, choosable)
}

// match draws a ranked fix: number and title, summary, evidence, and how
// to open it.
func (w *drawing) match(m Match, width int) {
	num := strconv.Itoa(m.Rank) + ". "
	indent := strings.Repeat(" ", len(num))
	titleRole := RoleChoice
	if w.selected() {
		titleRole = RoleSelected
	}
	lines := w.styled(num, w.r.Style(RoleNumber, num), m.Title, width, titleRole, true)
	if m.Summary != "" {
		lines = append(lines, w.styled(indent, indent, m.Summary, width, 0, false)...)
	}
	if len(m.Evidence) > 0 {
		label := m.EvidenceLabel + ": "
		lines = append(lines, w.styled(indent+label, indent+w.r.Style(RoleLabel, label), strings.Join(m.Evidence, " · "), width, RoleMuted, true)...)
	}
	if w.r.On == Command {
		lines = append(lines, w.openLines(indent, m.FixID, m.Title, width, RoleChoice)...)
	}
	w.item(lines, true)
}
