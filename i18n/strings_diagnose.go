package i18n

// Messages of the diagnose room: reading a paste, the evidence behind a
// match, the findings of check-url and inspect-token.

// Input errors.
var (
	DiagErrTooLarge     = Text{En: "the input is larger than %s: paste only the error message and a few lines around it", Sv: "indata är större än %s: klistra bara in felmeddelandet och några rader runt det"}
	DiagErrEmptyText    = Text{En: "nothing to read: describe the problem, or paste an error message, a log line, a callback URL or a token", Sv: "inget att läsa: beskriv problemet, eller klistra in ett felmeddelande, en loggrad, en callback-URL eller en token"}
	DiagErrNotText      = Text{En: "this is not text but binary data (or text in another encoding than UTF-8): paste the error message itself", Sv: "det här är inte text utan binärdata (eller text i en annan kodning än UTF-8): klistra in själva felmeddelandet"}
	DiagErrNotTextURL   = Text{En: "this is not text but binary data (or text in another encoding than UTF-8): paste the activation link itself", Sv: "det här är inte text utan binärdata (eller text i en annan kodning än UTF-8): klistra in själva aktiveringslänken"}
	DiagErrNotTextToken = Text{En: "this is not text but binary data (or text in another encoding than UTF-8): paste the token itself", Sv: "det här är inte text utan binärdata (eller text i en annan kodning än UTF-8): klistra in själva token"}
	DiagErrEmptyURL     = Text{En: "no URL: give the activation link, e.g. https://apps.fortnox.se/oauth-v1/auth?client_id=…", Sv: "ingen URL: ange aktiveringslänken, t.ex. https://apps.fortnox.se/oauth-v1/auth?client_id=…"}
	DiagErrEmptyToken   = Text{En: "no token: paste an access token, an Authorization: Bearer header or a whole token response", Sv: "ingen token: klistra in en access-token, en Authorization: Bearer-header eller ett helt token-svar"}
)

// Evidence: what in a paste pointed at a fix.
var (
	DiagEvidenceCode          = Text{En: "Fortnox code %s", Sv: "Fortnox-kod %s"}
	DiagEvidenceBody          = Text{En: "the body {\"message\": %s}", Sv: "svaret {\"message\": %s}"}
	DiagEvidencePhrase        = Text{En: "the text “%s”", Sv: "texten ”%s”"}
	DiagEvidenceOAuthError    = Text{En: "OAuth error %s", Sv: "OAuth-felet %s"}
	DiagEvidenceCallback      = Text{En: "a callback with state but neither code nor error", Sv: "en callback med state men varken code eller error"}
	DiagEvidenceGenericPhrase = Text{En: "“%s” from Fortnox", Sv: "”%s” från Fortnox"}
	DiagEvidenceSharedPhrase  = Text{En: "the text “%s”, which other software says too", Sv: "texten ”%s”, som även andra program använder"}
	DiagEvidenceHTTPStatus    = Text{En: "HTTP status %s", Sv: "HTTP-status %s"}
)

// Severities of a finding.
var (
	DiagSeverityError   = Text{En: "error", Sv: "fel"}
	DiagSeverityWarning = Text{En: "warning", Sv: "varning"}
	DiagSeverityInfo    = Text{En: "note", Sv: "info"}
)

// Findings of check-url. Arguments are parameter names and values from the
// link (cleaned), and Fortnox facts from flows.
var (
	DiagURLUnencodedSpaces       = Text{En: "The link has spaces that are not URL-encoded: a browser or mail client cuts the link at the first one. Encode each space as %%20.", Sv: "Länken har mellanslag som inte är URL-kodade: en webbläsare eller ett mejlprogram klipper länken vid det första. Koda varje mellanslag som %%20."}
	DiagURLHTMLEscaped           = Text{En: "The link has &amp; where & belongs: it was copied from HTML (a page's source, an e-mail). Fortnox would read amp;scope and find no scope. Send it with plain & (it is read as such here).", Sv: "Länken har &amp; där & ska stå: den har kopierats från HTML (en sidas källkod, ett mejl). Fortnox skulle läsa amp;scope och inte hitta något scope. Skicka den med vanliga & (här läses den redan så)."}
	DiagURLMissingScheme         = Text{En: "The link has no https:// in front; some mail clients and chat apps will not make it clickable.", Sv: "Länken saknar https:// i början; vissa mejlprogram och chattappar gör den då inte klickbar."}
	DiagURLBadHostChar           = Text{En: "the host name has the character %q, which no host name has", Sv: "värdnamnet innehåller tecknet %q, som inget värdnamn har"}
	DiagURLBadEscape             = Text{En: "%q is not an escape (%% and two hexadecimal digits)", Sv: "%q är ingen escape (%% och två hexadecimala siffror)"}
	DiagURLEscapeInHost          = Text{En: "the host name has the escape %q, which no host name has; write the character itself", Sv: "värdnamnet innehåller escape-sekvensen %q, som inget värdnamn har; skriv tecknet som det är"}
	DiagURLOpenIPv6              = Text{En: "the IPv6 address in the host name has no closing ]", Sv: "IPv6-adressen i värdnamnet saknar avslutande ]"}
	DiagURLBadPort               = Text{En: "the port %q is not a number", Sv: "porten %q är inget nummer"}
	DiagURLUnparsable            = Text{En: "This is not a URL that can be read: %s.", Sv: "Det här är ingen URL som går att läsa: %s."}
	DiagURLCallback              = Text{En: "This is the callback URL the user came back to (it carries code or error), not the activation link. Run `fortnox-doctor explain` on it to read what it says.", Sv: "Det här är callback-URL:en som användaren kom tillbaka till (den har code eller error), inte aktiveringslänken. Kör `fortnox-doctor explain` på den för att se vad den säger."}
	DiagURLToken                 = Text{En: "The link contains a token (an access token or a refresh token). A token never belongs in a link the user's browser opens: anyone who sees the link can use it. Remove it; after the activation the integration gets its tokens from the token endpoint.", Sv: "Länken innehåller en token (en access-token eller en refresh-token). En token ska aldrig finnas i en länk som användarens webbläsare öppnar: alla som ser länken kan använda den. Ta bort den; efter aktiveringen får integrationen sina tokens från token-anropet."}
	DiagURLSecret                = Text{En: "The link contains client_secret. The secret never belongs in a link the user's browser opens: remove it, and generate a new secret in the developer portal, since anyone who saw the link can use it.", Sv: "Länken innehåller client_secret. Hemligheten ska aldrig finnas i en länk som användarens webbläsare öppnar: ta bort den och generera en ny hemlighet i Utvecklarportalen, eftersom alla som sett länken kan använda den."}
	DiagURLFragment              = Text{En: "The link ends in a #fragment, which the browser keeps to itself; Fortnox never sees it.", Sv: "Länken slutar med ett #fragment, som webbläsaren behåller för sig själv; Fortnox ser det aldrig."}
	DiagURLScheme                = Text{En: "The link uses %s; it must use https.", Sv: "Länken använder %s; den måste använda https."}
	DiagURLHost                  = Text{En: "The link goes to %s; the activation link goes to %s.", Sv: "Länken går till %s; aktiveringslänken ska gå till %s."}
	DiagURLPort                  = Text{En: "The link names port %s; the activation link goes to %s without a port.", Sv: "Länken anger port %s; aktiveringslänken ska gå till %s utan port."}
	DiagURLPath                  = Text{En: "The path is %s; the activation link's path is %s.", Sv: "Sökvägen är %s; aktiveringslänkens sökväg är %s."}
	DiagURLNoPath                = Text{En: "The link has no path; the activation link's path is %s.", Sv: "Länken saknar sökväg; aktiveringslänkens sökväg är %s."}
	DiagURLBadEncoding           = Text{En: "The parameter %s has a broken %%-escape; encode the value with a URL encoder instead of by hand.", Sv: "Parametern %s har en trasig %%-kodning; koda värdet med en URL-kodare i stället för för hand."}
	DiagURLDuplicate             = Text{En: "%s appears %d times; give it once, since which one counts is not defined.", Sv: "%s förekommer %d gånger; ange den en gång, eftersom det inte är bestämt vilken som gäller."}
	DiagURLParamCase             = Text{En: "Parameter names are case-sensitive: %s must be written %s.", Sv: "Parameternamn är skiftlägeskänsliga: %s ska skrivas %s."}
	DiagURLUnknownParamNear      = Text{En: "Unknown parameter %s; did you mean %s?", Sv: "Okänd parameter %s; menade du %s?"}
	DiagURLUnknownParam          = Text{En: "Fortnox does not document the parameter %s; it is probably ignored.", Sv: "Fortnox dokumenterar inte parametern %s; den ignoreras troligen."}
	DiagURLMissing               = Text{En: "%s is missing. %s", Sv: "%s saknas. %s"}
	DiagURLEmpty                 = Text{En: "%s is empty. %s", Sv: "%s är tom. %s"}
	DiagURLValue                 = Text{En: "%s is %q. %s", Sv: "%s är %q. %s"}
	DiagURLNoOffline             = Text{En: "access_type=offline is missing. %s", Sv: "access_type=offline saknas. %s"}
	DiagURLServiceAccount        = Text{En: "The link asks for a service account. %s", Sv: "Länken ber om ett servicekonto. %s"}
	DiagURLNoRedirect            = Text{En: "The link has no redirect_uri. If Fortnox answers “RedirectURI is missing or mismatch”, add redirect_uri with exactly the redirect URI registered in the developer portal.", Sv: "Länken har ingen redirect_uri. Om Fortnox svarar ”RedirectURI is missing or mismatch”, lägg till redirect_uri med exakt den redirect-URI som är registrerad i Utvecklarportalen."}
	DiagURLRedirectDoubleEncoded = Text{En: "redirect_uri is encoded twice (%s): encode it once, or Fortnox compares the encoded text with the portal's URI and they differ.", Sv: "redirect_uri är kodad två gånger (%s): koda den en gång, annars jämför Fortnox den kodade texten med portalens URI och de skiljer sig."}
	DiagURLRedirectInvalid       = Text{En: "redirect_uri (%s) is not a full URL; it must be the absolute https address registered in the developer portal.", Sv: "redirect_uri (%s) är ingen fullständig URL; den måste vara den absoluta https-adress som är registrerad i Utvecklarportalen."}
	DiagURLRedirectScheme        = Text{En: "redirect_uri (%s) does not use https.", Sv: "redirect_uri (%s) använder inte https."}
	DiagURLRedirectFragment      = Text{En: "redirect_uri has a #fragment, which a redirect URI must not have.", Sv: "redirect_uri har ett #fragment, vilket en redirect-URI inte får ha."}
	DiagURLRedirectMatch         = Text{En: "Check that %s is character for character the redirect URI registered in the developer portal (scheme, host, path, trailing slash), and that the token request sends the same value.", Sv: "Kontrollera att %s är tecken för tecken samma redirect-URI som är registrerad i Utvecklarportalen (schema, värd, sökväg, avslutande snedstreck), och att token-anropet skickar samma värde."}
	DiagURLScopeCommas           = Text{En: "The scopes are separated by commas; Fortnox wants spaces, encoded as %%20: %s", Sv: "Scopes är åtskilda med kommatecken; Fortnox vill ha mellanslag, kodade som %%20: %s"}
	DiagURLScopeSeparator        = Text{En: "The scopes are separated by ; or |; Fortnox wants spaces, encoded as %%20.", Sv: "Scopes är åtskilda med ; eller |; Fortnox vill ha mellanslag, kodade som %%20."}
	DiagURLScopeDuplicate        = Text{En: "The scope %s is listed twice.", Sv: "Scopet %s står två gånger."}
	DiagURLScopeNotPublic        = Text{En: "%s is used by integrations but is not on Fortnox's public scope table; check that the app has it ticked in the developer portal.", Sv: "%s används av integrationer men står inte i Fortnox offentliga tabell över scopes; kontrollera att appen har det ikryssat i Utvecklarportalen."}
	DiagURLScopeCase             = Text{En: "Scopes are case-sensitive: %s must be written %s.", Sv: "Scopes är skiftlägeskänsliga: %s ska skrivas %s."}
	DiagURLScopeUnknownNear      = Text{En: "%s is not a Fortnox scope; did you mean %s?", Sv: "%s är inget scope i Fortnox; menade du %s?"}
	DiagURLScopeUnknown          = Text{En: "%s is not a Fortnox scope.", Sv: "%s är inget scope i Fortnox."}
	DiagURLWarehouse             = Text{En: "The warehouse module also needs the scopes %s; without them the API answers “Missing rights (Warehouse)”.", Sv: "Lagermodulen behöver också scopen %s; utan dem svarar API:t ”Missing rights (Warehouse)”."}
	DiagURLInvisible             = Text{En: "The parameter %s holds an invisible character, %s, which Fortnox receives as part of it: the parameter is not what it looks like. Type it again instead of copying it.", Sv: "Parametern %s innehåller ett osynligt tecken, %s, som Fortnox tar emot som en del av den: parametern är inte vad den ser ut att vara. Skriv den på nytt i stället för att kopiera den."}
	DiagURLInvisibleMany         = Text{En: "The parameter %s holds invisible characters, %s, which Fortnox receives as part of it: the parameter is not what it looks like. Type it again instead of copying it.", Sv: "Parametern %s innehåller osynliga tecken, %s, som Fortnox tar emot som en del av den: parametern är inte vad den ser ut att vara. Skriv den på nytt i stället för att kopiera den."}
	DiagURLScopesInPortal        = Text{En: "Every scope in the link must also be ticked for the app in the developer portal, or Fortnox answers “An unsupported scope was requested” before the login.", Sv: "Varje scope i länken måste också vara ikryssat för appen i Utvecklarportalen, annars svarar Fortnox ”An unsupported scope was requested” före inloggningen."}
)

// Relative times: "in 23 minutes", "3 hours ago".
var (
	DiagIn              = Text{En: "in %s", Sv: "om %s"}
	DiagAgo             = Text{En: "%s ago", Sv: "för %s sedan"}
	DiagLessThanAMinute = Text{En: "less than a minute", Sv: "mindre än en minut"}
	DiagMinute          = Text{En: "1 minute", Sv: "1 minut"}
	DiagMinutes         = Text{En: "%d minutes", Sv: "%d minuter"}
	DiagHour            = Text{En: "1 hour", Sv: "1 timme"}
	DiagHours           = Text{En: "%d hours", Sv: "%d timmar"}
	DiagDay             = Text{En: "1 day", Sv: "1 dag"}
	DiagDays            = Text{En: "%d days", Sv: "%d dagar"}
)

// Findings of inspect-token.
var (
	DiagTokenNotJWT        = Text{En: "This is not a JWT. Fortnox access tokens are JWTs: three parts separated by dots, starting with eyJ. A refresh token is not a JWT and cannot be decoded; a legacy Access-Token stopped working after 30 April 2025.", Sv: "Det här är ingen JWT. Fortnox access-tokens är JWT:er: tre delar åtskilda med punkter, som börjar med eyJ. En refresh-token är ingen JWT och går inte att avkoda; en äldre Access-Token slutade fungera efter den 30 april 2025."}
	DiagTokenBroken        = Text{En: "This looks like a JWT but its header or claims do not decode; it was probably cut off or changed when it was copied.", Sv: "Det här ser ut som en JWT men headern eller claims går inte att avkoda; den har troligen klippts av eller ändrats när den kopierades."}
	DiagTokenBadJSON       = Text{En: "This starts like a token response but is not valid JSON.", Sv: "Det här börjar som ett token-svar men är inte giltig JSON."}
	DiagTokenErrorResponse = Text{En: "This is an error answer (%s), not a token. Run `fortnox-doctor explain` on it to find the fix.", Sv: "Det här är ett felsvar (%s), ingen token. Kör `fortnox-doctor explain` på det för att hitta åtgärden."}
	DiagTokenNoToken       = Text{En: "The JSON holds neither access_token nor refresh_token.", Sv: "JSON-texten har varken access_token eller refresh_token."}
	DiagTokenRefresh       = Text{En: "A refresh token was recognized and is not shown. It works once: every refresh returns a new one and the old one dies, so save the new one each time and let only one process refresh. It lasts 31 days according to Fortnox's FAQ, 45 according to its migration guide; plan for the shorter.", Sv: "En refresh-token kändes igen och visas inte. Den fungerar en gång: varje förnyelse ger en ny och den gamla slutar gälla, så spara den nya varje gång och låt bara en process förnya. Den gäller i 31 dagar enligt Fortnox FAQ och 45 enligt deras migreringsguide; räkna med den kortare."}
	DiagTokenNotVerified   = Text{En: "The signature is not checked: Fortnox does not publish the key. The claims show what the token says, not that Fortnox issued it.", Sv: "Signaturen kontrolleras inte: Fortnox publicerar inte nyckeln. Claims visar vad token säger, inte att Fortnox har utfärdat den."}
	DiagTokenNoExpiry      = Text{En: "The token has no exp claim, so when it expires is unknown; Fortnox access tokens last one hour.", Sv: "Token saknar claimet exp, så det går inte att se när den går ut; Fortnox access-tokens gäller i en timme."}
	DiagTokenExpired       = Text{En: "The token expired at %s (%s). Get a new access token with the refresh token (or client credentials) and retry.", Sv: "Token gick ut %s (%s). Hämta en ny access-token med refresh-token (eller client credentials) och försök igen."}
	DiagTokenExpiresSoon   = Text{En: "The token expires %s; refresh it before the next request.", Sv: "Token går ut %s; förnya den före nästa anrop."}
	DiagTokenNotYetValid   = Text{En: "The token is not valid yet (nbf, %s): check the clock of the machine that uses it.", Sv: "Token gäller inte än (nbf, %s): kontrollera klockan på datorn som använder den."}
	DiagTokenFutureIssue   = Text{En: "The token says it was issued %s, in the future: the clock of this machine or the one that made the token is off.", Sv: "Token säger att den utfärdades %s, alltså i framtiden: klockan på den här datorn eller den som skapade token går fel."}
	DiagTokenNoTenant      = Text{En: "The token has no tenantId claim, which Fortnox access tokens carry; is it from Fortnox?", Sv: "Token saknar claimet tenantId, som Fortnox access-tokens har; kommer den från Fortnox?"}
	// What a report leaves out of a token built to be huge (see
	// diagnose's bounds on claims): counted, so that nothing goes missing
	// without a word.
	DiagTokenClaimsLeftOut = Text{En: "The token holds %d claims, more than the %d a report shows: the other %d are left out (tenantId, userId, iat, nbf, exp and scope are always kept).", Sv: "Token har %d claims, fler än de %d som visas: de övriga %d utelämnas (tenantId, userId, iat, nbf, exp och scope behålls alltid)."}
	DiagTokenValuesLeftOut = Text{En: "%d more entries inside the token's header or claims are left out: a report shows at most %d entries of an object and %d items of a list.", Sv: "Ytterligare %d poster i tokens header eller claims utelämnas: som mest visas %d poster i ett objekt och %d element i en lista."}
	DiagTokenTooDeep       = Text{En: "The token's header or claims nest objects or lists more than %d levels deep, far deeper than real tokens go; what lies deeper is shown as %q.", Sv: "Tokens header eller claims har objekt eller listor nästlade mer än %d nivåer djupt, långt djupare än riktiga tokens; det som ligger djupare visas som %q."}
)

// The paste commands: explain, check-url and inspect-token.
var (
	CmdExplainShort      = Text{En: "Match an error text to fixes, offline", Sv: "Matcha ett felmeddelande mot åtgärder, offline"}
	CmdExplainLong       = Text{En: "explain reads an error body, a log excerpt, an exception or a callback URL, from its arguments or from standard input, and lists the fixes it points at, best first, with the evidence: which Fortnox code or text matched.\n\nNothing leaves your machine. Escape sequences and invisible characters are removed, and tokens, secrets and authorization codes are replaced by [redacted:…] in all output.\n\nExit status: 0 when a fix or a known data error matched with high confidence, 1 when nothing did (guesses at most), 2 for input that cannot be read.", Sv: "explain läser ett felsvar, ett utdrag ur en logg, ett undantag eller en callback-URL, från argumenten eller standard in, och listar de åtgärder det pekar på, bästa först, med belägg: vilken Fortnox-kod eller text som matchade.\n\nInget lämnar din dator. Escape-sekvenser och osynliga tecken tas bort, och tokens, hemligheter och auktoriseringskoder ersätts med [redacted:…] i all utdata.\n\nSlutstatus: 0 när en åtgärd eller ett känt datafel matchade säkert, 1 när inget gjorde det (som mest gissningar), 2 för indata som inte går att läsa."}
	CmdCheckURLShort     = Text{En: "Lint an OAuth2 activation link, offline", Sv: "Granska en OAuth2-aktiveringslänk, offline"}
	CmdCheckURLLong      = Text{En: "check-url reads an activation link (https://apps.fortnox.se/oauth-v1/auth?…) from its argument or standard input and checks it against Fortnox's rules: host and path, the required parameters, the scope list, access_type, account_type and redirect_uri. Each finding has a severity and, where one fits, the fix to read.\n\nNothing leaves your machine; a client_secret or code in the link is redacted.\n\nExit status: 0 when the link has no errors, 1 when it has, 2 for input that cannot be read.", Sv: "check-url läser en aktiveringslänk (https://apps.fortnox.se/oauth-v1/auth?…) från argumentet eller standard in och kontrollerar den mot Fortnox regler: värd och sökväg, de obligatoriska parametrarna, listan med scopes, access_type, account_type och redirect_uri. Varje iakttagelse har en allvarlighetsgrad och, där en passar, åtgärden att läsa.\n\nInget lämnar din dator; en client_secret eller code i länken maskeras.\n\nSlutstatus: 0 när länken saknar fel, 1 när den har fel, 2 för indata som inte går att läsa."}
	CmdInspectTokenShort = Text{En: "Decode an access token offline, from standard input", Sv: "Avkoda en access-token offline, från standard in"}
	CmdInspectTokenLong  = Text{En: "inspect-token reads an access token, an Authorization: Bearer header or a whole token response from standard input, never from the command line, and shows the token's tenantId, userId, when it was issued and when it expires, without verifying its signature (Fortnox does not publish the key). A refresh token is recognized and explained, never shown. The token and its signature never appear in the output.\n\nExit status: 0 for a readable token that has not expired, 1 for an expired or unreadable one, 2 for input that cannot be read or a token given as an argument.", Sv: "inspect-token läser en access-token, en Authorization: Bearer-header eller ett helt token-svar från standard in, aldrig från kommandoraden, och visar tenantId och userId i token samt när den utfärdades och när den går ut, utan att kontrollera signaturen (Fortnox publicerar inte nyckeln). En refresh-token känns igen och förklaras men visas aldrig. Token och dess signatur syns aldrig i utdata.\n\nSlutstatus: 0 för en läsbar token som inte har gått ut, 1 för en som har gått ut eller inte går att läsa, 2 för indata som inte går att läsa eller en token som angetts som argument."}

	CmdPasteHint    = Text{En: "Paste the text, then press Ctrl-D on an empty line.", Sv: "Klistra in texten och tryck sedan Ctrl-D på en tom rad."}
	CmdTokenHint    = Text{En: "Paste the token and press Enter (it is not shown):", Sv: "Klistra in token och tryck Enter (den visas inte):"}
	CmdErrRead      = Text{En: "cannot read standard input: %v", Sv: "kan inte läsa standard in: %v"}
	CmdErrOneURL    = Text{En: "check-url takes one URL; quote it so the shell does not split it at & or spaces", Sv: "check-url tar en URL; sätt citattecken runt den så att skalet inte delar den vid & eller mellanslag"}
	CmdErrTokenArgs = Text{En: "inspect-token reads the token from standard input only: a token on the command line ends up in your shell history and is visible to other users in ps. Pipe it in instead, e.g. pbpaste | fortnox-doctor inspect-token", Sv: "inspect-token läser token bara från standard in: en token på kommandoraden hamnar i skalets historik och syns för andra användare i ps. Skicka in den via en pipe i stället, t.ex. pbpaste | fortnox-doctor inspect-token"}

	CmdExplainHeading    = Text{En: "What the text points at, best match first", Sv: "Vad texten pekar på, bästa träff först"}
	CmdEvidence          = Text{En: "Evidence", Sv: "Belägg"}
	CmdSeeFix            = Text{En: "→ %s", Sv: "→ %s"}
	CmdDataErrorsHeading = Text{En: "Data errors: the request's data is wrong, not the integration", Sv: "Datafel: det är uppgifterna i anropet som är fel, inte integrationen"}
	CmdUnknownCodes      = Text{En: "Fortnox codes I do not know: %s. Search for them on Fortnox's errors page (fortnox.se/developer/guides-and-good-to-know/errors).", Sv: "Fortnox-koder som jag inte känner till: %s. Sök efter dem på Fortnox sida om felkoder (fortnox.se/developer/guides-and-good-to-know/errors)."}
	CmdNoMatch           = Text{En: "No Fortnox error recognized in the text.", Sv: "Texten innehåller inget känt Fortnox-fel."}
	CmdAnyServer         = Text{En: "The text holds an OAuth error that every OAuth server sends, and nothing in it shows that it comes from Fortnox.", Sv: "Texten innehåller ett OAuth-fel som alla OAuth-servrar skickar, och inget i den visar att det kommer från Fortnox."}
	CmdSharedPhrase      = Text{En: "The text holds words that Fortnox uses, but so does other software, and nothing in it shows that it comes from Fortnox.", Sv: "Texten innehåller ord som Fortnox använder, men det gör även andra program, och inget i den visar att den kommer från Fortnox."}
	CmdHintWizard        = Text{En: "Run fortnox-doctor without arguments to find the fix by answering a few questions.", Sv: "Kör fortnox-doctor utan argument för att hitta åtgärden genom att svara på några frågor."}
	CmdHintCheckURL      = Text{En: "It looks like an activation link: check it with fortnox-doctor check-url.", Sv: "Det ser ut som en aktiveringslänk: granska den med fortnox-doctor check-url."}
	CmdHintInspectToken  = Text{En: "It looks like a token: read it with fortnox-doctor inspect-token (from standard input).", Sv: "Det ser ut som en token: läs den med fortnox-doctor inspect-token (från standard in)."}
	CmdRedactedOne       = Text{En: "The text held %d secret (%s); it is replaced by [redacted:…] in all output. If you have shared the text anywhere, rotate the secret.", Sv: "Texten innehöll %d hemlighet (%s); den är ersatt med [redacted:…] i all utdata. Om du har delat texten någonstans, byt ut hemligheten."}
	CmdRedactedMany      = Text{En: "The text held %d secrets (%s); they are replaced by [redacted:…] in all output. If you have shared the text anywhere, rotate them.", Sv: "Texten innehöll %d hemligheter (%s); de är ersatta med [redacted:…] i all utdata. Om du har delat texten någonstans, byt ut dem."}

	CmdParamsHeading      = Text{En: "Parameters", Sv: "Parametrar"}
	CmdFindingsHeading    = Text{En: "Findings", Sv: "Iakttagelser"}
	CmdURLVerdictErrors   = Text{En: "Errors: %d, warnings: %d. Fix the errors before anyone uses the link.", Sv: "Fel: %d, varningar: %d. Rätta felen innan någon använder länken."}
	CmdURLVerdictWarnings = Text{En: "No errors; warnings: %d.", Sv: "Inga fel; varningar: %d."}
	CmdURLVerdictOK       = Text{En: "No errors: the link follows Fortnox's rules.", Sv: "Inga fel: länken följer Fortnox regler."}

	CmdTokenKind          = Text{En: "Kind", Sv: "Typ"}
	CmdTokenKindJWT       = Text{En: "access token (JWT, signature not verified)", Sv: "access-token (JWT, signaturen inte kontrollerad)"}
	CmdTokenKindRefresh   = Text{En: "refresh token (not shown)", Sv: "refresh-token (visas inte)"}
	CmdTokenKindUnknown   = Text{En: "not a readable token", Sv: "ingen läsbar token"}
	CmdTokenIssued        = Text{En: "Issued", Sv: "Utfärdad"}
	CmdTokenExpires       = Text{En: "Expires", Sv: "Går ut"}
	CmdTokenScopes        = Text{En: "Scopes", Sv: "Scopes"}
	CmdTokenClaimsHeading = Text{En: "Other claims", Sv: "Övriga claims"}
	CmdTokenAlg           = Text{En: "signed with %s (not verified)", Sv: "signerad med %s (inte kontrollerad)"}
)

// DiagURLIsAToken is check-url's one answer to a token, which the command
// to read it reads.
var DiagURLIsAToken = Text{
	En: "This is a token, not a link. To read what it says (when it expires, which scopes it has) without sending it anywhere, use fortnox-doctor inspect-token.",
	Sv: "Det här är en token, ingen länk. För att läsa vad den säger (när den går ut, vilka scopes den har) utan att skicka den någonstans, använd fortnox-doctor inspect-token.",
}

// DiagURLNotALink is check-url's one answer to a text that is no link.
var DiagURLNotALink = Text{
	En: "This is not a link. An activation link looks like https://apps.fortnox.se/oauth-v1/auth?client_id=…&scope=…&state=…&response_type=code; to match an error text, use fortnox-doctor explain.",
	Sv: "Det här är ingen länk. En aktiveringslänk ser ut som https://apps.fortnox.se/oauth-v1/auth?client_id=…&scope=…&state=…&response_type=code; för att matcha ett felmeddelande, använd fortnox-doctor explain.",
}
