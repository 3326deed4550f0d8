package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// narrowFields is the content width below which a fix's field labels sit on
// their own line instead of in a column beside the values.
const narrowFields = 56

// renderFix draws a fix for the fix screen, wrapped to width columns: the
// title and summary, who acts, the cause, the numbered steps, where in
// Fortnox, the docs link, an optional note and the message to the customer, with
// the same headings as the printed fix (flows.PlainText). It is the styled
// screen form of the fix; the plain text printed and copied comes from flows.
func renderFix(f flows.Fix, l i18n.Lang, width int, st *styles) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	styled := func(style lipgloss.Style, lines []string, indent string) {
		for _, s := range lines {
			line(indent + style.Render(s))
		}
	}
	plain := lipgloss.NewStyle()

	styled(st.title, wrapLines(f.Title.In(l), width), "")
	styled(plain, wrapLines(f.Summary.In(l), width), "")
	line("")

	labelWidth := 0
	for _, label := range []i18n.Text{i18n.FixWho, i18n.FixWhere, i18n.FixDocs} {
		labelWidth = max(labelWidth, ansi.StringWidth(label.In(l)))
	}
	field := func(label i18n.Text, value string, valueStyle lipgloss.Style) {
		for _, s := range fieldLines(st, label.In(l), value, labelWidth, width, valueStyle, width < narrowFields) {
			line(s)
		}
	}
	section := func(heading i18n.Text) {
		line("")
		line(st.heading.Render(heading.In(l)))
	}

	// The order the issue asks for: who acts, why, what to do, where, the
	// docs, then the message to pass on. The steps come early so that they
	// show without scrolling on an 80x24 terminal more often than not.
	field(i18n.FixWho, f.WhoText(l), plain)
	section(i18n.FixCause)
	styled(plain, wrapLines(f.Cause.In(l), width), "")

	section(i18n.FixSteps)
	digits := len(fmt.Sprint(len(f.Steps)))
	indent := strings.Repeat(" ", digits+2) // under the text after "1. "
	for i, s := range f.Steps {
		num := fmt.Sprintf("%*d. ", digits, i+1)
		for j, text := range wrapLines(s.In(l), width-len(indent)) {
			if j == 0 {
				line(st.number.Render(num) + text)
			} else {
				line(indent + text)
			}
		}
	}

	line("")
	field(i18n.FixWhere, f.Where.In(l), plain)
	field(i18n.FixDocs, f.DocsURL, plain.Hyperlink(f.DocsURL))

	if !f.Note.IsZero() {
		section(i18n.FixNote)
		styled(plain, wrapLines(f.Note.In(l), width), "")
	}

	section(i18n.FixCustomerMessage)
	bar := st.quoteBar.Render("│") + " "
	for _, text := range wrapLines(f.CustomerMessage.In(l), width-2) {
		line(bar + text)
	}
	line("")
	b.WriteString(st.muted.Render(i18n.FixIDLabel.In(l) + ": " + f.ID))
	return b.String()
}

// fieldLines draws a label with its value beside it, the labels in a
// column labelWidth wide; stacked (on a narrow screen), the value goes
// under its label, indented.
func fieldLines(st *styles, label, value string, labelWidth, width int, valueStyle lipgloss.Style, stacked bool) []string {
	var out []string
	if stacked {
		out = append(out, st.label.Render(label))
		for _, v := range wrapLines(value, width-2) {
			out = append(out, "  "+valueStyle.Render(v))
		}
		return out
	}
	column := labelWidth + 2
	values := wrapLines(value, width-column)
	pad := strings.Repeat(" ", max(0, column-ansi.StringWidth(label)))
	out = append(out, st.label.Render(label)+pad+valueStyle.Render(values[0]))
	for _, v := range values[1:] {
		out = append(out, strings.Repeat(" ", column)+valueStyle.Render(v))
	}
	return out
}

// wrapLines wraps plain text to width columns at spaces, breaking a word
// longer than the line (a URL) at a slash or, failing that, anywhere. It
// always returns at least one line.
func wrapLines(text string, width int) []string {
	width = max(width, 1)
	lines := strings.Split(ansi.Wrap(text, width, "/"), "\n")
	for i, s := range lines {
		lines[i] = strings.TrimRight(s, " ")
	}
	return lines
}
