// Package report turns what diagnose found in a paste into a document of
// blocks — headings, paragraphs with a tone, labelled fields, findings with
// their severity and fix, ranked matches with their evidence, notes — and
// draws a document as lines. Every surface shows a result through it: the
// commands (explain, check-url, inspect-token) as plain or coloured text,
// the wizard with its styles and a cursor on the fixes to open, and the
// accessible mode as plain text. So a result reads the same, in the same
// order and wrapped by the same rule, wherever it is shown.
//
// report imports no terminal package: a surface passes its styles in as a
// Styler. It sits above diagnose and flows and below tui and cmd.
package report

// Surface is where a document is shown. The two differ in how a fix is
// opened: on the command line by running `fortnox-doctor show ID`, which
// the document says; in the wizard by choosing it, and the way back to the
// questions is one more choice.
type Surface int

// The surfaces.
const (
	Command Surface = iota
	Wizard
)

// Document is a result as blocks, in the order they are shown, with every
// text already in one language and already sanitized and redacted by
// diagnose.
type Document struct {
	Blocks []Block
}

// Add appends blocks to the document.
func (d *Document) Add(b ...Block) { d.Blocks = append(d.Blocks, b...) }

// Choices are the fix IDs the document offers to open, in order: one per
// choosable block (a match, a finding with a fix, an action).
func (d Document) Choices() []string {
	var ids []string
	for _, b := range d.Blocks {
		if id, ok := choice(b); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// Block is one part of a document: a Heading, Paragraph, Fields, Finding,
// Match, Note or Action.
type Block interface{ block() }

// Tone is how a paragraph or note reads: a verdict's severity, or muted.
type Tone string

// The tones.
const (
	Normal  Tone = ""
	Good    Tone = "good"
	Warning Tone = "warning"
	Bad     Tone = "bad"
	Muted   Tone = "muted"
)

// Heading names the part that follows.
type Heading struct{ Text string }

// Paragraph is running text in a tone. A paragraph InList ends the list
// above it: it is drawn with the list's rows, not after a blank line.
type Paragraph struct {
	Text   string
	Tone   Tone
	InList bool
}

// Fields are labelled values shown as a table: the values start in one
// column, after the widest label (the one label-width rule), or under their
// labels when the width leaves a value too little room.
type Fields struct {
	Rows []Field
	// Indent puts the table under a heading.
	Indent bool
}

// Field is one label and its value, each on one line.
type Field struct{ Label, Value string }

// Finding is something check-url or inspect-token noticed: its severity
// mark ("✗ error"), what it says, and the fix that explains it, if any. A
// finding with a fix can be opened.
type Finding struct {
	Tone  Tone
	Mark  string
	Text  string
	FixID string
	// FixTitle is the fix's title, for surfaces that show it rather than
	// its ID.
	FixTitle string
}

// Match is a fix a text points at: its rank, title, one-line summary and
// the evidence for it. Guesses come under their own heading ("might be"),
// so a match needs no mark of its own for that.
type Match struct {
	Rank          int
	FixID         string
	Title         string
	Summary       string
	EvidenceLabel string
	Evidence      []string
}

// Note is a line set apart with a mark, such as the note that secrets were
// hidden.
type Note struct {
	Mark string
	Tone Tone
	Text string
}

// Action is a choice that is not a fix of the paste, such as "Answer the
// questions instead"; ID names it for the surface that acts on it.
type Action struct {
	ID   string
	Text string
}

func (Heading) block()   {}
func (Paragraph) block() {}
func (Fields) block()    {}
func (Finding) block()   {}
func (Match) block()     {}
func (Note) block()      {}
func (Action) block()    {}

// choice reports the ID a block opens, if it can be chosen.
func choice(b Block) (string, bool) {
	switch b := b.(type) {
	case Match:
		return b.FixID, true
	case Finding:
		return b.FixID, b.FixID != ""
	case Action:
		return b.ID, true
	}
	return "", false
}
