package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fixes for tokens: authorization codes, access and refresh tokens, client
// credentials, the scopes a token carries, and the retired legacy tokens.

var authCodeOrRefreshTokenInvalid = Fix{
	ID: "auth-code-or-refresh-token-invalid",
	Title: i18n.Text{
		En: "The authorization code or refresh token has become invalid",
		Sv: "Auktoriseringskoden eller refresh-token har blivit ogiltig",
	},
	Summary: i18n.Text{
		En: "The token endpoint answers invalid_grant: the integrator first checks the code exchange itself (time, one use, the same redirect_uri); if the code or token really is spent, a user activates the integration again.",
		Sv: "Token-anropet svarar invalid_grant: integratören kontrollerar först själva inväxlingen av koden (tiden, en enda användning, samma redirect_uri); är koden eller token verkligen förbrukad aktiverar en användare integrationen igen.",
	},
	Cause: i18n.Text{
		En: "An authorization code lives 10 minutes and works once, and the token request must carry the same redirect_uri as the activation link. A code exchanged twice (a retried callback, a page submitted twice) gives invalid_grant “Authorization code doesn't exist or is invalid for the client”. A refresh token also works once and expires. Once either is spent, the only way to new tokens is a new authorization by a user in the Fortnox company.",
		Sv: "En auktoriseringskod gäller i 10 minuter och fungerar en gång, och token-anropet måste ha samma redirect_uri som aktiveringslänken. En kod som växlas in två gånger (en callback som görs om, en sida som skickas två gånger) ger invalid_grant ”Authorization code doesn't exist or is invalid for the client”. En refresh-token fungerar också bara en gång och går ut. När någon av dem är förbrukad är enda vägen till nya tokens en ny auktorisering av en användare i Fortnox-företaget.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Check the code exchange: within 10 minutes of the callback, only once per code (ignore a repeated callback), and with exactly the redirect_uri of the activation link.", Sv: "Kontrollera inväxlingen av koden: inom 10 minuter efter callbacken, bara en gång per kod (strunta i en upprepad callback), och med exakt samma redirect_uri som i aktiveringslänken."}},
		{Actor: Developer, Text: i18n.Text{En: "Stop retrying with the old code or refresh token; it will not start working again.", Sv: "Sluta försöka med den gamla koden eller refresh-token; den börjar inte fungera igen."}},
		{Actor: User, Text: i18n.Text{En: "When the integrator has checked the code exchange, open the activation link and activate the integration again.", Sv: "När integratören har kontrollerat inväxlingen av koden, öppna aktiveringslänken och aktivera integrationen igen."}, AsConsultant: i18n.Text{En: "When the integrator has checked the code exchange, open the activation link, log in through Digital byrå, choose the client and activate the integration again.", Sv: "När integratören har kontrollerat inväxlingen av koden, öppna aktiveringslänken, logga in med Digital byrå, välj klienten och aktivera integrationen igen."}},
		{Actor: Developer, Text: i18n.Text{En: "When the integration has been activated again, exchange the new code at https://apps.fortnox.se/oauth-v1/token, store the new refresh token, and replace it with the new one every time you refresh.", Sv: "När integrationen har aktiverats igen, växla in den nya koden mot tokens på https://apps.fortnox.se/oauth-v1/token, spara den nya refresh-token och ersätt den med den nya varje gång du förnyar."}},
	},
	Who: []Role{Developer, User},
	Where: i18n.Text{
		En: "The integration's callback and token request; a user activates the integration again through the activation link",
		Sv: "Integrationens callback och token-anrop; en användare aktiverar integrationen igen via aktiveringslänken",
	},
	DocsURL: docsAuthorization,
	CustomerMessage: i18n.Text{
		En: "Hi! The connection between your Fortnox and our integration needs to be renewed. Please open our activation link, log in to Fortnox and approve again. It only takes a minute.",
		Sv: "Hej! Kopplingen mellan ert Fortnox och vår integration behöver förnyas. Öppna vår aktiveringslänk, logga in i Fortnox och godkänn igen. Det tar bara en minut.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Your integration says its connection to our Fortnox is no longer valid. Could you send us the activation link, so that we can approve it again, and see in your logs why the connection did not hold?",
		Sv: "Hej! Er integration säger att kopplingen till vårt Fortnox inte längre gäller. Kan ni skicka aktiveringslänken, så att vi kan godkänna den igen, och se i era loggar varför kopplingen inte höll?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Your integration says its connection to the customer's Fortnox is no longer valid. Could you send me the activation link, so that I can approve it again, and see in your logs why the connection did not hold?",
		Sv: "Er integration säger att kopplingen till kundens Fortnox inte längre gäller. Kan ni skicka aktiveringslänken till mig, så att jag kan godkänna den igen, och se i era loggar varför kopplingen inte höll?",
	},
	Note:    refreshTokenLifetimeNote,
	Sources: []Source{srcFAQ, srcAuthorization, srcSoftwerk159},
	Signals: Signals{
		OAuthErrors: []string{"invalid_grant"},
		Synonyms:    []string{"authorization code", "auth code", "code expired", "code already used", "used twice", "invalid grant", "invalid_grant", "auktoriseringskod", "koden har gått ut", "add the integration again", "reconnect", "koppla om", "återanslut", "Authorization code doesn't exist or is invalid for the client", "koden har redan använts", "auktoriseringskoden är ogiltig", "valid for ten minutes", "ten minutes", "tio minuter", "redan använd", "already used", "bara en gång", "only once"},
	},
}

var invalidRefreshToken = Fix{
	ID: "invalid-refresh-token",
	Title: i18n.Text{
		En: "Invalid refresh token",
		Sv: "”Invalid refresh token” – refresh-token är ogiltig",
	},
	Summary: i18n.Text{
		En: "The refresh token was already used, has expired or was revoked: the integrator checks the causes on its side, then a user activates the integration again.",
		Sv: "Refresh-token är redan använd, har gått ut eller har återkallats: integratören kontrollerar orsakerna hos sig, och sedan aktiverar en användare integrationen igen.",
	},
	Cause: i18n.Text{
		En: "Refresh tokens rotate: each refresh returns a new refresh token and the old one stops working, so a refresh token works exactly once. Two processes refreshing at the same moment invalidate each other, and a new token that is never saved is lost. A token also stops working when it expires and when the integration is removed in Fortnox, and refreshing without the user needs access_type=offline in the activation link.",
		Sv: "Refresh-tokens roterar: varje förnyelse ger en ny refresh-token och den gamla slutar gälla, så en refresh-token fungerar exakt en gång. Två processer som förnyar samtidigt gör varandras tokens ogiltiga, och en ny token som aldrig sparas går förlorad. En token slutar också fungera när den går ut och när integrationen tas bort i Fortnox, och för att förnya utan användaren krävs access_type=offline i aktiveringslänken.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Look in your logs for two refreshes close together, or a refresh whose new token was never saved.", Sv: "Leta i loggarna efter två förnyelser tätt inpå varandra, eller en förnyelse vars nya token aldrig sparades."}},
		{Actor: Developer, Text: i18n.Text{En: "Check that the activation link asks for access_type=offline, and find out whether the integration was removed under Manage integrations (Hantera integrationer).", Sv: "Kontrollera att aktiveringslänken ber om access_type=offline, och ta reda på om integrationen har tagits bort under Hantera integrationer."}},
		{Actor: User, Text: i18n.Text{En: "When the integrator has checked the causes on their side, activate the integration again through the activation link, to give it new tokens.", Sv: "När integratören har kontrollerat orsakerna hos sig, aktivera integrationen igen via aktiveringslänken, så att den får nya tokens."}, AsConsultant: i18n.Text{En: "When the integrator has checked the causes on their side, open the activation link again, log in through Digital byrå and choose the client, to give the integration new tokens.", Sv: "När integratören har kontrollerat orsakerna hos sig, öppna aktiveringslänken igen, logga in med Digital byrå och välj klienten, så att integrationen får nya tokens."}},
		{Actor: Developer, Text: i18n.Text{En: "Save the new refresh token every time you refresh, before you use the access token.", Sv: "Spara den nya refresh-token varje gång du förnyar, innan du använder access-token."}},
		{Actor: Developer, Text: i18n.Text{En: "Let only one process refresh: use a lock (for example in Redis or the database) or one token manager that hands out access tokens.", Sv: "Låt bara en process förnya: använd ett lås (till exempel i Redis eller databasen) eller en enda tokenhanterare som delar ut access-tokens."}},
		{Actor: Developer, Text: i18n.Text{En: "Refresh on a schedule, well before expiry, for customers who use the integration rarely; for service accounts, consider grant_type=client_credentials, which needs no refresh token.", Sv: "Förnya schemalagt, i god tid före utgången, för kunder som sällan använder integrationen; överväg grant_type=client_credentials för servicekonton: då behövs ingen refresh-token."}},
	},
	Who: []Role{Developer, User},
	Where: i18n.Text{
		En: "The integration's token storage; a user activates again through the activation link",
		Sv: "Integrationens lagring av tokens; en användare aktiverar igen via aktiveringslänken",
	},
	DocsURL: docsMigrateLegacy,
	CustomerMessage: i18n.Text{
		En: "Hi! Our connection to your Fortnox has stopped and must be renewed. Please open our activation link, log in to Fortnox and approve the integration again. It only takes a minute.",
		Sv: "Hej! Vår koppling till ert Fortnox har slutat fungera och behöver förnyas. Öppna vår aktiveringslänk, logga in i Fortnox och godkänn integrationen igen. Det tar bara en minut.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Your integration has lost its connection to our Fortnox (“Invalid refresh token”). Could you send us the activation link, and see in your logs why the connection was lost?",
		Sv: "Hej! Er integration har tappat kopplingen till vårt Fortnox (”Invalid refresh token”). Kan ni skicka aktiveringslänken, och se i era loggar varför kopplingen tappades?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Your integration has lost its connection to the customer's Fortnox (“Invalid refresh token”). Could you send me the activation link, and see in your logs why the connection was lost?",
		Sv: "Er integration har tappat kopplingen till kundens Fortnox (”Invalid refresh token”). Kan ni skicka aktiveringslänken till mig, och se i era loggar varför kopplingen tappades?",
	},
	Note:    refreshTokenLifetimeNote,
	Sources: []Source{srcFAQ, srcMigrateLegacy, srcRefreshToken, srcSoftwerk234},
	Signals: Signals{
		OAuthErrors:           []string{"invalid_grant"},
		OAuthErrorsNeedPhrase: true,
		ContextPhrases:        []string{"Invalid refresh token"},
		Synonyms:              []string{"refresh token", "refresh-token", "refresh failed", "token refresh failed", "refresh token expired", "refresh token revoked", "refresh token invalid", "ogiltig refresh-token", "förnyelse av token", "single-use", "access_type=offline", "refresh-token har gått ut", "förnya token", "token förnyas inte", "connection has expired", "connection expired", "anslutningen har gått ut", "kopplingen har gått ut", "anslutningen har upphört att gälla", "new authorization is required", "ny auktorisering krävs", "anslut igen", "connect again", "reconnect", "no activity", "ingen aktivitet", "re-authentication required", "valid for 31 days", "45 days", "31 dagar", "every 30 days", "token not found", "utloggad", "logged out", "kopplas om", "needs reauth"},
	},
}

var scopesDifferBetweenConnections = Fix{
	ID: "scopes-differ-between-connections",
	Title: i18n.Text{
		En: "One connection has access to more scopes than another",
		Sv: "En koppling har tillgång till fler scopes än en annan",
	},
	Summary: i18n.Text{
		En: "Each token keeps the scopes requested and granted when its authorization code was created: activate the older connection again with the current activation link.",
		Sv: "Varje token behåller de scopes som begärdes och godkändes när auktoriseringskoden skapades: aktivera den äldre kopplingen igen med den aktuella aktiveringslänken.",
	},
	Cause: i18n.Text{
		En: "A token holds the scopes that were in the activation link and granted when its authorization code was created. Enabling a scope in the developer portal later adds nothing to tokens that already exist, so a connection activated before the change can do less than one activated after it.",
		Sv: "En token har de scopes som fanns i aktiveringslänken och godkändes när auktoriseringskoden skapades. Att aktivera ett scope i Utvecklarportalen i efterhand tillför inget till tokens som redan finns, så en koppling som aktiverades före ändringen kan mindre än en som aktiverades efter.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Compare the scope field of the token responses of the two connections.", Sv: "Jämför fältet scope i token-svaren för de två kopplingarna."}},
		{Actor: Developer, Text: i18n.Text{En: "Make sure the activation link lists every scope the app needs, and that each is ticked for the app in the developer portal.", Sv: "Se till att aktiveringslänken har med alla scopes som appen behöver, och att vart och ett är ikryssat för appen i Utvecklarportalen."}},
		{Actor: User, Text: i18n.Text{En: "When the integrator has sent the current activation link, open it for the older connection and approve again.", Sv: "När integratören har skickat den aktuella aktiveringslänken, öppna den för den äldre kopplingen och godkänn igen."}, AsConsultant: i18n.Text{En: "When the integrator has sent the current activation link, open it, log in through Digital byrå, choose the client whose connection can do less and approve again.", Sv: "När integratören har skickat den aktuella aktiveringslänken, öppna den, logga in med Digital byrå, välj den klient vars koppling kan göra mindre och godkänn igen."}},
		{Actor: Developer, Text: i18n.Text{En: "When the connection has been approved again, store the new tokens in place of the old ones.", Sv: "När kopplingen har godkänts igen, spara de nya tokens i stället för de gamla."}},
	},
	Who: []Role{Developer, User},
	Where: i18n.Text{
		En: "The activation link's scope parameter; developer portal → the app → scopes",
		Sv: "Aktiveringslänkens parameter scope; Utvecklarportalen → appen → scopes",
	},
	DocsURL: docsScopes,
	CustomerMessage: i18n.Text{
		En: "Hi! Our integration now asks for more access in Fortnox than when your connection was approved. Please open our activation link, log in to Fortnox and approve the integration again, so that the connection gets it.",
		Sv: "Hej! Vår integration ber nu om mer åtkomst i Fortnox än när er koppling godkändes. Öppna vår aktiveringslänk, logga in i Fortnox och godkänn integrationen igen, så att kopplingen får den.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! One of our Fortnox connections to your integration can do less than another. Could you send us the current activation link, so that we can approve the older one again?",
		Sv: "Hej! En av våra Fortnox-kopplingar till er integration kan göra mindre än en annan. Kan ni skicka den aktuella aktiveringslänken, så att vi kan godkänna den äldre igen?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "One of the customer's Fortnox connections to your integration can do less than another. Could you send me the current activation link, so that I can approve the older one again?",
		Sv: "En av kundens Fortnox-kopplingar till er integration kan göra mindre än en annan. Kan ni skicka den aktuella aktiveringslänken till mig, så att jag kan godkänna den äldre igen?",
	},
	Sources: []Source{srcFAQ, srcScopes, srcAccounted1761},
	Signals: Signals{
		Synonyms: []string{"more scopes", "different scopes", "scopes differ", "fler scopes", "olika scopes", "another connection", "one connection", "en annan koppling", "scopes when the authorization code was created", "olika behörigheter på kopplingarna", "ena kopplingen", "only applies to new authorizations", "existing connections", "befintliga kopplingar"},
	},
}

var accessTokenExpired = Fix{
	ID: "access-token-expired",
	Title: i18n.Text{
		En: "Access token expired (HTTP 401 “unauthorized”)",
		Sv: "Access-token har gått ut (HTTP 401 ”unauthorized”)",
	},
	Summary: i18n.Text{
		En: "Access tokens live one hour: the integration gets a new one and retries once; a new activation is needed only if that fails.",
		Sv: "En access-token gäller en timme: integrationen hämtar en ny och försöker igen en gång; en ny aktivering behövs bara om det misslyckas.",
	},
	Cause: i18n.Text{
		En: "An access token is valid for one hour (expires_in: 3600). After that the API answers HTTP 401 with a tiny JSON body whose message is “unauthorized”, not the usual ErrorInformation.",
		Sv: "En access-token gäller i en timme (expires_in: 3600). Därefter svarar API:t HTTP 401 med ett kort JSON-svar där message är ”unauthorized”, inte den vanliga ErrorInformation.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Get a new access token: POST https://apps.fortnox.se/oauth-v1/token with grant_type=refresh_token, or for a service account grant_type=client_credentials with a TenantId header.", Sv: "Hämta en ny access-token: POST https://apps.fortnox.se/oauth-v1/token med grant_type=refresh_token, eller för ett servicekonto grant_type=client_credentials med headern TenantId."}},
		{Actor: Developer, Text: i18n.Text{En: "After a refresh_token grant, save the new refresh token from the response; the old one no longer works.", Sv: "Spara efter varje förnyelse den nya refresh-token från svaret; den gamla fungerar inte längre."}},
		{Actor: Developer, Text: i18n.Text{En: "Retry the failed request once with the new access token.", Sv: "Gör om det misslyckade anropet en gång, med den nya access-token."}},
		{Actor: Developer, Text: i18n.Text{En: "Refresh ahead of time: track expires_in and refresh a few minutes before the hour is up.", Sv: "Förnya i förväg: håll koll på expires_in och förnya några minuter innan timmen har gått."}},
		{Actor: Developer, Text: i18n.Text{En: "If the refresh itself fails with invalid_grant (“Invalid refresh token”), the integration must be activated again.", Sv: "Om själva förnyelsen misslyckas med invalid_grant (”Invalid refresh token”) måste integrationen aktiveras igen."}},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "The integration's token handling (nothing to change in Fortnox)",
		Sv: "Integrationens hantering av tokens (inget att ändra i Fortnox)",
	},
	DocsURL: docsRefreshToken,
	CustomerMessage: i18n.Text{
		En: "Hi! A short interruption in our connection to Fortnox has been fixed on our side. You don't need to do anything.",
		Sv: "Hej! Ett kort avbrott i vår koppling till Fortnox är åtgärdat hos oss. Ni behöver inte göra något.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Your integration gets “unauthorized” from Fortnox now and then. Could you check that it gets a new access token when the old one expires?",
		Sv: "Hej! Er integration får ”unauthorized” från Fortnox då och då. Kan ni kontrollera att den hämtar en ny access-token när den gamla går ut?",
	},
	Sources: []Source{srcRefreshToken, srcAccodeingAPI},
	Related: []string{"invalid-refresh-token"},
	Signals: Signals{
		Bodies:         []string{"unauthorized"},
		GenericPhrases: []string{"unauthorized"},
		HTTPStatuses:   []int{401},
		Synonyms:       []string{"access token expired", "token expired", "expired token", "token har gått ut", "utgången token", "unauthorized", "not authenticated", "authentication failed", "obehörig", "401 Unauthorized", "access token lives one hour", "åtkomsttoken", "access-token har gått ut", "token har löpt ut", "token refresh", "refresh the access token", "refresh and retry", "förnya access-token", "tokenförnyelse", "valid for one hour", "gäller en timme", "new access token", "ny access-token", "access tokens löper ut", "token utgången"},
	},
}

var invalidClientCredentials = Fix{
	ID: "invalid-client-credentials",
	Title: i18n.Text{
		En: "invalid_client: the token endpoint refuses the app's credentials",
		Sv: "invalid_client: token-anropet nekar appens inloggningsuppgifter",
	},
	Summary: i18n.Text{
		En: "The ClientID or Client Secret is wrong, regenerated, or not sent as Basic base64(ClientId:ClientSecret): the integrator copies both again from the developer portal.",
		Sv: "ClientID eller Client Secret är fel, har genererats om, eller skickas inte som Basic base64(ClientId:ClientSecret): integratören kopierar båda igen från Utvecklarportalen.",
	},
	Cause: i18n.Text{
		En: "The token endpoint authenticates the app with Authorization: Basic followed by base64 of ClientId:ClientSecret. It answers 401 invalid_client when either value is wrong, the secret has been regenerated in the portal, the pair is encoded wrongly, or a copied value carries stray whitespace.",
		Sv: "Token-anropet autentiserar appen med Authorization: Basic följt av base64 av ClientId:ClientSecret. Det svarar 401 invalid_client när något av värdena är fel, hemligheten har genererats om i portalen, paret är fel kodat eller ett kopierat värde har fått med sig blanksteg.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Copy the ClientID and Client Secret again from the app in the developer portal.", Sv: "Kopiera ClientID och Client Secret igen från appen i Utvecklarportalen."}},
		{Actor: Developer, Text: i18n.Text{En: "Build the header as Authorization: Basic followed by base64 of ClientId:ClientSecret, with one colon and no spaces or line breaks.", Sv: "Bygg headern som Authorization: Basic följt av base64 av ClientId:ClientSecret, med ett kolon och utan mellanslag eller radbrytningar."}},
		{Actor: Developer, Text: i18n.Text{En: "Check that the configuration has no stray spaces, newlines or quotes around either value.", Sv: "Kontrollera att konfigurationen inte har blanksteg, radbrytningar eller citattecken runt något av värdena."}},
		{Actor: Developer, Text: i18n.Text{En: "If the secret was regenerated, deploy the new one everywhere the integration runs.", Sv: "Om hemligheten har genererats om, driftsätt den nya överallt där integrationen körs."}},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "Developer portal → the app → ClientID and Client Secret",
		Sv: "Utvecklarportalen → appen → ClientID och Client Secret",
	},
	DocsURL: docsRefreshToken,
	CustomerMessage: i18n.Text{
		En: "Hi! A configuration error on our side interrupted the connection to Fortnox; it is fixed now. You don't need to do anything.",
		Sv: "Hej! Ett konfigurationsfel hos oss avbröt kopplingen till Fortnox; det är åtgärdat nu. Ni behöver inte göra något.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Your integration cannot get tokens from Fortnox (invalid_client). Could you check the app's ClientID and Client Secret in your configuration?",
		Sv: "Hej! Er integration får inga tokens från Fortnox (invalid_client). Kan ni kontrollera appens ClientID och Client Secret i er konfiguration?",
	},
	Sources: []Source{srcRefreshToken, srcAccodeingAPI},
	Signals: Signals{
		OAuthErrors: []string{"invalid_client"},
		Synonyms:    []string{"client secret", "client credentials are invalid", "invalid client", "invalid_client", "wrong client secret", "fel client secret", "klienthemlighet", "Basic header", "regenerated secret", "The client credentials are invalid", "Client ID and Client Secret", "Client ID och Client Secret", "klientkonfiguration", "client configuration", "felaktig klient", "fel klientuppgifter"},
	},
}

var legacyTokenInvalid = Fix{
	ID: "legacy-token-invalid",
	Title: i18n.Text{
		En: "Legacy Access-Token refused (“Ogiltig inloggning”)",
		Sv: "Äldre Access-Token nekas (”Ogiltig inloggning”)",
	},
	Summary: i18n.Text{
		En: "The request signs in with the legacy Access-Token and Client-Secret headers, which stopped working after 30 April 2025: the integrator moves the integration to OAuth2 bearer tokens.",
		Sv: "Anropet loggar in med de äldre headrarna Access-Token och Client-Secret, som slutade fungera efter den 30 april 2025: integratören flyttar integrationen till OAuth2 med bearer-tokens.",
	},
	Cause: i18n.Text{
		En: "Before OAuth2, integrations sent a long-lived Access-Token and the Client-Secret as headers. Fortnox stopped accepting them after 30 April 2025, and such requests get 2000310 “Ogiltig inloggning” or 2000311 “Kan inte logga in, access-token eller client-secret saknas”. The same codes with an Authorization: Bearer header are another problem.",
		Sv: "Före OAuth2 skickade integrationer en långlivad Access-Token och Client-Secret som headrar. Fortnox slutade godta dem efter den 30 april 2025, och sådana anrop får 2000310 ”Ogiltig inloggning” eller 2000311 ”Kan inte logga in, access-token eller client-secret saknas”. Samma koder med headern Authorization: Bearer är ett annat problem.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Check that the failing request sends the Access-Token and Client-Secret headers; if it sends Authorization: Bearer, it is an OAuth2 request, not a legacy one.", Sv: "Kontrollera att anropet som misslyckas skickar headrarna Access-Token och Client-Secret; skickar det Authorization: Bearer är det ett OAuth2-anrop och inte ett av det gamla slaget."}},
		{Actor: Developer, Text: i18n.Text{En: "Set the app to OAuth2 in the developer portal and build the OAuth2 flow: activation link, token exchange and refresh.", Sv: "Ställ in appen på OAuth2 i Utvecklarportalen och bygg OAuth2-flödet: aktiveringslänk, inväxling av koden mot tokens och förnyelse."}},
		{Actor: Developer, Text: i18n.Text{En: "Exchange each legacy token for a JWT with Fortnox's migration endpoint (POST https://apps.fortnox.se/oauth-v1/migrate); nothing needs doing in Fortnox. Only for a token it refuses, send your OAuth2 activation link to that company.", Sv: "Byt varje äldre token mot en JWT med Fortnox migreringsanrop (POST https://apps.fortnox.se/oauth-v1/migrate); ingenting behöver göras i Fortnox. Bara för en token som nekas: skicka din OAuth2-aktiveringslänk till det företaget."}},
		{Actor: Developer, Text: i18n.Text{En: "Send API calls with Authorization: Bearer and the access token instead of the Access-Token and Client-Secret headers.", Sv: "Skicka API-anrop med Authorization: Bearer och access-token i stället för headrarna Access-Token och Client-Secret."}},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "Developer portal → the app → OAuth2; the integration's API requests",
		Sv: "Utvecklarportalen → appen → OAuth2; integrationens API-anrop",
	},
	DocsURL: docsMigrateLegacy,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox has replaced the old way integrations sign in, and we are moving our integration to the new one. You don't need to do anything; if we need your approval, we will send you a link.",
		Sv: "Hej! Fortnox har ersatt det gamla sättet för integrationer att logga in, och vi flyttar vår integration till det nya. Ni behöver inte göra något; behöver vi ert godkännande skickar vi en länk.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Your integration still signs in to Fortnox the old way (Access-Token and Client-Secret), which Fortnox no longer accepts. When can it move to OAuth2?",
		Sv: "Hej! Er integration loggar fortfarande in i Fortnox på det gamla sättet (Access-Token och Client-Secret), som Fortnox inte längre godtar. När kan den gå över till OAuth2?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox answers your integration with “Ogiltig inloggning” (2000310). Does it still sign in the old way, with Access-Token and Client-Secret, which Fortnox stopped accepting after 30 April 2025? If so, when can it move to OAuth2?",
		Sv: "Fortnox svarar er integration med ”Ogiltig inloggning” (2000310). Loggar den fortfarande in på det gamla sättet, med Access-Token och Client-Secret, som Fortnox slutade godta efter den 30 april 2025? I så fall, när kan den gå över till OAuth2?",
	},
	Sources: []Source{srcMigrateLegacy, srcErrors},
	Related: []string{"invalid-login"},
	Signals: Signals{
		Codes:       []int{2000310, 2000311},
		Phrases:     []string{"Ogiltig inloggning", "Kan inte logga in, access-token eller client-secret saknas"},
		RequiresAny: legacyHeaders,
		Synonyms:    []string{"legacy", "legacy token", "Access-Token header", "Client-Secret header", "old integration method", "äldre inloggning", "API-kod", "static token", "migrate to OAuth2", "migrera till OAuth2", "Ogiltig inloggning", "access-token eller client-secret saknas", "gammal inloggning", "äldre integration", "long-lived access token", "old auth method", "sunset", "end of life", "deprecated", "gamla autentiseringen"},
	},
}

var invalidLogin = Fix{
	ID: "invalid-login",
	Title: i18n.Text{
		En: "“Ogiltig inloggning” (2000310, 2000311) with an OAuth2 token",
		Sv: "”Ogiltig inloggning” (2000310, 2000311) med en OAuth2-token",
	},
	Summary: i18n.Text{
		En: "Fortnox did not accept the access token: the integrator checks the header, that it is the access token it sends, and that it is fresh and belongs to this app and company.",
		Sv: "Fortnox godtog inte access-token: integratören kontrollerar headern, att det är access-token som skickas och att den är giltig och hör till den här appen och det här företaget.",
	},
	Cause: i18n.Text{
		En: "Fortnox's errors page describes 2000310 “Ogiltig inloggning” and 2000311 as credentials missing or incorrect, and OAuth2 integrations get them too: a missing or malformed Authorization header (quotes, a line break, no “Bearer” prefix), a refresh token or authorization code sent in place of the access token, an expired token, or a token of another app or an activation that went wrong.",
		Sv: "Fortnox sida om felkoder beskriver 2000310 ”Ogiltig inloggning” och 2000311 som att inloggningsuppgifterna saknas eller är fel, och OAuth2-integrationer får dem också: en Authorization-header som saknas eller är felaktigt formaterad (citattecken, en radbrytning, ”Bearer” saknas före token), en refresh-token eller auktoriseringskod som skickas i stället för access-token, en token som har gått ut, eller en token från en annan app eller från en aktivering som gick fel.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Check that the request sends exactly Authorization: Bearer followed by one space and the access token, with no quotes or line breaks.", Sv: "Kontrollera att anropet skickar exakt Authorization: Bearer följt av ett mellanslag och access-token, utan citattecken eller radbrytningar."}},
		{Actor: Developer, Text: i18n.Text{En: "Check that it is the access token (a long JWT in three parts), not the refresh token or the authorization code; fortnox-doctor inspect-token tells them apart.", Sv: "Kontrollera att det är access-token (en lång JWT i tre delar) och inte refresh-token eller auktoriseringskoden; fortnox-doctor inspect-token skiljer dem åt."}},
		{Actor: Developer, Text: i18n.Text{En: "Get a new access token if it is over an hour old, and check that its tenantId is this company's and that it is the token you stored for this app.", Sv: "Hämta en ny access-token om den är över en timme gammal, och kontrollera att claimet tenantId är det här företagets och att det är den token du sparade för den här appen."}},
		{Actor: User, Text: i18n.Text{En: "If the integrator finds that a fresh access token is refused too, activate the integration again through the activation link.", Sv: "Om integratören ser att även en ny access-token nekas, aktivera integrationen igen via aktiveringslänken."}, AsConsultant: i18n.Text{En: "If the integrator finds that a fresh access token is refused too, open the activation link again, log in through Digital byrå and choose the client.", Sv: "Om integratören ser att även en ny access-token nekas, öppna aktiveringslänken igen, logga in med Digital byrå och välj klienten."}},
	},
	Who: []Role{Developer, User},
	Where: i18n.Text{
		En: "The integration's API requests (the Authorization header)",
		Sv: "Integrationens API-anrop (headern Authorization)",
	},
	DocsURL: docsErrors,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox has refused our integration's sign-in. We are looking into it on our side; if we need a new activation from you, we will send you the link.",
		Sv: "Hej! Fortnox har nekat vår integration att logga in. Vi felsöker det hos oss; behöver vi en ny aktivering från er skickar vi länken.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox refuses your integration with 2000310 “Ogiltig inloggning”. Could you check how the integration sends its access token? If a new activation is needed, please send us the link.",
		Sv: "Hej! Fortnox nekar er integration med 2000310 ”Ogiltig inloggning”. Kan ni kontrollera hur integrationen skickar sin access-token? Behövs en ny aktivering, skicka gärna länken.",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox refuses your integration with 2000310 “Ogiltig inloggning”. Could you check how the integration sends its access token? If a new activation is needed, please send me the link.",
		Sv: "Fortnox nekar er integration med 2000310 ”Ogiltig inloggning”. Kan ni kontrollera hur integrationen skickar sin access-token? Behövs en ny aktivering, skicka gärna länken till mig.",
	},
	Sources: []Source{srcErrors, srcSharespine2000310, srcSoftwerk46, srcSoftwerk29},
	Signals: Signals{
		Codes:      []int{2000310, 2000311},
		Phrases:    []string{"Ogiltig inloggning", "Kan inte logga in, access-token eller client-secret saknas"},
		ExcludedBy: legacyHeaders,
		Synonyms:   []string{"invalid login", "login failed", "not in valid format", "Authorization: Bearer", "bearer token", "felaktig inloggning", "ogiltig inloggning", "expired token or incorrect activation", "Access-Token or Client Secret is missing or incorrect", "authentication fails", "kan inte logga in"},
	},
}
