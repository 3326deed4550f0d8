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
}

// scopes are the public table's scopes in its order, then those used but
// not on the table.
var scopes = []Scope{
	{"archive", true},
	{"article", true},
	{"bookkeeping", true},
	{"companyinformation", true},
	{"connectfile", true},
	{"costcenter", true},
	{"currency", true},
	{"customer", true},
	{"inbox", true},
	{"invoice", true},
	{"noxfinansinvoice", true},
	{"offer", true},
	{"order", true},
	{"payment", true},
	{"price", true},
	{"print", true},
	{"profile", true},
	{"project", true},
	{"salary", true},
	{"settings", true},
	{"supplier", true},
	{"supplierinvoice", true},
	{"timereporting", true},

	{"warehouse", false},
	{"warehousecustomdocument", false},
	{"assets", false},
	{"companylogo", false},
	{"deletevoucher", false},
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
