package fortnoxdouble

import (
	"encoding/base64"
	"strings"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// doubleSignature is the signature of the double's tokens: a placeholder,
// since nobody outside Fortnox can verify one (the key is not published).
var doubleSignature = base64.RawURLEncoding.EncodeToString([]byte("double-signature-not-verifiable"))

// Token builds an access token shaped like Fortnox's: a JWT whose claims
// are tenantId, userId, exp and iat (fortnox.md §2: the confirmed claims)
// and, when scopes are given, scope. It is testkit.JWT with the double's
// own claims and signature.
func Token(tenant int, exp time.Time, scopes ...string) string {
	claims := map[string]any{
		"tenantId": tenant,
		"userId":   "a1b2c3d4-0000-4000-8000-000000000001",
		"iat":      exp.Add(-time.Hour).Unix(),
		"exp":      exp.Unix(),
	}
	if len(scopes) > 0 {
		claims["scope"] = strings.Join(scopes, " ")
	}
	return testkit.JWT(claims, testkit.WithSignature(doubleSignature))
}
