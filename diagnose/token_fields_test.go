package diagnose

import (
	"slices"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

func TestTokenReportFields(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	r := TokenReport{
		Kind:      TokenJWT,
		Header:    map[string]any{"alg": "RS256"},
		Claims:    map[string]any{"tenantId": 1234567, "userId": "u-1", "exp": 1, "iat": 2, "scope": "x", "zeta": "a\nb", "aud": "fortnox"},
		IssuedAt:  now.Add(-30 * time.Minute),
		ExpiresAt: now.Add(30 * time.Minute),
		Scopes:    []string{"invoice", "customer"},
	}
	labels := func(fs []Field) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Label)
		}
		return out
	}
	sum := r.Summary(i18n.Swedish, now)
	if got, want := labels(sum), []string{"Typ", "tenantId", "userId", "Utfärdad", "Går ut", "Scopes"}; !slices.Equal(got, want) {
		t.Errorf("Summary labels = %v, want %v", got, want)
	}
	if sum[1].Value != "1234567" || sum[4].Value != "2026-11-28 12:30:00 UTC (om 30 minuter)" || sum[5].Value != "invoice customer" {
		t.Errorf("Summary values = %+v", sum)
	}
	others := r.OtherClaims()
	if got, want := labels(others), []string{"aud", "zeta"}; !slices.Equal(got, want) {
		t.Errorf("OtherClaims = %v, want %v", got, want)
	}
	if others[1].Value != "a b" {
		t.Errorf("a claim with a newline was not folded: %q", others[1].Value)
	}
	if r.Algorithm() != "RS256" || (TokenReport{}).Algorithm() != "" {
		t.Error("Algorithm")
	}
	if got := (TokenReport{Kind: TokenRefresh}).Summary(i18n.English, now); len(got) != 1 || got[0].Value != i18n.CmdTokenKindRefresh.En {
		t.Errorf("a refresh token's summary = %+v", got)
	}
}

func TestSeverityMark(t *testing.T) {
	for s, want := range map[Severity]string{SeverityError: "✗ error", SeverityWarning: "! warning", SeverityInfo: "· note"} {
		if got := s.Mark(i18n.English); got != want {
			t.Errorf("%s.Mark = %q, want %q", s, got, want)
		}
	}
	if got := SeverityError.Mark(i18n.Swedish); got != "✗ fel" {
		t.Errorf("Swedish mark = %q", got)
	}
}

func TestURLReportVerdict(t *testing.T) {
	tests := []struct {
		findings []Finding
		sev      Severity
		want     string
	}{
		{nil, SeverityInfo, i18n.CmdURLVerdictOK.En},
		{[]Finding{{Severity: SeverityInfo}, {Severity: SeverityWarning}}, SeverityWarning, i18n.CmdURLVerdictWarnings.Format(i18n.English, 1)},
		{[]Finding{{Severity: SeverityError}, {Severity: SeverityWarning}, {Severity: SeverityError}}, SeverityError, i18n.CmdURLVerdictErrors.Format(i18n.English, 2, 1)},
	}
	for _, tt := range tests {
		sev, m := URLReport{Findings: tt.findings}.Verdict()
		if sev != tt.sev || m.In(i18n.English) != tt.want {
			t.Errorf("Verdict(%v) = %s %q, want %s %q", tt.findings, sev, m.In(i18n.English), tt.sev, tt.want)
		}
	}
}

func TestRedactionNote(t *testing.T) {
	if _, ok := RedactionNote(0, nil); ok {
		t.Error("a note for nothing redacted")
	}
	one, ok := RedactionNote(1, []SecretKind{"jwt"})
	if !ok || one.In(i18n.English) != i18n.CmdRedactedOne.Format(i18n.English, 1, "jwt") {
		t.Errorf("one secret: %q", one.In(i18n.English))
	}
	many, _ := RedactionNote(3, []SecretKind{"jwt", "client-secret"})
	if got := many.In(i18n.Swedish); got != i18n.CmdRedactedMany.Format(i18n.Swedish, 3, "jwt, client-secret") {
		t.Errorf("several secrets: %q", got)
	}
}
