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
		En: "The consultant logs in with their Digital byrå credentials, then chooses the client to activate the integration on.",
		Sv: "Konsulten loggar in med sina inloggningsuppgifter till Digital byrå och väljer sedan vilken klient integrationen ska aktiveras på.",
	},
	Cause: i18n.Text{
		En: "An accounting agency works in its clients' Fortnox companies through Digital byrå. If the consultant activates the integration with an ordinary user created for them in the client's company, the integration is tied to that user, and API calls are later refused for missing rights. Since autumn 2025 the bureau package covers less than before, so logging in through Digital byrå may not be enough.",
		Sv: "En redovisningsbyrå arbetar i sina klienters Fortnox via Digital byrå. Om konsulten aktiverar integrationen med en vanlig användare som skapats åt hen i klientens företag knyts integrationen till den användaren, och API-anropen nekas sedan för att behörighet saknas. Sedan hösten 2025 täcker byråpaketet mindre än förut, så inloggning via Digital byrå räcker kanske inte.",
	},
	Steps: []Step{
		{Actor: Consultant, Text: i18n.Text{En: "Open the integration's activation link, or start the activation from the integrator's service.", Sv: "Öppna integrationens aktiveringslänk, eller starta aktiveringen från integratörens tjänst."}},
		{Actor: Consultant, Text: i18n.Text{En: "On Fortnox's login page, log in with the credentials for your Digital byrå, not with a user created in the client's company.", Sv: "Logga in på Fortnox inloggningssida med dina inloggningsuppgifter till Digital byrå, inte med en användare som skapats i klientens företag."}},
		{Actor: Consultant, Text: i18n.Text{En: "Choose the client the integration should be activated on.", Sv: "Välj den klient som integrationen ska aktiveras på."}},
		{Actor: Consultant, Text: i18n.Text{En: "Review the access the integration asks for and approve it.", Sv: "Granska behörigheterna som integrationen ber om och godkänn."}},
		{Actor: Consultant, Text: i18n.Text{En: "If the integration was already activated with a user created for you in the client's company, activate it again this way.", Sv: "Om integrationen redan har aktiverats med en användare som skapats åt dig i klientens företag, aktivera den igen på det här sättet."}},
	},
	Who: []Role{Consultant},
	Where: i18n.Text{
		En: "Fortnox login → Digital byrå → choose the client",
		Sv: "Inloggning i Fortnox → Digital byrå → välj klient",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! To activate our integration for your client, please log in to Fortnox with your Digital byrå credentials and choose the client before you approve. A user created for you inside the client's company will not work. Thanks!",
		Sv: "Hej! För att aktivera vår integration åt er klient behöver ni logga in i Fortnox med era inloggningsuppgifter till Digital byrå och välja klienten innan ni godkänner. En användare som skapats åt er i klientens företag fungerar inte. Tack!",
	},
	ConsultantMessage: i18n.Text{
		En: "Hi! Could you activate our integration for us? Please log in to Fortnox with your Digital byrå credentials and choose our company before you approve, rather than using a user created for you in our company.",
		Sv: "Hej! Kan ni aktivera vår integration åt oss? Logga in i Fortnox med era inloggningsuppgifter till Digital byrå och välj vårt företag innan ni godkänner, i stället för att använda en användare som skapats åt er i vårt företag.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! I am the accounting consultant of a client who uses your integration. Is there anything special about activating it through Digital byrå for a client?",
		Sv: "Hej! Jag är redovisningskonsult åt en klient som använder er integration. Finns det något särskilt att tänka på när den aktiveras via Digital byrå åt en klient?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Is there anything to keep in mind when your integration is activated through Digital byrå?",
		Sv: "Finns det något särskilt att tänka på när er integration aktiveras via Digital byrå?",
	},
	Sources: []Source{srcFAQ, srcBureauChange},
	Related: []string{"missing-rights"},
	Signals: Signals{
		Synonyms: []string{"accounting agency", "accounting firm", "accounting consultant", "consultant", "bureau", "Digital byrå", "byrå", "redovisningsbyrå", "redovisningskonsult", "konsult", "klient", "client company", "on behalf of a client"},
	},
}

var invalidAuthCodeOrClientID = Fix{
	ID: "invalid-auth-code-or-clientid",
	Title: i18n.Text{
		En: "Auth code or ClientID supplied is invalid",
		Sv: "”Auth code or ClientID supplied is invalid” – auktoriseringskoden eller ClientID är ogiltigt",
	},
	Summary: i18n.Text{
		En: "The app is not set to OAuth2 in the developer portal: the integrator ticks its OAuth2 checkbox.",
		Sv: "Appen är inte inställd på OAuth2 i Utvecklarportalen: integratören kryssar i rutan för OAuth2.",
	},
	Cause: i18n.Text{
		En: "Fortnox shows this when a ClientID is used for an OAuth2 activation but the app's OAuth2 checkbox in the developer portal is not ticked.",
		Sv: "Fortnox visar felet när ett ClientID används för en OAuth2-aktivering men rutan för OAuth2 inte är ikryssad för appen i Utvecklarportalen.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Log in to the developer portal (developer.fortnox.se) and open the app.", Sv: "Logga in i Utvecklarportalen (developer.fortnox.se) och öppna appen."}},
		{Actor: Developer, Text: i18n.Text{En: "Tick the OAuth2 checkbox and save.", Sv: "Kryssa i rutan för OAuth2 och spara."}},
		{Actor: Developer, Text: i18n.Text{En: "Check that client_id in the activation link is exactly the app's ClientID in the portal.", Sv: "Kontrollera att client_id i aktiveringslänken är exakt appens ClientID i portalen."}},
		{Actor: User, Text: i18n.Text{En: "When the integrator has corrected the app's settings, open the activation link again.", Sv: "När integratören har rättat appens inställningar, öppna aktiveringslänken igen."}, AsConsultant: i18n.Text{En: "When the integrator has corrected the app's settings, open the activation link again, log in through Digital byrå and choose the client.", Sv: "När integratören har rättat appens inställningar, öppna aktiveringslänken igen, logga in med Digital byrå och välj klienten."}},
	},
	Who: []Role{Developer, User},
	Where: i18n.Text{
		En: "Developer portal (developer.fortnox.se) → the app → OAuth2 checkbox",
		Sv: "Utvecklarportalen (developer.fortnox.se) → appen → rutan för OAuth2",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! The error you saw when activating our integration came from a setting on our side, which we have now corrected. Please open the activation link again. Sorry for the trouble!",
		Sv: "Hej! Felet ni fick när ni aktiverade vår integration berodde på en inställning hos oss, och den är nu rättad. Öppna aktiveringslänken igen. Ursäkta besväret!",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Activating your integration stops with “Auth code or ClientID supplied is invalid”. Could you check that the app is set to OAuth2 in Fortnox's developer portal and that the activation link has the right ClientID?",
		Sv: "Hej! Aktiveringen av er integration avbryts med ”Auth code or ClientID supplied is invalid”. Kan ni kontrollera att appen är inställd på OAuth2 i Fortnox Utvecklarportal och att aktiveringslänken har rätt ClientID?",
	},
	Sources: []Source{srcFAQ},
	Signals: Signals{
		Phrases:  []string{"Auth code or ClientID supplied is invalid"},
		Synonyms: []string{"OAuth2 checkbox", "ClientID invalid", "wrong client id", "client id is wrong", "ogiltigt klient-id", "fel klient-id", "kryssruta för OAuth2", "checkbox in the developer portal"},
	},
}

var serviceAccountNotAllowed = Fix{
	ID: "service-account-not-allowed",
	Title: i18n.Text{
		En: "Client does not allow service account",
		Sv: "”Client does not allow service account” – appen tillåter inte servicekonton",
	},
	Summary: i18n.Text{
		En: "The activation link asks for a service account (account_type=service) but the app does not allow one: the integrator sets service accounts to “administrator only” in the developer portal.",
		Sv: "Aktiveringslänken ber om ett servicekonto (account_type=service) men appen tillåter det inte: integratören ställer in servicekonton på ”administrator only” i Utvecklarportalen.",
	},
	Cause: i18n.Text{
		En: "With account_type=service the activation creates a service account, a user made for the integration instead of the person who approves. Fortnox allows that only when the app's service account option in the developer portal is set to “administrator only”. There can be one service account per ClientID and Fortnox company, and only that company's system administrators can approve one.",
		Sv: "Med account_type=service skapar aktiveringen ett servicekonto, en användare för integrationen i stället för personen som godkänner. Fortnox tillåter det bara när appens inställning för servicekonton i Utvecklarportalen är ”administrator only”. Det kan finnas ett servicekonto per ClientID och Fortnox-företag, och bara företagets systemadministratörer kan godkänna det.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Log in to the developer portal and open the app.", Sv: "Logga in i Utvecklarportalen och öppna appen."}},
		{Actor: Developer, Text: i18n.Text{En: "Set the service account option to “administrator only” and save.", Sv: "Ställ in servicekonto på ”administrator only” och spara."}},
		{Actor: Developer, Text: i18n.Text{En: "Keep account_type=service in the activation link (service is the only valid value), or remove the parameter if the integration should act as the approving user.", Sv: "Behåll account_type=service i aktiveringslänken (service är det enda giltiga värdet), eller ta bort parametern om integrationen ska agera som användaren som godkänner."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has corrected the app's settings, open the activation link again as a system administrator of the company and approve.", Sv: "När integratören har rättat appens inställningar, öppna aktiveringslänken igen som systemadministratör i företaget och godkänn."}},
	},
	Who: []Role{Developer, Customer},
	Where: i18n.Text{
		En: "Developer portal → the app → service account: “administrator only”",
		Sv: "Utvecklarportalen → appen → servicekonto: ”administrator only”",
	},
	DocsURL: docsServiceAccounts,
	CustomerMessage: i18n.Text{
		En: "Hi! We have corrected a setting on our side that stopped the activation. Please ask a system administrator in your Fortnox to open the activation link again; only a system administrator can approve this kind of connection.",
		Sv: "Hej! Vi har rättat en inställning hos oss som stoppade aktiveringen. Be en systemadministratör i ert Fortnox att öppna aktiveringslänken igen; bara en systemadministratör kan godkänna den här typen av koppling.",
	},
	ClientMessage: i18n.Text{
		En: "Hi! The integration connects with a service account, which only your system administrator can approve. Once the integrator has corrected the app's settings, could your system administrator open the activation link and approve it?",
		Sv: "Hej! Integrationen kopplas med ett servicekonto, som bara er systemadministratör kan godkänna. När integratören har rättat appens inställningar, kan er systemadministratör då öppna aktiveringslänken och godkänna?",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Activating your integration stops with “Client does not allow service account”. Could you allow service accounts (“administrator only”) for the app in Fortnox's developer portal?",
		Sv: "Hej! Aktiveringen av er integration avbryts med ”Client does not allow service account”. Kan ni tillåta servicekonton (”administrator only”) för appen i Fortnox Utvecklarportal?",
	},
	Sources: []Source{srcFAQ, srcServiceAccounts, srcAuthorization},
	Signals: Signals{
		Phrases:  []string{"Client does not allow service account"},
		Synonyms: []string{"service account", "account_type=service", "servicekonto", "administrator only", "endast administratör", "service account not allowed", "serviceanvändare", "Möjliggör auktorisering som servicekonto", "enable authorization as a service account"},
	},
}

var connectionNotInManageUsers = Fix{
	ID: "connection-not-in-manage-users",
	Title: i18n.Text{
		En: "The integration can't be found under Manage users",
		Sv: "Integrationen går inte att hitta under Administrera användare",
	},
	Summary: i18n.Text{
		En: "Integrations added with OAuth2 are listed under Manage integrations; only old connections made with the legacy method, which ended on 30 April 2025, can still be under Manage users.",
		Sv: "Integrationer som lagts till med OAuth2 finns under Hantera integrationer; bara gamla kopplingar gjorda med den äldre metoden, som upphörde den 30 april 2025, kan fortfarande finnas under Administrera användare.",
	},
	Cause: i18n.Text{
		En: "Where Fortnox lists an integration depends on how it was added. An integration added with OAuth2 is shown under Manage integrations (Hantera integrationer). Legacy authentication ended on 30 April 2025, so only old connections made with it can still be shown under Manage users (Administrera användare).",
		Sv: "Var Fortnox visar en integration beror på hur den lades till. En integration som lagts till med OAuth2 visas under Hantera integrationer. Den äldre autentiseringen upphörde den 30 april 2025, så bara gamla kopplingar gjorda med den kan fortfarande visas under Administrera användare.",
	},
	Steps: []Step{
		{Actor: Customer, Text: i18n.Text{En: "In Fortnox, open Manage integrations (Hantera integrationer) instead of Manage users (Administrera användare).", Sv: "Öppna Hantera integrationer i Fortnox i stället för Administrera användare."}},
		{Actor: Customer, Text: i18n.Text{En: "Look for the integration by its name there.", Sv: "Sök efter integrationens namn där."}},
		{Actor: User, Text: i18n.Text{En: "If the integration is not under Manage integrations (Hantera integrationer) either, it is not connected in this company (it may have been removed, or connected to another company). Open the integrator's activation link and approve.", Sv: "Finns integrationen inte under Hantera integrationer heller, är den inte kopplad i det här företaget (den kan ha tagits bort eller kopplats till ett annat företag). Öppna integratörens aktiveringslänk och godkänn."}, AsConsultant: i18n.Text{En: "If the client does not find the integration under Manage integrations (Hantera integrationer) either, it is not connected in the client's company. Open the integrator's activation link, log in through Digital byrå, choose the client and approve.", Sv: "Hittar klienten inte integrationen under Hantera integrationer heller, är den inte kopplad i klientens företag. Öppna integratörens aktiveringslänk, logga in med Digital byrå, välj klienten och godkänn."}},
	},
	Who: []Role{Customer, User},
	Where: i18n.Text{
		En: "Fortnox → Manage integrations (Hantera integrationer)",
		Sv: "Fortnox → Hantera integrationer",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Our integration is connected with OAuth2, so in Fortnox you will find it under Manage integrations (Hantera integrationer), not under Manage users (Administrera användare).",
		Sv: "Hej! Vår integration är kopplad med OAuth2, så i Fortnox hittar ni den under Hantera integrationer, inte under Administrera användare.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! We cannot find your integration in Fortnox. We have looked under Manage integrations (Hantera integrationer); could you send us the activation link if it needs to be activated in our company?",
		Sv: "Hej! Vi hittar inte er integration i Fortnox. Vi har letat under Hantera integrationer; kan ni skicka aktiveringslänken om den behöver aktiveras i vårt företag?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! You will find the integration in Fortnox under Manage integrations (Hantera integrationer), not under Manage users (Administrera användare). Could you check that it is listed there?",
		Sv: "Hej! Integrationen hittar ni i Fortnox under Hantera integrationer, inte under Administrera användare. Kan ni kontrollera att den finns där?",
	},
	Sources: []Source{srcFAQ, srcMigrateLegacy},
	Signals: Signals{
		Synonyms: []string{"Manage Users", "Manage Integrations", "Manage Apps", "Administrera användare", "Hantera integrationer", "cannot find the connection", "connection not listed", "hittar inte kopplingen", "integrationen syns inte", "syns inte under Administrera användare", "hittar inte integrationen"},
	},
}

var missingSystemAdministrator = Fix{
	ID: "missing-system-administrator",
	Title: i18n.Text{
		En: "Missing system administrator",
		Sv: "”Missing system administrator” – systemadministratör saknas",
	},
	Summary: i18n.Text{
		En: "This activation needs a system administrator: let a system administrator activate, make the activating user one, or, if the app needs no service account, drop account_type=service from the link.",
		Sv: "Den här aktiveringen kräver en systemadministratör: en systemadministratör aktiverar, eller gör den som aktiverar till systemadministratör; behöver appen inget servicekonto tar integratören bort account_type=service från länken.",
	},
	Cause: i18n.Text{
		En: "Fortnox stops the activation with “Missing system administrator” (error_missing_system_admin_right) when the user who activates is not a system administrator and the activation needs one. Only system administrators can approve a service account (account_type=service). Without a service account a non-administrator may be allowed to connect, but the integration then gets only that user's licenses and stops when the user leaves.",
		Sv: "Fortnox stoppar aktiveringen med ”Missing system administrator” (error_missing_system_admin_right) när användaren som aktiverar inte är systemadministratör och aktiveringen kräver det. Bara systemadministratörer kan godkänna ett servicekonto (account_type=service). Utan servicekonto kan en användare som inte är administratör ibland få koppla, men integrationen får då bara den användarens licenser och slutar fungera när användaren slutar.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Check whether the activation link has account_type=service; if the app does not need a service account, remove the parameter.", Sv: "Kontrollera om aktiveringslänken har account_type=service; behöver appen inget servicekonto, ta bort parametern."}},
		{Actor: Customer, Text: i18n.Text{En: "Find out who is system administrator in the company's Fortnox.", Sv: "Ta reda på vem som är systemadministratör i företagets Fortnox."}},
		{Actor: Customer, Text: i18n.Text{En: "Either the system administrator activates the integration, or first makes the activating user one under Manage users (Administrera användare).", Sv: "Antingen aktiverar systemadministratören integrationen, eller så gör hen först den som ska aktivera till systemadministratör under Administrera användare."}},
		{Actor: User, Text: i18n.Text{En: "When you are a system administrator, or the link no longer has account_type=service, open the activation link again and approve.", Sv: "När du är systemadministratör, eller länken inte längre har account_type=service, öppna aktiveringslänken igen och godkänn."}, AsConsultant: i18n.Text{En: "When the link no longer has account_type=service, open the activation link again, log in through Digital byrå, choose the client and approve. A service account is approved by the client's system administrator instead.", Sv: "När länken inte längre har account_type=service, öppna aktiveringslänken igen, logga in med Digital byrå, välj klienten och godkänn. Ett servicekonto godkänns i stället av klientens systemadministratör."}},
	},
	Who: []Role{Developer, Customer, User},
	Where: i18n.Text{
		En: "Fortnox → Manage users (Administrera användare); the activation link's account_type",
		Sv: "Fortnox → Administrera användare; aktiveringslänkens account_type",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Activating our integration needs a system administrator in your Fortnox. Please ask your system administrator to open the activation link and approve, or to make the person activating a system administrator first.",
		Sv: "Hej! För att aktivera vår integration krävs en systemadministratör i ert Fortnox. Be er systemadministratör att öppna aktiveringslänken och godkänna, eller att först göra den som aktiverar till systemadministratör.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Activating your integration stops with “Missing system administrator”. Does your integration need a service account? If so, our system administrator will activate it; if not, could the activation link leave account_type=service out?",
		Sv: "Hej! Aktiveringen av er integration avbryts med ”Missing system administrator”. Behöver er integration ett servicekonto? I så fall aktiverar vår systemadministratör den; om inte, kan ni ta bort account_type=service från aktiveringslänken?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Activating your integration stops with “Missing system administrator”. Does your integration need a service account? If so, the customer's system administrator will activate it; if not, could the activation link leave account_type=service out?",
		Sv: "Aktiveringen av er integration avbryts med ”Missing system administrator”. Behöver er integration ett servicekonto? I så fall aktiverar kundens systemadministratör den; om inte, kan ni ta bort account_type=service från aktiveringslänken?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! Activating the integration needs a system administrator in your Fortnox. Could your system administrator activate it?",
		Sv: "Hej! Aktiveringen av integrationen kräver en systemadministratör i ert Fortnox. Kan er systemadministratör aktivera den?",
	},
	Sources: []Source{srcFAQ, srcAuthorization, srcServiceAccounts, srcEnhanzaLicences},
	Signals: Signals{
		OAuthErrors:    []string{"error_missing_system_admin_right"},
		ContextPhrases: []string{"Missing system administrator"},
		Synonyms:       []string{"system administrator", "sysadmin", "systemadministratör", "administrator", "administratör", "not an administrator", "admin rights", "administratörsbehörighet", "must be an administrator", "inte administratör", "who activates the integration is not a system administrator", "den som aktiverar integrationen är inte systemadministratör", "administratörsrättigheter", "måste vara administratör", "behöver vara systemadministratör", "sysadmin-rättigheter", "adminrättigheter"},
	},
}

var redirectURIMismatch = Fix{
	ID: "redirect-uri-mismatch",
	Title: i18n.Text{
		En: "RedirectURI is missing or mismatch",
		Sv: "”RedirectURI is missing or mismatch” – redirect-URI saknas eller stämmer inte",
	},
	Summary: i18n.Text{
		En: "The redirect URI in the activation link must be identical to the one registered for the app in the developer portal.",
		Sv: "Redirect-URI:n i aktiveringslänken måste vara identisk med den som är registrerad för appen i Utvecklarportalen.",
	},
	Cause: i18n.Text{
		En: "Fortnox accepts redirect_uri only when it equals the redirect URI in the developer portal. Small differences count: http or https, www or not, a port, a trailing slash. The token request must send the same redirect_uri again.",
		Sv: "Fortnox godtar redirect_uri bara när den är lika med redirect-URI:n i Utvecklarportalen. Små skillnader räknas: http eller https, www eller inte, en port, ett avslutande snedstreck. Token-anropet måste skicka samma redirect_uri igen.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Copy the redirect URI from the app in the developer portal.", Sv: "Kopiera redirect-URI:n från appen i Utvecklarportalen."}},
		{Actor: Developer, Text: i18n.Text{En: "Put exactly that value, URL-encoded, in redirect_uri in the activation link.", Sv: "Sätt exakt det värdet, URL-kodat, i redirect_uri i aktiveringslänken."}},
		{Actor: Developer, Text: i18n.Text{En: "Send the identical redirect_uri in the token request (grant_type=authorization_code).", Sv: "Skicka samma redirect_uri i token-anropet (grant_type=authorization_code)."}},
		{Actor: Developer, Text: i18n.Text{En: "Run fortnox-doctor check-url on the activation link to catch other mistakes in it.", Sv: "Kör fortnox-doctor check-url på aktiveringslänken för att hitta andra fel i den."}},
		{Actor: User, Text: i18n.Text{En: "When the integrator has corrected the redirect URI, open the activation link again.", Sv: "När integratören har rättat redirect-URI:n, öppna aktiveringslänken igen."}, AsConsultant: i18n.Text{En: "When the integrator has corrected the redirect URI, open the activation link again, log in through Digital byrå and choose the client.", Sv: "När integratören har rättat redirect-URI:n, öppna aktiveringslänken igen, logga in med Digital byrå och välj klienten."}},
	},
	Who: []Role{Developer, User},
	Where: i18n.Text{
		En: "Developer portal → the app → redirect URI",
		Sv: "Utvecklarportalen → appen → redirect-URI",
	},
	DocsURL: docsAuthorization,
	CustomerMessage: i18n.Text{
		En: "Hi! The activation failed because of a setting on our side, which we have now corrected. Please open the activation link again.",
		Sv: "Hej! Aktiveringen misslyckades på grund av en inställning hos oss, som nu är rättad. Öppna aktiveringslänken igen.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Activating your integration stops with “RedirectURI is missing or mismatch”. Could you check that the redirect URI in Fortnox's developer portal is the same as in the activation link?",
		Sv: "Hej! Aktiveringen av er integration avbryts med ”RedirectURI is missing or mismatch”. Kan ni kontrollera att redirect-URI:n i Fortnox Utvecklarportal är densamma som i aktiveringslänken?",
	},
	Sources: []Source{srcFAQ, srcAuthorization},
	Signals: Signals{
		OAuthErrors: []string{"redirect_uri_mismatch"},
		Phrases:     []string{"RedirectURI is missing or mismatch"},
		Synonyms:    []string{"redirect URI", "redirect_uri", "redirectUri", "callback URL", "redirect URL", "does not match", "do not match", "mismatch", "stämmer inte", "matchar inte", "omdirigeringsadress", "callback-adress", "redirect-adressen stämmer inte"},
	},
}

var unsupportedScope = Fix{
	ID: "unsupported-scope",
	Title: i18n.Text{
		En: "An unsupported scope was requested",
		Sv: "”An unsupported scope was requested” – otillåtet scope",
	},
	Summary: i18n.Text{
		En: "The activation link asks for a scope that is not ticked for the app in the developer portal.",
		Sv: "Aktiveringslänken ber om ett scope som inte är ikryssat för appen i Utvecklarportalen.",
	},
	Cause: i18n.Text{
		En: "The scope parameter may only name scopes that are enabled for the app in the developer portal. Scope names are case-sensitive and separated by spaces. Fortnox refuses anything else with invalid_scope before the user even logs in.",
		Sv: "Parametern scope får bara innehålla scopes som är aktiverade för appen i Utvecklarportalen. Namnen är skiftlägeskänsliga och separeras med mellanslag. Allt annat nekar Fortnox med invalid_scope redan innan användaren loggar in.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Compare the scope parameter of the activation link with the scopes ticked for the app in the developer portal.", Sv: "Jämför parametern scope i aktiveringslänken med de scopes som är ikryssade för appen i Utvecklarportalen."}},
		{Actor: Developer, Text: i18n.Text{En: "Tick the missing scopes in the portal and save, or remove them from the link.", Sv: "Kryssa i de scopes som saknas i portalen och spara, eller ta bort dem från länken."}},
		{Actor: Developer, Text: i18n.Text{En: "Check spelling and case (companyinformation, not CompanyInformation; noxfinansinvoice, not noxfinanceinvoice) and that scopes are separated by spaces (%20), not commas.", Sv: "Kontrollera stavning och skiftläge (companyinformation, inte CompanyInformation; noxfinansinvoice, inte noxfinanceinvoice) och att scopes separeras med mellanslag (%20), inte kommatecken."}},
		{Actor: Developer, Text: i18n.Text{En: "Run fortnox-doctor check-url on the activation link.", Sv: "Kör fortnox-doctor check-url på aktiveringslänken."}},
		{Actor: User, Text: i18n.Text{En: "When the integrator has corrected the scopes, open the activation link again.", Sv: "När integratören har rättat scopen, öppna aktiveringslänken igen."}, AsConsultant: i18n.Text{En: "When the integrator has corrected the scopes, open the activation link again, log in through Digital byrå and choose the client.", Sv: "När integratören har rättat scopen, öppna aktiveringslänken igen, logga in med Digital byrå och välj klienten."}},
	},
	Who: []Role{Developer, User},
	Where: i18n.Text{
		En: "Developer portal → the app → scopes",
		Sv: "Utvecklarportalen → appen → scopes",
	},
	DocsURL: docsScopes,
	CustomerMessage: i18n.Text{
		En: "Hi! The activation failed because of a setting on our side, which we have now corrected. Please open the activation link again.",
		Sv: "Hej! Aktiveringen misslyckades på grund av en inställning hos oss, som nu är rättad. Öppna aktiveringslänken igen.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Activating your integration stops with “An unsupported scope was requested”. Could you check that every scope in the activation link is ticked for the app in Fortnox's developer portal?",
		Sv: "Hej! Aktiveringen av er integration avbryts med ”An unsupported scope was requested”. Kan ni kontrollera att alla scopes i aktiveringslänken är ikryssade för appen i Fortnox Utvecklarportal?",
	},
	Sources: []Source{srcFAQ, srcScopes, srcAuthorization, srcSoftwerk320},
	Signals: Signals{
		OAuthErrors:    []string{"invalid_scope"},
		ContextPhrases: []string{"An unsupported scope was requested"},
		Synonyms:       []string{"unsupported scope", "invalid scope", "invalid_scope", "scope not enabled in the developer portal", "scope not ticked", "ogiltigt scope", "scope som inte är ikryssat", "before login", "scope som inte finns", "scope mismatch", "scopes configured in your app", "requested permissions", "begärda behörigheter", "kunde inte beviljas", "begär behörigheter", "inte stödjer", "stöds inte", "not supported"},
	},
}

var fortnoxAccountLocked = Fix{
	ID: "fortnox-account-locked",
	Title: i18n.Text{
		En: "The activation does not finish: the Fortnox account may be locked",
		Sv: "Aktiveringen blir inte klar: Fortnox-kontot kan vara spärrat",
	},
	Summary: i18n.Text{
		En: "Once the other causes of a callback without code are ruled out, the company's Fortnox account may be locked: a user logs in to Fortnox directly to see, and sorts it out with Fortnox.",
		Sv: "När de andra orsakerna till en callback utan code är uteslutna kan företagets Fortnox-konto vara spärrat: en användare loggar in direkt i Fortnox för att se det och löser det med Fortnox.",
	},
	Cause: i18n.Text{
		En: "A callback without code usually has another cause. In one public report the activation came back without code, the app said “Missing code or state”, and the Fortnox login had a restriction on it, probably an unpaid invoice. A locked account may be the reason, but it is the last one to suspect.",
		Sv: "En callback utan code har oftast en annan orsak. I en offentlig rapport kom aktiveringen tillbaka utan code, appen sa ”Missing code or state”, och inloggningen i Fortnox hade en begränsning, troligen en obetald faktura. Ett spärrat konto kan vara orsaken, men det är det sista man ska misstänka.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Rule out the other causes first: an unfinished consent page, a callback that drops the query string, a state mismatch.", Sv: "Uteslut de andra orsakerna först: en godkännandesida som inte gjordes klar, en callback som tappar query-strängen, ett state som inte stämmer."}},
		{Actor: Customer, Text: i18n.Text{En: "Unless Fortnox has already said the account is locked, wait until the integrator has ruled out the other causes. Then log in to Fortnox directly and see whether Fortnox shows a message about the account being locked or restricted.", Sv: "Har Fortnox inte redan sagt att kontot är spärrat, vänta tills integratören har uteslutit de andra orsakerna. Logga sedan in direkt i Fortnox och se om Fortnox visar ett meddelande om att kontot är spärrat eller begränsat."}},
		{Actor: Customer, Text: i18n.Text{En: "If it does, do what the message says, or contact Fortnox support.", Sv: "Gör i så fall som meddelandet säger, eller kontakta Fortnox support."}},
		{Actor: User, Text: i18n.Text{En: "Once any lock on the account is lifted, activate the integration again.", Sv: "När en eventuell spärr på kontot är hävd, aktivera integrationen igen."}, AsConsultant: i18n.Text{En: "Once any lock on the account is lifted, open the activation link again, log in through Digital byrå and choose the client.", Sv: "När en eventuell spärr på kontot är hävd, öppna aktiveringslänken igen, logga in med Digital byrå och välj klienten."}},
		{Actor: Developer, Text: i18n.Text{En: "Make the callback say clearly when code is missing, instead of failing silently.", Sv: "Låt callbacken säga tydligt att code saknas, i stället för att misslyckas i det tysta."}},
	},
	Who: []Role{Developer, Customer, User},
	Where: i18n.Text{
		En: "Fortnox's login (a message about the account); the integration's callback",
		Sv: "Inloggningen i Fortnox (ett meddelande om kontot); integrationens callback",
	},
	DocsURL: docsAuthorization,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox did not finish the activation of our integration. Could you log in to Fortnox directly and see whether it shows any message about your account? If it does, Fortnox support can help; afterwards, please open our activation link again.",
		Sv: "Hej! Fortnox slutförde inte aktiveringen av vår integration. Kan ni logga in direkt i Fortnox och se om det visas något meddelande om ert konto? Om det gör det kan Fortnox support hjälpa till; öppna sedan vår aktiveringslänk igen.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! When we activate your integration, it returns without completing. Could you first check what your callback receives? If you find nothing wrong, we will log in to Fortnox and see whether our account is locked.",
		Sv: "Hej! När vi aktiverar er integration kommer den tillbaka utan att bli klar. Kan ni först kontrollera vad er callback tar emot? Hittar ni inget fel loggar vi in i Fortnox och ser om vårt konto är spärrat.",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "When I activate your integration through Digital byrå, it returns without completing. Could you first check what your callback receives? If you find nothing wrong, I will ask the customer to check their Fortnox account.",
		Sv: "När jag aktiverar er integration via Digital byrå kommer den tillbaka utan att bli klar. Kan ni först kontrollera vad er callback tar emot? Hittar ni inget fel ber jag kunden kontrollera sitt Fortnox-konto.",
	},
	ClientMessage: i18n.Text{
		En: "Hi! The integration's activation does not finish, and the integrator finds nothing wrong on their side. Could you log in to Fortnox yourselves and see whether it shows any message about your account?",
		Sv: "Hej! Integrationens aktivering blir inte klar, och integratören hittar inget fel hos sig. Kan ni logga in i Fortnox själva och se om det visas något meddelande om ert konto?",
	},
	Sources: []Source{srcAuthorization, srcAccounted146},
	Related: []string{"callback-without-code"},
	Signals: Signals{
		Synonyms: []string{"account is locked", "locked account", "kontot är låst", "låst Fortnox-konto", "unpaid invoice", "obetald faktura", "spärrat konto", "log in directly to Fortnox", "kontot är spärrat"},
	},
}

var consentDenied = Fix{
	ID: "consent-denied",
	Title: i18n.Text{
		En: "error=access_denied (consent declined)",
		Sv: "error=access_denied (godkännandet nekades)",
	},
	Summary: i18n.Text{
		En: "Consent in Fortnox was declined or cancelled, or the user lacks the rights in Fortnox: approve again with a user who has the rights.",
		Sv: "Godkännandet i Fortnox avböjdes eller avbröts, eller så saknar användaren behörighet i Fortnox: godkänn igen med en användare som har behörigheten.",
	},
	Cause: i18n.Text{
		En: "OAuth2 sends the user back with error=access_denied when the resource owner or the authorization server denied the request (RFC 6749 §4.1.2.1): most often the user declined or cancelled the consent page, but integrators also see Fortnox's “Access denied” when the user no longer has rights in Fortnox.",
		Sv: "OAuth2 skickar tillbaka användaren med error=access_denied när användaren eller auktoriseringsservern nekade begäran (RFC 6749 §4.1.2.1): oftast avböjde eller avbröt användaren godkännandesidan, men integratörer ser också Fortnox ”Access denied” när användaren inte längre har behörighet i Fortnox.",
	},
	Steps: []Step{
		{Actor: User, Text: i18n.Text{En: "Open the activation link again, log in with the right Fortnox user and company, and approve at the last step.", Sv: "Öppna aktiveringslänken igen, logga in som rätt användare, välj rätt företag och godkänn i sista steget."}, AsConsultant: i18n.Text{En: "Open the activation link again, log in through Digital byrå, choose the right client, and approve at the last step.", Sv: "Öppna aktiveringslänken igen, logga in med Digital byrå, välj rätt klient och godkänn i sista steget."}},
		{Actor: Customer, Text: i18n.Text{En: "If it is refused again, check under Manage users (Administrera användare) that the user still has the rights the integration needs.", Sv: "Nekas det igen, kontrollera under Administrera användare att användaren fortfarande har den behörighet integrationen behöver."}},
		{Actor: Developer, Text: i18n.Text{En: "Handle error=access_denied in the callback with a clear message and a way to try again.", Sv: "Hantera error=access_denied i callbacken med ett tydligt meddelande och ett sätt att försöka igen."}},
	},
	Who: []Role{User, Customer, Developer},
	Where: i18n.Text{
		En: "Fortnox's consent page, reached through the activation link; Manage users (Administrera användare)",
		Sv: "Fortnox godkännandesida, via aktiveringslänken; Administrera användare",
	},
	DocsURL: docsAuthorization,
	CustomerMessage: i18n.Text{
		En: "Hi! The activation of our integration was not approved in Fortnox. Please open the activation link again and approve at the last step. If Fortnox refuses again, the user may lack a right in Fortnox that our integration needs.",
		Sv: "Hej! Aktiveringen av vår integration godkändes inte i Fortnox. Öppna aktiveringslänken igen och godkänn i sista steget. Nekar Fortnox igen kan användaren sakna en behörighet i Fortnox som vår integration behöver.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Activating your integration ends with “access denied”. We opened the link again and approved, but it still ends that way; could you tell us which rights in Fortnox the activating user needs?",
		Sv: "Hej! Aktiveringen av er integration slutar med ”access denied”. Vi öppnade länken igen och godkände, men det slutar ändå så; kan ni berätta vilken behörighet i Fortnox den som aktiverar behöver?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Activating your integration ends with “access denied”. I approved the integration through Digital byrå; could you tell me which rights in Fortnox it needs?",
		Sv: "Aktiveringen av er integration slutar med ”access denied”. Jag godkände integrationen via Digital byrå; kan ni berätta vilken behörighet i Fortnox den behöver?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! Fortnox stops my approval of the integration with “access denied”. I am asking the integrator which rights in Fortnox it needs; I may then need your help to check them under Manage users (Administrera användare).",
		Sv: "Hej! Fortnox stoppar mitt godkännande av integrationen med ”access denied”. Jag frågar integratören vilken behörighet i Fortnox den behöver; sedan kan jag behöva er hjälp att kontrollera den under Administrera användare.",
	},
	Sources: []Source{srcAuthorization, srcRFC6749Error, srcGastrogateErrors},
	Signals: Signals{
		OAuthErrors: []string{"access_denied"},
		Synonyms:    []string{"access denied", "access_denied", "åtkomst nekad", "denied", "declined", "cancelled", "canceled", "avbröt", "nekade", "avböjde", "declined the consent", "godkände inte", "no longer has access", "nekade åtkomst", "avbröt godkännandet", "klickade avbryt", "godkände inte behörigheterna", "avbröt anslutningen", "anslutningen avbröts", "cancelled the connection", "blev inte godkänd", "inte godkänd", "kopplingen nekades"},
	},
}
