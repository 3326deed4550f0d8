package flows

import (
	"slices"
	"sync"
)

// catalogue lists every fix in its public order: the 17 entries of Fortnox's
// developer FAQ in the FAQ's order, then the problems beyond it (fortnox.md
// §1), then the twelve of fortnox.md §7. The fixes
// themselves live in one file per topic (fixes_*.go).
var catalogue = []Fix{
	consultantActivation,
	invalidAuthCodeOrClientID,
	serviceAccountNotAllowed,
	accountNotFound,
	connectionNotInManageUsers,
	authCodeOrRefreshTokenInvalid,
	invalidRefreshToken,
	missingLicense,
	missingLicensePurchasable,
	missingRights,
	missingRightsWarehouse,
	missingSystemAdministrator,
	scopesDifferBetweenConnections,
	notLicensedForScope,
	redirectURIMismatch,
	notEnoughLicenses,
	unsupportedScope,

	accessTokenExpired,
	invalidClientCredentials,
	legacyTokenInvalid,
	rateLimited,
	accountInactive,
	fortnoxAccountLocked,
	consentDenied,

	tokenMissingScope,
	invalidLogin,
	callbackWithoutCode,
	lockedPeriod,
	wrongCompanyAuthorized,
	connectionRevoked,
	archiveScopeMissing,
	preferredAccountMissing,
	financialYearMissing,
	voucherSeriesProblem,
	costCenterInactive,
	clientCredentialsProblem,
}

// Fixes returns the whole catalogue in its public order. The slice is a copy;
// the fixes share their (read-only) texts with the catalogue.
func Fixes() []Fix { return slices.Clone(catalogue) }

// IDs returns every fix ID in catalogue order.
func IDs() []string {
	ids := make([]string, len(catalogue))
	for i, f := range catalogue {
		ids[i] = f.ID
	}
	return ids
}

var fixesByID = sync.OnceValue(func() map[string]Fix {
	m := make(map[string]Fix, len(catalogue))
	for _, f := range catalogue {
		m[f.ID] = f
	}
	return m
})

// Lookup finds a fix by its ID.
func Lookup(id string) (Fix, bool) {
	f, ok := fixesByID()[id]
	return f, ok
}
