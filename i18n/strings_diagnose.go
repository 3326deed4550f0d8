package i18n

// Messages of the diagnose room: reading a paste, the evidence behind a
// match, the findings of check-url and inspect-token.

// Input errors.
var (
	DiagErrTooLarge   = Text{En: "the input is larger than %s: paste only the error message and a few lines around it", Sv: "indata är större än %s: klistra bara in felmeddelandet och några rader runt det"}
	DiagErrEmptyText  = Text{En: "nothing to read: paste an error message, a log line or a callback URL", Sv: "inget att läsa: klistra in ett felmeddelande, en loggrad eller en callback-URL"}
	DiagErrEmptyURL   = Text{En: "no URL: give the activation link, e.g. https://apps.fortnox.se/oauth-v1/auth?client_id=…", Sv: "ingen URL: ange aktiveringslänken, t.ex. https://apps.fortnox.se/oauth-v1/auth?client_id=…"}
	DiagErrEmptyToken = Text{En: "no token: paste an access token, an Authorization: Bearer header or a whole token response", Sv: "ingen token: klistra in en access-token, en Authorization: Bearer-header eller ett helt token-svar"}
)

// Evidence: what in a paste pointed at a fix.
var (
	DiagEvidenceCode          = Text{En: "Fortnox code %s", Sv: "Fortnox-kod %s"}
	DiagEvidenceBody          = Text{En: "the body {\"message\": %s}", Sv: "svaret {\"message\": %s}"}
	DiagEvidencePhrase        = Text{En: "the text “%s”", Sv: "texten ”%s”"}
	DiagEvidenceOAuthError    = Text{En: "OAuth error %s", Sv: "OAuth-felet %s"}
	DiagEvidenceCallback      = Text{En: "a callback with state but neither code nor error", Sv: "en callback med state men varken code eller error"}
	DiagEvidenceGenericPhrase = Text{En: "“%s” from Fortnox", Sv: "”%s” från Fortnox"}
	DiagEvidenceHTTPStatus    = Text{En: "HTTP status %s", Sv: "HTTP-status %s"}
)
