package mcpserver_test

import (
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestNoSecretInAnyResult pastes tokens, refresh tokens, client secrets,
// authorization codes and Basic credentials into every tool, the way a
// user would paste them into a chat, and searches everything each result
// carries on the wire (text, structured content, errors) for them.
func TestNoSecretInAnyResult(t *testing.T) {
	jwt := testkit.JWT(testkit.ExpiringClaims(testNow, 40*time.Minute))
	header, claims, _ := strings.Cut(jwt, ".")
	claims, _, _ = strings.Cut(claims, ".")
	const (
		refresh = "4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098"
		secret  = "bZ7hQ2xLp9RtWq4s"
		code    = "2c9d41f0e8b7a6c5d4e3f2a1"
		basic   = "QWJDZEVmMTIzNDU2OmJaN2hRMnhMcDlSdFdxNHM=" // AbCdEf123456:bZ7hQ2xLp9RtWq4s
	)
	secrets := []string{jwt, header + "." + claims, testkit.JWTSignature, refresh, secret, code, basic}

	pastes := []string{
		"Authorization: Bearer " + jwt + "\nHTTP/1.1 401 Unauthorized\n{\"message\":\"unauthorized\"}",
		`{"access_token":"` + jwt + `","refresh_token":"` + refresh + `","scope":"invoice","expires_in":3600}`,
		"POST https://apps.fortnox.se/oauth-v1/token\nAuthorization: Basic " + basic + "\ngrant_type=refresh_token&refresh_token=" + refresh + "\n400 {\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token\"}",
		"client_id=AbCdEf123456&client_secret=" + secret + " -> {\"error\":\"invalid_client\"}",
		"https://app.example.se/cb?code=" + code + "&state=xyz",
		"https://apps.fortnox.se/oauth-v1/auth?client_id=AbCdEf123456&client_secret=" + secret + "&scope=invoice&state=x&response_type=code",
		"FORTNOX_CLIENT_SECRET=" + secret + "\nAccess-Token: " + refresh + "\nClient-Secret: " + secret,
		jwt,
	}
	calls := []struct {
		tool string
		args func(paste string) map[string]any
	}{
		{"explain_error", func(p string) map[string]any { return map[string]any{"text": p} }},
		{"check_activation_url", func(p string) map[string]any { return map[string]any{"url": p} }},
		{"inspect_token", func(p string) map[string]any { return map[string]any{"token": p} }},
		{"show_fix", func(p string) map[string]any { return map[string]any{"id": p} }},
		{"next_question", func(p string) map[string]any { return map[string]any{"answers": []string{p}} }},
	}
	checked := 0
	for _, l := range langs {
		cs := connect(t, l)
		for _, paste := range pastes {
			for _, c := range calls {
				res := call(t, cs, c.tool, c.args(paste))
				raw := rawResult(t, res)
				for _, s := range secrets {
					if strings.Contains(raw, s) {
						t.Errorf("%s (%s) with %.60q returned the secret %.20q…:\n%.300s", c.tool, l, paste, s, raw)
					}
				}
				checked++
			}
		}
	}
	if checked != 2*len(pastes)*len(calls) {
		t.Fatalf("checked %d results", checked)
	}
}

// TestInspectTokenNeverEchoesTheToken checks the token's parts one by one:
// neither the header, the claims nor the signature come back encoded.
func TestInspectTokenNeverEchoesTheToken(t *testing.T) {
	jwt := testkit.JWT(testkit.ExpiringClaims(testNow, 40*time.Minute))
	parts := strings.Split(jwt, ".")
	cs := connect(t, i18n.English)
	for _, token := range []string{jwt, "Bearer " + jwt, `{"access_token":"` + jwt + `"}`, "access_token=" + jwt} {
		raw := rawResult(t, call(t, cs, "inspect_token", map[string]any{"token": token}))
		for i, p := range parts {
			if strings.Contains(raw, p) {
				t.Errorf("inspect_token %.30q… returned part %d of the token", token, i+1)
			}
		}
	}
}
