package report

import (
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// URL is check-url's answer as a document: the verdict first, then the
// findings worst first (those with a fix can be opened), then the link's
// parameters (as many as diagnose keeps, and how many it left out).
func URL(r diagnose.URLReport, l i18n.Lang) Document {
	var d Document
	sev, verdict := Verdict(r, l)
	d.Add(Heading{Text: i18n.WizActivationLink.In(l)}, Paragraph{Text: verdict, Tone: severityTone(sev, Good)})
	addFindings(&d, r.Findings, l)
	if len(r.Params) > 0 {
		rows := make([]Field, len(r.Params))
		for i, p := range r.Params {
			rows[i] = Field{Label: oneLine(p.Name), Value: oneLine(p.Value)}
		}
		d.Add(Heading{Text: i18n.CmdParamsHeading.In(l)}, Fields{Rows: rows, Indent: true})
		if r.ParamsLeftOut > 0 {
			d.Add(Paragraph{Text: i18n.CmdMoreParams.Format(l, r.ParamsLeftOut), InList: true})
		}
	}
	return d
}

// addFindings adds the findings under their heading.
func addFindings(d *Document, fs []diagnose.Finding, l i18n.Lang) {
	if len(fs) == 0 {
		return
	}
	d.Add(Heading{Text: i18n.CmdFindingsHeading.In(l)})
	for _, f := range fs {
		b := Finding{Tone: severityTone(f.Severity, Muted), Mark: SeverityMark(f.Severity, l), Text: f.Message.In(l), FixID: f.FixID}
		if fix, ok := flows.Lookup(f.FixID); ok {
			b.FixTitle = fix.Title.In(l)
		}
		d.Add(b)
	}
}

// severityTone is a severity's tone; other is the tone of a note or a
// verdict without errors or warnings.
func severityTone(s diagnose.Severity, other Tone) Tone {
	switch s {
	case diagnose.SeverityError:
		return Bad
	case diagnose.SeverityWarning:
		return Warning
	}
	return other
}

// oneLine folds a value from a paste onto one line with single spaces, so
// that it cannot break the layout.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
