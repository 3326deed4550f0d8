package diagnose

import (
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

func TestClassify(t *testing.T) {
	jwt := testkit.JWT(testkit.AccessClaims(testNow))
	tests := []struct {
		paste string
		want  PasteKind
	}{
		{"", PasteEmpty},
		{" \n\t ", PasteEmpty},
		{jwt, PasteToken},
		{"Bearer " + jwt, PasteToken},
		{"Authorization: Bearer " + jwt + "\n", PasteToken},
		{`{"access_token":"` + jwt + `","refresh_token":"x"}`, PasteToken},
		{"{\n  \"refresh_token\": \"abc\"\n}", PasteToken},
		{`{"error":"invalid_grant","access_token":null}`, PasteText},
		{goodURL, PasteActivationURL},
		{"  " + goodURL + "\n", PasteActivationURL},
		{"https://apps.fortnox.se/oauth-v1/authorize?client_id=x", PasteActivationURL},
		{"https://example.com/auth?client_id=x&response_type=code&scope=invoice", PasteActivationURL},
		{"https://apps.fortnox.se/oauth-v1/token", PasteText},
		{"https://app.example.se/cb?error=access_denied&state=x", PasteText},
		{`{"ErrorInformation":{"error":1,"message":"Kunde inte hitta konto","code":2001304}}`, PasteText},
		{"log line with " + jwt + " inside", PasteText},
	}
	for _, tc := range tests {
		if got := Classify(tc.paste); got != tc.want {
			t.Errorf("Classify(%.60q) = %s, want %s", tc.paste, got, tc.want)
		}
	}
}

func TestRelative(t *testing.T) {
	tests := []struct {
		d      time.Duration
		en, sv string
	}{
		{23 * time.Minute, "in 23 minutes", "om 23 minuter"},
		{-3*time.Hour - 10*time.Minute, "3 hours ago", "för 3 timmar sedan"},
		{time.Minute, "in 1 minute", "om 1 minut"},
		{-time.Hour, "1 hour ago", "för 1 timme sedan"},
		{30 * time.Second, "in less than a minute", "om mindre än en minut"},
		{0, "less than a minute ago", "för mindre än en minut sedan"},
		{-50 * time.Hour, "2 days ago", "för 2 dagar sedan"},
		{-24 * time.Hour, "24 hours ago", "för 24 timmar sedan"},
		{31 * 24 * time.Hour, "in 31 days", "om 31 dagar"},
	}
	for _, tc := range tests {
		m := Relative(testNow.Add(tc.d), testNow)
		if en, sv := m.In("en"), m.In("sv"); en != tc.en || sv != tc.sv {
			t.Errorf("Relative(%v) = %q / %q, want %q / %q", tc.d, en, sv, tc.en, tc.sv)
		}
	}
}
