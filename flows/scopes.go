package flows

import "slices"

// Scope is one OAuth2 scope an integration can ask Fortnox for. Scope names
// are case-sensitive and every scope is read and write (fortnox.md §4; source:
// fortnox.se/developer/guides-and-good-to-know/scopes).
type Scope struct {
	// Name is the scope as it goes in the activation link, e.g. "invoice".
	Name string
	// Public reports whether the scope is on Fortnox's public scope table;
	// the others are in use but not listed there.
	Public bool
	// ListPath is a list endpoint of a resource the scopes table puts under
	// the scope, the cheapest read-only request (with limit=1) that tells
	// whether a token and a company may use it; empty when none is known.
	// Each path is a list endpoint of Fortnox's OpenAPI spec
	// (Magnus-Gille/noxctl:api-spec/openapi.json, 2026-03).
	ListPath string
}

// scopes are the public table's scopes in its order, then those used but
// not on the table.
var scopes = []Scope{
	{"archive", true, "/3/archive"},
	{"article", true, "/3/articles"},
	{"bookkeeping", true, "/3/financialyears"},
	{Name: "companyinformation", Public: true},
	{"connectfile", true, "/3/articlefileconnections"},
	{"costcenter", true, "/3/costcenters"},
	{"currency", true, "/3/currencies"},
	{"customer", true, "/3/customers"},
	{"inbox", true, "/3/inbox"},
	{"invoice", true, "/3/invoices"},
	{Name: "noxfinansinvoice", Public: true},
	{"offer", true, "/3/offers"},
	{"order", true, "/3/orders"},
	{"payment", true, "/3/invoicepayments"},
	{"price", true, "/3/pricelists"},
	{"print", true, "/3/printtemplates"},
	{Name: "profile", Public: true},
	{"project", true, "/3/projects"},
	{"salary", true, "/3/employees"},
	{"settings", true, "/3/labels"},
	{"supplier", true, "/3/suppliers"},
	{"supplierinvoice", true, "/3/supplierinvoices"},
	{Name: "timereporting", Public: true},

	{Name: "warehouse", Public: false},
	{Name: "warehousecustomdocument", Public: false},
	{Name: "assets", Public: false},
	{Name: "companylogo", Public: false},
	{Name: "deletevoucher", Public: false},
}

// Scopes returns every known scope: the public table's, then the others.
func Scopes() []Scope { return slices.Clone(scopes) }

// ScopeNames returns the names of every known scope, in the order of Scopes.
func ScopeNames() []string {
	names := make([]string, len(scopes))
	for i, s := range scopes {
		names[i] = s.Name
	}
	return names
}

// LookupScope finds a scope by its exact, case-sensitive name.
func LookupScope(name string) (Scope, bool) {
	i := slices.IndexFunc(scopes, func(s Scope) bool { return s.Name == name })
	if i < 0 {
		return Scope{}, false
	}
	return scopes[i], true
}

// WarehouseScopes are the scopes the warehouse module needs together
// (the developer FAQ's "Missing rights (Warehouse)").
func WarehouseScopes() []string {
	return []string{"warehouse", "warehousecustomdocument", "article"}
}
