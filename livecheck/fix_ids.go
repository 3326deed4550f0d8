package livecheck

// The fix IDs a check can report, in one place so that a test can hold them
// against the catalogue (flows.Catalogue) and a rename shows at once.
const (
	FixAccessTokenExpired       = "access-token-expired"
	FixInvalidLogin             = "invalid-login"
	FixTokenMissingScope        = "token-missing-scope"
	FixNotLicensedForScope      = "not-licensed-for-scope"
	FixMissingLicense           = "missing-license"
	FixMissingRights            = "missing-rights"
	FixMissingRightsWarehouse   = "missing-rights-warehouse"
	FixWrongCompanyAuthorized   = "wrong-company-authorized"
	FixClientCredentialsProblem = "client-credentials-problem"
	FixInvalidClientCredentials = "invalid-client-credentials"
	FixRateLimited              = "rate-limited"
)

// FixIDs lists every fix ID a check can report.
func FixIDs() []string {
	return []string{
		FixAccessTokenExpired, FixInvalidLogin, FixTokenMissingScope, FixNotLicensedForScope,
		FixMissingLicense, FixMissingRights, FixMissingRightsWarehouse, FixWrongCompanyAuthorized,
		FixClientCredentialsProblem, FixInvalidClientCredentials, FixRateLimited,
	}
}
