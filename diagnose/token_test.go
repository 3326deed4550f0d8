package diagnose

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

func TestInspectToken(t *testing.T) {
	fresh := testkit.JWT(testkit.AccessClaims(testNow.Add(-23 * time.Minute)))
	expired := testkit.JWT(testkit.AccessClaims(testNow.Add(-3 * time.Hour)))
	soon := testkit.JWT(testkit.AccessClaims(testNow.Add(-58 * time.Minute)))
	noExp := testkit.JWT(map[string]any{"tenantId": 1, "userId": "u"})
	notFortnox := testkit.JWT(map[string]any{"sub": "x", "exp": testNow.Add(time.Hour).Unix()})
	future := testkit.JWT(map[string]any{"tenantId": 1, "iat": testNow.Add(time.Hour).Unix(), "nbf": testNow.Add(time.Hour).Unix(), "exp": testNow.Add(2 * time.Hour).Unix()})
	const refresh = "4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098"
	response := func(access string) string {
		return `{"access_token":"` + access + `","refresh_token":"` + refresh + `","scope":"invoice customer","expires_in":3600,"token_type":"Bearer"}`
	}
	tests := []struct {
		name     string
		paste    string
		kind     TokenKind
		ok       bool
		expired  bool
		findings []string
		scopes   []string
		refresh  bool
	}{
		{name: "fresh JWT", paste: fresh, kind: TokenJWT, ok: true, findings: []string{"signature-not-verified"}, scopes: []string{"invoice", "customer"}},
		{name: "with Bearer", paste: "Bearer " + fresh + "\n", kind: TokenJWT, ok: true},
		{name: "whole header, quoted", paste: `Authorization: Bearer "` + fresh + `"`, kind: TokenJWT, ok: true},
		{name: "in a request excerpt", paste: "GET /3/invoices HTTP/1.1\nHost: api.fortnox.se\nAuthorization: Bearer " + expired + "\nAccept: application/json", kind: TokenJWT, expired: true, findings: []string{"expired"}},
		{name: "expired", paste: expired, kind: TokenJWT, expired: true, findings: []string{"expired"}},
		{name: "expires in two minutes", paste: soon, kind: TokenJWT, ok: true, findings: []string{"expires-soon"}},
		{name: "token response", paste: response(fresh), kind: TokenJWT, ok: true, findings: []string{"refresh-token"}, scopes: []string{"invoice", "customer"}, refresh: true},
		{name: "token response, pretty-printed", paste: "{\n  \"access_token\": \"" + expired + "\",\n  \"refresh_token\": \"" + refresh + "\"\n}", kind: TokenJWT, expired: true, refresh: true},
		{name: "refresh token response only", paste: `{"refresh_token":"` + refresh + `"}`, kind: TokenRefresh, ok: true, refresh: true, findings: []string{"refresh-token"}},
		{name: "refresh_token form field", paste: "refresh_token=" + refresh, kind: TokenRefresh, ok: true, refresh: true},
		{name: "access_token form field", paste: "access_token=" + fresh, kind: TokenJWT, ok: true},
		{name: "no exp", paste: noExp, kind: TokenJWT, ok: true, findings: []string{"no-expiry"}},
		{name: "not from Fortnox", paste: notFortnox, kind: TokenJWT, ok: true, findings: []string{"no-tenant"}},
		{name: "issued in the future", paste: future, kind: TokenJWT, ok: true, findings: []string{"not-yet-valid", "issued-in-future"}},
		{name: "opaque string", paste: refresh, kind: TokenUnknown, findings: []string{"not-a-jwt"}},
		{name: "cut-off JWT", paste: fresh[:strings.Index(fresh, ".")-6] + "." + "abc.def", kind: TokenUnknown, findings: []string{"broken-jwt"}},
		{name: "an error response", paste: `{"error":"invalid_grant","error_description":"Invalid refresh token"}`, kind: TokenUnknown, findings: []string{"error-response"}},
		{name: "broken JSON", paste: `{"access_token": "eyJ`, kind: TokenUnknown, findings: []string{"unreadable-json"}},
		{name: "JSON without tokens", paste: `{"token_type":"Bearer"}`, kind: TokenUnknown, findings: []string{"no-token"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := InspectToken(tc.paste, testNow)
			if err != nil {
				t.Fatalf("InspectToken: %v", err)
			}
			var codes []string
			for _, f := range r.Findings {
				codes = append(codes, f.Code)
			}
			if r.Kind != tc.kind || r.OK() != tc.ok || r.Expired != tc.expired || r.RefreshToken != tc.refresh {
				t.Errorf("kind %s ok %v expired %v refresh %v, want %s %v %v %v (findings %v)",
					r.Kind, r.OK(), r.Expired, r.RefreshToken, tc.kind, tc.ok, tc.expired, tc.refresh, codes)
			}
			for _, c := range tc.findings {
				if !slices.Contains(codes, c) {
					t.Errorf("finding %s missing from %v", c, codes)
				}
			}
			if tc.scopes != nil && !slices.Equal(r.Scopes, tc.scopes) {
				t.Errorf("scopes = %v, want %v", r.Scopes, tc.scopes)
			}
			assertNoToken(t, r, tc.paste, refresh)
		})
	}
}

func TestInspectTokenReadsClaimsAndTimes(t *testing.T) {
	iat := testNow.Add(-23 * time.Minute)
	r, err := InspectToken(testkit.JWT(testkit.AccessClaims(iat)), testNow)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(r.Claims["tenantId"]) != "1234567" || r.Claims["userId"] != "8f3e2a10-5b7c-4d2e-9a61-0c4b7e9d1f22" {
		t.Errorf("claims = %v", r.Claims)
	}
	if r.Header["alg"] != "RS256" {
		t.Errorf("header = %v", r.Header)
	}
	if !r.IssuedAt.Equal(iat.Truncate(time.Second)) || !r.ExpiresAt.Equal(iat.Add(time.Hour).Truncate(time.Second)) {
		t.Errorf("times = %v, %v", r.IssuedAt, r.ExpiresAt)
	}
	if r.ExpiresAt.Location() != stockholm {
		t.Errorf("times are in %v, want now's location", r.ExpiresAt.Location())
	}
}

func TestInspectTokenExpiredPointsAtFix(t *testing.T) {
	r, _ := InspectToken(testkit.JWT(testkit.AccessClaims(testNow.Add(-4*time.Hour))), testNow)
	i := slices.IndexFunc(r.Findings, func(f Finding) bool { return f.Code == "expired" })
	if i < 0 || r.Findings[i].FixID != "access-token-expired" || r.Findings[i].Severity != SeverityError {
		t.Fatalf("findings = %+v", r.Findings)
	}
	en, sv := r.Findings[i].Message.In(i18n.English), r.Findings[i].Message.In(i18n.Swedish)
	if !strings.Contains(en, "2025-05-02 07:00:00 CEST (3 hours ago)") || !strings.Contains(sv, "(för 3 timmar sedan)") {
		t.Errorf("messages: %q / %q", en, sv)
	}
}

// assertNoToken fails when anything the report shows holds the token, its
// signature or the refresh token.
func assertNoToken(t testing.TB, r TokenReport, paste string, secrets ...string) {
	t.Helper()
	shown, err := json.Marshal(struct {
		H, C   map[string]any
		Scopes []string
	}{r.Header, r.Claims, r.Scopes})
	if err != nil {
		t.Fatal(err)
	}
	text := string(shown)
	for _, f := range r.Findings {
		for _, l := range i18n.Langs() {
			text += "\n" + f.Message.In(l)
		}
	}
	assertSanitized(t, text)
	for _, s := range append(secrets, tokenParts(paste)...) {
		if len(s) >= 12 && strings.Contains(text, s) {
			t.Fatalf("%q shown in the report: %s", s, text)
		}
	}
}

// tokenParts are the parts of a JWT found in a paste that must never be
// shown: the whole token and its signature.
func tokenParts(paste string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(paste, func(r rune) bool { return strings.ContainsRune(" \t\n\"'{}:,=", r) }) {
		if parts := strings.Split(f, "."); len(parts) == 3 {
			out = append(out, f, parts[2])
		}
	}
	return out
}

// A claim named for a secret is hidden whatever its value looks like, as
// a pasted client_secret=… is; the ids a token is for stay.
func TestInspectTokenHidesSecretClaims(t *testing.T) {
	const secret = "SuperSecret123"
	claims := testkit.AccessClaims(testNow.Add(-time.Minute))
	claims["client_secret"] = secret
	claims["extra"] = map[string]any{"refreshToken": "4f0c1a2b9d8e", "FORTNOX_CLIENT_SECRET": "hunter2hunter2"}
	r, err := InspectToken(testkit.JWT(claims), testNow)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(r.Claims)
	for _, s := range []string{secret, "4f0c1a2b9d8e", "hunter2hunter2"} {
		if strings.Contains(string(out), s) {
			t.Errorf("claims show the secret %q: %s", s, out)
		}
	}
	if !strings.Contains(string(out), redactedPrefix+string(SecretClientSecret)) || !strings.Contains(string(out), redactedPrefix+string(SecretRefreshToken)) {
		t.Errorf("claims do not say what was hidden: %s", out)
	}
	if fmt.Sprint(r.Claims["tenantId"]) != fmt.Sprint(claims["tenantId"]) {
		t.Errorf("tenantId = %v", r.Claims["tenantId"])
	}
}

func TestSecretOfKey(t *testing.T) {
	for key, want := range map[string]SecretKind{
		"client_secret": SecretClientSecret, "clientSecret": SecretClientSecret, "FORTNOX_CLIENT_SECRET": SecretClientSecret,
		"refresh_token": SecretRefreshToken, "accessToken": SecretAccessToken, "secret": SecretClientSecret,
		"mysecret": "", "secretary": "", "tenantId": "", "token_type": "",
	} {
		got, ok := secretOfKey(key)
		if got != want || ok != (want != "") {
			t.Errorf("secretOfKey(%q) = %q, %v; want %q", key, got, ok, want)
		}
	}
}

// TestSecretClaimsOfAnyType: a claim named for a secret is hidden whatever
// its JSON type, and a JSON Web Key's key material (a header's jwk, a
// claim's cnf.jwk) is hidden without a hint; a key's public parts stay.
func TestSecretClaimsOfAnyType(t *testing.T) {
	const secret = "Zx9Qw8Er7Ty6Ui5Op4As3Df2"
	for name, c := range map[string]struct{ header, claims string }{
		"a list":             {`{"alg":"RS256"}`, `{"tenantId":1,"client_secret":["` + secret + `"]}`},
		"an object":          {`{"alg":"RS256"}`, `{"client_secret":{"v":"` + secret + `"}}`},
		"a header's jwk":     {`{"alg":"RS256","jwk":{"kty":"oct","k":"` + secret + `"}}`, `{"tenantId":1}`},
		"a claim's cnf.jwk":  {`{"alg":"RS256"}`, `{"cnf":{"jwk":{"kty":"RSA","n":"AQAB1234","e":"AQAB","d":"` + secret + `"}}}`},
		"a number, password": {`{"alg":"RS256"}`, `{"password":12345678901234}`},
	} {
		jwt := testkit.JWTFromJSON(c.claims, testkit.WithHeader(mustObject(t, c.header)))
		r, err := InspectToken(jwt, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		out, _ := json.Marshal(map[string]any{"header": r.Header, "claims": r.Claims})
		if strings.Contains(string(out), secret) || strings.Contains(string(out), "12345678901234") || strings.Contains(string(out), "3Df2") && strings.Contains(name, "jwk") {
			t.Errorf("%s: %s", name, out)
		}
		if !strings.Contains(string(out), redactedPrefix) {
			t.Errorf("%s: nothing was hidden: %s", name, out)
		}
	}
}

func mustObject(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return m
}
