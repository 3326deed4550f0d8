package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fixes for errors the REST API returns once the integration is connected:
// bookkeeping accounts and the rate limit.

var accountNotFound = Fix{
	ID: "account-not-found",
	Title: i18n.Text{
		En: "“Kunde inte hitta konto” (could not find account)",
		Sv: "”Kunde inte hitta konto”",
	},
	Summary: i18n.Text{
		En: "An account number the request uses, or one set on an element such as an article, is not in the company's chart of accounts; when the request names no accounts, the company's preferred accounts are not set.",
		Sv: "Ett kontonummer som anropet använder, eller som är angivet på till exempel en artikel, finns inte i företagets kontoplan; när anropet inte anger några konton är företagets förvalda konton inte inställda.",
	},
	Cause: i18n.Text{
		En: "Fortnox answers 2001304 “Kunde inte hitta konto” (or 2000423 “Kan inte hitta kontot.”) when an account number used in the request, or attached to an element, does not exist. When the request sends no account numbers, Fortnox uses the company's preferred accounts; a missing preferred account has its own code, 2001403.",
		Sv: "Fortnox svarar 2001304 ”Kunde inte hitta konto” (eller 2000423 ”Kan inte hitta kontot.”) när ett kontonummer som används i anropet, eller som är angivet på till exempel en artikel, inte finns. När anropet inte skickar några kontonummer använder Fortnox företagets förvalda konton; ett förvalt konto som saknas har en egen kod, 2001403.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Find the account numbers in the failing request, such as voucher rows, invoice rows or articles, and check each against the chart of accounts (GET /3/accounts).", Sv: "Leta upp kontonumren i anropet som misslyckas, till exempel verifikationsrader, fakturarader eller artiklar, och kontrollera vart och ett mot kontoplanen (GET /3/accounts)."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has named the missing account number, decide whether to create the account, or tell the integrator which existing account to use.", Sv: "När integratören har sagt vilket kontonummer som saknas, bestäm om kontot ska läggas upp, eller berätta för integratören vilket befintligt konto som ska användas."}},
		{Actor: User, Text: i18n.Text{En: "If the account is to be created, create it in the chart of accounts (Kontoplan).", Sv: "Ska kontot läggas upp, lägg upp det i kontoplanen."}, AsConsultant: i18n.Text{En: "When the client has agreed, create the account in the chart of accounts (Kontoplan) of the client's Fortnox.", Sv: "När klienten har godkänt det, lägg upp kontot i kontoplanen i klientens Fortnox."}},
		{Actor: User, Text: i18n.Text{En: "If the integrator finds no account numbers in the request, set the preferred accounts under Settings → Accounting → Preferred accounts (Inställningar → Bokföring → Förvalda konton); Fortnox support can help.", Sv: "Hittar integratören inga kontonummer i anropet, ställ in förvalda konton under Inställningar → Bokföring → Förvalda konton; Fortnox support kan hjälpa till."}, AsConsultant: i18n.Text{En: "If the integrator finds no account numbers in the request and the client has agreed on the accounts, set the preferred accounts under Settings → Accounting → Preferred accounts (Inställningar → Bokföring → Förvalda konton) in the client's Fortnox.", Sv: "Om integratören inte hittar några kontonummer i anropet och klienten har godkänt kontona, ställ in förvalda konton under Inställningar → Bokföring → Förvalda konton i klientens Fortnox."}},
		{Actor: Developer, Text: i18n.Text{En: "Once the account is there, or another one has been chosen, update the account mapping if it changed, and send the request again.", Sv: "När kontot finns, eller ett annat har valts, uppdatera kontomappningen om det har ändrats, och skicka anropet igen."}},
	},
	Who: []Role{Developer, Customer, User},
	Where: i18n.Text{
		En: "Chart of accounts (Kontoplan); Settings → Accounting → Preferred accounts (Inställningar → Bokföring → Förvalda konton)",
		Sv: "Kontoplan; Inställningar → Bokföring → Förvalda konton",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refused our transfer because an account is missing: [account number]. Could you check that the account exists in your chart of accounts (Kontoplan), and that preferred accounts are set under Settings → Accounting → Preferred accounts (Inställningar → Bokföring → Förvalda konton)? Fortnox support can help if you are unsure.",
		Sv: "Hej! Fortnox nekade vår överföring eftersom ett konto saknas: [kontonummer]. Kan ni kontrollera att kontot finns i er kontoplan och att förvalda konton är inställda under Inställningar → Bokföring → Förvalda konton? Fortnox support kan hjälpa till om ni är osäkra.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox refuses transfers from your integration with “Kunde inte hitta konto”. Which account number does the integration send, so that we can check it in our chart of accounts?",
		Sv: "Hej! Fortnox nekar överföringar från er integration med ”Kunde inte hitta konto”. Vilket kontonummer skickar integrationen, så att vi kan kontrollera det i vår kontoplan?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox refuses transfers from your integration with “Kunde inte hitta konto”. Which account number does the integration send, so that I can check it in the customer's chart of accounts?",
		Sv: "Fortnox nekar överföringar från er integration med ”Kunde inte hitta konto”. Vilket kontonummer skickar integrationen, så att jag kan kontrollera det i kundens kontoplan?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! A transfer from the integration was refused because an account is missing in your chart of accounts. May I create the account, or would you rather choose which account the integration should use?",
		Sv: "Hej! En överföring från integrationen nekades eftersom ett konto saknas i er kontoplan. Får jag lägga upp kontot, eller vill ni hellre välja vilket konto integrationen ska använda?",
	},
	Sources: []Source{srcFAQ, srcErrors},
	Related: []string{"preferred-account-missing"},
	Signals: Signals{
		Codes:          []int{2001304, 2000423},
		Phrases:        []string{"Kunde inte hitta konto", "Kan inte hitta kontot"},
		ContextPhrases: []string{"Could not find account"},
		Synonyms:       []string{"account not found", "account does not exist", "account missing", "konto saknas", "kontot finns inte", "chart of accounts", "kontoplan", "kontoplanen", "could not find account", "kan inte hitta konto", "kontonummer", "hittar inte kontot", "kontot saknas i kontoplanen"},
	},
}

var accountInactive = Fix{
	ID: "account-inactive",
	Title: i18n.Text{
		En: "Konto ”NNNN” är inte aktivt (account not active)",
		Sv: "Konto ”NNNN” är inte aktivt",
	},
	Summary: i18n.Text{
		En: "The account exists but is inactive; sometimes it comes from an article in Fortnox that is linked to it: activate it in the chart of accounts, or use an active account.",
		Sv: "Kontot finns men är inaktivt; ibland kommer det från en artikel i Fortnox som är kopplad till det: aktivera det i kontoplanen, eller använd ett aktivt konto.",
	},
	Cause: i18n.Text{
		En: "Fortnox answers 2000550 when a request books on an account that exists in the chart of accounts but is marked inactive. The account may come from the request, or from an article in Fortnox that is linked to a deactivated account.",
		Sv: "Fortnox svarar 2000550 när ett anrop bokför på ett konto som finns i kontoplanen men är markerat som inaktivt. Kontot kan komma från anropet, eller från en artikel i Fortnox som är kopplad till ett inaktiverat konto.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Note the account number in the message, and whether the request sends it or an article in Fortnox carries it.", Sv: "Notera kontonumret i meddelandet, och om anropet skickar det eller om en artikel i Fortnox har det."}},
		{Actor: Customer, Text: i18n.Text{En: "Decide whether to activate the account, to link the article to another active account, or to tell the integrator which active account to use.", Sv: "Bestäm om kontot ska aktiveras eller artikeln kopplas till ett annat aktivt konto, eller berätta för integratören vilket aktivt konto som ska användas."}},
		{Actor: User, Text: i18n.Text{En: "Activate the account in the chart of accounts (Kontoplan), or link the article to the chosen active account, as decided.", Sv: "Aktivera kontot i kontoplanen, eller koppla artikeln till det valda aktiva kontot, efter vad som bestämts."}, AsConsultant: i18n.Text{En: "When the client has agreed, activate the account in the chart of accounts (Kontoplan) of the client's Fortnox, or link the article to the chosen active account.", Sv: "När klienten har godkänt det, aktivera kontot i kontoplanen i klientens Fortnox, eller koppla artikeln till det valda aktiva kontot."}},
		{Actor: Developer, Text: i18n.Text{En: "If another account is chosen, update the account mapping.", Sv: "Väljs ett annat konto, uppdatera kontomappningen."}},
		{Actor: Developer, Text: i18n.Text{En: "When the account is active again, or another one has been chosen, send the failed transfer again.", Sv: "När kontot är aktivt igen, eller ett annat har valts, skicka den misslyckade överföringen igen."}},
	},
	Who: []Role{Developer, Customer, User},
	Where: i18n.Text{
		En: "Fortnox → Chart of accounts (Kontoplan); the article's accounts",
		Sv: "Fortnox → Kontoplan; artikelns konton",
	},
	DocsURL: docsErrors,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refused our transfer because the account it books on is inactive. Could you activate the account in your chart of accounts (Kontoplan), check the accounts of the article, or tell us which active account to use instead?",
		Sv: "Hej! Fortnox nekade vår överföring eftersom kontot den bokför på är inaktivt. Kan ni aktivera kontot i er kontoplan, kontrollera artikelns konton, eller berätta vilket aktivt konto vi ska använda i stället?",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox refuses transfers from your integration because they post to an account that is inactive in our chart of accounts. Which account number does the integration send? Then we can decide whether to activate the account or which active account you should use.",
		Sv: "Hej! Fortnox nekar överföringar från er integration eftersom de bokför på ett konto som är inaktivt i vår kontoplan. Vilket kontonummer skickar integrationen? Då kan vi avgöra om kontot ska aktiveras eller vilket aktivt konto ni ska använda.",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox refuses transfers from your integration because they post to an account that is inactive in the customer's chart of accounts. If the customer keeps it inactive, could you map the account to an active one?",
		Sv: "Fortnox nekar överföringar från er integration eftersom de bokför på ett konto som är inaktivt i kundens kontoplan. Behåller kunden kontot inaktivt, kan ni då mappa om kontot till ett aktivt konto?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! A transfer was refused because it books on an inactive account in your chart of accounts. May I activate the account, or should the integration use another one?",
		Sv: "Hej! En överföring nekades eftersom den bokför på ett inaktivt konto i er kontoplan. Får jag aktivera kontot, eller ska integrationen använda ett annat?",
	},
	Sources: []Source{srcErrors, srcOnslipErrors, srcGastrogateErrors, srcJunipeerErrors},
	Signals: Signals{
		Codes:          []int{2000550},
		ContextPhrases: []string{"är inte aktivt"},
		Synonyms:       []string{"account not active", "account is not active", "inactive account", "deactivated account", "inaktivt konto", "kontot är inaktivt", "inte aktivt", "inte aktiverat", "aktivera kontot", "not enabled", "reactivate the account", "kontot är inaktiverat"},
	},
}

var rateLimited = Fix{
	ID: "rate-limited",
	Title: i18n.Text{
		En: "HTTP 429 Too Many Requests",
		Sv: "”HTTP 429 Too Many Requests” – för många anrop",
	},
	Summary: i18n.Text{
		En: "Fortnox allows 25 requests per 5 seconds per app and customer: throttle, back off and retry.",
		Sv: "Fortnox tillåter 25 anrop per 5 sekunder per app och kund: sänk takten, vänta och försök igen.",
	},
	Cause: i18n.Text{
		En: "The limit is a sliding window of 25 requests per 5 seconds (about 300 a minute) for each ClientID and tenant. Above it Fortnox answers HTTP 429 Too Many Requests; older integrations saw 503.",
		Sv: "Gränsen är ett glidande fönster på 25 anrop per 5 sekunder (ungefär 300 i minuten) för varje ClientID och kund. Över den svarar Fortnox HTTP 429 Too Many Requests; äldre integrationer fick 503.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Throttle requests for each customer company to at most 25 per 5 seconds, for example with a token bucket.", Sv: "Begränsa anropen för varje kundföretag till högst 25 per 5 sekunder, till exempel med en token bucket."}},
		{Actor: Developer, Text: i18n.Text{En: "On 429, wait and retry with exponential backoff and a little random jitter.", Sv: "Vänta vid 429 och försök igen med exponentiell backoff och lite slumpmässig spridning."}},
		{Actor: Developer, Text: i18n.Text{En: "Avoid bursts: spread scheduled syncs, and fetch lists with paging and filters instead of one request per item.", Sv: "Undvik toppar: sprid ut schemalagda synkningar, och hämta listor med paginering och filter i stället för ett anrop per post."}},
		{Actor: Developer, Text: i18n.Text{En: "Remember that the limit is per customer: parallel workers for the same company share it.", Sv: "Tänk på att gränsen gäller per kund: parallella processer för samma företag delar på den."}},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "The integration's request scheduling (nothing to change in Fortnox)",
		Sv: "Integrationens schemaläggning av anrop (inget att ändra i Fortnox)",
	},
	DocsURL: docsRateLimits,
	CustomerMessage: i18n.Text{
		En: "Hi! Some transfers to Fortnox were delayed because Fortnox limits how fast integrations may call it. We have adjusted our pace; you don't need to do anything.",
		Sv: "Hej! En del överföringar till Fortnox blev försenade eftersom Fortnox begränsar hur tätt integrationer får anropa. Vi har anpassat takten; ni behöver inte göra något.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Your integration's transfers to our Fortnox are delayed with “Too Many Requests”. Could you slow its requests down to Fortnox's limit?",
		Sv: "Hej! Er integrations överföringar till vårt Fortnox nekas tillfälligt med ”Too Many Requests”. Kan ni sänka takten så att anropen håller sig inom Fortnox gräns?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Your integration's transfers to the customer's Fortnox are delayed with “Too Many Requests”. Could you slow its requests down to Fortnox's limit?",
		Sv: "Er integrations överföringar till kundens Fortnox nekas tillfälligt med ”Too Many Requests”. Kan ni sänka takten så att anropen håller sig inom Fortnox gräns?",
	},
	Sources: []Source{srcRateLimits},
	Signals: Signals{
		GenericPhrases:       []string{"Too Many Requests"},
		DecisiveHTTPStatuses: []int{429},
		Synonyms:             []string{"rate limit", "rate limited", "rate-limit", "throttled", "throttling", "too many requests", "TooManyRequests", "request limit", "limit exceeded", "för många anrop", "för många förfrågningar", "anropsgräns", "hastighetsbegränsning", "slow down", "back off", "multiple requests", "25 requests per 5 seconds", "begränsning av antalet anrop", "vänta och försök igen", "300 per minute", "sliding window", "req per second"},
	},
}
