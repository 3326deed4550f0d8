package livecheck

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Token is an access token ready to send, with what InspectToken read from
// it offline. The token itself is unexported and prints as "[token]" under
// every fmt verb and in JSON, so no log line or output can carry it.
type Token struct {
	value string
	// Report is the offline reading: kind, claims, expiry, granted scopes.
	Report diagnose.TokenReport
}

// String hides the token.
func (Token) String() string { return "[token]" }

// GoString hides the token from %#v.
func (Token) GoString() string { return "[token]" }

// Format hides the token from every fmt verb.
func (t Token) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(t.String())) }

// MarshalJSON hides the token from encoding/json.
func (t Token) MarshalJSON() ([]byte, error) { return json.Marshal(t.String()) }

// Tenant is the token's tenantId claim, empty when it has none.
func (t Token) Tenant() string { return claimString(t.Report.Claims, "tenantId") }

// RefusedError says why a paste is not sent to Fortnox: a refresh token, an
// authorization code or something that is not an access token.
type RefusedError struct {
	Message diagnose.Message
}

func (e *RefusedError) Error() string { return e.Message.In(i18n.English) }

func refuse(t i18n.Text) error { return &RefusedError{Message: diagnose.Message{Text: t}} }

// ReadToken takes the access token out of a paste (a bare JWT, an
// Authorization: Bearer header, access_token=…, or a whole token response)
// and reads it offline with diagnose.InspectToken at now. A refresh token or
// an authorization code is refused with a *RefusedError that says why it is
// never sent; an empty or oversized paste is a *diagnose.InputError.
func ReadToken(paste string, now time.Time) (Token, error) {
	report, err := diagnose.InspectToken(paste, now)
	if err != nil {
		return Token{}, err
	}
	s := strings.TrimSpace(paste)
	if strings.HasPrefix(s, "{") {
		v, err := accessTokenOfResponse(s)
		if err != nil {
			return Token{}, err
		}
		s = v
	}
	s = trimHeader(s)
	lower := strings.ToLower(s)
	switch {
	case strings.HasPrefix(lower, "refresh_token="):
		return Token{}, refuse(i18n.CheckRefuseRefresh)
	case strings.HasPrefix(lower, "code=") || strings.Contains(lower, "?code=") || strings.Contains(lower, "&code="):
		return Token{}, refuse(i18n.CheckRefuseCode)
	case strings.HasPrefix(lower, "access_token="):
		s = strings.Trim(strings.TrimSpace(s[len("access_token="):]), "\"'`")
	}
	if report.Kind == diagnose.TokenRefresh {
		return Token{}, refuse(i18n.CheckRefuseRefresh)
	}
	if strings.Count(s, ".") != 2 || !isTokenText(s) {
		return Token{}, refuse(i18n.CheckRefuseNotJWT)
	}
	if report.Kind != diagnose.TokenJWT {
		return Token{}, refuse(i18n.CheckRefuseBroken)
	}
	return Token{value: s, Report: report}, nil
}

// accessTokenOfResponse reads a token response's access_token. A response
// that holds only a refresh token is refused.
func accessTokenOfResponse(s string) (string, error) {
	var resp map[string]any
	if err := json.Unmarshal([]byte(s), &resp); err != nil {
		return "", refuse(i18n.CheckRefuseNotJWT)
	}
	if at, ok := resp["access_token"].(string); ok && at != "" {
		return at, nil
	}
	if _, ok := resp["refresh_token"]; ok {
		return "", refuse(i18n.CheckRefuseRefresh)
	}
	if _, ok := resp["code"]; ok {
		return "", refuse(i18n.CheckRefuseCode)
	}
	return "", refuse(i18n.CheckRefuseNotJWT)
}

// trimHeader removes what is pasted around a token: blanks, quotes,
// "Authorization:" and "Bearer".
func trimHeader(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 14 && strings.EqualFold(s[:14], "authorization:") {
		s = strings.TrimSpace(s[14:])
	}
	if len(s) >= 7 && strings.EqualFold(s[:7], "bearer ") {
		s = strings.TrimSpace(s[7:])
	}
	return strings.Trim(s, "\"'` \t\r\n")
}

// isTokenText reports whether s holds only the characters of a JWT
// (base64url and dots), so that nothing else can reach a request header.
func isTokenText(s string) bool {
	if s == "" || len(s) > 16<<10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '.', c == '=', c == '+', c == '/':
		default:
			return false
		}
	}
	return true
}

// claimString reads a claim as text: a number as its digits, a string as
// it is; empty when absent.
func claimString(claims map[string]any, name string) string {
	switch v := claims[name].(type) {
	case nil:
		return ""
	case json.Number:
		return v.String()
	case string:
		return strings.TrimSpace(v)
	default:
		return fmt.Sprint(v)
	}
}
