package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// The pages the fixes cite (fortnox.md §6, §7), each https. Fortnox's own
// pages come first in a fix's Sources; third-party pages are cited only
// where Fortnox says nothing.
var (
	srcFAQ             = Source{URL: docsFAQ, Title: "Fortnox Developer: FAQ"}
	srcAuthorization   = Source{URL: docsAuthorization, Title: "Fortnox Developer: Get authorization code"}
	srcRefreshToken    = Source{URL: docsRefreshToken, Title: "Fortnox Developer: Get Refresh-Token"}
	srcMigrateLegacy   = Source{URL: docsMigrateLegacy, Title: "Fortnox Developer: Migrate legacy token to JWT"}
	srcServiceAccounts = Source{URL: docsServiceAccounts, Title: "Fortnox Developer blog: Service Accounts"}
	srcScopes          = Source{URL: docsScopes, Title: "Fortnox Developer: Scopes"}
	srcErrors          = Source{URL: docsErrors, Title: "Fortnox Developer: Errors"}
	srcRateLimits      = Source{URL: docsRateLimits, Title: "Fortnox Developer: Rate limits for Fortnox API"}
	srcClientCreds     = Source{URL: "https://www.fortnox.se/developer/authorization/get-access-token-using-client-credentials", Title: "Fortnox Developer: Get Access-Token using Client-Credentials"}
	srcGoodbyeRefresh  = Source{URL: "https://www.fortnox.se/developer/blog/say-goodbye-to-refresh-tokens-", Title: "Fortnox Developer blog: Say Goodbye to Refresh Tokens! Introducing Client Credentials for Service Accounts"}
	srcBureauChange    = Source{URL: "https://www.fortnox.se/developer/blog/viktig-foeraendring-i-fortnox-api", Title: "Fortnox Developer blog: Viktig förändring i Fortnox API"}
	srcAddOnOrder      = Source{URL: "https://support.fortnox.se/hantera-fortnox/administrera-anvandare/tillaggsbestallning", Title: "Fortnox support: Tilläggsbeställning"}
	srcPreferredMiss   = Source{URL: "https://support.fortnox.se/sv_SE/felmeddelanden/felmeddelande-forvalt-konto-saknas", Title: "Fortnox support: Felmeddelande: Förvalt konto saknas"}

	srcRFC6749Error    = Source{URL: "https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1", Title: "RFC 6749 §4.1.2.1: Error Response"}
	srcRFC6749Response = Source{URL: "https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2", Title: "RFC 6749 §4.1.2: Authorization Response"}

	srcSharespine2000310 = Source{URL: "https://helpdesk.sharespine.com/hc/en-gb/articles/28772152784029-Fortnox-error-2000310", Title: "Sharespine: Fortnox error 2000310"}
	srcSharespine2000401 = Source{URL: "https://helpdesk.sharespine.com/hc/en-gb/articles/28193815116701-Fortnox-error-2000401", Title: "Sharespine: Fortnox error 2000401"}
	srcSharespine2002141 = Source{URL: "https://helpdesk.sharespine.com/hc/en-gb/articles/29953571330973-Fortnox-error-2002141", Title: "Sharespine: Fortnox error 2002141"}
	srcSharespine2001339 = Source{URL: "https://helpdesk.sharespine.com/hc/en-gb/articles/30616776789277-Fortnox-error-2001339", Title: "Sharespine: Fortnox error 2001339"}
	srcSharespine2000947 = Source{URL: "https://helpdesk.sharespine.com/hc/en-gb/articles/30594515150877-Fortnox-error-2000947", Title: "Sharespine: Fortnox error 2000947"}
	srcEnhanzaLicences   = Source{URL: "https://support.enhanza.com/t/vilka-licenser-och-behorigheter-hos-fortnox-kravs/127", Title: "Enhanza: Vilka licenser och behörigheter hos Fortnox krävs?"}
	srcGastrogateErrors  = Source{URL: "https://help.gastrogate.io/fortnox-felkoder-/-felmeddelanden", Title: "Gastrogate: Fortnox felkoder / felmeddelanden"}
	srcOnslipErrors      = Source{URL: "https://support.onslip.com/hc/sv/articles/218457628-Fortnox-felkoder", Title: "Onslip: Fortnox felkoder"}
	srcJunipeerErrors    = Source{URL: "https://junipeer-kb.vercel.app/errors/PAYOUT_CURRENCY_MISMATCH", Title: "Junipeer: Error Code Reference (Fortnox)"}
	srcNoxFinansAccount  = Source{URL: "https://helpdesk.noxfinans.se/article/167-kunde-inte-bokfora-fakturanummer-forvalt-konto-for-fakturaavgift-saknas", Title: "Nox Finans: Förvalt konto för fakturaavgift saknas"}
	srcPleoLockedPeriod  = Source{URL: "https://help.pleo.io/en/articles/6992363-what-to-do-if-you-see-the-message-about-a-locked-period-swedish-har-last-perioden-t-o-m", Title: "Pleo: What to do if you see the message about a locked period"}
	srcPleoSeriesManual  = Source{URL: "https://help.pleo.io/en/articles/6046244-what-to-do-if-you-see-the-message-the-selected-verification-series-is-not-marked-as-manual-in-fortnox", Title: "Pleo: The selected verification series is not marked as manual in Fortnox"}
	srcGoFortnoxSDK      = Source{URL: "https://github.com/thats4fun/go-fortnox-sdk/blob/bac6918cd0d02739171d217fae4bcedff5f4f4ef/client/client.go", Title: "thats4fun/go-fortnox-sdk", About: i18n.Text{En: "Fortnox's error messages in Swedish and English", Sv: "Fortnox felmeddelanden på svenska och engelska"}}
	srcBRPExport         = Source{URL: "https://brpsystems.atlassian.net/wiki/spaces/DOK22/pages/4031873079/Export+to+Fortnox+3+with+OAuth2", Title: "BRP Systems: Export to Fortnox 3 with OAuth2"}
	srcPleoSeriesYear    = Source{URL: "https://help.pleo.io/en/support/solutions/articles/103000254518-vad-ska-du-g%C3%B6ra-om-du-ser-meddelandet-ogiltig-verifikationsserie-angiven-", Title: "Pleo: Invalid verification series specified"}

	srcAccounted146  = Source{URL: "https://github.com/erp-mafia/accounted/issues/146", Title: "erp-mafia/accounted issue 146", About: i18n.Text{En: "Fortnox's activation comes back without a code", Sv: "Fortnox aktivering kommer tillbaka utan code"}}
	srcAccounted1761 = Source{URL: "https://github.com/erp-mafia/accounted/pull/1761", Title: "erp-mafia/accounted PR 1761", About: i18n.Text{En: "Fortnox scopes", Sv: "scopes i Fortnox"}}
	srcAccounted1738 = Source{URL: "https://github.com/erp-mafia/accounted/pull/1738", Title: "erp-mafia/accounted PR 1738", About: i18n.Text{En: "Fortnox's 2000663 answered with 400", Sv: "Fortnox 2000663 med svaret 400"}}
	srcAccounted1776 = Source{URL: "https://github.com/erp-mafia/accounted/pull/1776", Title: "erp-mafia/accounted PR 1776", About: i18n.Text{En: "attachments to vouchers in Fortnox", Sv: "bilagor till verifikationer i Fortnox"}}
	srcSoftwerk29    = Source{URL: "https://github.com/softwerkab/fortnox-csharp-api-sdk/issues/29", Title: "softwerkab/fortnox-csharp-api-sdk issue 29", About: i18n.Text{En: "Ogiltig inloggning with the authorization code sent as the access token", Sv: "Ogiltig inloggning när auktoriseringskoden skickades som access-token"}}
	srcSoftwerk46    = Source{URL: "https://github.com/softwerkab/fortnox-csharp-api-sdk/issues/46", Title: "softwerkab/fortnox-csharp-api-sdk issue 46", About: i18n.Text{En: "2000311 when the credentials are not in a valid format", Sv: "2000311 när inloggningsuppgifterna inte har giltigt format"}}
	srcSoftwerk159   = Source{URL: "https://github.com/softwerkab/fortnox-csharp-api-sdk/issues/159", Title: "softwerkab/fortnox-csharp-api-sdk issue 159", About: i18n.Text{En: "the authorization code does not exist or is invalid for the client", Sv: "auktoriseringskoden finns inte eller är ogiltig för klienten"}}
	srcSoftwerk234   = Source{URL: "https://github.com/softwerkab/fortnox-csharp-api-sdk/issues/234", Title: "softwerkab/fortnox-csharp-api-sdk issue 234", About: i18n.Text{En: "tokens stop working within hours", Sv: "tokens slutar fungera inom några timmar"}}
	srcSoftwerk245   = Source{URL: "https://github.com/softwerkab/fortnox-csharp-api-sdk/issues/245", Title: "softwerkab/fortnox-csharp-api-sdk issue 245", About: i18n.Text{En: "2001101 from an API call", Sv: "2001101 från ett API-anrop"}}
	srcSoftwerk340   = Source{URL: "https://github.com/softwerkab/fortnox-csharp-api-sdk/issues/340", Title: "softwerkab/fortnox-csharp-api-sdk issue 340", About: i18n.Text{En: "client credentials", Sv: "client credentials"}}
	srcSoftwerk346   = Source{URL: "https://github.com/softwerkab/fortnox-csharp-api-sdk/pull/346", Title: "softwerkab/fortnox-csharp-api-sdk PR 346", About: i18n.Text{En: "client credentials", Sv: "client credentials"}}
	srcSoftwerk320   = Source{URL: "https://github.com/softwerkab/fortnox-csharp-api-sdk/pull/320", Title: "softwerkab/fortnox-csharp-api-sdk PR 320", About: i18n.Text{En: "the scope is noxfinansinvoice", Sv: "scopet heter noxfinansinvoice"}}
	srcZentaNET55    = Source{URL: "https://github.com/zenta-ab/fortnox.NET/pull/55", Title: "zenta-ab/fortnox.NET PR 55", About: i18n.Text{En: "the client credentials flow (service account)", Sv: "flödet client credentials (servicekonto)"}}
	srcAccodeingAPI  = Source{URL: "https://github.com/accodeing/fortnox-api", Title: "accodeing/fortnox-api", About: i18n.Text{En: "test cassettes expired_token.yml and invalid_authorization.yml", Sv: "testkassetterna expired_token.yml och invalid_authorization.yml"}}
)
