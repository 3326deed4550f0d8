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
		En: "An account the request uses is not in the customer's chart of accounts, or, when the request names no accounts, the customer has not set preferred accounts.",
		Sv: "Ett konto som anropet använder finns inte i kundens kontoplan, eller – när anropet inte anger några konton – har kunden inte ställt in förvalda konton.",
	},
	Cause: i18n.Text{
		En: "Fortnox answers 2001304 “Kunde inte hitta konto” (or 2000423 “Kan inte hitta kontot.”) when an account number used in the request, or attached to an element, does not exist. When the request sends no account numbers, Fortnox uses the company's preferred accounts, and the error means they are not set up.",
		Sv: "Fortnox svarar 2001304 ”Kunde inte hitta konto” (eller 2000423 ”Kan inte hitta kontot.”) när ett kontonummer som används i anropet, eller som hör till ett element, inte finns. När anropet inte skickar några kontonummer använder Fortnox företagets förvalda konton, och felet betyder då att de inte är inställda.",
	},
	Steps: []i18n.Text{
		{En: "Find the account numbers in the failing request body, such as voucher rows, invoice rows or articles.", Sv: "Leta upp kontonumren i anropet som misslyckas, till exempel verifikationsrader, fakturarader eller artiklar."},
		{En: "If the request names accounts: check that each exists in the customer's chart of accounts (GET /3/accounts), and create or map the missing ones.", Sv: "Om anropet anger konton: kontrollera att vart och ett finns i kundens kontoplan (GET /3/accounts), och skapa eller mappa om de som saknas."},
		{En: "If the request names no accounts: the customer sets preferred accounts under Settings → Accounting → Preferred accounts.", Sv: "Om anropet inte anger några konton: kunden ställer in förvalda konton under Inställningar → Bokföring → Förvalda konton."},
		{En: "The customer can contact Fortnox support for help with the accounts.", Sv: "Kunden kan kontakta Fortnox support för hjälp med kontona."},
		{En: "Send the request again.", Sv: "Skicka anropet igen."},
	},
	Who: []Role{Customer, Developer},
	Where: i18n.Text{
		En: "Settings → Accounting → Preferred accounts (Inställningar → Bokföring → Förvalda konton); Chart of accounts (Kontoplan)",
		Sv: "Inställningar → Bokföring → Förvalda konton; Kontoplan",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refused our transfer because an account is missing. Could you check that the account exists in your chart of accounts (Kontoplan), and that preferred accounts are set under Settings → Accounting → Preferred accounts (Inställningar → Bokföring → Förvalda konton)? Fortnox support can help if you are unsure.",
		Sv: "Hej! Fortnox nekade vår överföring eftersom ett konto saknas. Kan ni kontrollera att kontot finns i er kontoplan och att förvalda konton är inställda under Inställningar → Bokföring → Förvalda konton? Fortnox support kan hjälpa till om ni är osäkra.",
	},
	Signals: Signals{
		Codes:    []int{2001304, 2000423},
		Phrases:  []string{"Kunde inte hitta konto", "Kan inte hitta kontot", "Could not find account"},
		Synonyms: []string{"account not found", "account does not exist", "account missing", "konto saknas", "kontot finns inte", "chart of accounts", "kontoplan", "kontoplanen", "could not find account", "kan inte hitta konto", "kontonummer"},
	},
}

var accountInactive = Fix{
	ID: "account-inactive",
	Title: i18n.Text{
		En: "Konto ”NNNN” är inte aktivt (account not active)",
		Sv: "Konto ”NNNN” är inte aktivt",
	},
	Summary: i18n.Text{
		En: "The account exists but is inactive: activate it in the chart of accounts, or map the transfer to an active account.",
		Sv: "Kontot finns men är inaktivt: aktivera det i kontoplanen, eller mappa överföringen till ett aktivt konto.",
	},
	Cause: i18n.Text{
		En: "Fortnox answers 2000550 when a request books on an account that exists in the chart of accounts but is marked inactive.",
		Sv: "Fortnox svarar 2000550 när ett anrop bokför på ett konto som finns i kontoplanen men är markerat som inaktivt.",
	},
	Steps: []i18n.Text{
		{En: "Note the account number in the message.", Sv: "Notera kontonumret i meddelandet."},
		{En: "The customer opens the chart of accounts (Kontoplan) in Fortnox and activates the account, or tells the integrator which active account to use instead.", Sv: "Kunden öppnar kontoplanen i Fortnox och aktiverar kontot, eller berättar för integratören vilket aktivt konto som ska användas i stället."},
		{En: "If another account is chosen, the integrator updates the account mapping.", Sv: "Väljs ett annat konto uppdaterar integratören kontomappningen."},
		{En: "Send the failed transfer again.", Sv: "Skicka den misslyckade överföringen igen."},
	},
	Who: []Role{Customer, Developer},
	Where: i18n.Text{
		En: "Fortnox → Chart of accounts (Kontoplan)",
		Sv: "Fortnox → Kontoplan",
	},
	DocsURL: docsErrors,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refused our transfer because the account it books on is inactive. Could you activate the account in your chart of accounts (Kontoplan), or tell us which active account to use instead?",
		Sv: "Hej! Fortnox nekade vår överföring eftersom kontot den bokför på är inaktivt. Kan ni aktivera kontot i er kontoplan, eller berätta vilket aktivt konto vi ska använda i stället?",
	},
	Signals: Signals{
		Codes:    []int{2000550},
		Phrases:  []string{"är inte aktivt"},
		Synonyms: []string{"account not active", "account is not active", "inactive account", "deactivated account", "inaktivt konto", "kontot är inaktivt", "inte aktivt", "inte aktiverat", "aktivera kontot", "not enabled", "reactivate the account"},
	},
}

var rateLimited = Fix{
	ID: "rate-limited",
	Title: i18n.Text{
		En: "HTTP 429 Too Many Requests",
		Sv: "HTTP 429 Too Many Requests",
	},
	Summary: i18n.Text{
		En: "Fortnox allows 25 requests per 5 seconds per app and customer: throttle, back off and retry.",
		Sv: "Fortnox tillåter 25 anrop per 5 sekunder per app och kund: sänk takten, vänta och försök igen.",
	},
	Cause: i18n.Text{
		En: "The limit is a sliding window of 25 requests per 5 seconds (about 300 a minute) for each ClientID and tenant. Above it Fortnox answers HTTP 429 Too Many Requests; older integrations saw 503.",
		Sv: "Gränsen är ett glidande fönster på 25 anrop per 5 sekunder (ungefär 300 i minuten) för varje ClientID och kund. Över den svarar Fortnox HTTP 429 Too Many Requests; äldre integrationer fick 503.",
	},
	Steps: []i18n.Text{
		{En: "Throttle requests for each customer company to at most 25 per 5 seconds, for example with a token bucket.", Sv: "Begränsa anropen för varje kundföretag till högst 25 per 5 sekunder, till exempel med en token bucket."},
		{En: "On 429, wait and retry with exponential backoff and a little random jitter.", Sv: "Vid 429: vänta och försök igen med exponentiell backoff och lite slumpmässig spridning."},
		{En: "Avoid bursts: spread scheduled syncs, and fetch lists with paging and filters instead of one request per item.", Sv: "Undvik toppar: sprid ut schemalagda synkningar, och hämta listor med paginering och filter i stället för ett anrop per post."},
		{En: "Remember that the limit is per customer: parallel workers for the same company share it.", Sv: "Tänk på att gränsen gäller per kund: parallella arbetare för samma företag delar på den."},
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
	Signals: Signals{
		GenericPhrases:       []string{"Too Many Requests"},
		DecisiveHTTPStatuses: []int{429},
		Synonyms:             []string{"rate limit", "rate limited", "rate-limit", "throttled", "throttling", "too many requests", "TooManyRequests", "request limit", "limit exceeded", "för många anrop", "för många förfrågningar", "anropsgräns", "hastighetsbegränsning", "slow down", "back off", "multiple requests", "25 requests per 5 seconds"},
	},
}
