package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fixes for problems met while a customer activates (connects) an
// integration through the OAuth2 authorization flow.

var consultantActivation = Fix{
	ID: "consultant-activation",
	Title: i18n.Text{
		En: "Activating an integration as an accounting consultant",
		Sv: "Aktivera en integration som redovisningskonsult",
	},
	Summary: i18n.Text{
		En: "Log in with your Digital byrå credentials, then choose the client to activate the integration on.",
		Sv: "Logga in med uppgifterna till er Digital byrå och välj sedan vilken klient integrationen ska aktiveras på.",
	},
	Cause: i18n.Text{
		En: "An accounting agency works in its clients' Fortnox companies through Digital byrå. If the consultant activates the integration with an ordinary user created for them in the client's company, the integration is tied to that user, and API calls are later refused for missing rights.",
		Sv: "En redovisningsbyrå arbetar i sina klienters Fortnox via Digital byrå. Om konsulten aktiverar integrationen med en vanlig användare som skapats åt hen i klientens företag knyts integrationen till den användaren, och API-anropen nekas sedan för att behörighet saknas.",
	},
	Steps: []i18n.Text{
		{En: "Open the integration's activation link, or start the activation from the integrator's service.", Sv: "Öppna integrationens aktiveringslänk, eller starta aktiveringen från integratörens tjänst."},
		{En: "On Fortnox's login page, log in with the credentials for your Digital byrå, not with a user created in the client's company.", Sv: "Logga in på Fortnox inloggningssida med uppgifterna till er Digital byrå, inte med en användare som skapats i klientens företag."},
		{En: "Choose the client the integration should be activated on.", Sv: "Välj den klient som integrationen ska aktiveras på."},
		{En: "Review the access the integration asks for and approve it.", Sv: "Granska behörigheterna som integrationen ber om och godkänn."},
		{En: "If the integration was already activated with a user created for you in the client's company, activate it again this way.", Sv: "Om integrationen redan har aktiverats med en användare som skapats åt dig i klientens företag: aktivera den igen på det här sättet."},
	},
	Who: []Role{Consultant},
	Where: i18n.Text{
		En: "Fortnox login → Digital byrå → choose the client",
		Sv: "Inloggning i Fortnox → Digital byrå → välj klient",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! To activate our integration for your client, please log in to Fortnox with your Digital byrå credentials and choose the client before you approve. A user created for you inside the client's company will not work. Thanks!",
		Sv: "Hej! För att aktivera vår integration åt er klient behöver ni logga in i Fortnox med uppgifterna till er Digital byrå och välja klienten innan ni godkänner. En användare som skapats åt er i klientens företag fungerar inte. Tack!",
	},
	Signals: Signals{
		Synonyms: []string{"accounting agency", "accounting firm", "accounting consultant", "consultant", "bureau", "Digital byrå", "byrå", "redovisningsbyrå", "redovisningskonsult", "konsult", "klient", "client company", "on behalf of a client"},
	},
}

var invalidAuthCodeOrClientID = Fix{
	ID: "invalid-auth-code-or-clientid",
	Title: i18n.Text{
		En: "Auth code or ClientID supplied is invalid",
		Sv: "Auth code or ClientID supplied is invalid",
	},
	Summary: i18n.Text{
		En: "The app is not set to OAuth2 in the developer portal: tick its OAuth2 checkbox.",
		Sv: "Appen är inte inställd på OAuth2 i Utvecklarportalen: kryssa i rutan för OAuth2.",
	},
	Cause: i18n.Text{
		En: "Fortnox shows this when a ClientID is used for an OAuth2 activation but the app's OAuth2 checkbox in the developer portal is not ticked. The message also covers a ClientID that is simply wrong, so compare it with the portal's.",
		Sv: "Fortnox visar felet när ett ClientID används för en OAuth2-aktivering men rutan för OAuth2 inte är ikryssad för appen i Utvecklarportalen. Meddelandet gäller också ett ClientID som helt enkelt är fel, så jämför det med det som står i portalen.",
	},
	Steps: []i18n.Text{
		{En: "Log in to the developer portal (developer.fortnox.se) and open the app.", Sv: "Logga in i Utvecklarportalen (developer.fortnox.se) och öppna appen."},
		{En: "Tick the OAuth2 checkbox and save.", Sv: "Kryssa i rutan för OAuth2 och spara."},
		{En: "Check that client_id in the activation link is exactly the app's ClientID in the portal.", Sv: "Kontrollera att client_id i aktiveringslänken är exakt appens ClientID i portalen."},
		{En: "Ask the customer to open the activation link again.", Sv: "Be kunden öppna aktiveringslänken igen."},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "Developer portal (developer.fortnox.se) → your app → OAuth2 checkbox",
		Sv: "Utvecklarportalen (developer.fortnox.se) → er app → rutan för OAuth2",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! The error you saw when activating our integration came from a setting on our side, which we have now corrected. Please open the activation link again. Sorry for the trouble!",
		Sv: "Hej! Felet ni fick när ni aktiverade vår integration berodde på en inställning hos oss, och den är nu rättad. Öppna aktiveringslänken igen. Ursäkta besväret!",
	},
	Signals: Signals{
		Phrases:  []string{"Auth code or ClientID supplied is invalid"},
		Synonyms: []string{"OAuth2 checkbox", "ClientID invalid", "wrong client id", "client id is wrong", "ogiltigt klient-id", "fel klient-id", "kryssruta för OAuth2", "checkbox in the developer portal"},
	},
}

var serviceAccountNotAllowed = Fix{
	ID: "service-account-not-allowed",
	Title: i18n.Text{
		En: "Client does not allow service account",
		Sv: "Client does not allow service account",
	},
	Summary: i18n.Text{
		En: "The activation link asks for a service account (account_type=service) but the app does not allow one: set service accounts to “Only administrator” in the developer portal.",
		Sv: "Aktiveringslänken ber om ett servicekonto (account_type=service) men appen tillåter det inte: ställ in servicekonton på ”Only administrator” i Utvecklarportalen.",
	},
	Cause: i18n.Text{
		En: "With account_type=service the activation creates a service account, a user made for the integration instead of the person who approves. Fortnox allows that only when the app's service account option in the developer portal is set to “Only administrator”. There can be one service account per ClientID and customer, and only the customer's system administrators can approve one.",
		Sv: "Med account_type=service skapar aktiveringen ett servicekonto, en användare för integrationen i stället för personen som godkänner. Fortnox tillåter det bara när appens inställning för servicekonton i Utvecklarportalen är ”Only administrator”. Det kan finnas ett servicekonto per ClientID och kund, och bara kundens systemadministratörer kan godkänna det.",
	},
	Steps: []i18n.Text{
		{En: "Log in to the developer portal and open the app.", Sv: "Logga in i Utvecklarportalen och öppna appen."},
		{En: "Set the service account option to “Only administrator” and save.", Sv: "Ställ in servicekonto på ”Only administrator” och spara."},
		{En: "Keep account_type=service in the activation link (service is the only valid value), or remove the parameter if the integration should act as the approving user.", Sv: "Behåll account_type=service i aktiveringslänken (service är det enda giltiga värdet), eller ta bort parametern om integrationen ska agera som användaren som godkänner."},
		{En: "Ask a system administrator in the customer's Fortnox to open the activation link again.", Sv: "Be en systemadministratör i kundens Fortnox att öppna aktiveringslänken igen."},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "Developer portal → your app → service account: “Only administrator”",
		Sv: "Utvecklarportalen → er app → servicekonto: ”Only administrator”",
	},
	DocsURL: docsServiceAccounts,
	CustomerMessage: i18n.Text{
		En: "Hi! We have corrected a setting on our side that stopped the activation. Please ask a system administrator in your Fortnox to open the activation link again; only a system administrator can approve this kind of connection.",
		Sv: "Hej! Vi har rättat en inställning hos oss som stoppade aktiveringen. Be en systemadministratör i ert Fortnox att öppna aktiveringslänken igen; bara en systemadministratör kan godkänna den här typen av koppling.",
	},
	Signals: Signals{
		Phrases:  []string{"Client does not allow service account"},
		Synonyms: []string{"service account", "account_type=service", "servicekonto", "administrator only", "endast administratör", "service account not allowed", "serviceanvändare"},
	},
}

var connectionNotInManageUsers = Fix{
	ID: "connection-not-in-manage-users",
	Title: i18n.Text{
		En: "The customer can't find the integration under Manage users",
		Sv: "Kunden hittar inte integrationen under Administrera användare",
	},
	Summary: i18n.Text{
		En: "Integrations added with OAuth2 are listed under Manage integrations; only those added with the legacy method are under Manage users.",
		Sv: "Integrationer som lagts till med OAuth2 finns under Hantera integrationer; bara de som lagts till med den äldre metoden finns under Administrera användare.",
	},
	Cause: i18n.Text{
		En: "Where Fortnox lists an integration depends on how it was added. An integration added with OAuth2 is shown under Manage integrations (Hantera integrationer). One added with the legacy method is still shown under Manage users (Administrera användare).",
		Sv: "Var Fortnox visar en integration beror på hur den lades till. En integration som lagts till med OAuth2 visas under Hantera integrationer. En som lagts till med den äldre metoden visas fortfarande under Administrera användare.",
	},
	Steps: []i18n.Text{
		{En: "In Fortnox, open Manage integrations (Hantera integrationer) instead of Manage users (Administrera användare).", Sv: "Öppna Hantera integrationer i Fortnox i stället för Administrera användare."},
		{En: "Look for the integration by its name there.", Sv: "Leta upp integrationen med dess namn där."},
		{En: "If it is not there either, it has not been activated in this company: open the integrator's activation link and approve.", Sv: "Finns den inte där heller har den inte aktiverats i det här företaget: öppna integratörens aktiveringslänk och godkänn."},
	},
	Who: []Role{Customer},
	Where: i18n.Text{
		En: "Fortnox → Manage integrations (Hantera integrationer)",
		Sv: "Fortnox → Hantera integrationer",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Our integration is connected with OAuth2, so in Fortnox you will find it under Manage integrations (Hantera integrationer), not under Manage users (Administrera användare).",
		Sv: "Hej! Vår integration är kopplad med OAuth2, så i Fortnox hittar ni den under Hantera integrationer, inte under Administrera användare.",
	},
	Signals: Signals{
		Synonyms: []string{"Manage Users", "Manage Integrations", "Manage Apps", "Administrera användare", "Hantera integrationer", "cannot find the connection", "connection not listed", "hittar inte kopplingen", "integrationen syns inte"},
	},
}

var missingSystemAdministrator = Fix{
	ID: "missing-system-administrator",
	Title: i18n.Text{
		En: "Missing system administrator",
		Sv: "Missing system administrator",
	},
	Summary: i18n.Text{
		En: "The user activating the integration is not a system administrator: make them one, or let a system administrator activate it.",
		Sv: "Användaren som aktiverar integrationen är inte systemadministratör: gör användaren till det, eller låt en systemadministratör aktivera.",
	},
	Cause: i18n.Text{
		En: "The user who activates the integration must be a system administrator of the customer's Fortnox company. When they are not, activation stops with “Missing system administrator” (error_missing_system_admin_right).",
		Sv: "Användaren som aktiverar integrationen måste vara systemadministratör i kundens Fortnox-företag. Är hen inte det stoppas aktiveringen med ”Missing system administrator” (error_missing_system_admin_right).",
	},
	Steps: []i18n.Text{
		{En: "Find out who is system administrator in the customer's Fortnox.", Sv: "Ta reda på vem som är systemadministratör i kundens Fortnox."},
		{En: "Either the system administrator activates the integration, or first makes the activating user a system administrator under Manage users (Administrera användare).", Sv: "Antingen aktiverar systemadministratören integrationen, eller så gör hen först den som ska aktivera till systemadministratör under Administrera användare."},
		{En: "Open the activation link again and approve.", Sv: "Öppna aktiveringslänken igen och godkänn."},
	},
	Who: []Role{Customer},
	Where: i18n.Text{
		En: "Fortnox → Manage users (Administrera användare)",
		Sv: "Fortnox → Administrera användare",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Activating our integration needs a system administrator in your Fortnox. Please ask your system administrator to open the activation link and approve, or to make you a system administrator first.",
		Sv: "Hej! För att aktivera vår integration krävs en systemadministratör i ert Fortnox. Be er systemadministratör att öppna aktiveringslänken och godkänna, eller att först göra dig till systemadministratör.",
	},
	Signals: Signals{
		OAuthErrors: []string{"error_missing_system_admin_right"},
		Phrases:     []string{"Missing system administrator"},
		Synonyms:    []string{"system administrator", "sysadmin", "systemadministratör", "administrator", "administratör", "not an administrator", "admin rights", "administratörsbehörighet", "must be an administrator", "inte administratör"},
	},
}

var redirectURIMismatch = Fix{
	ID: "redirect-uri-mismatch",
	Title: i18n.Text{
		En: "RedirectURI is missing or mismatch",
		Sv: "RedirectURI is missing or mismatch",
	},
	Summary: i18n.Text{
		En: "The redirect URI in the activation link must be identical to the one registered for the app in the developer portal.",
		Sv: "Redirect-URI:n i aktiveringslänken måste vara identisk med den som är registrerad för appen i Utvecklarportalen.",
	},
	Cause: i18n.Text{
		En: "Fortnox accepts redirect_uri only when it equals the redirect URI in the developer portal. Small differences count: http or https, www or not, a port, a trailing slash. The token request must send the same redirect_uri again.",
		Sv: "Fortnox godtar redirect_uri bara när den är lika med redirect-URI:n i Utvecklarportalen. Små skillnader räknas: http eller https, www eller inte, en port, ett avslutande snedstreck. Token-anropet måste skicka samma redirect_uri igen.",
	},
	Steps: []i18n.Text{
		{En: "Copy the redirect URI from the app in the developer portal.", Sv: "Kopiera redirect-URI:n från appen i Utvecklarportalen."},
		{En: "Put exactly that value, URL-encoded, in redirect_uri in the activation link.", Sv: "Sätt exakt det värdet, URL-kodat, i redirect_uri i aktiveringslänken."},
		{En: "Send the identical redirect_uri in the token request (grant_type=authorization_code).", Sv: "Skicka samma redirect_uri i token-anropet (grant_type=authorization_code)."},
		{En: "Run fortnox-doctor check-url on the activation link to catch other mistakes in it.", Sv: "Kör fortnox-doctor check-url på aktiveringslänken för att hitta andra fel i den."},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "Developer portal → your app → redirect URI",
		Sv: "Utvecklarportalen → er app → redirect-URI",
	},
	DocsURL: docsAuthorization,
	CustomerMessage: i18n.Text{
		En: "Hi! The activation failed because of a setting on our side, which we have now corrected. Please open the activation link again.",
		Sv: "Hej! Aktiveringen misslyckades på grund av en inställning hos oss, som nu är rättad. Öppna aktiveringslänken igen.",
	},
	Signals: Signals{
		OAuthErrors: []string{"redirect_uri_mismatch"},
		Phrases:     []string{"RedirectURI is missing or mismatch"},
		Synonyms:    []string{"redirect URI", "redirect_uri", "redirectUri", "callback URL", "redirect URL", "does not match", "do not match", "mismatch", "stämmer inte", "matchar inte", "omdirigeringsadress"},
	},
}

var unsupportedScope = Fix{
	ID: "unsupported-scope",
	Title: i18n.Text{
		En: "An unsupported scope was requested",
		Sv: "An unsupported scope was requested",
	},
	Summary: i18n.Text{
		En: "The activation link asks for a scope that is not ticked for the app in the developer portal.",
		Sv: "Aktiveringslänken ber om ett scope som inte är ikryssat för appen i Utvecklarportalen.",
	},
	Cause: i18n.Text{
		En: "The scope parameter may only name scopes that are enabled for the app in the developer portal. Scope names are case-sensitive and separated by spaces. Fortnox refuses anything else with invalid_scope before the user even logs in.",
		Sv: "Parametern scope får bara innehålla scopes som är aktiverade för appen i Utvecklarportalen. Namnen är skiftlägeskänsliga och separeras med mellanslag. Allt annat nekar Fortnox med invalid_scope redan innan användaren loggar in.",
	},
	Steps: []i18n.Text{
		{En: "Compare the scope parameter of the activation link with the scopes ticked for the app in the developer portal.", Sv: "Jämför parametern scope i aktiveringslänken med de scopes som är ikryssade för appen i Utvecklarportalen."},
		{En: "Tick the missing scopes in the portal and save, or remove them from the link.", Sv: "Kryssa i de scopes som saknas i portalen och spara, eller ta bort dem från länken."},
		{En: "Check spelling and case (companyinformation, not CompanyInformation) and that scopes are separated by spaces (%20), not commas.", Sv: "Kontrollera stavning och skiftläge (companyinformation, inte CompanyInformation) och att scopes separeras med mellanslag (%20), inte kommatecken."},
		{En: "Run fortnox-doctor check-url on the activation link.", Sv: "Kör fortnox-doctor check-url på aktiveringslänken."},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "Developer portal → your app → scopes",
		Sv: "Utvecklarportalen → er app → scopes",
	},
	DocsURL: docsScopes,
	CustomerMessage: i18n.Text{
		En: "Hi! The activation failed because of a setting on our side, which we have now corrected. Please open the activation link again.",
		Sv: "Hej! Aktiveringen misslyckades på grund av en inställning hos oss, som nu är rättad. Öppna aktiveringslänken igen.",
	},
	Signals: Signals{
		OAuthErrors: []string{"invalid_scope"},
		Phrases:     []string{"An unsupported scope was requested"},
		Synonyms:    []string{"unsupported scope", "invalid scope", "invalid_scope", "scope not enabled in the developer portal", "scope not ticked", "ogiltigt scope", "scope som inte är ikryssat", "before login"},
	},
}

var fortnoxAccountLocked = Fix{
	ID: "fortnox-account-locked",
	Title: i18n.Text{
		En: "The activation returns without a code (Fortnox account locked)",
		Sv: "Aktiveringen kommer tillbaka utan code (Fortnox-kontot är spärrat)",
	},
	Summary: i18n.Text{
		En: "The customer's Fortnox account is locked, for example over an unpaid Fortnox invoice: unlock it, then activate again.",
		Sv: "Kundens Fortnox-konto är spärrat, till exempel på grund av en obetald faktura från Fortnox: häv spärren och aktivera sedan igen.",
	},
	Cause: i18n.Text{
		En: "When the customer's Fortnox account is locked, the activation can send the user back to the redirect URI without a code parameter and without an error. An unpaid Fortnox invoice is a known reason.",
		Sv: "När kundens Fortnox-konto är spärrat kan aktiveringen skicka tillbaka användaren till redirect-URI:n utan parametern code och utan något fel. En obetald faktura från Fortnox är en känd orsak.",
	},
	Steps: []i18n.Text{
		{En: "Look at the callback's query string: state but neither code nor error points to this.", Sv: "Titta på callbackens query-sträng: state men varken code eller error tyder på det här."},
		{En: "The customer logs in to Fortnox and checks whether the account is locked.", Sv: "Kunden loggar in i Fortnox och kontrollerar om kontot är spärrat."},
		{En: "The customer settles what locks it, such as an unpaid Fortnox invoice, or contacts Fortnox support.", Sv: "Kunden åtgärdar det som spärrar kontot, till exempel en obetald faktura från Fortnox, eller kontaktar Fortnox support."},
		{En: "Activate the integration again.", Sv: "Aktivera integrationen igen."},
		{En: "Integrator: make the callback say clearly when code is missing instead of failing silently.", Sv: "Integratören: låt callbacken säga tydligt att code saknas i stället för att misslyckas i det tysta."},
	},
	Who: []Role{Customer},
	Where: i18n.Text{
		En: "Fortnox login → the account's status and Fortnox invoices",
		Sv: "Fortnox inloggning → kontots status och fakturor från Fortnox",
	},
	DocsURL: docsAuthorization,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox did not complete the activation of our integration, which can happen when the Fortnox account is locked, for example because of an unpaid invoice from Fortnox. Could you log in to Fortnox and check? Once the account is open again, please activate our integration again.",
		Sv: "Hej! Fortnox slutförde inte aktiveringen av vår integration, vilket kan hända när Fortnox-kontot är spärrat, till exempel på grund av en obetald faktura från Fortnox. Kan ni logga in i Fortnox och kontrollera? När kontot är öppet igen, aktivera vår integration en gång till.",
	},
	Signals: Signals{
		CallbackWithoutCode: true,
		Synonyms:            []string{"account is locked", "locked account", "kontot är låst", "låst Fortnox-konto", "unpaid invoice", "obetald faktura", "spärrat konto", "log in directly to Fortnox"},
	},
}

var consentDenied = Fix{
	ID: "consent-denied",
	Title: i18n.Text{
		En: "error=access_denied (consent declined)",
		Sv: "error=access_denied (godkännandet avböjdes)",
	},
	Summary: i18n.Text{
		En: "The user cancelled or declined Fortnox's consent screen: run the activation again and approve.",
		Sv: "Användaren avbröt eller avböjde Fortnox godkännandesida: gör aktiveringen igen och godkänn.",
	},
	Cause: i18n.Text{
		En: "OAuth2 sends the user back with error=access_denied when they decline or cancel the consent screen (RFC 6749 §4.1.2.1). Nothing is wrong with the app or the link.",
		Sv: "OAuth2 skickar tillbaka användaren med error=access_denied när hen avböjer eller avbryter godkännandet (RFC 6749 §4.1.2.1). Det är inget fel på appen eller länken.",
	},
	Steps: []i18n.Text{
		{En: "Open the activation link again.", Sv: "Öppna aktiveringslänken igen."},
		{En: "Log in with the right Fortnox user and company.", Sv: "Logga in med rätt Fortnox-användare och företag."},
		{En: "Review the access the integration asks for and approve it.", Sv: "Granska behörigheterna som integrationen ber om och godkänn."},
		{En: "Integrator: handle error=access_denied in the callback with a friendly message and a way to try again.", Sv: "Integratören: hantera error=access_denied i callbacken med ett vänligt meddelande och ett sätt att försöka igen."},
	},
	Who: []Role{User, Developer},
	Where: i18n.Text{
		En: "Fortnox's consent screen, reached through the activation link",
		Sv: "Fortnox godkännandesida, via aktiveringslänken",
	},
	DocsURL: docsAuthorization,
	CustomerMessage: i18n.Text{
		En: "Hi! It looks like the activation of our integration was cancelled on Fortnox's approval page. Please open the activation link again and click approve at the end.",
		Sv: "Hej! Det ser ut som att aktiveringen av vår integration avbröts på Fortnox godkännandesida. Öppna aktiveringslänken igen och godkänn på sista steget.",
	},
	Signals: Signals{
		OAuthErrors: []string{"access_denied"},
		Synonyms:    []string{"access denied", "access_denied", "åtkomst nekad", "denied", "declined", "cancelled", "canceled", "avbröt", "nekade", "avböjde", "declined the consent", "godkände inte", "no longer has access"},
	},
}
