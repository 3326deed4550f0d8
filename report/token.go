package report

import (
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Token is inspect-token's answer as a document: what the token is, whom
// and when it is for (an expired one says "Expired"), its findings (those
// with a fix can be opened) and its other claims. The token itself and its
// signature are never in it.
func Token(r diagnose.TokenReport, now time.Time, l i18n.Lang) Document {
	var d Document
	summary := r.Summary(l, now)
	expires := i18n.CmdTokenExpires.In(l)
	for i := range summary {
		if r.Expired && summary[i].Label == expires {
			summary[i].Label = i18n.ReportExpired.In(l)
		}
	}
	d.Add(Fields{Rows: fields(summary)})
	addFindings(&d, r.Findings, l)
	others, alg := r.OtherClaims(), r.Algorithm()
	if len(others) > 0 || alg != "" {
		d.Add(Heading{Text: i18n.CmdTokenClaimsHeading.In(l)})
		if len(others) > 0 {
			d.Add(Fields{Rows: fields(others), Indent: true})
		}
		if alg != "" {
			d.Add(Paragraph{Text: i18n.CmdTokenAlg.Format(l, alg), InList: true})
		}
	}
	return d
}

func fields(fs []diagnose.Field) []Field {
	out := make([]Field, len(fs))
	for i, f := range fs {
		out[i] = Field{Label: f.Label, Value: f.Value}
	}
	return out
}
