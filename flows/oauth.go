package flows

import (
	"slices"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// The OAuth2 endpoints and the API's address (fortnox.md §2; source:
// fortnox.se/developer/authorization/get-authorization-code).
const (
	// AuthorizationHost serves the login and consent page and the token endpoint.
	AuthorizationHost = "apps.fortnox.se"
	// AuthorizationPath is the activation link's path: GET, in the browser.
	AuthorizationPath = "/oauth-v1/auth"
	// AuthorizationURL is the activation link without its query string.
	AuthorizationURL = "https://" + AuthorizationHost + AuthorizationPath
	// TokenPath is the token endpoint's path: POST, from the integration's server.
	TokenPath = "/oauth-v1/token"
	// APIHost serves the REST API (https://api.fortnox.se/3/).
	APIHost = "api.fortnox.se"
)

// IsFortnoxHost reports whether host is fortnox.se or one of its
// subdomains, ignoring letter case and a port.
func IsFortnoxHost(host string) bool {
	host = strings.ToLower(host)
	if i := strings.LastIndexByte(host, ':'); i >= 0 && !strings.Contains(host[i:], "]") {
		host = host[:i]
	}
	host = strings.TrimSuffix(host, ".")
	return host == "fortnox.se" || strings.HasSuffix(host, ".fortnox.se")
}

// AuthParam is one query parameter of the activation link.
type AuthParam struct {
	// Name is the parameter's exact, case-sensitive name.
	Name string
	// Required reports whether Fortnox refuses a link without it.
	Required bool
	// Value is the only valid value, or "" when the value is the
	// integration's own (a ClientID, a state, a list of scopes, a URI).
	Value string
	// About says what the parameter does, as sentences that follow a
	// finding naming it ("client_id is missing. It is the app's ClientID…").
	About i18n.Text
}

// authParams are the activation link's parameters in the order Fortnox's
// documentation lists them.
var authParams = []AuthParam{
	{
		Name: "client_id", Required: true,
		About: i18n.Text{
			En: "It is the app's ClientID from the developer portal, where the app must be set to OAuth2.",
			Sv: "Värdet ska vara appens ClientID från Utvecklarportalen, där appen måste vara inställd på OAuth2.",
		},
	},
	{
		Name: "redirect_uri",
		About: i18n.Text{
			En: "It must be exactly the redirect URI registered for the app in the developer portal, and the token request must send the identical value.",
			Sv: "Värdet ska vara exakt den redirect-URI som är registrerad för appen i Utvecklarportalen, och token-anropet måste skicka exakt samma värde.",
		},
	},
	{
		Name: "scope", Required: true,
		About: i18n.Text{
			En: "It lists the scopes separated by spaces, URL-encoded (scope=article%20companyinformation); names are case-sensitive, and each must be ticked for the app in the developer portal.",
			Sv: "Värdet ska vara en lista med scopes åtskilda med mellanslag, URL-kodade (scope=article%20companyinformation); namnen är skiftlägeskänsliga, och varje scope måste vara ikryssat för appen i Utvecklarportalen.",
		},
	},
	{
		Name: "state", Required: true,
		About: i18n.Text{
			En: "It is a value the integration makes up and checks when the user comes back, so that nobody can forge the callback; Fortnox requires it.",
			Sv: "Värdet ska vara något som integrationen hittar på och kontrollerar när användaren kommer tillbaka, så att ingen kan förfalska callbacken; Fortnox kräver parametern.",
		},
	},
	{
		Name: "access_type", Value: "offline",
		About: i18n.Text{
			En: "It lets the integration refresh its tokens without the user; offline is the only value.",
			Sv: "Parametern gör att integrationen kan förnya sina tokens utan användaren; offline är det enda värdet.",
		},
	},
	{
		Name: "response_type", Required: true, Value: "code",
		About: i18n.Text{
			En: "It must be code: the activation link asks Fortnox for an authorization code, which the integration exchanges for tokens.",
			Sv: "Värdet ska vara code: aktiveringslänken ber Fortnox om en auktoriseringskod, som integrationen sedan växlar in mot tokens.",
		},
	},
	{
		Name: "account_type", Value: "service",
		About: i18n.Text{
			En: "It needs the app to allow service accounts (“administrator only”) in the developer portal; only a system administrator in the customer's Fortnox can approve it, and there is one service account per ClientID and customer. service is the only value.",
			Sv: "Parametern kräver att appen tillåter servicekonton (”administrator only”) i Utvecklarportalen; bara en systemadministratör i kundens Fortnox kan godkänna det, och det finns ett servicekonto per ClientID och kund. service är det enda värdet.",
		},
	},
}

// AuthorizationParams returns the activation link's parameters, required
// and optional.
func AuthorizationParams() []AuthParam { return slices.Clone(authParams) }

// LookupAuthorizationParam finds an activation link parameter by its exact name.
func LookupAuthorizationParam(name string) (AuthParam, bool) {
	i := slices.IndexFunc(authParams, func(p AuthParam) bool { return p.Name == name })
	if i < 0 {
		return AuthParam{}, false
	}
	return authParams[i], true
}

// WrongPath is a path used in activation links that is not
// AuthorizationPath, with why it fails.
type WrongPath struct {
	Path string
	Why  i18n.Text
}

// wrongAuthorizationPaths are paths seen in the wild instead of
// AuthorizationPath.
var wrongAuthorizationPaths = []WrongPath{
	{
		Path: "/oauth-v1/authorize",
		Why: i18n.Text{
			En: "/oauth-v1/authorize is a common guess from other OAuth2 providers; Fortnox's activation link ends in /oauth-v1/auth.",
			Sv: "/oauth-v1/authorize är en vanlig gissning från andra OAuth2-leverantörer; Fortnox aktiveringslänk slutar på /oauth-v1/auth.",
		},
	},
	{
		Path: TokenPath,
		Why: i18n.Text{
			En: "/oauth-v1/token is the token endpoint, which the integration's server calls with POST; the browser opens /oauth-v1/auth.",
			Sv: "/oauth-v1/token är token-endpointen, som integrationens server anropar med POST; webbläsaren ska öppna /oauth-v1/auth.",
		},
	},
}

// KnownWrongAuthorizationPaths returns paths seen in activation links
// instead of AuthorizationPath, with why each fails.
func KnownWrongAuthorizationPaths() []WrongPath { return slices.Clone(wrongAuthorizationPaths) }

// standardOAuthErrors are the error names every OAuth2 server uses (RFC
// 6749 §4.1.2.1 and §5.2), and redirect_uri_mismatch, which many besides
// Fortnox send. Fortnox's own names start with error_ (fortnox.md §2).
var standardOAuthErrors = []string{
	"invalid_request", "unauthorized_client", "access_denied", "unsupported_response_type",
	"invalid_scope", "server_error", "temporarily_unavailable", "invalid_client",
	"invalid_grant", "unsupported_grant_type", "redirect_uri_mismatch",
}

// IsStandardOAuthError reports whether an OAuth error name (lower case) is
// one any OAuth2 server may send, so that it says nothing about which
// server sent it.
func IsStandardOAuthError(name string) bool { return slices.Contains(standardOAuthErrors, name) }
