package tui

import (
	"fmt"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/internal/textwrap"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// narrowFields is the content width below which a fix's field labels sit on
// their own line instead of in a column beside the values.
const narrowFields = 56

// renderFix draws a fix for the fix screen, wrapped to width columns: the
// title and summary, who acts, the cause, the steps (for a person, the steps
// come before the cause), where in Fortnox, the
// docs link, an optional note, the message to pass on and the sources, with
// the same headings as the printed fix (flows.PlainText). For a role the
// steps come as "What you do" then "What to ask <the other party>", with
// the message to that party (flows.Fix.Layout); without one, every step
// with its actor. It is the styled screen form of the fix; the plain text
// printed and copied comes from flows.
//
// It also returns the lines that belong with the line after them (a
// section's heading, a field's label on a narrow screen), for the screen
// to keep them off the foot of a page.
func renderFix(f flows.Fix, role flows.Role, l i18n.Lang, width int, st *styles) (string, []int) {
	var b strings.Builder
	var keepWithNext []int
	n := 0 // lines written
	line := func(s string) { b.WriteString(s + "\n"); n++ }
	heading := func(s string) { keepWithNext = append(keepWithNext, n); line(s) }
	styled := func(style lipgloss.Style, lines []string, indent string) {
		for _, s := range lines {
			line(indent + style.Render(s))
		}
	}
	plain := lipgloss.NewStyle()

	styled(st.title, wrapLines(f.Title.In(l), width), "")
	styled(plain, wrapLines(f.Summary.In(l), width), "")
	line("")

	labels := []i18n.Text{i18n.FixWho, i18n.FixWhere, i18n.FixDocs}
	if role != "" {
		labels = append(labels, i18n.FixReadingAs)
	}
	labelWidth := 0
	for _, label := range labels {
		labelWidth = max(labelWidth, ansi.StringWidth(label.In(l)))
	}
	field := func(label i18n.Text, value string, valueStyle lipgloss.Style) {
		stacked := width < narrowFields
		for i, s := range fieldLines(st, label.In(l), value, labelWidth, width, valueStyle, stacked) {
			if i == 0 && stacked {
				heading(s) // the label stands alone above its value
				continue
			}
			line(s)
		}
	}
	section := func(title i18n.Text) {
		line("")
		heading(st.heading.Render(title.In(l)))
	}

	// The order the issue asks for: who acts, why, what to do, where, the
	// docs, then the message to pass on. The steps come early so that they
	// show without scrolling on an 80x24 terminal more often than not.
	if role != "" {
		field(i18n.FixReadingAs, role.PersonLabel().In(l), plain)
	}
	field(i18n.FixWho, f.WhoTextAs(l, role), plain)
	cause := func() {
		section(i18n.FixCause)
		styled(plain, wrapLines(f.Cause.In(l), width), "")
	}
	// For a person, what they do comes first, before why: it is what
	// they came for, and it then shows without scrolling.
	if role == "" {
		cause()
	}

	sections, messages := f.Layout(role)
	digits := len(fmt.Sprint(len(f.Steps)))
	indent := strings.Repeat(" ", digits+2) // under the text after "1. "
	step := 0
	for _, sec := range sections {
		section(sec.Heading)
		if len(sec.Steps) == 0 {
			styled(st.muted, wrapLines(sec.Empty.In(l), width), "")
		}
		for _, s := range sec.Steps {
			step++
			num := fmt.Sprintf("%*d. ", digits, step)
			actor := ""
			if name := s.ActorFor(role).In(l); name != "" {
				actor = name + ": "
			}
			for j, text := range wrapLines(actor+s.Text.In(l), width-len(indent)) {
				switch {
				case j == 0 && actor != "" && strings.HasPrefix(text, actor):
					line(st.number.Render(num) + st.label.Render(strings.TrimSuffix(actor, " ")) + " " + strings.TrimPrefix(text, actor))
				case j == 0:
					line(st.number.Render(num) + text)
				default:
					line(indent + text)
				}
			}
		}
	}

	if role != "" {
		cause()
	}

	line("")
	field(i18n.FixWhere, f.Where.In(l), plain)
	field(i18n.FixDocs, f.DocsURL, plain.Hyperlink(f.DocsURL))

	if !f.Note.IsZero() {
		section(i18n.FixNote)
		styled(plain, wrapLines(f.Note.In(l), width), "")
	}

	bar := st.quoteBar.Render("│") + " "
	for _, m := range messages {
		section(m.Heading)
		for _, text := range wrapLines(m.Text.In(l), width-2) {
			line(bar + text)
		}
	}
	if related := f.RelatedFixes(); len(related) > 0 {
		section(i18n.FixSeeAlso)
		// Each item shows the key that opens it (s, S), in the place of
		// the list's dash.
		keys := []string{"s", "S"}
		for i, r := range related {
			for j, text := range wrapLines(flows.RelatedLine(r.Title.In(l), r.ID), width-2) {
				prefix := "  "
				switch {
				case j == 0 && i < len(keys):
					prefix = st.number.Render(keys[i]) + " "
				case j == 0:
					prefix = "- "
				}
				line(prefix + text)
			}
		}
	}
	if len(f.Sources) > 0 {
		section(i18n.FixSources)
		for _, src := range f.Sources {
			for j, text := range wrapLines(src.Label(l), width-2) {
				prefix := "- "
				if j > 0 {
					prefix = "  "
				}
				line(prefix + text)
			}
			for _, text := range wrapLines(src.URL, width-2) {
				line("  " + st.muted.Hyperlink(src.URL).Render(text))
			}
		}
	}
	line("")
	ids := idLines(st, i18n.FixIDLabel.In(l), f.ID, width)
	if len(ids) > 1 {
		keepWithNext = append(keepWithNext, n) // the label above the ID
	}
	b.WriteString(strings.Join(ids, "\n"))
	return b.String(), keepWithNext
}

// idLines is the fix's ID with its label, on one line when it fits, else
// the ID on a line of its own (indented when that fits): the ID is what
// `show ID` takes, so it is never cut.
func idLines(st *styles, label, id string, width int) []string {
	if one := label + ": " + id; ansi.StringWidth(one) <= width {
		return []string{st.muted.Render(one)}
	}
	out := []string{st.muted.Render(label + ":")}
	indent := "  "
	if ansi.StringWidth(id) > width-len(indent) {
		indent = ""
	}
	for _, part := range wrapLines(id, width-len(indent)) {
		out = append(out, indent+st.muted.Render(part))
	}
	return out
}

// fieldLines draws a label with its value beside it, the labels in a
// column labelWidth wide; stacked (on a narrow screen), the value goes
// under its label, indented. A value of one word (a URL) that does not fit
// beside its label but fits under it goes under it too, whole, rather than
// broken over two lines beside it (an outside audit's Docs link at 80
// columns).
func fieldLines(st *styles, label, value string, labelWidth, width int, valueStyle lipgloss.Style, stacked bool) []string {
	var out []string
	column := labelWidth + 2
	if n := ansi.StringWidth(value); !strings.ContainsAny(value, " \t") && n > width-column && n <= width-2 {
		stacked = true
	}
	if stacked {
		out = append(out, st.label.Render(label))
		for _, v := range wrapLines(value, width-2) {
			out = append(out, "  "+valueStyle.Render(v))
		}
		return out
	}
	values := wrapLines(value, width-column)
	pad := strings.Repeat(" ", max(0, column-ansi.StringWidth(label)))
	out = append(out, st.label.Render(label)+pad+valueStyle.Render(values[0]))
	for _, v := range values[1:] {
		out = append(out, strings.Repeat(" ", column)+valueStyle.Render(v))
	}
	return out
}

// wrapLines wraps plain text to width columns by the project's one rule
// (textwrap): at spaces, never inside a URL, a flag or a hyphenated name;
// only a word longer than the whole line is broken, since a screen has no
// room past its edge. It always returns at least one line.
func wrapLines(text string, width int) []string {
	return textwrap.Fit(text, max(width, 1))
}
