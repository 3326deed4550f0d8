package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/textwrap"
)

// How a report words what diagnose found: a link's verdict, a severity's
// mark, the note on hidden secrets, a token's summary. diagnose answers
// with evidence and fix IDs; the words a person reads are chosen here, once
// for every surface (the commands, the wizard, the MCP server).

// Verdict sums a link's findings up in one sentence, with the worst
// severity among them (info when there are neither errors nor warnings).
func Verdict(r diagnose.URLReport, l i18n.Lang) (diagnose.Severity, string) {
	errs, warns := 0, 0
	for _, f := range r.Findings {
		switch f.Severity {
		case diagnose.SeverityError:
			errs++
		case diagnose.SeverityWarning:
			warns++
		}
	}
	switch {
	case errs > 0:
		return diagnose.SeverityError, i18n.CmdURLVerdictErrors.Format(l, errs, warns)
	case warns > 0:
		return diagnose.SeverityWarning, i18n.CmdURLVerdictWarnings.Format(l, warns)
	}
	return diagnose.SeverityInfo, i18n.CmdURLVerdictOK.In(l)
}

// SeverityLabel names a severity for people.
func SeverityLabel(s diagnose.Severity) i18n.Text {
	switch s {
	case diagnose.SeverityError:
		return i18n.DiagSeverityError
	case diagnose.SeverityWarning:
		return i18n.DiagSeverityWarning
	}
	return i18n.DiagSeverityInfo
}

// SeverityMark is the symbol and word that start a finding's line, e.g.
// "✗ error": the word keeps it readable without colour.
func SeverityMark(s diagnose.Severity, l i18n.Lang) string {
	symbol := "·"
	switch s {
	case diagnose.SeverityError:
		symbol = "✗"
	case diagnose.SeverityWarning:
		symbol = "!"
	}
	return symbol + " " + SeverityLabel(s).In(l)
}

// RedactionNote says how many secrets a paste held and that they are
// hidden, and to rotate them if the text was shared; ok is false when it
// held none. The paste screen shows it under its preview, and every report
// of a paste ends with it.
func RedactionNote(count int, kinds []diagnose.SecretKind, l i18n.Lang) (Note, bool) {
	if count == 0 {
		return Note{}, false
	}
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	t := i18n.CmdRedactedMany
	if count == 1 {
		t = i18n.CmdRedactedOne
	}
	return Note{Mark: "!", Tone: Warning, Text: t.Format(l, count, strings.Join(names, ", "))}, true
}

// tokenKindLabel names a token kind for people.
func tokenKindLabel(k diagnose.TokenKind) i18n.Text {
	switch k {
	case diagnose.TokenJWT:
		return i18n.CmdTokenKindJWT
	case diagnose.TokenRefresh:
		return i18n.CmdTokenKindRefresh
	}
	return i18n.CmdTokenKindUnknown
}

// summaryClaims are the claims TokenSummary shows by name; the other
// claims are listed after the findings.
var summaryClaims = []string{"tenantId", "userId", "iat", "exp", "scope"}

// TokenSummary describes a token in the order every surface shows it
// first: what it is, whom it is for (tenantId, userId), when it was issued
// and expires — "Expired" once it has — in now's location with how long ago
// or from now, and the scopes a token response granted.
func TokenSummary(r diagnose.TokenReport, l i18n.Lang, now time.Time) []Field {
	fields := []Field{{i18n.CmdTokenKind.In(l), tokenKindLabel(r.Kind).In(l)}}
	for _, name := range summaryClaims[:2] {
		if v, ok := r.Claims[name]; ok {
			fields = append(fields, Field{name, claimLine(fmt.Sprint(v))})
		}
	}
	when := func(t time.Time) string {
		return t.Format(diagnose.TimeLayout) + " (" + diagnose.Relative(t, now).In(l) + ")"
	}
	if !r.IssuedAt.IsZero() {
		fields = append(fields, Field{i18n.CmdTokenIssued.In(l), when(r.IssuedAt)})
	}
	if !r.ExpiresAt.IsZero() {
		label := i18n.CmdTokenExpires
		if r.Expired {
			label = i18n.ReportExpired
		}
		fields = append(fields, Field{label.In(l), when(r.ExpiresAt)})
	}
	if len(r.Scopes) > 0 {
		fields = append(fields, Field{i18n.CmdTokenScopes.In(l), textwrap.Cut(oneLine(strings.Join(r.Scopes, " ")), diagnose.MaxEchoURL)})
	}
	return fields
}

// otherClaims lists the claims TokenSummary does not show, sorted by name,
// each value on one line.
func otherClaims(r diagnose.TokenReport) []Field {
	var fields []Field
	for name, v := range r.Claims {
		if !slices.Contains(summaryClaims, name) {
			fields = append(fields, Field{claimLine(name), claimLine(fmt.Sprint(v))})
		}
	}
	slices.SortFunc(fields, func(a, b Field) int { return strings.Compare(a.Label, b.Label) })
	return fields
}

// algorithm is the JWT header's signing algorithm, on one line; empty when
// the header names none.
func algorithm(r diagnose.TokenReport) string {
	alg, ok := r.Header["alg"]
	if !ok {
		return ""
	}
	return claimLine(fmt.Sprint(alg))
}

// claimLine is a claim's name or value on one line and cut short, so that
// a claim built to be huge is not printed whole. (diagnose has cleaned the
// claims already; cleaning again would hide a userId, which looks like a
// secret.)
func claimLine(s string) string { return textwrap.Cut(oneLine(s), diagnose.MaxEchoRunes) }
