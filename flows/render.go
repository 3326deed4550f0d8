package flows

import (
	"fmt"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// WhoText lists the roles that act on a fix, in the given language.
func (f Fix) WhoText(l i18n.Lang) string {
	names := make([]string, len(f.Who))
	for i, r := range f.Who {
		names[i] = r.Label().In(l)
	}
	return strings.Join(names, ", ")
}

// StepsText is the fix's numbered steps as plain lines, the text the wizard
// copies when the user asks for the steps.
func (f Fix) StepsText(l i18n.Lang) string {
	lines := make([]string, len(f.Steps))
	for i, s := range f.Steps {
		lines[i] = fmt.Sprintf("%d. %s", i+1, s.In(l))
	}
	return strings.Join(lines, "\n")
}

// Part names a piece of a rendered fix that a caller may style.
type Part int

// The styleable parts of a rendered fix.
const (
	PartTitle   Part = iota // the fix's title
	PartHeading             // a section heading such as "Steps"
	PartLabel               // a field label such as "Who acts:"
)

// TextOptions shape PlainText's output.
type TextOptions struct {
	// Width wraps paragraphs at this many columns; 0 leaves them whole, for
	// pasting into a ticket.
	Width int
	// Style, when set, decorates titles, headings and labels (a terminal
	// makes them bold). It must not change the text's visible width.
	Style func(Part, string) string
}

func (o TextOptions) style(p Part, s string) string {
	if o.Style == nil {
		return s
	}
	return o.Style(p, s)
}

// PlainText renders the whole fix as text, the form a user pastes into a
// ticket and the form printed when the wizard ends. The text ends with a
// newline.
func PlainText(f Fix, l i18n.Lang, opts TextOptions) string {
	var b strings.Builder
	width := opts.Width
	heading := func(label i18n.Text) { b.WriteString("\n" + opts.style(PartHeading, label.In(l)) + "\n") }
	indented := func(text string) { b.WriteString(wrap(text, width, "  ", "  ") + "\n") }
	field := func(label i18n.Text, value string) {
		name := label.In(l) + ": "
		wrapped := wrap(value, width, name, strings.Repeat(" ", len([]rune(name))))
		// Style the label alone; wrap may have moved the value to the next line.
		bare := strings.TrimRight(name, " ")
		b.WriteString(opts.style(PartLabel, bare) + wrapped[len(bare):] + "\n")
	}

	title := wrap(f.Title.In(l), width, "", "")
	underline := 0
	for _, line := range strings.Split(title, "\n") {
		underline = max(underline, len([]rune(line)))
	}
	b.WriteString(opts.style(PartTitle, title) + "\n")
	b.WriteString(strings.Repeat("=", underline) + "\n")
	b.WriteString(wrap(f.Summary.In(l), width, "", "") + "\n\n")
	field(i18n.FixWho, f.WhoText(l))
	field(i18n.FixWhere, f.Where.In(l))
	field(i18n.FixDocs, f.DocsURL)
	heading(i18n.FixCause)
	indented(f.Cause.In(l))
	heading(i18n.FixSteps)
	for i, s := range f.Steps {
		num := fmt.Sprintf("  %d. ", i+1)
		b.WriteString(wrap(s.In(l), width, num, strings.Repeat(" ", len(num))) + "\n")
	}
	if !f.Note.IsZero() {
		heading(i18n.FixNote)
		indented(f.Note.In(l))
	}
	heading(i18n.FixCustomerMessage)
	indented(f.CustomerMessage.In(l))
	b.WriteString("\n")
	field(i18n.FixIDLabel, f.ID)
	return b.String()
}

// Markdown renders the whole fix as a Markdown section, for tickets, wikis
// and the wizard's --output file. The text ends with a newline.
func Markdown(f Fix, l i18n.Lang) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n", markdownEscape(f.Title.In(l)))
	fmt.Fprintf(&b, "%s\n\n", markdownEscape(f.Summary.In(l)))
	fmt.Fprintf(&b, "- **%s:** %s\n", i18n.FixWho.In(l), markdownEscape(f.WhoText(l)))
	fmt.Fprintf(&b, "- **%s:** %s\n", i18n.FixWhere.In(l), markdownEscape(f.Where.In(l)))
	fmt.Fprintf(&b, "- **%s:** <%s>\n\n", i18n.FixDocs.In(l), f.DocsURL)
	fmt.Fprintf(&b, "### %s\n\n%s\n\n", i18n.FixCause.In(l), markdownEscape(f.Cause.In(l)))
	fmt.Fprintf(&b, "### %s\n\n", i18n.FixSteps.In(l))
	for i, s := range f.Steps {
		fmt.Fprintf(&b, "%d. %s\n", i+1, markdownEscape(s.In(l)))
	}
	b.WriteString("\n")
	if !f.Note.IsZero() {
		fmt.Fprintf(&b, "> **%s:** %s\n\n", i18n.FixNote.In(l), markdownEscape(f.Note.In(l)))
	}
	fmt.Fprintf(&b, "### %s\n\n> %s\n\n", i18n.FixCustomerMessage.In(l), markdownEscape(f.CustomerMessage.In(l)))
	fmt.Fprintf(&b, "%s: `%s`\n", i18n.FixIDLabel.In(l), f.ID)
	return b.String()
}

// markdownEscaper escapes the characters that would otherwise start
// emphasis, code, links, headings, tables or HTML in running text.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`,
)

func markdownEscape(s string) string { return markdownEscaper.Replace(s) }
