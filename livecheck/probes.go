package livecheck

// probe is the cheapest read-only request that tells whether a scope works:
// one list GET with limit=1 on a resource the scope covers.
type probe struct {
	scope string
	path  string
}

// probes map a scope to a resource Fortnox's scopes table puts under it
// (fortnox.se/developer/guides-and-good-to-know/scopes, resource → scope),
// each path a list endpoint in Fortnox's OpenAPI spec
// (Magnus-Gille/noxctl:api-spec/openapi.json, 2026-03). Scopes without a
// row here (noxfinansinvoice, timereporting, warehousecustomdocument,
// assets, companylogo, deletevoucher) have no probe and are skipped rather
// than guessed. companyinformation and profile are probed by the token
// checks, warehouse by the warehouse check.
var probes = []probe{
	{"archive", "/3/archive"},
	{"article", "/3/articles"},
	{"bookkeeping", "/3/financialyears"},
	{"connectfile", "/3/articlefileconnections"},
	{"costcenter", "/3/costcenters"},
	{"currency", "/3/currencies"},
	{"customer", "/3/customers"},
	{"inbox", "/3/inbox"},
	{"invoice", "/3/invoices"},
	{"offer", "/3/offers"},
	{"order", "/3/orders"},
	{"payment", "/3/invoicepayments"},
	{"price", "/3/pricelists"},
	{"print", "/3/printtemplates"},
	{"project", "/3/projects"},
	{"salary", "/3/employees"},
	{"settings", "/3/labels"},
	{"supplier", "/3/suppliers"},
	{"supplierinvoice", "/3/supplierinvoices"},
}

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

// probePath is the list endpoint a scope is probed on, false when none is
// known.
func probePath(scope string) (string, bool) {
	for _, p := range probes {
		if p.scope == scope {
			return p.path, true
		}
	}
	return "", false
}
