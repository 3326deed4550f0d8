package diagnose

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Field is one labelled value of a report, in one language and on one line,
// ready for any view to lay out (the commands print them, the wizard draws
// them).
type Field struct {
	Label, Value string
}

// Label names a token kind for people.
func (k TokenKind) Label() i18n.Text {
	switch k {
	case TokenJWT:
		return i18n.CmdTokenKindJWT
	case TokenRefresh:
		return i18n.CmdTokenKindRefresh
	}
	return i18n.CmdTokenKindUnknown
}

// summaryClaims are the claims Summary shows by name; OtherClaims lists
// the rest.
var summaryClaims = []string{"tenantId", "userId", "iat", "exp", "scope"}

// Summary describes the token in the order every view shows it first: what
// it is, whom it is for (tenantId, userId), when it was issued and expires
// (in now's location, with how long ago or from now), and the scopes a
// token response granted.
func (r TokenReport) Summary(l i18n.Lang, now time.Time) []Field {
	fields := []Field{{i18n.CmdTokenKind.In(l), r.Kind.Label().In(l)}}
	for _, name := range summaryClaims[:2] {
		if v, ok := r.Claims[name]; ok {
			fields = append(fields, Field{name, claimLine(fmt.Sprint(v))})
		}
	}
	when := func(t time.Time) string {
		return t.Format(TimeLayout) + " (" + Relative(t, now).In(l) + ")"
	}
	if !r.IssuedAt.IsZero() {
		fields = append(fields, Field{i18n.CmdTokenIssued.In(l), when(r.IssuedAt)})
	}
	if !r.ExpiresAt.IsZero() {
		fields = append(fields, Field{i18n.CmdTokenExpires.In(l), when(r.ExpiresAt)})
	}
	if len(r.Scopes) > 0 {
		fields = append(fields, Field{i18n.CmdTokenScopes.In(l), cutRunes(oneLine(strings.Join(r.Scopes, " ")), MaxEchoURL)})
	}
	return fields
}

// OtherClaims lists the claims Summary does not show, sorted by name, each
// value on one line.
func (r TokenReport) OtherClaims() []Field {
	var fields []Field
	for name, v := range r.Claims {
		if !slices.Contains(summaryClaims, name) {
			fields = append(fields, Field{claimLine(name), claimLine(fmt.Sprint(v))})
		}
	}
	slices.SortFunc(fields, func(a, b Field) int { return strings.Compare(a.Label, b.Label) })
	return fields
}

// Algorithm is the JWT header's signing algorithm, on one line; empty when
// the header names none.
func (r TokenReport) Algorithm() string {
	alg, ok := r.Header["alg"]
	if !ok {
		return ""
	}
	return claimLine(fmt.Sprint(alg))
}

// oneLine folds text from a paste onto one line with single spaces, so a
// value holding newlines or tabs cannot break a layout.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// claimLine is a claim's value on one line, cut to MaxEchoRunes
// characters, so that a claim built to be huge is not printed whole.
func claimLine(s string) string { return cutRunes(oneLine(s), MaxEchoRunes) }
