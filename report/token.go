package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Token is inspect-token's answer as a document: what the token is, whom
// and when it is for (an expired one says "Expired"), its findings (those
// with a fix can be opened) and its other claims. The token itself and its
// signature are never in it.
func Token(r diagnose.TokenReport, now time.Time, l i18n.Lang) Document {
	r = shownClaims(r)
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

// shownClaims is r with each claim and header value, and each name, as a
// person reads it (see claimText), for the rows that show them, which
// put a value on one line and cut it to diagnose.MaxEchoRunes characters.
func shownClaims(r diagnose.TokenReport) diagnose.TokenReport {
	r.Header, r.Claims = shownMap(r.Header), shownMap(r.Claims)
	return r
}

func shownMap(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	out := make(map[string]any, len(m))
	for name, v := range m {
		out[claimName(name)] = claimText(v)
	}
	return out
}

// claimName is a claim's name, or "" for one that is empty or blank: a
// row's label must not be empty.
func claimName(name string) string {
	if oneLine(name) == "" {
		return quoteBlank(name)
	}
	return name
}

// claimText is a claim's value as a person reads it: a string as it is ("" when it is
// empty or blank, which would leave the row without a value), anything
// else as compact JSON (an object {"x":1,"y":null}, a list ["a","b"],
// null, a number as the token writes it), never in Go's syntax. diagnose
// has cleaned every string already; JSON escapes what is left to escape.
func claimText(v any) string {
	if s, ok := v.(string); ok {
		if oneLine(s) == "" {
			return quoteBlank(s)
		}
		return s
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v) // a value no token decodes to (NaN)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// quoteBlank is an empty or blank string as JSON writes it ("", "\t").
func quoteBlank(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
