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
		En: "Neither can be brought back: a user must add the integration again, which creates a new authorization code.",
		Sv: "Ingen av dem går att få tillbaka: en användare måste lägga till integrationen igen, så att en ny auktoriseringskod skapas.",
	},
	Cause: i18n.Text{
		En: "An authorization code lives 10 minutes and can be used once. A refresh token can be used once and also expires. Once either is used or expired, the token endpoint answers invalid_grant, and the only way to new tokens is a new authorization by a user on the customer's Fortnox account.",
		Sv: "En auktoriseringskod gäller i 10 minuter och kan användas en gång. En refresh-token kan också bara användas en gång och går dessutom ut. När någon av dem är använd eller har gått ut svarar token-anropet invalid_grant, och enda vägen till nya tokens är en ny auktorisering av en användare på kundens Fortnox-konto.",
	},
	Steps: []i18n.Text{
		{En: "Stop retrying with the old code or refresh token; it will not start working again.", Sv: "Sluta försöka med den gamla koden eller refresh-token; den börjar inte fungera igen."},
		{En: "Ask a user on the customer's Fortnox account to open the activation link and add the integration again.", Sv: "Be en användare på kundens Fortnox-konto att öppna aktiveringslänken och lägga till integrationen igen."},
		{En: "Exchange the new authorization code at https://apps.fortnox.se/oauth-v1/token within 10 minutes, with the same redirect_uri as in the activation link.", Sv: "Byt den nya auktoriseringskoden mot tokens på https://apps.fortnox.se/oauth-v1/token inom 10 minuter, med samma redirect_uri som i aktiveringslänken."},
		{En: "Store the new refresh token, and replace it with the new one every time you refresh.", Sv: "Spara den nya refresh-token och ersätt den med den nya varje gång ni förnyar."},
	},
	Who: []Role{Customer},
	Where: i18n.Text{
		En: "The integrator's activation link (the customer adds the integration again)",
		Sv: "Integratörens aktiveringslänk (kunden lägger till integrationen igen)",
	},
	DocsURL: docsAuthorization,
	CustomerMessage: i18n.Text{
		En: "Hi! The connection between your Fortnox and our integration has expired and needs to be renewed. Please open our activation link, log in to Fortnox and approve again. It only takes a minute.",
		Sv: "Hej! Kopplingen mellan ert Fortnox och vår integration har gått ut och behöver förnyas. Öppna vår aktiveringslänk, logga in i Fortnox och godkänn igen. Det tar bara en minut.",
	},
	Note: refreshTokenLifetimeNote,
	Signals: Signals{
		OAuthErrors: []string{"invalid_grant"},
		Synonyms:    []string{"authorization code", "auth code", "code expired", "code already used", "used twice", "invalid grant", "invalid_grant", "auktoriseringskod", "koden har gått ut", "add the integration again", "reconnect", "koppla om", "återanslut", "Authorization code doesn't exist or is invalid for the client"},
	},
}

var invalidRefreshToken = Fix{
	ID: "invalid-refresh-token",
	Title: i18n.Text{
		En: "Invalid refresh token",
		Sv: "Invalid refresh token",
	},
	Summary: i18n.Text{
		En: "The refresh token was already used or has expired: a user must activate the integration again, and only one process may refresh.",
		Sv: "Refresh-token är redan använd eller har gått ut: en användare måste aktivera integrationen igen, och bara en process får förnya.",
	},
	Cause: i18n.Text{
		En: "Refresh tokens rotate: each refresh returns a new refresh token and the old one dies, so a refresh token works exactly once. Two processes refreshing at the same moment invalidate each other, a new token that is never saved is lost, and a token that is not used in time expires.",
		Sv: "Refresh-tokens roterar: varje förnyelse ger en ny refresh-token och den gamla slutar gälla, så en refresh-token fungerar exakt en gång. Två processer som förnyar samtidigt gör varandras tokens ogiltiga, en ny token som aldrig sparas går förlorad, och en token som inte används i tid går ut.",
	},
	Steps: []i18n.Text{
		{En: "Look in your logs for two refreshes close together, or a refresh whose new token was never saved.", Sv: "Leta i loggarna efter två förnyelser tätt inpå varandra, eller en förnyelse vars nya token aldrig sparades."},
		{En: "Have a user on the customer's Fortnox account activate the integration again to get new tokens.", Sv: "Låt en användare på kundens Fortnox-konto aktivera integrationen igen för att få nya tokens."},
		{En: "Save the new refresh token every time you refresh, before you use the access token.", Sv: "Spara den nya refresh-token varje gång ni förnyar, innan ni använder access-token."},
		{En: "Let only one process refresh: use a lock (for example in Redis or the database) or one token manager that hands out access tokens.", Sv: "Låt bara en process förnya: använd ett lås (till exempel i Redis eller databasen) eller en enda tokenhanterare som delar ut access-tokens."},
		{En: "Refresh on a schedule, well before expiry, for customers who use the integration rarely.", Sv: "Förnya schemalagt, i god tid före utgången, för kunder som sällan använder integrationen."},
		{En: "For service accounts, consider grant_type=client_credentials with a TenantId header, which needs no refresh token.", Sv: "För servicekonton: överväg grant_type=client_credentials med headern TenantId, som inte behöver någon refresh-token."},
	},
	Who: []Role{Developer, Customer},
	Where: i18n.Text{
		En: "The integration's token storage; the customer activates again through the activation link",
		Sv: "Integrationens lagring av tokens; kunden aktiverar igen via aktiveringslänken",
	},
	DocsURL: docsMigrateLegacy,
	CustomerMessage: i18n.Text{
		En: "Hi! Our connection to your Fortnox has stopped and must be renewed. Please open our activation link, log in to Fortnox and approve the integration again. It only takes a minute.",
		Sv: "Hej! Vår koppling till ert Fortnox har slutat fungera och behöver förnyas. Öppna vår aktiveringslänk, logga in i Fortnox och godkänn integrationen igen. Det tar bara en minut.",
	},
	Note: refreshTokenLifetimeNote,
	Signals: Signals{
		OAuthErrors:           []string{"invalid_grant"},
		OAuthErrorsNeedPhrase: true,
		Phrases:               []string{"Invalid refresh token"},
		Synonyms:              []string{"refresh token", "refresh-token", "refresh failed", "token refresh failed", "refresh token expired", "refresh token revoked", "refresh token invalid", "ogiltig refresh-token", "förnyelse av token", "single-use", "access_type=offline"},
	},
}

var scopesDifferBetweenConnections = Fix{
	ID: "scopes-differ-between-connections",
	Title: i18n.Text{
		En: "One connection has access to more scopes than another",
		Sv: "En koppling har tillgång till fler scopes än en annan",
	},
	Summary: i18n.Text{
		En: "A token keeps the scopes the app had when its authorization code was created: activate the older connection again to give it new scopes.",
		Sv: "En token behåller de scopes appen hade när auktoriseringskoden skapades: aktivera den äldre kopplingen igen för att ge den nya scopes.",
	},
	Cause: i18n.Text{
		En: "An access token's access depends on the scopes the integration had when the authorization code was created. Scopes added to the app later do not reach connections activated before, so their tokens get 2000663 “Har inte behörighet för scope” on the new endpoints.",
		Sv: "Vad en access-token får göra beror på vilka scopes integrationen hade när auktoriseringskoden skapades. Scopes som läggs till i appen senare når inte kopplingar som aktiverades tidigare, så deras tokens får 2000663 ”Har inte behörighet för scope” på de nya endpointsen.",
	},
	Steps: []i18n.Text{
		{En: "Compare the scope field of the token responses of the two connections.", Sv: "Jämför fältet scope i token-svaren för de två kopplingarna."},
		{En: "Make sure the app has every scope it needs ticked in the developer portal and listed in the activation link.", Sv: "Se till att appen har alla scopes den behöver ikryssade i Utvecklarportalen och med i aktiveringslänken."},
		{En: "Ask the customer with the older connection to activate the integration again; the new authorization code carries the current scopes.", Sv: "Be kunden med den äldre kopplingen att aktivera integrationen igen; den nya auktoriseringskoden får de aktuella scopes."},
		{En: "Store the new tokens in place of the old ones.", Sv: "Spara de nya tokens i stället för de gamla."},
	},
	Who: []Role{Developer, Customer},
	Where: i18n.Text{
		En: "Developer portal → your app → scopes; the customer activates again through the activation link",
		Sv: "Utvecklarportalen → er app → scopes; kunden aktiverar igen via aktiveringslänken",
	},
	DocsURL: docsScopes,
	CustomerMessage: i18n.Text{
		En: "Hi! We have added features to our integration that need more access in Fortnox. Please open our activation link, log in to Fortnox and approve the integration again to turn them on.",
		Sv: "Hej! Vi har lagt till funktioner i vår integration som behöver mer åtkomst i Fortnox. Öppna vår aktiveringslänk, logga in i Fortnox och godkänn integrationen igen för att slå på dem.",
	},
	Signals: Signals{
		Codes:    []int{2000663},
		Phrases:  []string{"Har inte behörighet för scope"},
		Synonyms: []string{"more scopes", "different scopes", "scopes differ", "fler scopes", "olika scopes", "another connection", "one connection", "en annan koppling", "scopes when the authorization code was created"},
	},
}

var accessTokenExpired = Fix{
	ID: "access-token-expired",
	Title: i18n.Text{
		En: "Access token expired (HTTP 401 “unauthorized”)",
		Sv: "Access-token har gått ut (HTTP 401 ”unauthorized”)",
	},
	Summary: i18n.Text{
		En: "Access tokens live one hour: get a new one and retry once; ask for a new activation only if that fails.",
		Sv: "En access-token gäller en timme: hämta en ny och försök igen en gång; be om en ny aktivering bara om det misslyckas.",
	},
	Cause: i18n.Text{
		En: "An access token is valid for one hour (expires_in: 3600). After that the API answers HTTP 401 with a tiny JSON body whose message is “unauthorized”, not the usual ErrorInformation.",
		Sv: "En access-token gäller i en timme (expires_in: 3600). Därefter svarar API:t HTTP 401 med en liten JSON-kropp vars message är ”unauthorized”, inte den vanliga ErrorInformation.",
	},
	Steps: []i18n.Text{
		{En: "Get a new access token: POST https://apps.fortnox.se/oauth-v1/token with grant_type=refresh_token, or for a service account grant_type=client_credentials with a TenantId header.", Sv: "Hämta en ny access-token: POST https://apps.fortnox.se/oauth-v1/token med grant_type=refresh_token, eller för ett servicekonto grant_type=client_credentials med headern TenantId."},
		{En: "Save the new refresh token from the response; the old one no longer works.", Sv: "Spara den nya refresh-token från svaret; den gamla fungerar inte längre."},
		{En: "Retry the failed request once with the new access token.", Sv: "Gör om det misslyckade anropet en gång, med den nya access-token."},
		{En: "Refresh ahead of time: track expires_in and refresh a few minutes before the hour is up.", Sv: "Förnya i förväg: håll koll på expires_in och förnya några minuter innan timmen har gått."},
		{En: "If the refresh itself fails with invalid_grant, the customer must activate the integration again (see invalid-refresh-token).", Sv: "Om själva förnyelsen misslyckas med invalid_grant måste kunden aktivera integrationen igen (se invalid-refresh-token)."},
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
	Signals: Signals{
		Bodies:         []string{"unauthorized"},
		GenericPhrases: []string{"unauthorized"},
		HTTPStatuses:   []int{401},
		Synonyms:       []string{"access token expired", "token expired", "expired token", "token har gått ut", "utgången token", "unauthorized", "not authenticated", "authentication failed", "obehörig", "401 Unauthorized", "access token lives one hour"},
	},
}

var invalidClientCredentials = Fix{
	ID: "invalid-client-credentials",
	Title: i18n.Text{
		En: "invalid_client: the token endpoint refuses the app's credentials",
		Sv: "invalid_client: token-anropet nekar appens inloggningsuppgifter",
	},
	Summary: i18n.Text{
		En: "The ClientID or Client Secret is wrong, regenerated, or not sent as Basic base64(ClientId:ClientSecret): copy both again from the developer portal.",
		Sv: "ClientID eller Client Secret är fel, har genererats om, eller skickas inte som Basic base64(ClientId:ClientSecret): kopiera båda igen från Utvecklarportalen.",
	},
	Cause: i18n.Text{
		En: "The token endpoint authenticates the app with Authorization: Basic followed by base64 of ClientId:ClientSecret. It answers 401 invalid_client when either value is wrong, the secret has been regenerated in the portal, the pair is encoded wrongly, or a copied value carries stray whitespace.",
		Sv: "Token-anropet autentiserar appen med Authorization: Basic följt av base64 av ClientId:ClientSecret. Det svarar 401 invalid_client när något av värdena är fel, hemligheten har genererats om i portalen, paret är fel kodat eller ett kopierat värde har fått med sig blanksteg.",
	},
	Steps: []i18n.Text{
		{En: "Copy the ClientID and Client Secret again from the app in the developer portal.", Sv: "Kopiera ClientID och Client Secret igen från appen i Utvecklarportalen."},
		{En: "Build the header as Authorization: Basic followed by base64 of ClientId:ClientSecret, with one colon and no spaces or line breaks.", Sv: "Bygg headern som Authorization: Basic följt av base64 av ClientId:ClientSecret, med ett kolon och utan mellanslag eller radbrytningar."},
		{En: "Check that the configuration has no stray spaces, newlines or quotes around either value.", Sv: "Kontrollera att konfigurationen inte har blanksteg, radbrytningar eller citattecken runt något av värdena."},
		{En: "If the secret was regenerated, deploy the new one everywhere the integration runs.", Sv: "Om hemligheten har genererats om: driftsätt den nya överallt där integrationen körs."},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "Developer portal → your app → ClientID and Client Secret",
		Sv: "Utvecklarportalen → er app → ClientID och Client Secret",
	},
	DocsURL: docsRefreshToken,
	CustomerMessage: i18n.Text{
		En: "Hi! A configuration error on our side interrupted the connection to Fortnox; it is fixed now. You don't need to do anything.",
		Sv: "Hej! Ett konfigurationsfel hos oss avbröt kopplingen till Fortnox; det är åtgärdat nu. Ni behöver inte göra något.",
	},
	Signals: Signals{
		OAuthErrors: []string{"invalid_client"},
		Synonyms:    []string{"client secret", "client credentials are invalid", "invalid client", "invalid_client", "wrong client secret", "fel client secret", "klienthemlighet", "Basic header", "regenerated secret", "The client credentials are invalid"},
	},
}

var legacyTokenInvalid = Fix{
	ID: "legacy-token-invalid",
	Title: i18n.Text{
		En: "Legacy Access-Token refused (“Ogiltig inloggning”)",
		Sv: "Äldre Access-Token nekas (”Ogiltig inloggning”)",
	},
	Summary: i18n.Text{
		En: "Sign-in with Access-Token and Client-Secret headers stopped working after 30 April 2025: move to OAuth2 bearer tokens.",
		Sv: "Inloggning med headers för Access-Token och Client-Secret slutade fungera efter den 30 april 2025: gå över till OAuth2 med bearer-tokens.",
	},
	Cause: i18n.Text{
		En: "Before OAuth2, integrations sent a long-lived Access-Token and the Client-Secret as headers. Fortnox stopped accepting them after 30 April 2025, and such requests are refused with 2000310 “Ogiltig inloggning” or 2000311 “Kan inte logga in, access-token eller client-secret saknas”.",
		Sv: "Före OAuth2 skickade integrationer en långlivad Access-Token och Client-Secret som headers. Fortnox slutade godta dem efter den 30 april 2025, och sådana anrop nekas med 2000310 ”Ogiltig inloggning” eller 2000311 ”Kan inte logga in, access-token eller client-secret saknas”.",
	},
	Steps: []i18n.Text{
		{En: "Set the app to OAuth2 in the developer portal.", Sv: "Ställ in appen på OAuth2 i Utvecklarportalen."},
		{En: "Build the OAuth2 authorization code flow: activation link, token exchange and refresh.", Sv: "Bygg OAuth2-flödet med auktoriseringskod: aktiveringslänk, byte mot tokens och förnyelse."},
		{En: "Fortnox's migration endpoint (POST https://apps.fortnox.se/oauth-v1/migrate) exchanges a legacy token for a JWT without the customer; if it refuses the token, the customer must activate the integration again through your OAuth2 activation link.", Sv: "Fortnox migreringsanrop (POST https://apps.fortnox.se/oauth-v1/migrate) byter en äldre token mot en JWT utan att kunden behöver göra något; nekar det token måste kunden aktivera integrationen igen via er OAuth2-aktiveringslänk."},
		{En: "Send API calls with Authorization: Bearer and the access token instead of the Access-Token and Client-Secret headers.", Sv: "Skicka API-anrop med Authorization: Bearer och access-token i stället för headers för Access-Token och Client-Secret."},
	},
	Who: []Role{Developer, Customer},
	Where: i18n.Text{
		En: "Developer portal → your app → OAuth2",
		Sv: "Utvecklarportalen → er app → OAuth2",
	},
	DocsURL: docsMigrateLegacy,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox has replaced the old way integrations sign in. Please open our new activation link, log in to Fortnox and approve, so that our integration keeps working.",
		Sv: "Hej! Fortnox har ersatt det gamla sättet för integrationer att logga in. Öppna vår nya aktiveringslänk, logga in i Fortnox och godkänn, så att vår integration fortsätter att fungera.",
	},
	Signals: Signals{
		Codes:    []int{2000310, 2000311},
		Phrases:  []string{"Ogiltig inloggning", "Kan inte logga in, access-token eller client-secret saknas"},
		Synonyms: []string{"legacy", "legacy token", "Access-Token header", "Client-Secret header", "old integration method", "äldre inloggning", "API-kod", "static token", "migrate to OAuth2", "migrera till OAuth2", "Ogiltig inloggning", "access-token eller client-secret saknas"},
	},
}
