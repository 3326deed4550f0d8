package report

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

func TestTokenSummaryAndClaims(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	r := diagnose.TokenReport{
		Kind:      diagnose.TokenJWT,
		Header:    map[string]any{"alg": "RS256"},
		Claims:    map[string]any{"tenantId": 1234567, "userId": "8f3e2a10-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "exp": 1, "iat": 2, "scope": "x", "zeta": "a\nb", "aud": "fortnox"},
		IssuedAt:  now.Add(-30 * time.Minute),
		ExpiresAt: now.Add(30 * time.Minute),
		Scopes:    []string{"invoice", "customer"},
	}
	sv := i18n.Swedish
	labels := func(fs []Field) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Label)
		}
		return out
	}
	sum := TokenSummary(r, sv, now)
	want := []string{i18n.CmdTokenKind.In(sv), "tenantId", "userId", i18n.CmdTokenIssued.In(sv), i18n.CmdTokenExpires.In(sv), i18n.CmdTokenScopes.In(sv)}
	if got := labels(sum); !slices.Equal(got, want) {
		t.Errorf("labels = %v, want %v", got, want)
	}
	if sum[1].Value != "1234567" || sum[2].Value != r.Claims["userId"] || !strings.HasPrefix(sum[4].Value, "2026-11-28 12:30:00 UTC (") || sum[5].Value != "invoice customer" {
		t.Errorf("values = %+v", sum)
	}
	r.Expired, r.ExpiresAt = true, now.Add(-time.Hour)
	if got := labels(TokenSummary(r, sv, now))[4]; got != i18n.ReportExpired.In(sv) {
		t.Errorf("an expired token's label is %q", got)
	}
	others := otherClaims(r)
	if got := labels(others); !slices.Equal(got, []string{"aud", "zeta"}) || others[1].Value != "a b" {
		t.Errorf("other claims = %+v", others)
	}
	if algorithm(r) != "RS256" {
		t.Errorf("algorithm = %q", algorithm(r))
	}
}

func TestVerdictAndMarks(t *testing.T) {
	f := func(s diagnose.Severity) diagnose.Finding { return diagnose.Finding{Severity: s} }
	for _, l := range i18n.Langs() {
		tests := []struct {
			fs   []diagnose.Finding
			sev  diagnose.Severity
			want string
		}{
			{nil, diagnose.SeverityInfo, i18n.CmdURLVerdictOK.In(l)},
			{[]diagnose.Finding{f(diagnose.SeverityWarning), f(diagnose.SeverityInfo)}, diagnose.SeverityWarning, i18n.CmdURLVerdictWarnings.Format(l, 1)},
			{[]diagnose.Finding{f(diagnose.SeverityError), f(diagnose.SeverityWarning), f(diagnose.SeverityError)}, diagnose.SeverityError, i18n.CmdURLVerdictErrors.Format(l, 2, 1)},
		}
		for _, tt := range tests {
			if sev, got := Verdict(diagnose.URLReport{Findings: tt.fs}, l); sev != tt.sev || got != tt.want {
				t.Errorf("%s: Verdict = %s %q, want %s %q", l, sev, got, tt.sev, tt.want)
			}
		}
		if got := SeverityMark(diagnose.SeverityError, l); got != "✗ "+i18n.DiagSeverityError.In(l) {
			t.Errorf("%s: mark %q", l, got)
		}
		if _, ok := RedactionNote(0, nil, l); ok {
			t.Error("a note for no secrets")
		}
		if n, ok := RedactionNote(2, []diagnose.SecretKind{diagnose.SecretJWT, diagnose.SecretClientSecret}, l); !ok || n.Text != i18n.CmdRedactedMany.Format(l, 2, "jwt, client-secret") {
			t.Errorf("%s: note %+v", l, n)
		}
	}
}
