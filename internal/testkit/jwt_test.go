package testkit

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestJWTDecodesToItsParts: the builder's token has three parts, the
// header and claims decode to what was given, and the signature is the
// recognisable one unless another is asked for.
func TestJWTDecodesToItsParts(t *testing.T) {
	now := time.Date(2025, 5, 2, 10, 0, 0, 0, time.UTC)
	decode := func(part string) map[string]any {
		t.Helper()
		raw, err := base64.RawURLEncoding.DecodeString(part)
		if err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	expiredAnHourAgo := map[string]any{
		"iss": "https://apps.fortnox.se", "tenantId": TenantID, "userId": UserID, "clientId": ClientID, "scope": "invoice customer",
		"iat": now.Add(-2 * time.Hour).Unix(), "exp": now.Add(-time.Hour).Unix(),
	}
	tests := []struct {
		name      string
		token     string
		header    map[string]any
		claims    map[string]any
		signature string
	}{
		{"defaults", JWT(map[string]any{"tenantId": 1}), map[string]any{"alg": "RS256", "typ": "JWT"}, map[string]any{"tenantId": 1.0}, JWTSignature},
		{"own signature and header", JWT(map[string]any{"sub": "x"}, WithSignature("sig"), WithHeader(map[string]any{"alg": "none"})), map[string]any{"alg": "none"}, map[string]any{"sub": "x"}, "sig"},
		{"claims as JSON", JWTFromJSON(`{"b":1,"a":2}`), map[string]any{"alg": "RS256", "typ": "JWT"}, map[string]any{"a": 2.0, "b": 1.0}, JWTSignature},
		{"expiring", JWT(ExpiringClaims(now, -time.Hour)), map[string]any{"alg": "RS256", "typ": "JWT"}, expiredAnHourAgo, JWTSignature},
	}
	for _, tt := range tests {
		parts := strings.Split(tt.token, ".")
		if len(parts) != 3 {
			t.Fatalf("%s: %d parts in %q", tt.name, len(parts), tt.token)
		}
		if got := decode(parts[0]); !sameJSON(got, tt.header) {
			t.Errorf("%s: header %v, want %v", tt.name, got, tt.header)
		}
		if got := decode(parts[1]); !sameJSON(got, tt.claims) {
			t.Errorf("%s: claims %v, want %v", tt.name, got, tt.claims)
		}
		if parts[2] != tt.signature {
			t.Errorf("%s: signature %q, want %q", tt.name, parts[2], tt.signature)
		}
	}
	if a, b := JWTFromJSON(`{"b":1,"a":2}`), JWTFromJSON(`{"a":2,"b":1}`); a == b {
		t.Error("JWTFromJSON does not keep the claims as written")
	}
}

// TestMergeLeavesTheBaseAlone: Merge adds, replaces and removes without
// touching the claims it starts from.
func TestMergeLeavesTheBaseAlone(t *testing.T) {
	base := map[string]any{"a": 1, "b": 2}
	got := Merge(base, map[string]any{"b": 3, "a": nil, "c": 4})
	if !sameJSON(got, map[string]any{"b": 3, "c": 4}) || !sameJSON(base, map[string]any{"a": 1, "b": 2}) {
		t.Errorf("Merge = %v, base now %v", got, base)
	}
}

func sameJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}
