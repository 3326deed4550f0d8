package livecheck

import "github.com/fortnox-doctor/fortnox-doctor/flows"

// Paths of the checks that are not a scope's list.
const (
	companyInformationPath = "/3/companyinformation"
	mePath                 = "/3/me"
	warehouseTenantPath    = "/api/warehouse/tenants-v4"
	tokenPath              = "/oauth-v1/token"
)

// Scopes the token checks and the warehouse check cover; they get no list
// probe of their own.
const (
	scopeCompanyInformation = "companyinformation"
	scopeProfile            = "profile"
	scopeWarehouse          = "warehouse"
	scopeWarehouseDocument  = "warehousecustomdocument"
)

// DefaultScopes are probed when neither --scopes nor a pasted token
// response names any: the resources most integrations use.
func DefaultScopes() []string { return []string{"customer", "invoice", "article", "bookkeeping"} }

// probePath is the list endpoint a scope is probed on (flows' scope
// table), false when none is known: such a scope is skipped rather than
// guessed. companyinformation and profile are probed by the token checks,
// warehouse by the warehouse check.
func probePath(scope string) (string, bool) {
	sc, ok := flows.LookupScope(scope)
	return sc.ListPath, ok && sc.ListPath != ""
}
