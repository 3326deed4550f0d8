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
	d.Add(Fields{Rows: TokenSummary(r, l, now)})
	addFindings(&d, r.Findings, l)
	others, alg := otherClaims(r), algorithm(r)
	if len(others) > 0 || alg != "" {
		d.Add(Heading{Text: i18n.CmdTokenClaimsHeading.In(l)})
		if len(others) > 0 {
			d.Add(Fields{Rows: others, Indent: true})
		}
		if alg != "" {
			d.Add(Paragraph{Text: i18n.CmdTokenAlg.Format(l, alg), InList: true})
		}
	}
	return d
}
