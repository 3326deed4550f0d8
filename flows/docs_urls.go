package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fortnox pages the fixes cite. Each is an https page on fortnox.se.
const (
	docsFAQ             = "https://www.fortnox.se/developer/faq"
	docsAuthorization   = "https://www.fortnox.se/developer/authorization/get-authorization-code"
	docsRefreshToken    = "https://www.fortnox.se/developer/authorization/get-refresh-token"
	docsMigrateLegacy   = "https://www.fortnox.se/developer/authorization/migrate-legacy-token-to-jwt"
	docsServiceAccounts = "https://www.fortnox.se/developer/blog/service-accounts"
	docsScopes          = "https://www.fortnox.se/developer/guides-and-good-to-know/scopes"
	docsErrors          = "https://www.fortnox.se/developer/guides-and-good-to-know/errors"
	docsRateLimits      = "https://www.fortnox.se/developer/guides-and-good-to-know/rate-limits-for-fortnox-api"
)

// refreshTokenLifetimeNote is said wherever a refresh token's lifetime
// matters, because Fortnox gives two different figures.
var refreshTokenLifetimeNote = i18n.Text{
	En: "Fortnox contradicts itself on how long a refresh token lives: 31 days in its developer FAQ, 45 days on its page about migrating legacy tokens. Plan so that either works.",
	Sv: "Fortnox uppger två olika livslängder för en refresh-token: 31 dagar i utvecklar-FAQ:n och 45 dagar på sidan om att migrera äldre tokens. Planera så att det fungerar oavsett vilken som gäller.",
}
