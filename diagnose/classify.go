package diagnose

import (
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

// PasteKind is what a paste looks like, so that one paste box can send it to
// the right reader. The names are stable.
type PasteKind string

// The kinds of paste.
const (
	// PasteEmpty is nothing but blanks.
	PasteEmpty PasteKind = "empty"
	// PasteActivationURL is an OAuth2 activation link: read it with CheckURL.
	PasteActivationURL PasteKind = "activation-url"
	// PasteToken is an access token, an Authorization header or a token
	// response: read it with InspectToken.
	PasteToken PasteKind = "token"
	// PasteText is anything else (an error body, a log, a callback URL):
	// read it with Explain.
	PasteText PasteKind = "text"
)

// Classify says what a paste looks like: a single activation link
// (apps.fortnox.se/oauth-v1/…, or a link with client_id and response_type),
// a single token (a JWT, possibly after Authorization: Bearer, or a token
// response with access_token or refresh_token and no error), or text.
// Callback URLs are text: Explain reads them.
func Classify(paste string) PasteKind { return classifySanitized(Sanitize(paste)) }

// classifySanitized is Classify of a paste already sanitized.
func classifySanitized(clean string) PasteKind {
	s := strings.TrimSpace(clean)
	if s == "" {
		return PasteEmpty
	}
	if looksLikeToken(s) {
		return PasteToken
	}
	if !strings.ContainsAny(s, "\n \t") && looksLikeActivationURL(s) {
		return PasteActivationURL
	}
	return PasteText
}

func looksLikeToken(s string) bool {
	if strings.HasPrefix(s, "{") {
		lower := strings.ToLower(s)
		return (strings.Contains(lower, `"access_token"`) || strings.Contains(lower, `"refresh_token"`)) &&
			!strings.Contains(lower, `"error"`)
	}
	if strings.Contains(s, "\n") {
		return false
	}
	t := trimTokenPrefix(s)
	if strings.ContainsAny(t, " \t") {
		return false
	}
	parts := strings.Split(t, ".")
	return len(parts) == 3 && strings.HasPrefix(parts[0], "eyJ") && len(parts[1]) > 0
}

func looksLikeActivationURL(s string) bool {
	lower := strings.ToLower(s)
	if strings.Contains(lower, flows.AuthorizationHost+"/oauth-v1/") && !strings.Contains(lower, flows.TokenPath) {
		return true
	}
	q := callbackQuery(s)
	return q.Has("client_id") && q.Has("response_type")
}
