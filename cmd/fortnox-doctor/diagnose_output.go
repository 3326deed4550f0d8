package main

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Output pieces shared by explain, check-url and inspect-token.

// Severity styles, from the terminal's 16-colour palette like styles.go's;
// each mark also carries a word, so nothing depends on colour.
var (
	errorStyle   = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Red)
	warningStyle = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Yellow)
	noteStyle    = lipgloss.NewStyle().Faint(true)
)

// findingJSON is a finding as check-url and inspect-token print it in JSON.
type findingJSON struct {
	Severity diagnose.Severity `json:"severity"`
	Code     string            `json:"code"`
	Message  string            `json:"message"`
	FixID    string            `json:"fix_id,omitempty"`
}

func newFindingsJSON(fs []diagnose.Finding, l i18n.Lang) []findingJSON {
	out := make([]findingJSON, len(fs))
	for i, f := range fs {
		out[i] = findingJSON{Severity: f.Severity, Code: f.Code, Message: f.Message.In(l), FixID: f.FixID}
	}
	return out
}

// hang wraps text to width with a hanging indent: first before the first
// line, spaces as wide as it before the others. Width 0 leaves the text on
// one line.
func hang(text string, width int, first string) string {
	pad := strings.Repeat(" ", lipgloss.Width(first))
	if width <= 0 || width-len(pad) < 20 {
		return first + text
	}
	lines := strings.Split(lipgloss.Wrap(text, width-len(pad), ""), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// severityMark is a severity's mark in its colour.
func severityMark(s diagnose.Severity, l i18n.Lang) string {
	switch s {
	case diagnose.SeverityError:
		return errorStyle.Render(s.Mark(l))
	case diagnose.SeverityWarning:
		return warningStyle.Render(s.Mark(l))
	}
	return noteStyle.Render(s.Mark(l))
}

// writeFindings prints findings, each with its fix as a command to run.
func writeFindings(w io.Writer, a *app, fs []diagnose.Finding) {
	width := a.wrapWidth()
	labelWidth := 0
	for _, f := range fs {
		labelWidth = max(labelWidth, lipgloss.Width(f.Severity.Mark(a.lang)))
	}
	for _, f := range fs {
		mark := severityMark(f.Severity, a.lang)
		mark += strings.Repeat(" ", labelWidth-lipgloss.Width(mark)+2)
		fmt.Fprintln(w, hang(f.Message.In(a.lang), width, "  "+mark))
		if f.FixID != "" {
			pad := strings.Repeat(" ", 2+labelWidth+2)
			fmt.Fprintln(w, pad+i18n.CmdSeeFix.Format(a.lang, idStyle.Render("fortnox-doctor show "+f.FixID)))
		}
	}
}

// writeRedactionNote says that secrets were found and hidden, and that
// they should be rotated if the text was shared.
func writeRedactionNote(w io.Writer, a *app, count int, kinds []diagnose.SecretKind) {
	if note, ok := diagnose.RedactionNote(count, kinds); ok {
		fmt.Fprintln(w, hang(note.In(a.lang), a.wrapWidth(), warningStyle.Render("! ")))
	}
}
