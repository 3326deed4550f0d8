package fortnoxdouble

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"time"
)

// Token builds an access token shaped like Fortnox's: a JWT whose claims
// are tenantId, userId, exp and iat (fortnox.md §2: the confirmed claims)
// and, when scopes are given, scope. Its signature is a placeholder: nobody
// outside Fortnox can verify one (the key is not published).
func Token(tenant int, exp time.Time, scopes ...string) string {
	enc := func(v any) string {
		b, _ := json.Marshal(v)
		return base64.RawURLEncoding.EncodeToString(b)
	}
	claims := map[string]any{
		"tenantId": tenant,
		"userId":   "a1b2c3d4-0000-4000-8000-000000000001",
		"iat":      exp.Add(-time.Hour).Unix(),
		"exp":      exp.Unix(),
	}
	if len(scopes) > 0 {
		claims["scope"] = strings.Join(scopes, " ")
	}
	return enc(map[string]string{"alg": "RS256", "typ": "JWT"}) + "." + enc(claims) + "." +
		base64.RawURLEncoding.EncodeToString([]byte("double-signature-not-verifiable"))
}
