package flows

import (
	"sync"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// The IDs of the tree's questions. They are stable: the wizard's history,
// tests and `graph` output name them.
const (
	startID = "start"
	pasteID = "paste"

	// The integrator's questions.
	developerID       = "developer"
	activationErrorID = "activation-error"
	tokenErrorID      = "token-error"
	apiErrorID        = "api-error"
	apiDataID         = "api-data"
	stoppedID         = "stopped"
	serviceAccountID  = "service-account"

	// The customer's questions (a consultant shares the last four).
	customerID           = "customer"
	customerStoppedID    = "customer-stopped"
	customerLicenceID    = "customer-license"
	customerActivationID = "customer-activation"
	customerDataID       = "customer-data"

	// The accounting consultant's question.
	consultantID = "consultant"
)

// DontKnow is the start of the label of every question's "I don't know"
// answer, which leads to the paste screen or to the likeliest fix (whose
// text names the alternatives).
var DontKnow = i18n.Text{En: "I don't know", Sv: "Jag vet inte"}

// DecisionTree returns the wizard's decision tree. After the paste screen,
// the first question is who the user is (the integrator, the customer's
// Fortnox administrator or user, an accounting consultant); each answer
// carries its Role, so the wizard can show a fix for that person. Then it
// asks for the symptom in that person's words, and where the answer
// depends on it, which message they see. Every question but the first has
// an "I don't know" answer. Every fix has exactly one leaf; several
// questions may lead to it.
func DecisionTree() Tree { return decisionTree() }

var decisionTree = sync.OnceValue(func() Tree {
	// dontKnowPaste is the last answer of the questions that list
	// messages: a user who does not find theirs pastes what they see.
	dontKnowPaste := Option{Label: i18n.Text{En: "I don't know, or something else — paste what you see", Sv: "Jag vet inte, eller något annat – klistra in det du ser"}, Next: pasteID}
	nodes := []Node{
		{
			ID:   startID,
			Kind: Question,
			Text: i18n.Text{En: "Who are you?", Sv: "Vem är du?"},
			Hint: i18n.Text{En: "Or paste an error message, a link or a token straight away.", Sv: "Eller klistra in ett felmeddelande, en länk eller en token direkt."},
			Options: []Option{
				{Label: i18n.Text{En: "I have an error message, URL or token — paste it", Sv: "Jag har ett felmeddelande, en URL eller en token – klistra in"}, Next: pasteID},
				{Label: i18n.Text{En: "I develop the integration (integrator)", Sv: "Jag utvecklar integrationen (integratör)"}, Next: developerID, Role: Developer},
				{Label: i18n.Text{En: "I use Fortnox in our company (administrator or user)", Sv: "Jag använder Fortnox i vårt företag (administratör eller användare)"}, Next: customerID, Role: Customer},
				{Label: i18n.Text{En: "I am an accounting consultant (Digital byrå)", Sv: "Jag är redovisningskonsult (Digital byrå)"}, Next: consultantID, Role: Consultant},
			},
		},

		// The integrator.
		{
			ID:   developerID,
			Kind: Question,
			Text: i18n.Text{En: "Where does it go wrong?", Sv: "Var går det fel?"},
			Options: []Option{
				{Label: i18n.Text{En: "The activation: consent page or callback", Sv: "Aktiveringen: godkännandesidan eller callbacken"}, Next: activationErrorID},
				{Label: i18n.Text{En: "The token request: code exchange or refresh", Sv: "Token-anropet: inväxling av koden eller förnyelse"}, Next: tokenErrorID},
				{Label: i18n.Text{En: "An API call is refused: sign-in, scope, license, rights", Sv: "Ett API-anrop nekas: inloggning, scope, licens, behörighet"}, Next: apiErrorID},
				{Label: i18n.Text{En: "Fortnox refuses the data: accounts, periods, series", Sv: "Fortnox avvisar uppgifterna: konton, perioder, serier"}, Next: apiDataID},
				{Label: i18n.Text{En: "It worked, then stopped", Sv: "Det fungerade först men har slutat fungera"}, Next: stoppedID},
				{Label: i18n.Text{En: "A service account or client credentials", Sv: "Ett servicekonto eller client credentials"}, Next: serviceAccountID},
				{Label: i18n.Text{En: "Data goes to or comes from the wrong company", Sv: "Data hamnar i eller kommer från fel företag"}, Next: FixNodeID("wrong-company-authorized")},
				{Label: i18n.Text{En: "One connection has more scopes than another", Sv: "En koppling har fler scopes än en annan"}, Next: FixNodeID("scopes-differ-between-connections")},
				{Label: i18n.Text{En: "The customer can't find the integration in Fortnox", Sv: "Kunden hittar inte integrationen i Fortnox"}, Next: FixNodeID("connection-not-in-manage-users")},
				{Label: i18n.Text{En: "A consultant activates it for a client", Sv: "En redovisningskonsult aktiverar den åt en klient"}, Next: FixNodeID("consultant-activation")},
				dontKnowPaste,
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
				{Label: i18n.Text{En: "Missing license", Sv: "Missing license"}, Next: FixNodeID("missing-license")},
				{Label: i18n.Text{En: "Missing license, for an integration sold on Fortnox", Sv: "Missing license, för en integration som säljs hos Fortnox"}, Next: FixNodeID("missing-license-purchasable")},
				{Label: i18n.Text{En: "Resource owner does not have enough licenses", Sv: "Resource owner does not have enough licenses"}, Next: FixNodeID("not-enough-licenses")},
				{Label: i18n.Text{En: "error=access_denied", Sv: "error=access_denied"}, Next: FixNodeID("consent-denied")},
				{Label: i18n.Text{En: "The callback has no code (“Missing code or state”)", Sv: "Callbacken saknar code (”Missing code or state”)"}, Next: FixNodeID("callback-without-code")},
				{Label: i18n.Text{En: "The customer's Fortnox account is locked", Sv: "Kundens Fortnox-konto är spärrat"}, Next: FixNodeID("fortnox-account-locked")},
				dontKnowPaste,
			},
		},
		{
			ID:   tokenErrorID,
			Kind: Question,
			Text: i18n.Text{En: "What does the token endpoint answer?", Sv: "Vad svarar token-anropet?"},
			Hint: i18n.Text{En: "POST https://apps.fortnox.se/oauth-v1/token, after the callback or on a refresh.", Sv: "POST https://apps.fortnox.se/oauth-v1/token, efter callbacken eller vid en förnyelse."},
			Options: []Option{
				{Label: i18n.Text{En: "Code exchange: invalid_grant", Sv: "Inväxling av koden: invalid_grant"}, Next: FixNodeID("auth-code-or-refresh-token-invalid")},
				{Label: i18n.Text{En: "Refresh: “Invalid refresh token”", Sv: "Förnyelse: ”Invalid refresh token”"}, Next: FixNodeID("invalid-refresh-token")},
				{Label: i18n.Text{En: "invalid_client", Sv: "invalid_client"}, Next: FixNodeID("invalid-client-credentials")},
				{Label: i18n.Text{En: "grant_type=client_credentials fails", Sv: "grant_type=client_credentials misslyckas"}, Next: FixNodeID("client-credentials-problem")},
				dontKnowPaste,
			},
		},
		{
			ID:   apiErrorID,
			Kind: Question,
			Text: i18n.Text{En: "Which error does the API return?", Sv: "Vilket fel svarar API:t med?"},
			Hint: i18n.Text{En: "The code is in ErrorInformation; a 401 or 429 has none.", Sv: "Koden står i ErrorInformation; 401 och 429 har ingen."},
			Options: []Option{
				{Label: i18n.Text{En: "HTTP 401 “unauthorized”", Sv: "HTTP 401 ”unauthorized”"}, Next: FixNodeID("access-token-expired")},
				{Label: i18n.Text{En: "Ogiltig inloggning (2000310, 2000311), Bearer token", Sv: "Ogiltig inloggning (2000310, 2000311), Bearer-token"}, Next: FixNodeID("invalid-login")},
				{Label: i18n.Text{En: "Ogiltig inloggning with Access-Token and Client-Secret", Sv: "Ogiltig inloggning med Access-Token och Client-Secret"}, Next: FixNodeID("legacy-token-invalid")},
				{Label: i18n.Text{En: "Har inte behörighet för scope (2000663)", Sv: "Har inte behörighet för scope (2000663)"}, Next: FixNodeID("token-missing-scope")},
				{Label: i18n.Text{En: "Ingen aktiv licens för scope (2001101)", Sv: "Ingen aktiv licens för scope (2001101)"}, Next: FixNodeID("not-licensed-for-scope")},
				{Label: i18n.Text{En: "Api-licens saknas (2001103)", Sv: "Api-licens saknas (2001103)"}, Next: FixNodeID("missing-license")},
				{Label: i18n.Text{En: "Saknar behörighet … (missing rights)", Sv: "Saknar behörighet …"}, Next: FixNodeID("missing-rights")},
				{Label: i18n.Text{En: "Missing rights (Warehouse)", Sv: "Missing rights (Warehouse)"}, Next: FixNodeID("missing-rights-warehouse")},
				{Label: i18n.Text{En: "403 on attachments (archive, voucherfileconnections)", Sv: "403 på bilagor (archive, voucherfileconnections)"}, Next: FixNodeID("archive-scope-missing")},
				{Label: i18n.Text{En: "HTTP 429 Too Many Requests", Sv: "HTTP 429 Too Many Requests"}, Next: FixNodeID("rate-limited")},
				dontKnowPaste,
			},
		},
		{
			ID:   apiDataID,
			Kind: Question,
			Text: i18n.Text{En: "What does Fortnox refuse?", Sv: "Vad nekar Fortnox?"},
			Options: []Option{
				{Label: i18n.Text{En: "Kunde inte hitta konto (2001304, 2000423)", Sv: "Kunde inte hitta konto (2001304, 2000423)"}, Next: FixNodeID("account-not-found")},
				{Label: i18n.Text{En: "Konto ”…” är inte aktivt (2000550)", Sv: "Konto ”…” är inte aktivt (2000550)"}, Next: FixNodeID("account-inactive")},
				{Label: i18n.Text{En: "Förvalt konto saknas (2001403)", Sv: "Förvalt konto saknas (2001403)"}, Next: FixNodeID("preferred-account-missing")},
				{Label: i18n.Text{En: "The period is locked (2000401, 2002141)", Sv: "Perioden är låst (2000401, 2002141)"}, Next: FixNodeID("locked-period")},
				{Label: i18n.Text{En: "No financial year for the date", Sv: "Inget räkenskapsår för datumet"}, Next: FixNodeID("financial-year-missing")},
				{Label: i18n.Text{En: "The voucher series", Sv: "Verifikationsserien"}, Next: FixNodeID("voucher-series-problem")},
				{Label: i18n.Text{En: "The cost centre (2000947)", Sv: "Kostnadsstället (2000947)"}, Next: FixNodeID("cost-center-inactive")},
				dontKnowPaste,
			},
		},
		{
			ID:   stoppedID,
			Kind: Question,
			Text: i18n.Text{En: "What do the logs say since it stopped?", Sv: "Vad säger loggarna sedan det slutade fungera?"},
			Options: []Option{
				{Label: i18n.Text{En: "Refresh: “Invalid refresh token”", Sv: "Förnyelse: ”Invalid refresh token”"}, Next: FixNodeID("invalid-refresh-token")},
				{Label: i18n.Text{En: "Refresh: invalid_grant without that text", Sv: "Förnyelse: invalid_grant utan den texten"}, Next: FixNodeID("auth-code-or-refresh-token-invalid")},
				{Label: i18n.Text{En: "API: 401 “unauthorized” after about an hour", Sv: "API:t: 401 ”unauthorized” efter ungefär en timme"}, Next: FixNodeID("access-token-expired")},
				{Label: i18n.Text{En: "Ogiltig inloggning with the legacy Access-Token and Client-Secret", Sv: "Ogiltig inloggning med de äldre headrarna Access-Token och Client-Secret"}, Next: FixNodeID("legacy-token-invalid")},
				{Label: i18n.Text{En: "The customer removed it, or the user left", Sv: "Kunden tog bort den, eller användaren slutade"}, Next: FixNodeID("connection-revoked")},
				dontKnowPaste,
			},
		},
		{
			ID:   serviceAccountID,
			Kind: Question,
			Text: i18n.Text{En: "What fails with the service account?", Sv: "Vad misslyckas med servicekontot?"},
			Options: []Option{
				{Label: i18n.Text{En: "Activation: Client does not allow service account", Sv: "Aktiveringen: Client does not allow service account"}, Next: FixNodeID("service-account-not-allowed")},
				{Label: i18n.Text{En: "Activation: Missing system administrator", Sv: "Aktiveringen: Missing system administrator"}, Next: FixNodeID("missing-system-administrator")},
				{Label: i18n.Text{En: "The token request with client_credentials", Sv: "Token-anropet med client_credentials"}, Next: FixNodeID("client-credentials-problem")},
				dontKnowPaste,
			},
		},

		// The customer's Fortnox administrator or user.
		{
			ID:   customerID,
			Kind: Question,
			Text: i18n.Text{En: "What is happening?", Sv: "Vad är det som händer?"},
			Options: []Option{
				{Label: i18n.Text{En: "The integration stopped working", Sv: "Integrationen har slutat fungera"}, Next: customerStoppedID},
				{Label: i18n.Text{En: "It says I am not licensed, or a license is missing", Sv: "Det står att jag saknar licens eller att en licens saknas"}, Next: customerLicenceID},
				{Label: i18n.Text{En: "The activation page shows an error", Sv: "Aktiveringssidan visar ett fel"}, Next: customerActivationID},
				{Label: i18n.Text{En: "Fortnox refuses what the integration sends", Sv: "Fortnox nekar det integrationen skickar"}, Next: customerDataID},
				{Label: i18n.Text{En: "I can't find the integration in Fortnox", Sv: "Jag hittar inte integrationen i Fortnox"}, Next: FixNodeID("connection-not-in-manage-users")},
				{Label: i18n.Text{En: "It posts to the wrong company", Sv: "Den bokför i fel företag"}, Next: FixNodeID("wrong-company-authorized")},
				{Label: i18n.Text{En: "It says I lack permission (Saknar behörighet)", Sv: "Det står att behörighet saknas (Saknar behörighet)"}, Next: FixNodeID("missing-rights")},
				{Label: i18n.Text{En: "It asks us to approve the connection again", Sv: "Den ber oss godkänna kopplingen igen"}, Next: FixNodeID("auth-code-or-refresh-token-invalid")},
				{Label: i18n.Text{En: "Our system administrator must approve a service account", Sv: "Vår systemadministratör måste godkänna ett servicekonto"}, Next: FixNodeID("client-credentials-problem")},
				dontKnowPaste,
			},
		},
		{
			ID:   customerStoppedID,
			Kind: Question,
			Text: i18n.Text{En: "Does the integration or Fortnox say anything?", Sv: "Säger integrationen eller Fortnox något?"},
			Options: []Option{
				{Label: i18n.Text{En: "I don't know — show the likeliest cause", Sv: "Jag vet inte – visa den troligaste orsaken"}, Next: FixNodeID("connection-revoked")},
				{Label: i18n.Text{En: "The connection must be renewed (“Invalid refresh token”)", Sv: "Kopplingen måste förnyas (”Invalid refresh token”)"}, Next: FixNodeID("invalid-refresh-token")},
				{Label: i18n.Text{En: "“Ogiltig inloggning”", Sv: "”Ogiltig inloggning”"}, Next: FixNodeID("invalid-login")},
				{Label: i18n.Text{En: "Some features stopped (“Har inte behörighet för scope”)", Sv: "Vissa funktioner har slutat fungera (”Har inte behörighet för scope”)"}, Next: FixNodeID("token-missing-scope")},
				{Label: i18n.Text{En: "One of the connections can do less than another", Sv: "En av kopplingarna kommer åt mindre än en annan"}, Next: FixNodeID("scopes-differ-between-connections")},
				{Label: i18n.Text{En: "Fortnox says the account is locked", Sv: "Fortnox säger att kontot är spärrat"}, Next: FixNodeID("fortnox-account-locked")},
				{Label: i18n.Text{En: "The warehouse part says “Missing rights”", Sv: "Lagerdelen säger ”Missing rights”"}, Next: FixNodeID("missing-rights-warehouse")},
				{Label: i18n.Text{En: "Something else — paste the message", Sv: "Något annat – klistra in meddelandet"}, Next: pasteID},
			},
		},
		{
			ID:   customerLicenceID,
			Kind: Question,
			Text: i18n.Text{En: "What does it say about the license?", Sv: "Vad står det om licensen?"},
			Options: []Option{
				{Label: i18n.Text{En: "Missing license, or Api-licens saknas", Sv: "Missing license, eller Api-licens saknas"}, Next: FixNodeID("missing-license")},
				{Label: i18n.Text{En: "Missing license, for an integration bought through Fortnox", Sv: "Missing license, för en integration som köps via Fortnox"}, Next: FixNodeID("missing-license-purchasable")},
				{Label: i18n.Text{En: "Not licensed for requested scope, or ingen aktiv licens", Sv: "Not licensed for requested scope, eller ingen aktiv licens"}, Next: FixNodeID("not-licensed-for-scope")},
				{Label: i18n.Text{En: "Resource owner does not have enough licenses", Sv: "Resource owner does not have enough licenses"}, Next: FixNodeID("not-enough-licenses")},
				{Label: i18n.Text{En: "Attachments fail (Arkivplats)", Sv: "Uppladdning av bilagor misslyckas (Arkivplats)"}, Next: FixNodeID("archive-scope-missing")},
				dontKnowPaste,
			},
		},
		{
			ID:   customerActivationID,
			Kind: Question,
			Text: i18n.Text{En: "What does the activation page say?", Sv: "Vad säger aktiveringssidan?"},
			Options: []Option{
				{Label: i18n.Text{En: "Missing system administrator", Sv: "Missing system administrator"}, Next: FixNodeID("missing-system-administrator")},
				{Label: i18n.Text{En: "Not licensed for requested scope", Sv: "Not licensed for requested scope"}, Next: FixNodeID("not-licensed-for-scope")},
				{Label: i18n.Text{En: "Missing license", Sv: "Missing license"}, Next: FixNodeID("missing-license")},
				{Label: i18n.Text{En: "Access denied, or I said no", Sv: "Access denied, eller så tackade jag nej"}, Next: FixNodeID("consent-denied")},
				{Label: i18n.Text{En: "It returns to the app but nothing happens", Sv: "Den går tillbaka till appen men inget händer"}, Next: FixNodeID("callback-without-code")},
				{Label: i18n.Text{En: "Fortnox says the account is locked", Sv: "Fortnox säger att kontot är spärrat"}, Next: FixNodeID("fortnox-account-locked")},
				{Label: i18n.Text{En: "RedirectURI is missing or mismatch", Sv: "RedirectURI is missing or mismatch"}, Next: FixNodeID("redirect-uri-mismatch")},
				{Label: i18n.Text{En: "An unsupported scope was requested", Sv: "An unsupported scope was requested"}, Next: FixNodeID("unsupported-scope")},
				{Label: i18n.Text{En: "Auth code or ClientID supplied is invalid", Sv: "Auth code or ClientID supplied is invalid"}, Next: FixNodeID("invalid-auth-code-or-clientid")},
				{Label: i18n.Text{En: "Client does not allow service account", Sv: "Client does not allow service account"}, Next: FixNodeID("service-account-not-allowed")},
				dontKnowPaste,
			},
		},
		{
			ID:   customerDataID,
			Kind: Question,
			Text: i18n.Text{En: "What does the message mention?", Sv: "Vad nämner meddelandet?"},
			Options: []Option{
				{Label: i18n.Text{En: "An account that can't be found", Sv: "Ett konto som inte hittas"}, Next: FixNodeID("account-not-found")},
				{Label: i18n.Text{En: "An account that is not active", Sv: "Ett konto som inte är aktivt"}, Next: FixNodeID("account-inactive")},
				{Label: i18n.Text{En: "A preferred account (förvalt konto)", Sv: "Ett förvalt konto"}, Next: FixNodeID("preferred-account-missing")},
				{Label: i18n.Text{En: "A locked period", Sv: "En låst period"}, Next: FixNodeID("locked-period")},
				{Label: i18n.Text{En: "The financial year (räkenskapsår)", Sv: "Räkenskapsåret"}, Next: FixNodeID("financial-year-missing")},
				{Label: i18n.Text{En: "The voucher series (verifikationsserie)", Sv: "Verifikationsserien"}, Next: FixNodeID("voucher-series-problem")},
				{Label: i18n.Text{En: "A cost centre (kostnadsställe)", Sv: "Ett kostnadsställe"}, Next: FixNodeID("cost-center-inactive")},
				dontKnowPaste,
			},
		},

		// The accounting consultant.
		{
			ID:   consultantID,
			Kind: Question,
			Text: i18n.Text{En: "What is happening with the client's integration?", Sv: "Vad händer med klientens integration?"},
			Options: []Option{
				{Label: i18n.Text{En: "I want to activate it for a client", Sv: "Jag vill aktivera den åt en klient"}, Next: FixNodeID("consultant-activation")},
				{Label: i18n.Text{En: "After my activation it lacks permission", Sv: "Efter min aktivering saknas behörighet"}, Next: FixNodeID("missing-rights")},
				{Label: i18n.Text{En: "Quotes, orders or invoices have been refused since autumn 2025", Sv: "Offerter, order eller fakturor nekas sedan hösten 2025"}, Next: FixNodeID("not-licensed-for-scope")},
				{Label: i18n.Text{En: "It stopped working", Sv: "Den har slutat fungera"}, Next: customerStoppedID},
				{Label: i18n.Text{En: "It was connected to the wrong client", Sv: "Den kopplades till fel klient"}, Next: FixNodeID("wrong-company-authorized")},
				{Label: i18n.Text{En: "The activation page shows an error", Sv: "Aktiveringssidan visar ett fel"}, Next: customerActivationID},
				{Label: i18n.Text{En: "Fortnox refuses what the integration sends", Sv: "Fortnox nekar det integrationen skickar"}, Next: customerDataID},
				{Label: i18n.Text{En: "It says a license is missing", Sv: "Det står att licens saknas"}, Next: customerLicenceID},
				dontKnowPaste,
			},
		},

		{
			ID:   pasteID,
			Kind: Paste,
			Text: i18n.Text{En: "Describe the problem, or paste the error, the link or the token", Sv: "Beskriv problemet, eller klistra in felet, länken eller token"},
			Hint: i18n.Text{
				En: "A sentence in your own words, an error body, a log excerpt, a callback URL or an access token. Nothing leaves your machine, and secrets are hidden.",
				Sv: "En mening med egna ord, ett felsvar, ett loggutdrag, en callback-URL eller en access-token. Inget lämnar din dator, och hemligheter döljs.",
			},
		},
	}
	for _, f := range catalogue {
		nodes = append(nodes, Node{ID: FixNodeID(f.ID), Kind: FixLeaf, Text: f.Title, Fix: f.ID})
	}
	return NewTree(startID, nodes)
})
