package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fixes for a connection that never completes or stops later: a callback
// without a code, the wrong company, a connection removed or left without
// its user, and service accounts with client credentials.

// legacyHeaders are the request headers of the legacy sign-in, as a log or
// a JSON dump shows them; they tell 2000310/2000311 of the legacy method
// from the same codes with an OAuth2 bearer token.
var legacyHeaders = []string{"Access-Token:", `"Access-Token":`, "Client-Secret:", `"Client-Secret":`}

var callbackWithoutCode = Fix{
	ID: "callback-without-code",
	Title: i18n.Text{
		En: "The activation comes back without a code (“Missing code or state”)",
		Sv: "Aktiveringen kommer tillbaka utan code (”Missing code or state”)",
	},
	Summary: i18n.Text{
		En: "The redirect carries neither code nor error: the integrator checks, in this order, a consent page left unfinished, a callback that loses the query string, a state that does not match, and last a locked Fortnox account.",
		Sv: "Omdirigeringen har varken code eller error: integratören kontrollerar i den här ordningen en godkännandesida som inte gjordes klar, en callback som tappar query-strängen, ett state som inte stämmer och sist ett spärrat Fortnox-konto.",
	},
	Cause: i18n.Text{
		En: "After a successful consent Fortnox redirects to the redirect URI with code and state; after a refusal, with error (RFC 6749 §4.1.2). A callback with neither, or an app that says “Missing code or state”, has several causes: the user closed the consent page or went back, the app's callback handler dropped or mis-parsed the query string (a proxy, a framework route, a second redirect), the state did not match the one sent, or, in one public report, the Fortnox account was locked.",
		Sv: "Efter ett godkännande skickar Fortnox tillbaka till redirect-URI:n med code och state; efter ett nej med error (RFC 6749 §4.1.2). En callback med ingetdera, eller en app som säger ”Missing code or state”, kan ha flera orsaker: användaren stängde godkännandesidan eller gick bakåt, appens callback tappade eller tolkade query-strängen fel (en proxy, en route i ramverket, en extra omdirigering), state stämde inte med det som skickades, eller – i en offentlig rapport – Fortnox-kontot var spärrat.",
	},
	Steps: []Step{
		{Actor: User, Text: i18n.Text{En: "Open the activation link again and go through Fortnox's pages to the end, approving at the last step, without closing the window or going back.", Sv: "Öppna aktiveringslänken igen och gå igenom Fortnox sidor ända till slutet och godkänn i sista steget, utan att stänga fönstret eller gå bakåt."}, AsConsultant: i18n.Text{En: "Open the activation link again, log in through Digital byrå, choose the client and go through Fortnox's pages to the end, approving at the last step, without closing the window or going back.", Sv: "Öppna aktiveringslänken igen, logga in med Digital byrå, välj klienten och gå igenom Fortnox sidor ända till slutet och godkänn i sista steget, utan att stänga fönstret eller gå bakåt."}},
		{Actor: Developer, Text: i18n.Text{En: "Log the full URL your callback receives. If the browser's address bar shows code and state but your handler does not, a proxy, a framework route or a second redirect drops the query string.", Sv: "Logga hela URL:en som callbacken tar emot. Visar webbläsarens adressfält code och state men din kod inte får dem, är det en proxy, en route i ramverket eller en extra omdirigering som tappar query-strängen."}},
		{Actor: Developer, Text: i18n.Text{En: "Compare the state you receive with the one you sent; a new session or another browser tab gives a mismatch, which the app should report as such, not as a missing code.", Sv: "Jämför state som kommer tillbaka med det du skickade; en ny session eller en annan flik i webbläsaren ger en avvikelse, som appen ska rapportera som just det och inte som att code saknas."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has found the callback and the state in order, log in to Fortnox directly. If Fortnox says the account is locked or restricted, sort that out with Fortnox first.", Sv: "När integratören har sett att callbacken och state stämmer, logga in direkt i Fortnox. Säger Fortnox att kontot är spärrat eller begränsat, lös det med Fortnox först."}},
	},
	Who: []Role{User, Developer, Customer},
	Where: i18n.Text{
		En: "The integration's callback (redirect URI) handler; Fortnox's consent page through the activation link",
		Sv: "Integrationens callback (redirect-URI); Fortnox godkännandesida via aktiveringslänken",
	},
	DocsURL: docsAuthorization,
	CustomerMessage: i18n.Text{
		En: "Hi! The activation of our integration did not come back to us with Fortnox's approval. Could you open the activation link again and go through Fortnox's pages to the end, approving at the last step? If Fortnox shows a message when you log in, please tell us what it says.",
		Sv: "Hej! Aktiveringen av vår integration kom inte tillbaka till oss med Fortnox godkännande. Kan ni öppna aktiveringslänken igen och gå igenom Fortnox sidor ända till slutet och godkänna i sista steget? Visar Fortnox något meddelande när ni loggar in får ni gärna berätta vad det säger.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! When we activate your integration, Fortnox sends us back to your site but the activation does not finish: the address has no code. We went through Fortnox's pages to the end and approved. Could you check what your callback receives?",
		Sv: "Hej! När vi aktiverar er integration skickar Fortnox tillbaka oss till er webbplats, men aktiveringen blir inte klar: adressen har ingen code. Vi gick igenom Fortnox sidor till slutet och godkände. Kan ni kontrollera vad er callback tar emot?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "When I activate your integration through Digital byrå, Fortnox sends me back to your site but the activation does not finish. I went through Fortnox's pages to the end and approved. Could you check in your log which address your callback received?",
		Sv: "När jag aktiverar er integration via Digital byrå skickar Fortnox tillbaka mig till er webbplats, men aktiveringen blir inte klar. Jag gick igenom Fortnox sidor till slutet och godkände. Kan ni se i er logg vilken adress er callback fick?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! When I activate the integration for you, Fortnox does not come back with an approval. I have asked the integrator to check their side first; if they find nothing wrong, could you log in to Fortnox yourselves and see whether Fortnox shows any message about your account?",
		Sv: "Hej! När jag aktiverar integrationen åt er kommer Fortnox inte tillbaka med något godkännande. Jag har bett integratören kontrollera sin sida först; hittar de inget fel, kan ni då logga in i Fortnox själva och se om Fortnox visar något meddelande om ert konto?",
	},
	Sources: []Source{srcAuthorization, srcRFC6749Response, srcAccounted146},
	Related: []string{"fortnox-account-locked"},
	Signals: Signals{
		ContextPhrases:      []string{"Missing code or state"},
		CallbackWithoutCode: true,
		Synonyms:            []string{"missing code", "no code", "callback without code", "code or state", "state mismatch", "invalid state", "ogiltig state", "no authorization code", "ingen auktoriseringskod", "redirect without a code", "callback saknar code", "tillbaka utan kod", "window closes", "connection failed", "saknar kod", "ingen kod", "kod saknas", "kom tillbaka utan kod", "ogiltig session", "OAuth session", "auktoriseringssession", "starta om anslutningen", "did not return an authorization code", "returned no code", "skickade ingen kod", "authorization code not found", "kopplingsförsöket", "connection attempt", "authorization link expired"},
	},
}

var wrongCompanyAuthorized = Fix{
	ID: "wrong-company-authorized",
	Title: i18n.Text{
		En: "The integration is connected to the wrong company",
		Sv: "Integrationen arbetar mot fel företag",
	},
	Summary: i18n.Text{
		En: "Another company was picked when the integration was approved: the integrator asks Fortnox which company the token belongs to, then a user activates again and picks the right one.",
		Sv: "Ett annat företag valdes när integrationen godkändes: integratören frågar Fortnox vilket företag token hör till, och sedan aktiverar en användare igen och väljer rätt företag.",
	},
	Cause: i18n.Text{
		En: "A Fortnox login can reach several companies, and the consent page asks which one to connect. A token belongs to the company chosen then, so data goes to or comes from that company. The wrong company can also show as missing rights, such as 2001339 when listing invoices.",
		Sv: "En inloggning i Fortnox kan nå flera företag, och godkännandesidan frågar vilket som ska kopplas. En token hör till det företag som valdes då, så data hamnar i eller hämtas från det företaget. Fel företag kan också synas som saknad behörighet, till exempel 2001339 när fakturor listas.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Call GET https://api.fortnox.se/3/companyinformation with the token (scope companyinformation): OrganizationNumber and DatabaseNumber say which company it belongs to.", Sv: "Anropa GET https://api.fortnox.se/3/companyinformation med token (scope companyinformation): OrganizationNumber och DatabaseNumber visar vilket företag den hör till."}},
		{Actor: User, Text: i18n.Text{En: "If the integrator's check shows the wrong company, open the activation link again and pick the right company when Fortnox asks.", Sv: "Om integratörens kontroll visar fel företag, öppna aktiveringslänken igen och välj rätt företag när Fortnox frågar."}, AsConsultant: i18n.Text{En: "If the integrator's check shows the wrong company, open the activation link again, log in through Digital byrå and choose the right client. Then have the integration removed under Manage integrations (Hantera integrationer) in the company you connected by mistake, by that company's administrator.", Sv: "Om integratörens kontroll visar fel företag, öppna aktiveringslänken igen, logga in med Digital byrå och välj rätt klient. Be sedan administratören i det företag du kopplade av misstag att ta bort integrationen under Hantera integrationer."}},
		{Actor: Customer, Text: i18n.Text{En: "In the company that was connected by mistake, remove the integration under Manage integrations (Hantera integrationer).", Sv: "Ta bort integrationen under Hantera integrationer i det företag som kopplades av misstag."}, AsConsultant: i18n.Text{En: "When the consultant has connected the integration to the company, check under Manage integrations (Hantera integrationer) that it is listed there.", Sv: "När konsulten har kopplat integrationen till företaget, kontrollera under Hantera integrationer att den finns där."}},
		{Actor: Developer, Text: i18n.Text{En: "When the integration has been activated in the right company, store the new tokens for that company, keyed by the tenant (DatabaseNumber), so that tokens of two companies cannot be mixed up.", Sv: "När integrationen har aktiverats i rätt företag, spara de nya tokens för det företaget, med DatabaseNumber som nyckel, så att två företags tokens inte kan blandas ihop."}},
	},
	Who: []Role{Developer, User, Customer},
	Where: i18n.Text{
		En: "Fortnox's consent page (the company choice); Fortnox → Manage integrations (Hantera integrationer)",
		Sv: "Fortnox godkännandesida (valet av företag); Fortnox → Hantera integrationer",
	},
	DocsURL: docsAuthorization,
	CustomerMessage: i18n.Text{
		En: "Hi! Our integration is connected to another of your Fortnox companies than the one you use with us. Please open our activation link again and pick the right company when Fortnox asks, then remove our integration from the other company under Manage integrations (Hantera integrationer).",
		Sv: "Hej! Vår integration är kopplad till ett annat av era Fortnox-företag än det ni använder hos oss. Kan ni öppna vår aktiveringslänk igen och välja rätt företag när Fortnox frågar, och sedan ta bort vår integration från det andra företaget under Hantera integrationer?",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Your integration shows data from, or sends data to, the wrong one of our Fortnox companies. Could you check which of our companies (organisation number) it is connected to, and send us the activation link so that we can pick the right company?",
		Sv: "Hej! Er integration visar data från, eller skickar data till, fel företag bland våra Fortnox-företag. Kan ni kontrollera vilket av våra företag (organisationsnummer) den är kopplad till, och skicka aktiveringslänken, så att vi kan välja rätt företag?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Your integration shows data from, or sends data to, the wrong company: I may have picked the wrong client when I activated it through Digital byrå. Could you check which company your token belongs to (/3/companyinformation) and send me the activation link, so that I can pick the right client?",
		Sv: "Er integration visar data från, eller skickar data till, fel företag: jag kan ha valt fel klient när jag aktiverade den via Digital byrå. Kan ni kontrollera vilket företag er token hör till (/3/companyinformation) och skicka aktiveringslänken till mig, så att jag kan välja rätt klient?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! The integration was connected to the wrong company. Through Digital byrå I will connect it to your company. Could you then check that it is listed under Manage integrations (Hantera integrationer) in your company?",
		Sv: "Hej! Integrationen kopplades till fel företag. Via Digital byrå kopplar jag den till ert företag. Kan ni sedan kontrollera att den finns under Hantera integrationer i ert företag?",
	},
	Sources: []Source{srcAuthorization, srcSharespine2001339, srcAccounted146},
	Signals: Signals{
		Synonyms: []string{"wrong company", "fel företag", "another company", "annat företag", "several companies", "flera företag", "multiple companies", "correct company", "rätt företag", "rätt Fortnox-konto", "companyinformation", "DatabaseNumber", "OrganizationNumber", "choose company", "valde fel företag", "inloggad på fel företag", "fel bolag", "annat bolag", "rätt konto", "databas", "fel databas"},
	},
}

var connectionRevoked = Fix{
	ID: "connection-revoked",
	Title: i18n.Text{
		En: "The integration stopped working: its connection was removed or its user is gone",
		Sv: "Integrationen slutade fungera: kopplingen togs bort eller användaren finns inte kvar",
	},
	Summary: i18n.Text{
		En: "Someone removed the integration under Manage integrations, or the user who activated it left, was deactivated or lost rights: activate it again, preferably as a system administrator or with a service account.",
		Sv: "Någon tog bort integrationen under Hantera integrationer, eller så har användaren som aktiverade den slutat, inaktiverats eller tappat behörighet: aktivera den igen, helst som systemadministratör eller med ett servicekonto.",
	},
	Cause: i18n.Text{
		En: "A connection lasts until it is revoked, and an ordinary connection acts as the user who approved it. When the integration is removed under Manage integrations (Hantera integrationer), or that user leaves, is deactivated or loses rights, the refresh token stops working and API calls are refused. A service account does not depend on one person.",
		Sv: "En koppling gäller tills den återkallas, och en vanlig koppling agerar som användaren som godkände den. När integrationen tas bort under Hantera integrationer, eller användaren slutar, inaktiveras eller tappar behörighet, slutar refresh-token att fungera och API-anropen nekas. Ett servicekonto är inte beroende av en enskild person.",
	},
	Steps: []Step{
		{Actor: Customer, Text: i18n.Text{En: "In Fortnox, open Manage integrations (Hantera integrationer) and check that the integration is still listed.", Sv: "Öppna Hantera integrationer i Fortnox och kontrollera att integrationen finns kvar i listan."}},
		{Actor: Customer, Text: i18n.Text{En: "Check under Manage users (Administrera användare) that the user who activated it still exists, is active and has the rights the integration needs.", Sv: "Kontrollera under Administrera användare att användaren som aktiverade den finns kvar, är aktiv och har den behörighet integrationen behöver."}},
		{Actor: User, Text: i18n.Text{En: "When the integration and its user have been checked, activate the integration again through the activation link, preferably logged in as a system administrator.", Sv: "När integrationen och dess användare är kontrollerade, aktivera integrationen igen via aktiveringslänken, helst inloggad som systemadministratör."}, AsConsultant: i18n.Text{En: "When the client has checked the integration and its user, open the activation link again, log in through Digital byrå and choose the client. The connection then depends on you; a service account, which the client's system administrator approves, would not.", Sv: "När klienten har kontrollerat integrationen och dess användare, öppna aktiveringslänken igen, logga in med Digital byrå och välj klienten. Kopplingen hänger då på dig; ett servicekonto, som klientens systemadministratör godkänner, gör det inte."}},
		{Actor: Developer, Text: i18n.Text{En: "Consider a service account (account_type=service), so that the connection does not depend on one person; only a system administrator can approve one.", Sv: "Överväg ett servicekonto (account_type=service), så att kopplingen inte hänger på en person; bara en systemadministratör kan godkänna ett sådant."}},
	},
	Who: []Role{Customer, User, Developer},
	Where: i18n.Text{
		En: "Fortnox → Manage integrations (Hantera integrationer); Manage users (Administrera användare)",
		Sv: "Fortnox → Hantera integrationer; Administrera användare",
	},
	DocsURL: docsMigrateLegacy,
	CustomerMessage: i18n.Text{
		En: "Hi! Our connection to your Fortnox has stopped, which happens when the integration is removed under Manage integrations (Hantera integrationer) or when the user who activated it no longer has access. Please open our activation link and approve again, preferably as a system administrator.",
		Sv: "Hej! Vår koppling till ert Fortnox har slutat fungera, vilket händer när integrationen tas bort under Hantera integrationer eller när användaren som aktiverade den inte längre har åtkomst. Kan ni öppna vår aktiveringslänk och godkänna igen, helst som systemadministratör?",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Your integration stopped working for us. The user who activated it may have left or the connection may have been removed. Could you send us the activation link, and tell us whether a service account would keep it from depending on one person?",
		Sv: "Hej! Er integration har slutat fungera hos oss. Användaren som aktiverade den kan ha slutat, eller så kan kopplingen ha tagits bort. Kan ni skicka aktiveringslänken och berätta om ett servicekonto skulle göra att den inte hänger på en enskild person?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Your integration stopped working for the customer. The person who activated it may have left or the connection may have been removed. Could you send me the activation link, and tell me whether a service account would keep it from depending on one person?",
		Sv: "Er integration har slutat fungera hos kunden. Den som aktiverade den kan ha slutat, eller så kan kopplingen ha tagits bort. Kan ni skicka aktiveringslänken till mig och berätta om ett servicekonto skulle göra att den inte hänger på en enskild person?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! The integration has stopped. Could you check under Manage integrations (Hantera integrationer) that it is still there, and under Manage users (Administrera användare) that the user who activated it is still active? Then I can activate it again.",
		Sv: "Hej! Integrationen har slutat fungera. Kan ni kontrollera under Hantera integrationer att den finns kvar, och under Administrera användare att användaren som aktiverade den fortfarande är aktiv? Sedan kan jag aktivera den igen.",
	},
	Note: i18n.Text{
		En: "If nobody removed the integration and its user is still there, the likeliest other causes are a refresh token used twice on the integrator's side and the old sign-in method Fortnox ended on 30 April 2025; pasting the integration's message tells them apart.",
		Sv: "Har ingen tagit bort integrationen och finns användaren kvar är de troligaste andra orsakerna en refresh-token som använts två gånger hos integratören och det gamla inloggningssättet som Fortnox avslutade den 30 april 2025; klistra in integrationens meddelande så skiljer verktyget dem åt.",
	},
	Sources: []Source{srcMigrateLegacy, srcServiceAccounts, srcEnhanzaLicences, srcGastrogateErrors},
	Related: []string{"invalid-refresh-token", "legacy-token-invalid"},
	Signals: Signals{
		Synonyms: []string{"connection removed", "integration removed", "access revoked", "revoked", "återkallad", "kopplingen togs bort", "kopplingen har invaliderats", "invalidated", "integration stopped working", "slutade fungera", "user left", "user deactivated", "användaren har slutat", "no longer has access", "inte längre behörighet", "recreate", "reconnect", "koppla om", "integrationen har tagits bort", "kopplingen är borttagen", "användaren är inaktiverad", "slutat på företaget", "fungerar inte längre", "ansluta igen", "återansluta", "remove and re-add"},
	},
}

var clientCredentialsProblem = Fix{
	ID: "client-credentials-problem",
	Title: i18n.Text{
		En: "grant_type=client_credentials fails, or its token gets errors",
		Sv: "grant_type=client_credentials misslyckas, eller så ger dess token fel",
	},
	Summary: i18n.Text{
		En: "Client credentials need a service account that a system administrator of the company approves through the activation link, and the integrator sends the TenantId header: check both.",
		Sv: "Client credentials kräver ett servicekonto som en systemadministratör i företaget godkänner via aktiveringslänken, och att integratören skickar headern TenantId: kontrollera båda.",
	},
	Cause: i18n.Text{
		En: "Since late 2025 a service account can get access tokens with grant_type=client_credentials, the ClientID and Client Secret as Basic credentials, and a TenantId header; no refresh token is returned. It works only after a system administrator has approved the app with account_type=service, and only with the tenant they approved it in: the tenantId claim of an earlier access token, or DatabaseNumber from /3/companyinformation. Integrators also report such tokens getting HTTP 500 with no body; check the consent and the tenant first.",
		Sv: "Sedan slutet av 2025 kan ett servicekonto hämta access-tokens med grant_type=client_credentials, ClientID och Client Secret som Basic-uppgifter och headern TenantId; ingen refresh-token skickas tillbaka. Det fungerar bara när en systemadministratör har godkänt appen med account_type=service, och bara med den tenant där den godkändes: claimet tenantId i en tidigare access-token, eller DatabaseNumber från /3/companyinformation. Integratörer rapporterar också att sådana tokens får HTTP 500 utan innehåll; kontrollera godkännandet och tenant först.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Check that the activation link had account_type=service and that the app allows service accounts (“administrator only”) in the developer portal.", Sv: "Kontrollera att aktiveringslänken hade account_type=service och att appen tillåter servicekonton (”administrator only”) i Utvecklarportalen."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has checked the activation link, open it as a system administrator of the company and approve; the service account needs that approval.", Sv: "När integratören har kontrollerat aktiveringslänken, öppna den som systemadministratör i företaget och godkänn; servicekontot kräver det godkännandet."}},
		{Actor: Developer, Text: i18n.Text{En: "Send the company's tenant in the TenantId header: the tenantId claim of an earlier access token, or DatabaseNumber from /3/companyinformation.", Sv: "Skicka företagets tenant i headern TenantId: claimet tenantId i en tidigare access-token, eller DatabaseNumber från /3/companyinformation."}},
		{Actor: Developer, Text: i18n.Text{En: "When the service account has been approved, send a POST to https://apps.fortnox.se/oauth-v1/token with Authorization: Basic base64(ClientId:ClientSecret) and the form body grant_type=client_credentials; expect no refresh token, and ask for a new access token when the hour is up.", Sv: "När servicekontot har godkänts, skicka en POST till https://apps.fortnox.se/oauth-v1/token med Authorization: Basic base64(ClientId:ClientSecret) och grant_type=client_credentials som formulärdata i bodyn; räkna inte med någon refresh-token, och hämta en ny access-token när timmen har gått."}},
	},
	Who: []Role{Developer, Customer},
	Where: i18n.Text{
		En: "Developer portal → the app → service account; the integration's token request",
		Sv: "Utvecklarportalen → appen → servicekonto; integrationens token-anrop",
	},
	DocsURL: "https://www.fortnox.se/developer/authorization/get-access-token-using-client-credentials",
	CustomerMessage: i18n.Text{
		En: "Hi! Our integration connects to Fortnox with a service account, which only a system administrator in your Fortnox can approve. Could a system administrator open our activation link and approve it?",
		Sv: "Hej! Vår integration kopplar upp sig mot Fortnox med ett servicekonto, som bara en systemadministratör i ert Fortnox kan godkänna. Kan en systemadministratör öppna vår aktiveringslänk och godkänna?",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Your integration does not get access to our Fortnox. Our system administrator can approve the service account; could you send us the activation link, and check that you use our company's tenant?",
		Sv: "Hej! Er integration får inte åtkomst till vårt Fortnox. Vår systemadministratör kan godkänna servicekontot; kan ni skicka aktiveringslänken och kontrollera att ni använder vårt företags tenant?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Your integration does not get access to the customer's Fortnox. The customer's system administrator can approve the service account; could you send the activation link, and check that you use the customer's tenant?",
		Sv: "Er integration får inte åtkomst till kundens Fortnox. Kundens systemadministratör kan godkänna servicekontot; kan ni skicka aktiveringslänken och kontrollera att ni använder kundens tenant?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! The integration uses a service account, which only your system administrator can approve. Could your system administrator open the integration's activation link and approve it?",
		Sv: "Hej! Integrationen använder ett servicekonto, som bara er systemadministratör kan godkänna. Kan er systemadministratör öppna integrationens aktiveringslänk och godkänna?",
	},
	Sources: []Source{srcClientCreds, srcGoodbyeRefresh, srcServiceAccounts, srcSoftwerk340, srcSoftwerk346, srcZentaNET55},
	Signals: Signals{
		ContextPhrases: []string{"client_credentials"},
		Synonyms:       []string{"client credentials", "client_credentials", "grant_type=client_credentials", "TenantId", "tenant id", "service account token", "500 with no body", "no error messages", "no refresh token", "server-to-server", "without a refresh token", "tenant-id", "klientuppgifter", "client credentials flow", "server till server"},
	},
}
