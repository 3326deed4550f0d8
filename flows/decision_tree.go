package flows

import (
	"sync"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// The IDs of the tree's questions. They are stable: the wizard's history,
// tests and `graph` output name them.
const (
	startID           = "start"
	activationErrorID = "activation-error"
	apiAuthID         = "api-auth"
	apiErrorID        = "api-error"
	tokenErrorID      = "token-error"
	licenceKindID     = "licence-kind"
	rightsWhoID       = "rights-who"
	pasteID           = "paste"
)

// DecisionTree returns the wizard's decision tree. It asks what is
// happening, then, only where the answer depends on it, whether the
// integration uses OAuth2 or the legacy method and who activated it, and
// which error the user sees. Every fix in the catalogue has exactly one leaf.
// The first answer, and the last of each list of errors, leads to the paste
// screen, where the user pastes the error, link or token instead.
func DecisionTree() Tree { return decisionTree() }

var decisionTree = sync.OnceValue(func() Tree {
	// pasteElse is the last option of the questions that list errors, for
	// a user who does not find theirs among them.
	pasteElse := Option{Label: i18n.Text{En: "Something else — paste the error", Sv: "Något annat – klistra in felet"}, Next: pasteID}
	nodes := []Node{
		{
			ID:   startID,
			Kind: Question,
			Text: i18n.Text{En: "What is happening?", Sv: "Vad är det som händer?"},
			Options: []Option{
				{Label: i18n.Text{En: "I have an error message, URL or token — paste it", Sv: "Jag har ett felmeddelande, en URL eller en token – klistra in"}, Next: pasteID},
				{Label: i18n.Text{En: "Activating the integration fails", Sv: "Aktiveringen av integrationen misslyckas"}, Next: activationErrorID},
				{Label: i18n.Text{En: "An API call returns an error", Sv: "Ett anrop till API:t ger ett fel"}, Next: apiAuthID},
				{Label: i18n.Text{En: "A token or a token refresh is refused", Sv: "En token eller en förnyelse av token nekas"}, Next: tokenErrorID},
				{Label: i18n.Text{En: "The customer can't find the integration", Sv: "Kunden hittar inte integrationen"}, Next: FixNodeID("connection-not-in-manage-users")},
				{Label: i18n.Text{En: "One connection has more scopes than another", Sv: "En koppling har fler scopes än en annan"}, Next: FixNodeID("scopes-differ-between-connections")},
				{Label: i18n.Text{En: "A consultant activates it for a client", Sv: "En byrå aktiverar den åt en klient"}, Next: FixNodeID("consultant-activation")},
			},
		},
		{
			ID:   activationErrorID,
			Kind: Question,
			Text: i18n.Text{En: "What does the activation say?", Sv: "Vad säger aktiveringen?"},
			Hint: i18n.Text{
				En: "The message shows in Fortnox or comes back to the redirect URI.",
				Sv: "Meddelandet visas i Fortnox eller kommer tillbaka till redirect-URI:n.",
			},
			Options: []Option{
				{Label: i18n.Text{En: "Auth code or ClientID supplied is invalid", Sv: "Auth code or ClientID supplied is invalid"}, Next: FixNodeID("invalid-auth-code-or-clientid")},
				{Label: i18n.Text{En: "RedirectURI is missing or mismatch", Sv: "RedirectURI is missing or mismatch"}, Next: FixNodeID("redirect-uri-mismatch")},
				{Label: i18n.Text{En: "An unsupported scope was requested", Sv: "An unsupported scope was requested"}, Next: FixNodeID("unsupported-scope")},
				{Label: i18n.Text{En: "Client does not allow service account", Sv: "Client does not allow service account"}, Next: FixNodeID("service-account-not-allowed")},
				{Label: i18n.Text{En: "Missing system administrator", Sv: "Missing system administrator"}, Next: FixNodeID("missing-system-administrator")},
				{Label: i18n.Text{En: "Not licensed for requested scope", Sv: "Not licensed for requested scope"}, Next: FixNodeID("not-licensed-for-scope")},
				{Label: i18n.Text{En: "Missing license", Sv: "Missing license (licens saknas)"}, Next: licenceKindID},
				{Label: i18n.Text{En: "Resource owner does not have enough licenses", Sv: "Resource owner does not have enough licenses"}, Next: FixNodeID("not-enough-licenses")},
				{Label: i18n.Text{En: "error=access_denied (consent declined)", Sv: "error=access_denied (godkännandet avböjdes)"}, Next: FixNodeID("consent-denied")},
				{Label: i18n.Text{En: "The callback comes back without a code", Sv: "Callbacken kommer tillbaka utan code"}, Next: FixNodeID("fortnox-account-locked")},
				pasteElse,
			},
		},
		{
			ID:   apiAuthID,
			Kind: Question,
			Text: i18n.Text{En: "How does the integration sign in to the API?", Sv: "Hur loggar integrationen in mot API:t?"},
			Hint: i18n.Text{En: "Look at the headers of the failing request.", Sv: "Titta på headers i anropet som misslyckas."},
			Options: []Option{
				{Label: i18n.Text{En: "OAuth2: Authorization: Bearer …", Sv: "OAuth2: Authorization: Bearer …"}, Next: apiErrorID},
				{Label: i18n.Text{En: "Legacy: Access-Token and Client-Secret", Sv: "Äldre sätt: Access-Token och Client-Secret"}, Next: FixNodeID("legacy-token-invalid")},
			},
		},
		{
			ID:   apiErrorID,
			Kind: Question,
			Text: i18n.Text{En: "Which error does the API return?", Sv: "Vilket fel svarar API:t med?"},
			Hint: i18n.Text{En: "The code is in the response's ErrorInformation.", Sv: "Koden står i svarets ErrorInformation."},
			Options: []Option{
				{Label: i18n.Text{En: "HTTP 401 “unauthorized”", Sv: "HTTP 401 ”unauthorized”"}, Next: FixNodeID("access-token-expired")},
				{Label: i18n.Text{En: "Har inte behörighet för scope (2000663)", Sv: "Har inte behörighet för scope (2000663)"}, Next: FixNodeID("scopes-differ-between-connections")},
				{Label: i18n.Text{En: "Ingen aktiv licens för scope (2001101)", Sv: "Ingen aktiv licens för scope (2001101)"}, Next: FixNodeID("not-licensed-for-scope")},
				{Label: i18n.Text{En: "Api-licens saknas (2001103)", Sv: "Api-licens saknas (2001103)"}, Next: licenceKindID},
				{Label: i18n.Text{En: "Saknar behörighet … (missing rights)", Sv: "Saknar behörighet …"}, Next: rightsWhoID},
				{Label: i18n.Text{En: "Missing rights (Warehouse)", Sv: "Missing rights (lager)"}, Next: FixNodeID("missing-rights-warehouse")},
				{Label: i18n.Text{En: "Kunde inte hitta konto (account not found)", Sv: "Kunde inte hitta konto"}, Next: FixNodeID("account-not-found")},
				{Label: i18n.Text{En: "Konto ”…” är inte aktivt (2000550)", Sv: "Konto ”…” är inte aktivt (2000550)"}, Next: FixNodeID("account-inactive")},
				{Label: i18n.Text{En: "HTTP 429 Too Many Requests", Sv: "HTTP 429 Too Many Requests"}, Next: FixNodeID("rate-limited")},
				pasteElse,
			},
		},
		{
			ID:   tokenErrorID,
			Kind: Question,
			Text: i18n.Text{En: "What is refused?", Sv: "Vad är det som nekas?"},
			Options: []Option{
				{Label: i18n.Text{En: "Refresh: “Invalid refresh token”", Sv: "Förnyelse: ”Invalid refresh token”"}, Next: FixNodeID("invalid-refresh-token")},
				{Label: i18n.Text{En: "The code or refresh token is dead", Sv: "Koden eller refresh-token har dött"}, Next: FixNodeID("auth-code-or-refresh-token-invalid")},
				{Label: i18n.Text{En: "Token endpoint: invalid_client", Sv: "Token-anropet: invalid_client"}, Next: FixNodeID("invalid-client-credentials")},
				{Label: i18n.Text{En: "API: 401 “unauthorized” after a while", Sv: "API:t: 401 ”unauthorized” efter en stund"}, Next: FixNodeID("access-token-expired")},
				{Label: i18n.Text{En: "Legacy Access-Token is refused", Sv: "Äldre Access-Token nekas"}, Next: FixNodeID("legacy-token-invalid")},
				pasteElse,
			},
		},
		{
			ID:   licenceKindID,
			Kind: Question,
			Text: i18n.Text{En: "How does the customer get the integration?", Sv: "Hur skaffar kunden integrationen?"},
			Options: []Option{
				{Label: i18n.Text{En: "Buys it on Fortnox's Integrations page", Sv: "Köper den under Integrationer hos Fortnox"}, Next: FixNodeID("missing-license-purchasable")},
				{Label: i18n.Text{En: "Activates it with the integrator's link", Sv: "Aktiverar den via integratörens länk"}, Next: FixNodeID("missing-license")},
			},
		},
		{
			ID:   rightsWhoID,
			Kind: Question,
			Text: i18n.Text{En: "Who activated the integration?", Sv: "Vem aktiverade integrationen?"},
			Options: []Option{
				{Label: i18n.Text{En: "A user in the company's Fortnox", Sv: "En användare i företagets Fortnox"}, Next: FixNodeID("missing-rights")},
				{Label: i18n.Text{En: "An accounting consultant", Sv: "En redovisningskonsult"}, Next: FixNodeID("consultant-activation")},
			},
		},
		{
			ID:   pasteID,
			Kind: Paste,
			Text: i18n.Text{En: "Paste the error message, the activation link or the token", Sv: "Klistra in felmeddelandet, aktiveringslänken eller token"},
			Hint: i18n.Text{
				En: "An error body, a log excerpt, a callback URL or an access token. Nothing leaves your machine, and secrets are hidden.",
				Sv: "Ett felsvar, ett utdrag ur en logg, en callback-URL eller en access-token. Inget lämnar din dator, och hemligheter döljs.",
			},
		},
	}
	for _, f := range catalogue {
		nodes = append(nodes, Node{ID: FixNodeID(f.ID), Kind: FixLeaf, Text: f.Title, Fix: f.ID})
	}
	return NewTree(startID, nodes)
})
