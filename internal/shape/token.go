package shape

import (
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Token is what a token says: `inspect-token --json`, and the shared part
// of inspect_token's answer. It never holds the token or a JWT's
// signature.
type Token struct {
	Kind diagnose.TokenKind `json:"kind" jsonschema:"jwt, refresh-token or unknown"`
	// Header and Claims are as diagnose bounds them (at most 64 entries
	// an object, 128 items a list, 200 characters a value, 16 levels
	// deep), with readableNumbers' numbers as their text.
	Header map[string]any `json:"header" jsonschema:"a JWT's decoded header, bounded as claims are"`
	Claims map[string]any `json:"claims" jsonschema:"a JWT's decoded claims, signature not verified. Bounded as every echo of a paste: at most 64 claims (tenantId, userId, iat, nbf, exp and scope always among them) and 64 entries of any object, 128 items of a list, strings cut to 200 characters ending in …, an object or list nested deeper than 16 levels replaced by the string …; findings say what was left out. A number no float64 holds exactly (1e400, an integer beyond 2^53 in magnitude) is given as its text"`
	// IssuedAt and ExpiresAt are null, not left out, when the token does
	// not say (no iat or exp claim, or one that is no date): a reader
	// finds the field either way.
	IssuedAt     *string   `json:"issued_at" jsonschema:"when it was issued, RFC 3339; null when the token does not say"`
	ExpiresAt    *string   `json:"expires_at" jsonschema:"when it expires, RFC 3339; null when the token does not say"`
	Expired      bool      `json:"expired"`
	Scopes       []string  `json:"scopes" jsonschema:"the scopes granted"`
	RefreshToken bool      `json:"refresh_token_present" jsonschema:"the paste held a refresh token (explained, never shown)"`
	Findings     []Finding `json:"findings" jsonschema:"what is wrong or worth knowing, worst first"`
}

// NewToken is the report in l, its times in the zone the report was read
// in, a claim's number that most JSON readers would refuse or round (see
// readableNumbers) as its text.
func NewToken(r diagnose.TokenReport, l i18n.Lang) Token {
	out := Token{
		Kind: r.Kind, Header: readableMap(r.Header), Claims: readableMap(r.Claims),
		IssuedAt: stamp(r.IssuedAt), ExpiresAt: stamp(r.ExpiresAt), Expired: r.Expired,
		Scopes: append([]string{}, r.Scopes...), RefreshToken: r.RefreshToken,
		Findings: NewFindings(r.Findings, l),
	}
	if out.Header == nil {
		out.Header = map[string]any{}
	}
	if out.Claims == nil {
		out.Claims = map[string]any{}
	}
	return out
}

// stamp is t in RFC 3339, or nil for the zero time (not known).
func stamp(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(time.RFC3339)
	return &s
}
