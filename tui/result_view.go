package tui

import (
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// unwrapped is the width to draw a result at when it is not to be wrapped
// (the accessible mode leaves wrapping to the screen reader or terminal).
const unwrapped = 1 << 20

// gutter is the room left of each item of a result's lists, where the
// pointer shows on the choice under the cursor.
const gutter = 2

// renderedResult is a result drawn at one width: its lines, and the lines
// each choice takes, [start, end), in the order of the result's choices.
type renderedResult struct {
	lines   []string
	choices [][2]int
}

// renderResult draws what a paste turned out to be, in l at width columns,
// with the pointer on the choice at cursor (-1 for none). It shows what the
// paste commands print (explain, check-url, inspect-token), in their words:
// the ranked matches with their evidence, data errors and unknown codes; a
// link's verdict, findings and parameters; a token's kind, tenant, user,
// times and findings. Each fix to open is a choice, and the last choice
// goes back to the questions. Everything shown from the paste has been
// sanitized and redacted by diagnose.
func renderResult(r *pasteResult, l i18n.Lang, width int, st *styles, cursor int) renderedResult {
	d := &resultDoc{l: l, width: max(width, 1), st: st, cursor: cursor}
	switch r.kind {
	case diagnose.PasteActivationURL:
		d.urlReport(r.url)
	case diagnose.PasteToken:
		d.tokenReport(r.token, r.now)
	default:
		d.explanation(r.explanation)
	}
	d.blank()
	d.item(true, func(selected bool, _ int) []string {
		return []string{d.choiceTitle(i18n.WizAnswerInstead.In(l), selected)}
	})
	return renderedResult{lines: d.lines, choices: d.spans}
}

// resultDoc collects a result's lines as it is drawn.
type resultDoc struct {
	l      i18n.Lang
	width  int
	st     *styles
	cursor int
	lines  []string
	spans  [][2]int
}

func (d *resultDoc) add(lines ...string) { d.lines = append(d.lines, lines...) }

// blank adds an empty line between two parts, never two in a row and never
// first.
func (d *resultDoc) blank() {
	if n := len(d.lines); n > 0 && d.lines[n-1] != "" {
		d.add("")
	}
}

// para adds text wrapped to the width, in a style.
func (d *resultDoc) para(style lipgloss.Style, text string) {
	for _, s := range wrapLines(flat(text), d.width) {
		d.add(style.Render(s))
	}
}

// hanging wraps text after a first part (already styled, first columns
// wide), the other lines indented under the text.
func (d *resultDoc) hanging(first string, width int, text string, style lipgloss.Style) []string {
	pad := strings.Repeat(" ", ansi.StringWidth(first))
	lines := wrapLines(flat(text), width-ansi.StringWidth(first))
	out := make([]string, len(lines))
	for i, s := range lines {
		lead := pad
		if i == 0 {
			lead = first
		}
		out[i] = lead + style.Render(s)
	}
	return out
}

// item adds one entry of a list, drawn by draw in the width the gutter
// leaves. A choosable entry is the next choice: selected tells draw whether
// the cursor is on it, and the pointer goes in its gutter.
func (d *resultDoc) item(choosable bool, draw func(selected bool, width int) []string) {
	selected := choosable && len(d.spans) == d.cursor
	lines := draw(selected, d.width-gutter)
	start := len(d.lines)
	for i, s := range lines {
		lead := strings.Repeat(" ", gutter)
		if i == 0 && selected {
			lead = d.st.pointer.Render(">") + " "
		}
		d.add(lead + s)
	}
	if choosable {
		d.spans = append(d.spans, [2]int{start, len(d.lines)})
	}
}

// choiceTitle styles what a choice opens: in the pointer's colour under the
// cursor, bold otherwise.
func (d *resultDoc) choiceTitle(s string, selected bool) string {
	if selected {
		return d.st.pointer.Render(s)
	}
	return d.st.label.Render(s)
}

// explanation draws explain's answer: the matches best first, each with its
// summary and evidence; data errors; codes it does not know; or that it
// found nothing sure, with the closest fixes as "might be one of these";
// and the secrets it hid.
func (d *resultDoc) explanation(ex diagnose.Explanation) {
	l, st := d.l, d.st
	if len(ex.Matches) > 0 {
		d.para(st.title, i18n.CmdExplainHeading.In(l))
		d.matches(ex.Matches)
	}
	if len(ex.DataErrors) > 0 {
		d.blank()
		d.para(st.title, i18n.CmdDataErrorsHeading.In(l))
		for _, de := range ex.DataErrors {
			d.item(false, func(_ bool, width int) []string {
				return d.hanging(st.label.Render(strconv.Itoa(de.Code))+"  ", width, de.Meaning.In(l), lipgloss.NewStyle())
			})
		}
	}
	if len(ex.UnknownCodes) > 0 {
		d.blank()
		d.para(lipgloss.NewStyle(), i18n.CmdUnknownCodes.Format(l, joinInts(ex.UnknownCodes)))
	}
	if !ex.Confident() && len(ex.UnknownCodes) == 0 {
		d.para(st.title, i18n.CmdNoMatch.In(l))
	}
	if !ex.Confident() && len(ex.Guesses) > 0 {
		d.blank()
		d.para(st.heading, i18n.WizMightBe.In(l))
		d.matches(ex.Guesses)
	}
	if ex.Redactions > 0 {
		d.blank()
		d.add(redactionNote(ex.Redactions, ex.RedactedKinds, l, d.width, st)...)
	}
}

// matches draws matches as numbered choices, each with its summary and
// evidence.
func (d *resultDoc) matches(ms []diagnose.Match) {
	l, st := d.l, d.st
	for i, m := range ms {
		fix := m.Fix()
		d.blank()
		d.item(true, func(selected bool, width int) []string {
			num := strconv.Itoa(i+1) + ". "
			lines := d.hanging(st.number.Render(num), width, fix.Title.In(l), d.choiceStyle(selected))
			indent := strings.Repeat(" ", len(num))
			lines = append(lines, d.hanging(indent, width, fix.Summary.In(l), lipgloss.NewStyle())...)
			evidence := make([]string, len(m.Evidence))
			for j, e := range m.Evidence {
				evidence[j] = e.Message().In(l)
			}
			label := st.label.Render(i18n.CmdEvidence.In(l) + ": ")
			lines = append(lines, d.hanging(indent+label, width, strings.Join(evidence, " · "), st.muted)...)
			return lines
		})
	}
}

// choiceStyle is the style of a choice's title.
func (d *resultDoc) choiceStyle(selected bool) lipgloss.Style {
	if selected {
		return d.st.pointer
	}
	return d.st.label
}

// urlReport draws check-url's answer: the verdict, the findings worst first
// (those with a fix can be opened), and the link's parameters.
func (d *resultDoc) urlReport(r diagnose.URLReport) {
	l, st := d.l, d.st
	d.para(st.title, i18n.WizActivationLink.In(l))
	switch sev, verdict := r.Verdict(); sev {
	case diagnose.SeverityError:
		d.para(st.bad, verdict.In(l))
	case diagnose.SeverityWarning:
		d.para(st.warn, verdict.In(l))
	default:
		d.para(st.success, verdict.In(l))
	}
	d.findings(r.Findings)
	if len(r.Params) == 0 {
		return
	}
	d.blank()
	d.para(st.heading, i18n.CmdParamsHeading.In(l))
	nameWidth := 0
	for _, p := range r.Params {
		nameWidth = max(nameWidth, ansi.StringWidth(p.Name))
	}
	for _, p := range r.Params {
		d.item(false, func(_ bool, width int) []string {
			name, value := flat(p.Name), flat(p.Value)
			// One line per parameter, cut to the width, when a useful part
			// of the value fits beside the names; else the value under its
			// name.
			if room := width - nameWidth - 2; room >= 12 {
				pad := strings.Repeat(" ", nameWidth-ansi.StringWidth(name)+2)
				return []string{st.label.Render(ansi.Truncate(name, nameWidth, "…")) + pad + ansi.Truncate(value, room, "…")}
			}
			return []string{
				st.label.Render(ansi.Truncate(name, width, "…")),
				"  " + ansi.Truncate(value, max(1, width-2), "…"),
			}
		})
	}
}

// tokenReport draws inspect-token's answer: what the token is, who and when
// it is for, its findings (those with a fix can be opened) and its other
// claims. The token itself and its signature are never in the report.
func (d *resultDoc) tokenReport(r diagnose.TokenReport, now time.Time) {
	l, st := d.l, d.st
	summary := r.Summary(l, now)
	labelWidth := 0
	for _, f := range summary {
		labelWidth = max(labelWidth, ansi.StringWidth(f.Label))
	}
	for _, f := range summary {
		d.add(fieldLines(st, f.Label, f.Value, labelWidth, d.width, lipgloss.NewStyle(), stacked(labelWidth, d.width))...)
	}
	d.findings(r.Findings)

	others, alg := r.OtherClaims(), r.Algorithm()
	if len(others) == 0 && alg == "" {
		return
	}
	d.blank()
	d.para(st.heading, i18n.CmdTokenClaimsHeading.In(l))
	nameWidth := 0
	for _, f := range others {
		nameWidth = max(nameWidth, ansi.StringWidth(f.Label))
	}
	for _, f := range others {
		d.item(false, func(_ bool, width int) []string {
			return fieldLines(st, f.Label, f.Value, nameWidth, width, lipgloss.NewStyle(), stacked(nameWidth, width))
		})
	}
	if alg != "" {
		d.item(false, func(_ bool, width int) []string {
			return wrapLines(i18n.CmdTokenAlg.Format(l, alg), width)
		})
	}
}

// findings draws check-url's or inspect-token's findings under their
// heading: a severity mark with its word, the message, and for a finding
// with a fix, the fix it opens.
func (d *resultDoc) findings(fs []diagnose.Finding) {
	if len(fs) == 0 {
		return
	}
	l, st := d.l, d.st
	d.blank()
	d.para(st.heading, i18n.CmdFindingsHeading.In(l))
	markWidth := 0
	for _, f := range fs {
		markWidth = max(markWidth, ansi.StringWidth(f.Severity.Mark(l)))
	}
	for _, f := range fs {
		d.item(f.FixID != "", func(selected bool, width int) []string {
			mark := f.Severity.Mark(l)
			styled := severityStyle(f.Severity, st).Render(mark) + strings.Repeat(" ", markWidth-ansi.StringWidth(mark)+2)
			// Beside the mark when the message keeps a readable width,
			// else under it.
			indent := ""
			var lines []string
			if width-markWidth-2 >= minValueWidth {
				lines = d.hanging(styled, width, f.Message.In(l), lipgloss.NewStyle())
				indent = strings.Repeat(" ", markWidth+2)
			} else {
				indent = "  "
				lines = append([]string{severityStyle(f.Severity, st).Render(mark)}, d.hanging(indent, width, f.Message.In(l), lipgloss.NewStyle())...)
			}
			if f.FixID != "" {
				c := resultChoice{fix: f.FixID}
				lines = append(lines, d.hanging(indent, width, i18n.CmdSeeFix.Format(l, c.title(l)), d.choiceStyle(selected))...)
			}
			return lines
		})
	}
}

// minValueWidth is the least room for a value beside its label; with less,
// values go under their labels.
const minValueWidth = 20

// stacked reports whether values go under their labels at this width.
func stacked(labelWidth, width int) bool { return width-labelWidth-2 < minValueWidth }

func severityStyle(s diagnose.Severity, st *styles) lipgloss.Style {
	switch s {
	case diagnose.SeverityError:
		return st.bad
	case diagnose.SeverityWarning:
		return st.warn
	}
	return st.muted
}

// redactionNote says how many secrets a paste held and that they are
// hidden, and to rotate them if the text was shared, in explain's words.
func redactionNote(count int, kinds []diagnose.SecretKind, l i18n.Lang, width int, st *styles) []string {
	note, ok := diagnose.RedactionNote(count, kinds)
	if !ok {
		return nil
	}
	lines := wrapLines(note.In(l), width-2)
	for i := range lines {
		if i == 0 {
			lines[i] = st.warn.Render("!") + " " + lines[i]
		} else {
			lines[i] = "  " + lines[i]
		}
	}
	return lines
}

// flat makes text from a result one line with single spaces: a value from
// a paste may hold newlines or tabs, which would break the layout.
func flat(s string) string {
	if !strings.ContainsAny(s, "\n\t\r") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}
