package testkit

import (
	"encoding/base64"
	"encoding/json"
	"time"
)

// JWTSignature (in hostile.go) is the signature every built token carries
// unless WithSignature says otherwise: recognisable, so that finding it in
// an output can only mean a token leaked.

// jwtParts are what a JWT option changes.
type jwtParts struct {
	header    map[string]any
	signature string
}

// JWTOption changes the header or the signature of a token JWT builds.
type JWTOption func(*jwtParts)

// WithSignature gives the token this signature part instead of
// JWTSignature.
func WithSignature(signature string) JWTOption {
	return func(p *jwtParts) { p.signature = signature }
}

// WithHeader gives the token this header instead of
// {"alg":"RS256","typ":"JWT"}.
func WithHeader(header map[string]any) JWTOption {
	return func(p *jwtParts) { p.header = header }
}

// JWT builds a token shaped like a Fortnox access token: header
// {"alg":"RS256","typ":"JWT"}, the claims (keys in sorted order, as
// encoding/json writes a map), and JWTSignature. The signature is made up:
// nobody outside Fortnox can make or check a real one.
func JWT(claims map[string]any, opts ...JWTOption) string {
	b, err := json.Marshal(claims)
	if err != nil {
		panic("testkit.JWT: claims do not marshal: " + err.Error())
	}
	return JWTFromJSON(string(b), opts...)
}

// JWTFromJSON is JWT with the claims written out as JSON, for a test that
// needs their keys in a given order or a claim JSON cannot hold.
func JWTFromJSON(claims string, opts ...JWTOption) string {
	p := jwtParts{header: map[string]any{"alg": "RS256", "typ": "JWT"}, signature: JWTSignature}
	for _, o := range opts {
		o(&p)
	}
	header, err := json.Marshal(p.header)
	if err != nil {
		panic("testkit.JWT: header does not marshal: " + err.Error())
	}
	enc := base64.RawURLEncoding.EncodeToString
	return enc(header) + "." + enc([]byte(claims)) + "." + p.signature
}

// The claims of the access tokens AccessClaims describes.
const (
	TenantID = 1234567
	UserID   = "8f3e2a10-5b7c-4d2e-9a61-0c4b7e9d1f22"
	ClientID = "AbCdEf123456"
)

// AccessClaims are the claims of an access token as Fortnox issues one
// (fortnox.md §2: tenantId, userId, iat, exp; the others as tokens carry
// them), issued at iat and valid for an hour.
func AccessClaims(iat time.Time) map[string]any {
	return map[string]any{
		"iss":      "https://apps.fortnox.se",
		"tenantId": TenantID,
		"userId":   UserID,
		"clientId": ClientID,
		"scope":    "invoice customer",
		"iat":      iat.Unix(),
		"exp":      iat.Add(time.Hour).Unix(),
	}
}

// ExpiringClaims are AccessClaims for a token that, seen at now, expires
// in d (a negative d: expired d ago).
func ExpiringClaims(now time.Time, d time.Duration) map[string]any {
	return AccessClaims(now.Add(d - time.Hour))
}

// Merge returns claims with the given ones added or replaced (a nil value
// removes the claim), leaving claims as they were.
func Merge(claims map[string]any, with map[string]any) map[string]any {
	out := make(map[string]any, len(claims)+len(with))
	for k, v := range claims {
		out[k] = v
	}
	for k, v := range with {
		if v == nil {
			delete(out, k)
			continue
		}
		out[k] = v
	}
	return out
}
