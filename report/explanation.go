package report

import (
	"strconv"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Explanation is explain's answer as a document: the matches best first,
// each with its summary and evidence; the data errors; the codes no fix
// knows; or that nothing sure was recognised, with the closest fixes as
// "might be one of these" and, on the command line, where to go instead;
// and the secrets that were hidden. kind is what the paste looked like.
func Explanation(ex diagnose.Explanation, kind diagnose.PasteKind, on Surface, l i18n.Lang) Document {
	var d Document
	if len(ex.Matches) > 0 {
		d.Add(Heading{Text: i18n.CmdExplainHeading.In(l)})
		addMatches(&d, ex.Matches, l)
	}
	if len(ex.DataErrors) > 0 {
		rows := make([]Field, len(ex.DataErrors))
		for i, de := range ex.DataErrors {
			rows[i] = Field{Label: strconv.Itoa(de.Code), Value: de.Meaning.In(l)}
		}
		d.Add(Heading{Text: i18n.CmdDataErrorsHeading.In(l)}, Fields{Rows: rows, Indent: true})
	}
	if len(ex.UnknownCodes) > 0 {
		d.Add(Paragraph{Text: i18n.CmdUnknownCodes.Format(l, joinInts(ex.UnknownCodes))})
	}
	if !ex.Confident() {
		switch {
		case ex.AnyServer:
			d.Add(Heading{Text: i18n.CmdAnyServer.In(l)})
		case ex.SharedPhrase:
			d.Add(Heading{Text: i18n.CmdSharedPhrase.In(l)})
		case len(ex.UnknownCodes) == 0:
			d.Add(Heading{Text: i18n.CmdNoMatch.In(l)})
		}
		if len(ex.Guesses) > 0 {
			d.Add(Heading{Text: i18n.WizMightBe.In(l)})
			addMatches(&d, ex.Guesses, l)
		}
		if on == Command {
			d.Add(noMatchHint(kind, l))
		}
	}
	if n, ok := RedactionNote(ex.Redactions, ex.RedactedKinds, l); ok {
		d.Add(n)
	}
	return d
}

// addMatches adds matches numbered from 1, each with its summary and
// evidence.
func addMatches(d *Document, ms []diagnose.Match, l i18n.Lang) {
	for i, m := range ms {
		fix := m.Fix()
		evidence := make([]string, len(m.Evidence))
		for j, e := range m.Evidence {
			evidence[j] = e.Message().In(l)
		}
		d.Add(Match{
			Rank: i + 1, FixID: m.FixID, Title: fix.Title.In(l), Summary: fix.Summary.In(l),
			EvidenceLabel: i18n.CmdEvidence.In(l), Evidence: evidence,
		})
	}
}

// noMatchHint is where a command-line user goes when explain recognised
// nothing sure: check-url for a link, inspect-token for a token, else the
// wizard.
func noMatchHint(kind diagnose.PasteKind, l i18n.Lang) Paragraph {
	switch kind {
	case diagnose.PasteActivationURL:
		return Paragraph{Text: i18n.CmdHintCheckURL.In(l)}
	case diagnose.PasteToken:
		return Paragraph{Text: i18n.CmdHintInspectToken.In(l)}
	}
	return Paragraph{Text: i18n.CmdHintWizard.In(l)}
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}
