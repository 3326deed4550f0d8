package i18n

// Texts of `fortnox-doctor check`, the opt-in live check against Fortnox:
// the command and its flags, the consent text, each check's name and what
// it found, and why a paste is refused.

// The command and its flags.
var (
	CmdCheckShort = Text{
		En: "Ask Fortnox if a token works (read-only, asks first)",
		Sv: "Testa en token mot Fortnox (läser bara, frågar först)",
	}
	CmdCheckLong = Text{
		En: "check sends a few GET requests with an access token to Fortnox's API and reports, one line per check, whether the token is accepted, which company and user it belongs to, and whether each scope works for that company. It is the only command that uses the network, and it says where it will send what before it sends anything.\n\nThe token comes from standard input, --token-file or FORTNOX_ACCESS_TOKEN, never from an argument. A refresh token or an authorization code is refused: using one spends it.",
		Sv: "check skickar några GET-anrop med en access-token till Fortnox API och rapporterar, en rad per kontroll, om token godtas, vilket företag och vilken användare den tillhör och om varje scope fungerar för företaget. Det är det enda kommandot som använder nätverket, och det säger vart det skickar vad innan något skickas.\n\nToken läses från standard in, --token-file eller FORTNOX_ACCESS_TOKEN, aldrig från ett argument. En refresh-token eller en auktoriseringskod avvisas: den förbrukas när den används.",
	}
	CmdCheckExits = Text{
		En: "Exit status: 0 when every check ran and none failed (a warning included), 1 when one failed, 3 when nothing or not everything could be checked (Fortnox out of reach, a timeout, the cap of requests), 2 for a usage error, 130 when interrupted.",
		Sv: "Slutstatus: 0 när alla kontroller kördes och ingen misslyckades (en varning räknas inte), 1 när någon misslyckades, 3 när ingenting eller inte allt gick att kontrollera (Fortnox gick inte att nå, en timeout, taket för anrop), 2 vid felaktig användning, 130 vid avbrott.",
	}
	FlagCheckYes               = Text{En: "send without asking first (for scripts)", Sv: "skicka utan att fråga först (för skript)"}
	FlagCheckAPIURL            = Text{En: "the API's base URL, for tests against a Fortnox double", Sv: "basadress för API:t, för test mot en testdubbel"}
	FlagCheckTimeout           = Text{En: "how long to wait for each answer", Sv: "hur länge varje svar får dröja"}
	FlagCheckMaxRequests       = Text{En: "send at most this many requests", Sv: "skicka högst så här många anrop"}
	FlagCheckTokenFile         = Text{En: "read the access token from this file", Sv: "läs access-token från den här filen"}
	FlagCheckClientCredentials = Text{En: "also try a client-credentials token (rotates nothing)", Sv: "prova också client credentials (roterar ingenting)"}
	FlagCheckClientID          = Text{En: "the app's ClientID (also FORTNOX_CLIENT_ID)", Sv: "appens ClientID (även FORTNOX_CLIENT_ID)"}
	FlagCheckClientSecretFile  = Text{En: "file with the client secret (or FORTNOX_CLIENT_SECRET)", Sv: "fil med Client Secret (eller FORTNOX_CLIENT_SECRET)"}
	FlagCheckTenant            = Text{En: "the company (tenant) the token should belong to", Sv: "det företag (tenant) som token ska tillhöra"}
)

// Consent: what will be sent where, asked before anything is sent.
var (
	CheckPlan = Text{
		En: "The check will send at most %d GET requests to %s (one per check, %s apart, and one retry if Fortnox asks to wait), each with a %s timeout. They change nothing in the company; the answers are read for the fields shown and then dropped.",
		Sv: "Kontrollen skickar högst %d GET-anrop till %s (ett per kontroll, med %s mellanrum, och ett nytt försök om Fortnox ber om att vänta), vart och ett med en tidsgräns på %s. De ändrar ingenting i företaget; svaren läses för fälten som visas och kastas sedan.",
	}
	CheckPlanPost = Text{
		En: "It will also send one client-credentials token request (POST) to %s; a client-credentials token rotates nothing, and the token it returns is dropped unused.",
		Sv: "Det skickar också ett token-anrop med client credentials (POST) till %s; en token via client credentials roterar ingenting, och token som kommer tillbaka kastas oanvänd.",
	}
	CheckConfirm  = Text{En: "Send them? [y/N]", Sv: "Skicka dem? [j/N]"}
	CheckDeclined = Text{En: "Nothing was sent.", Sv: "Ingenting skickades."}
	CheckNeedsYes = Text{
		En: "check asks before it sends anything, and there is no terminal to ask on: add --yes to agree, e.g. `fortnox-doctor check --yes --token-file token.txt`",
		Sv: "check frågar innan något skickas, och det finns ingen terminal att fråga i: lägg till --yes för att godkänna, t.ex. `fortnox-doctor check --yes --token-file token.txt`",
	}
	CheckRunShow       = Text{En: "Run `fortnox-doctor show %s` for the steps.", Sv: "Kör `fortnox-doctor show %s` för stegen."}
	CheckFix           = Text{En: "fix %s: %s", Sv: "åtgärd %s: %s"}
	CheckAllPassed     = Text{En: "No check failed.", Sv: "Ingen kontroll gick fel."}
	CheckNothingAnswer = Text{En: "Nothing could be checked: Fortnox gave no answer that says anything about the integration.", Sv: "Ingenting kunde kontrolleras: Fortnox gav inget svar som säger något om integrationen."}
)

// Usage errors of check.
var (
	CheckErrTokenArgs          = Text{En: "check reads the token from standard input, --token-file or FORTNOX_ACCESS_TOKEN, never from an argument (arguments stay in the shell's history)", Sv: "check läser token från standard in, --token-file eller FORTNOX_ACCESS_TOKEN, aldrig från ett argument (argument blir kvar i skalets historik)"}
	CheckErrUnknownScope       = Text{En: "unknown scope %q (valid: %s)", Sv: "okänt scope %q (giltiga: %s)"}
	CheckErrScopeNear          = Text{En: "unknown scope %q; did you mean %q?", Sv: "okänt scope %q; menade du %q?"}
	CheckErrSecretFileTooLarge = Text{En: "--client-secret-file %q is larger than %s: it should hold the client secret alone", Sv: "--client-secret-file %q är större än %s: filen ska bara innehålla client secret"}
	CheckErrAPIURL             = Text{En: "--api-url %q cannot be used: give an https URL, or an http URL on this machine (127.0.0.1, ::1, localhost) for a Fortnox double, without a user name, password, query or fragment", Sv: "--api-url %q kan inte användas: ange en https-URL, eller en http-URL på den här datorn (127.0.0.1, ::1, localhost) för en testdubbel av Fortnox, utan användarnamn, lösenord, frågedel eller fragment"}
	CheckErrClientID           = Text{En: "--client-credentials needs --client-id (or FORTNOX_CLIENT_ID)", Sv: "--client-credentials behöver --client-id (eller FORTNOX_CLIENT_ID)"}
	CheckErrSecret             = Text{En: "--client-credentials needs the client secret from --client-secret-file or FORTNOX_CLIENT_SECRET, never from an argument", Sv: "--client-credentials behöver Client Secret från --client-secret-file eller FORTNOX_CLIENT_SECRET, aldrig från ett argument"}
	CheckErrTimeout            = Text{En: "--timeout must be between %s and %s, got %s", Sv: "--timeout måste vara mellan %s och %s (angavs: %s)"}
	CheckErrMaxRequests        = Text{En: "--max-requests must be between 1 and %d, got %d", Sv: "--max-requests måste vara mellan 1 och %d (angavs: %d)"}
	CheckErrReadFile           = Text{En: "cannot read %s: %s", Sv: "kan inte läsa %s: %s"}
	CheckErrTenant             = Text{En: "--tenant must be the company's number in Fortnox (digits only), got %q", Sv: "--tenant måste vara företagets nummer i Fortnox (bara siffror) (angavs: %q)"}
)

// Why a paste is not sent.
var (
	CheckRefuseRefresh = Text{
		En: "this is a refresh token, and check never sends one; a refresh returns a new refresh token and kills the old one, so testing it would break the integration that holds it. Give the access token (a JWT) instead.",
		Sv: "det här är en refresh-token, och check skickar aldrig en sådan; en förnyelse ger en ny refresh-token och gör den gamla ogiltig, så ett test skulle förstöra integrationen som använder den. Ange access-token (en JWT) i stället.",
	}
	CheckRefuseCode = Text{
		En: "this is an authorization code, and check never sends one; it works once, for 10 minutes, so exchanging it here would spend it for the integration. Give the access token (a JWT) instead.",
		Sv: "det här är en auktoriseringskod, och check skickar aldrig en sådan; den fungerar en gång, i 10 minuter, så om den växlas in här förbrukas den för integrationen. Ange access-token (en JWT) i stället.",
	}
	CheckRefuseNotJWT = Text{
		En: "this is not an access token; Fortnox's access tokens are JWTs (three parts separated by dots, starting with eyJ). If it is a refresh token or an authorization code, it is never sent, since using one spends it.",
		Sv: "det här är ingen access-token; Fortnox access-tokens är JWT:er (tre delar åtskilda med punkter, som börjar med eyJ). Om det är en refresh-token eller en auktoriseringskod skickas den aldrig, eftersom den förbrukas när den används.",
	}
	CheckRefuseBroken = Text{
		En: "this looks like a JWT but cannot be decoded; copy the access token again, in full",
		Sv: "det här ser ut som en JWT men går inte att avkoda; kopiera hela access-token igen",
	}
)

// Statuses of a check.
var (
	CheckStatusOK            = Text{En: "ok", Sv: "ok"}
	CheckStatusWarning       = Text{En: "warning", Sv: "varning"}
	CheckStatusFailed        = Text{En: "failed", Sv: "misslyckades"}
	CheckStatusSkipped       = Text{En: "skipped", Sv: "hoppades över"}
	CheckStatusCouldNotCheck = Text{En: "could not check", Sv: "kunde inte kontrolleras"}
)

// The checks' names.
var (
	CheckNameToken             = Text{En: "Token decoded offline", Sv: "Token avkodad offline"}
	CheckNameReachable         = Text{En: "Fortnox reachable", Sv: "Fortnox nås"}
	CheckNameAccepted          = Text{En: "Token accepted", Sv: "Token godtas"}
	CheckNameOwner             = Text{En: "Token's user", Sv: "Användare för token"}
	CheckNameScope             = Text{En: "Scope %s", Sv: "Scope %s"}
	CheckNameWarehouse         = Text{En: "Fortnox Lager activated", Sv: "Fortnox Lager aktiverat"}
	CheckNameClientCredentials = Text{En: "Client-credentials token", Sv: "Token via client credentials"}
)

// What a check found.
var (
	CheckTokenOK           = Text{En: "a JWT for tenant %s, expires %s", Sv: "en JWT för tenant %s, går ut %s"}
	CheckTokenNoTenant     = Text{En: "a JWT without tenantId, expires %s", Sv: "en JWT utan tenantId, går ut %s"}
	CheckTokenNoExpiry     = Text{En: "a JWT for tenant %s without an expiry time", Sv: "en JWT för tenant %s utan utgångstid"}
	CheckTokenExpired      = Text{En: "expired %s", Sv: "gick ut %s"}
	CheckTokenExpiresSoon  = Text{En: "expires %s: a request started now may fail", Sv: "går ut %s: ett anrop som startar nu kan misslyckas"}
	CheckReachableOK       = Text{En: "%s answered (HTTP %d)", Sv: "%s svarade (HTTP %d)"}
	CheckReachableTimeout  = Text{En: "%s did not answer within %s", Sv: "%s svarade inte inom %s"}
	CheckReachableNetwork  = Text{En: "%s could not be reached: %s", Sv: "%s gick inte att nå: %s"}
	CheckAcceptedOK        = Text{En: "%s, organization number %s, tenant %s", Sv: "%s, organisationsnummer %s, tenant %s"}
	CheckAcceptedWrong     = Text{En: "the token is for %s (DatabaseNumber %s), not for tenant %s", Sv: "token gäller %s (DatabaseNumber %s), inte tenant %s"}
	CheckAcceptedNoScope   = Text{En: "accepted, but the token lacks the scope companyinformation, so its company cannot be read", Sv: "godtas, men token saknar scopet companyinformation, så dess företag går inte att läsa"}
	CheckOwnerOK           = Text{En: "%s, system administrator, locale %s", Sv: "%s, systemadministratör, språk %s"}
	CheckOwnerNotAdmin     = Text{En: "%s, not a system administrator (locale %s): the integration gets only this user's rights and licenses, and stops if the user leaves", Sv: "%s, inte systemadministratör (språk %s): integrationen får bara den här användarens behörigheter och licenser, och slutar fungera om användaren slutar"}
	CheckOwnerNoScope      = Text{En: "the token lacks the scope profile, so its user cannot be read", Sv: "token saknar scopet profile, så dess användare går inte att läsa"}
	CheckScopeOK           = Text{En: "works (HTTP %d)", Sv: "fungerar (HTTP %d)"}
	CheckScopeNoRight      = Text{En: "answers, but with API_NORIGHT values: the company lacks the license for part of it", Sv: "svarar, men med värdet API_NORIGHT: företaget saknar licens för en del av det"}
	CheckScopeNoProbe      = Text{En: "no read-only request is known for this scope", Sv: "inget läsande anrop är känt för det här scopet"}
	CheckWarehouseOK       = Text{En: "activated", Sv: "aktiverat"}
	CheckWarehouseOff      = Text{En: "not activated in this company: the warehouse API works only once Fortnox Lager is activated", Sv: "inte aktiverat i det här företaget: lager-API:t fungerar först när Fortnox Lager är aktiverat"}
	CheckCCOK              = Text{En: "Fortnox issued a token (dropped unused; nothing rotated)", Sv: "Fortnox utfärdade en token (kastad oanvänd; ingenting roterades)"}
	CheckCCFailed          = Text{En: "the token request failed: %s", Sv: "token-anropet misslyckades: %s"}
	CheckCCNoTenant        = Text{En: "not run: no tenant (give --tenant, or a token with tenantId)", Sv: "kördes inte: ingen tenant (ange --tenant, eller en token med tenantId)"}
	CheckFortnoxCode       = Text{En: "Fortnox code %s “%s” (HTTP %d)", Sv: "Fortnox-kod %s ”%s” (HTTP %d)"}
	CheckUnauthorized      = Text{En: "HTTP 401 {\"message\":\"unauthorized\"}: the token has expired", Sv: "HTTP 401 {\"message\":\"unauthorized\"}: token har gått ut"}
	CheckUnauthorizedValid = Text{En: "HTTP 401 {\"message\":\"unauthorized\"}: Fortnox does not accept the token although it has not expired", Sv: "HTTP 401 {\"message\":\"unauthorized\"}: Fortnox godtar inte token trots att den inte har gått ut"}
	CheckUnexpected        = Text{En: "unexpected answer (HTTP %d): %s", Sv: "oväntat svar (HTTP %d): %s"}
	CheckEmptyBody         = Text{En: "unexpected answer: HTTP %d with an empty body", Sv: "oväntat svar: HTTP %d med tomt innehåll"}
	CheckHTMLPage          = Text{En: "unexpected answer: HTTP %d with an HTML page (Fortnox may be down for maintenance)", Sv: "oväntat svar: HTTP %d med en HTML-sida (Fortnox kan ha underhåll)"}
	CheckTimeout           = Text{En: "no answer within %s", Sv: "inget svar inom %s"}
	CheckNetwork           = Text{En: "network error: %s", Sv: "nätverksfel: %s"}
	CheckRateLimited       = Text{En: "Fortnox asked to wait %s (HTTP 429); the limit is shared with the integration's own use, so run check again later", Sv: "Fortnox bad om att vänta %s (HTTP 429); gränsen delas med integrationens egen användning, så kör check igen senare"}
	CheckSkipInterrupted   = Text{En: "not run: the check was interrupted", Sv: "kördes inte: kontrollen avbröts"}
	CheckSkipUnreachable   = Text{En: "not run: Fortnox could not be reached", Sv: "kördes inte: Fortnox gick inte att nå"}
	CheckSkipRefused       = Text{En: "not run: Fortnox refused the token", Sv: "kördes inte: Fortnox godtog inte token"}
	CheckSkipBudget        = Text{En: "not run: the cap of %d requests (--max-requests) was reached", Sv: "kördes inte: taket på %d anrop (--max-requests) nåddes"}
	CheckSkipRateLimited   = Text{En: "not run: Fortnox asked to wait (HTTP 429)", Sv: "kördes inte: Fortnox bad om att vänta (HTTP 429)"}
)

// What is said of a body that is not shown: a body in none of Fortnox's
// error shapes may hold customer data, so only its kind and size are told.
var (
	CheckBodyNotShown      = Text{En: "%s; not a Fortnox error body, so its content is not shown", Sv: "%s; inte ett felsvar från Fortnox, så innehållet visas inte"}
	CheckBodyBytes         = Text{En: "%s, %d bytes", Sv: "%s, %d byte"}
	CheckBodyOver          = Text{En: "%s, more than %d KiB", Sv: "%s, mer än %d KiB"}
	CheckBodyNoType        = Text{En: "no valid content type", Sv: "ingen giltig innehållstyp"}
	CheckFortnoxCodeInText = Text{En: "Fortnox code %s (HTTP %d) in a plain-text body (%s) that is not shown: it is longer than one error line", Sv: "Fortnox-kod %s (HTTP %d) i ett textsvar (%s) som inte visas: det är längre än en felrad"}
)

// More of the consent text.
var (
	CheckPlanScopes = Text{En: "Scopes to check: %s.", Sv: "Scopes som kontrolleras: %s."}
	CheckPlanTenant = Text{En: "The token should belong to tenant %s.", Sv: "Token ska tillhöra tenant %s."}
)

// The wizard's "Check with Fortnox" action.
var (
	KeyCheckLive      = Text{En: "check with Fortnox", Sv: "kontrollera hos Fortnox"}
	WizCheckTitle     = Text{En: "Check with Fortnox", Sv: "Kontrollera hos Fortnox"}
	WizCheckReached   = Text{En: "checking with Fortnox", Sv: "kontroll hos Fortnox"}
	WizCheckConsent   = Text{En: "y sends them · enter, n or esc sends nothing", Sv: "j skickar dem · enter, n eller esc skickar ingenting"}
	WizCheckRunning   = Text{En: "Asking Fortnox…", Sv: "Frågar Fortnox…"}
	WizCheckOpenHint  = Text{En: "↑/↓ picks a failed check · enter opens its fix · esc goes back", Sv: "↑/↓ väljer en kontroll som gick fel · enter öppnar åtgärden · esc går tillbaka"}
	WizCheckNoFailure = Text{En: "No check failed. esc goes back.", Sv: "Ingen kontroll gick fel. esc går tillbaka."}
	WizCheckNeedToken = Text{En: "Paste or type the access token to check; it is not shown. A refresh token or an authorization code is never sent, since using one spends it.", Sv: "Klistra in eller skriv access-token som ska kontrolleras; den visas inte. En refresh-token eller en auktoriseringskod skickas aldrig, eftersom den förbrukas när den används."}
	// WizCheckNeedTokenAgain asks again under why a text was refused,
	// which already says what is never sent.
	WizCheckNeedTokenAgain = Text{En: "Paste or type the access token to check; it is not shown.", Sv: "Klistra in eller skriv access-token som ska kontrolleras; den visas inte."}
	WizCheckTypeToken      = Text{En: "paste the token, then enter", Sv: "klistra in token, sedan enter"}
	WizCheckTyped          = Text{En: "%d characters", Sv: "%d tecken"}
	WizCheckBack           = Text{En: "esc goes back", Sv: "esc går tillbaka"}
	WizCheckRefused        = Text{En: "Not sent to Fortnox: %s", Sv: "Skickas inte till Fortnox: %s"}
)
