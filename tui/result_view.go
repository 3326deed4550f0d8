package tui

import (
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/report"
)

// gutter is the room left of each item of a result's lists, where the
// pointer shows on the choice under the cursor.
const gutter = 2

// renderedResult is a result drawn at one width: its lines, and the lines
// each choice takes, [start, end), in the order of the result's choices.
type renderedResult struct {
	lines   []string
	choices [][2]int
}

// renderResult draws what a paste turned out to be (report.Reading), in l
// at width columns, with the pointer on the choice at cursor (-1 for none).
// Each fix to open is a choice, and the last choice goes back to the
// questions. Everything shown from the paste has been sanitized and
// redacted by diagnose. Width 0 draws for the accessible mode: every text
// on one line, and spoken (no symbols a screen reader reads aloud).
func renderResult(r *pasteResult, l i18n.Lang, width int, st *styles, cursor int) renderedResult {
	rd := report.Renderer{Width: width, Style: st.report, Gutter: gutter, Cursor: cursor, On: report.Wizard, Spoken: width <= 0}
	drawn := rd.Draw(r.document(l))
	return renderedResult{lines: drawn.Lines, choices: drawn.Choices}
}

// report styles a result's text for its role.
func (st *styles) report(role report.Role, s string) string {
	switch role {
	case report.RoleHeading:
		return st.heading.Render(s)
	case report.RoleTitle:
		return st.title.Render(s)
	case report.RoleLabel, report.RoleChoice:
		return st.label.Render(s)
	case report.RoleNumber:
		return st.number.Render(s)
	case report.RoleMuted:
		return st.muted.Render(s)
	case report.RoleGood:
		return st.success.Render(s)
	case report.RoleWarning:
		return st.warn.Render(s)
	case report.RoleBad:
		return st.bad.Render(s)
	case report.RoleSelected, report.RolePointer:
		return st.pointer.Render(s)
	}
	return s
}
