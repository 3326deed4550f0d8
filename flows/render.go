package flows

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// WhoTextAs lists the roles that act on a fix as a person reads it
// (WhoFor; the zero Role for the fix's own list), in the given language.
// In Swedish a label after the first starts in lower case ("Integratör
// (utvecklare), användare i kundens Fortnox"), unless it starts with the
// name Fortnox.
func (f Fix) WhoTextAs(l i18n.Lang, person Role) string {
	who := f.WhoFor(person)
	names := make([]string, len(who))
	for i, r := range who {
		names[i] = r.LabelFor(person).In(l)
		if i > 0 {
			names[i] = lowerFirst(names[i])
		}
	}
	return strings.Join(names, ", ")
}

// lowerFirst puts the first letter of a label in lower case, unless the
// label starts with the name Fortnox: the roles after the first in a list
// are common nouns in either language.
func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "Fortnox") {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// StepText is a step as a line: its actor's name, then what to do.
func (s Step) StepText(l i18n.Lang) string { return s.StepTextFor(l, "") }

// StepTextFor is StepText as the given person reads it: a step they do in
// their own role goes without the actor's name ("What you do" says it).
func (s Step) StepTextFor(l i18n.Lang, person Role) string {
	if name := s.ActorFor(person).In(l); name != "" {
		return name + ": " + s.Text.In(l)
	}
	return s.Text.In(l)
}

// ActorFor is the actor's name to put in front of the step for the given
// person: empty when the person does it in their own role, unless their
// own steps mix an administrator's and a user's (see Step.named); for a
// consultant, the customer's administrator is the client's.
func (s Step) ActorFor(person Role) i18n.Text {
	switch {
	case s.Actor == person && s.named:
		return ownAdminName
	case s.Actor == person:
		var none i18n.Text
		return none
	case person == Consultant && s.Actor == Customer:
		return clientAdminName
	}
	return s.Actor.ActorName()
}

// StepsText is the fix's numbered steps as plain lines, each with its
// actor, the text the wizard copies when the user asks for the steps.
func (f Fix) StepsText(l i18n.Lang) string { return f.StepsTextAs(l, "") }

// StepsTextAs is StepsText in the order a person reads the steps (see
// ActionsFor): their own first.
func (f Fix) StepsTextAs(l i18n.Lang, person Role) string {
	steps := f.ActionsFor(person)
	lines := make([]string, len(steps))
	for i, s := range steps {
		lines[i] = fmt.Sprintf("%d. %s", i+1, s.StepTextFor(l, person))
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
	// Person, when set, shows the steps for that person (see StepsFor):
	// first what they do, then what to ask the other party, with the
	// message to that party. Unset, every step is listed with its actor.
	Person Role
	// Spoken leaves out what a screen reader reads aloud as noise: the
	// line of = under the title goes, and the arrows of menu paths
	// (Inställningar → Användare) are written as >, which a screen reader
	// passes over at its usual punctuation level.
	Spoken bool
}

// spokenArrow is a menu path's arrow in Spoken text.
const spokenArrow = " > "

func (o TextOptions) style(p Part, s string) string {
	if o.Style == nil {
		return s
	}
	return o.Style(p, s)
}

// LayoutSection is a heading over steps; Empty is said when there are none.
type LayoutSection struct {
	Heading i18n.Text
	Steps   []Step
	Empty   i18n.Text
}

// LayoutMessage is a heading over a message to pass on.
type LayoutMessage struct {
	Heading i18n.Text
	Text    i18n.Text
}

// Layout is what a fix shows for a person, for every form that draws it
// (text, Markdown, the wizard's screen): each section's heading with its
// steps, numbered on from the section before (an empty section says Empty
// instead), then each message with its heading. For a person: "What you
// do", "What to ask <the other party>" and the message to that party.
// Without one (the zero Role): one "Steps" section with every step, and
// the messages to the customer and to the integrator.
func (f Fix) Layout(person Role) ([]LayoutSection, []LayoutMessage) {
	if person == "" {
		msgs := []LayoutMessage{{i18n.FixCustomerMessage, f.CustomerMessage}}
		if !f.IntegratorMessage.IsZero() {
			msgs = append(msgs, LayoutMessage{i18n.FixMsgIntegrator, f.IntegratorMessage})
		}
		return []LayoutSection{{Heading: i18n.FixSteps, Steps: f.Steps}}, msgs
	}
	mine, theirs, other := f.StepsFor(person)
	_, text := f.MessageFor(person)
	sections := []LayoutSection{{Heading: i18n.FixYouDo, Steps: mine, Empty: i18n.FixNothingForYou}}
	messages := []LayoutMessage{{MessageHeading(person, other), text}}
	if len(theirs) == 0 {
		sections = append(sections, LayoutSection{Heading: AskHeading(person, other), Empty: i18n.FixNothingToAsk})
		return sections, messages
	}
	// One section per party to ask, the other party of StepsFor first,
	// so that a step of the integrator is not listed under "What to ask
	// your client".
	parties := []Role{other}
	byParty := map[Role][]Step{}
	for _, st := range theirs {
		p := st.Actor.party()
		if !slices.Contains(parties, p) {
			parties = append(parties, p)
		}
		byParty[p] = append(byParty[p], st)
	}
	for _, p := range parties {
		if len(byParty[p]) == 0 {
			continue
		}
		sections = append(sections, LayoutSection{Heading: AskHeading(person, p), Steps: byParty[p]})
		if p == other {
			continue
		}
		if msg := f.messageTo(person, p); !msg.IsZero() {
			messages = append(messages, LayoutMessage{MessageHeading(person, p), msg})
		}
	}
	return sections, messages
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
	if !opts.Spoken {
		b.WriteString(strings.Repeat("=", underline) + "\n")
	}
	b.WriteString(wrap(f.Summary.In(l), width, "", "") + "\n\n")
	if opts.Person != "" {
		field(i18n.FixReadingAs, opts.Person.PersonLabel().In(l))
	}
	field(i18n.FixWho, f.WhoTextAs(l, opts.Person))
	field(i18n.FixWhere, f.Where.In(l))
	field(i18n.FixDocs, f.DocsURL)
	cause := func() {
		heading(i18n.FixCause)
		indented(f.Cause.In(l))
	}
	// For a person, what they do comes before why, as in the wizard: it
	// is what they came for, and a screen reader reaches it first.
	if opts.Person == "" {
		cause()
	}
	sections, messages := f.Layout(opts.Person)
	n := 0
	for _, s := range sections {
		heading(s.Heading)
		if len(s.Steps) == 0 {
			indented(s.Empty.In(l))
		}
		for _, st := range s.Steps {
			n++
			num := fmt.Sprintf("  %d. ", n)
			b.WriteString(wrap(st.StepTextFor(l, opts.Person), width, num, strings.Repeat(" ", len(num))) + "\n")
		}
	}
	if opts.Person != "" {
		cause()
	}
	if !f.Note.IsZero() {
		heading(i18n.FixNote)
		indented(f.Note.In(l))
	}
	for _, m := range messages {
		heading(m.Heading)
		indented(m.Text.In(l))
	}
	if related := f.RelatedFixes(); len(related) > 0 {
		heading(i18n.FixSeeAlso)
		for _, r := range related {
			b.WriteString(wrap(RelatedLine(r.Title.In(l), r.ID), width, "  - ", "    ") + "\n")
		}
	}
	if len(f.Sources) > 0 {
		heading(i18n.FixSources)
		for _, s := range f.Sources {
			b.WriteString(wrap(s.Label(l), width, "  - ", "    ") + "\n")
			b.WriteString("    " + s.URL + "\n")
		}
	}
	b.WriteString("\n")
	field(i18n.FixIDLabel, f.ID)
	if opts.Spoken {
		return strings.ReplaceAll(b.String(), " → ", spokenArrow)
	}
	return b.String()
}

// Markdown renders the whole fix as a Markdown section, for tickets, wikis
// and the wizard's --output file, every step with its actor. The text ends
// with a newline.
func Markdown(f Fix, l i18n.Lang) string { return MarkdownAs(f, l, "") }

// MarkdownAs is Markdown for one person (see TextOptions.Person); the zero
// Role lists every step with its actor.
func MarkdownAs(f Fix, l i18n.Lang, person Role) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n", markdownEscape(f.Title.In(l)))
	fmt.Fprintf(&b, "%s\n\n", markdownEscape(f.Summary.In(l)))
	if person != "" {
		fmt.Fprintf(&b, "- **%s:** %s\n", i18n.FixReadingAs.In(l), markdownEscape(person.PersonLabel().In(l)))
	}
	fmt.Fprintf(&b, "- **%s:** %s\n", i18n.FixWho.In(l), markdownEscape(f.WhoTextAs(l, person)))
	fmt.Fprintf(&b, "- **%s:** %s\n", i18n.FixWhere.In(l), markdownEscape(f.Where.In(l)))
	fmt.Fprintf(&b, "- **%s:** <%s>\n\n", i18n.FixDocs.In(l), f.DocsURL)
	cause := func() { fmt.Fprintf(&b, "### %s\n\n%s\n\n", i18n.FixCause.In(l), markdownEscape(f.Cause.In(l))) }
	// For a person, what they do comes before why (see PlainText).
	if person == "" {
		cause()
	}
	sections, messages := f.Layout(person)
	n := 0
	for _, s := range sections {
		fmt.Fprintf(&b, "### %s\n\n", markdownEscape(s.Heading.In(l)))
		if len(s.Steps) == 0 {
			fmt.Fprintf(&b, "%s\n", markdownEscape(s.Empty.In(l)))
		}
		for _, st := range s.Steps {
			n++
			if actor := st.ActorFor(person).In(l); actor != "" {
				fmt.Fprintf(&b, "%d. **%s:** %s\n", n, markdownEscape(actor), markdownEscape(st.Text.In(l)))
			} else {
				fmt.Fprintf(&b, "%d. %s\n", n, markdownEscape(st.Text.In(l)))
			}
		}
		b.WriteString("\n")
	}
	if person != "" {
		cause()
	}
	if !f.Note.IsZero() {
		fmt.Fprintf(&b, "> **%s:** %s\n\n", i18n.FixNote.In(l), markdownEscape(f.Note.In(l)))
	}
	for _, m := range messages {
		fmt.Fprintf(&b, "### %s\n\n> %s\n\n", markdownEscape(m.Heading.In(l)), markdownEscape(m.Text.In(l)))
	}
	if related := f.RelatedFixes(); len(related) > 0 {
		fmt.Fprintf(&b, "### %s\n\n", i18n.FixSeeAlso.In(l))
		for _, r := range related {
			fmt.Fprintf(&b, "- %s (`%s`)\n", markdownEscape(r.Title.In(l)), r.ID)
		}
		b.WriteString("\n")
	}
	if len(f.Sources) > 0 {
		fmt.Fprintf(&b, "### %s\n\n", i18n.FixSources.In(l))
		for _, s := range f.Sources {
			fmt.Fprintf(&b, "- [%s](%s)\n", markdownEscape(s.Label(l)), s.URL)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%s: `%s`\n", i18n.FixIDLabel.In(l), f.ID)
	return b.String()
}

// markdownEscaper escapes the characters that would otherwise start
// emphasis, code, links, headings, tables or HTML in running text.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`,
)

func markdownEscape(s string) string { return markdownEscaper.Replace(s) }
