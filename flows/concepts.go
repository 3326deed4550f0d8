package flows

import "slices"

// Concepts are groups of words, in English and Swedish and in the forms
// people write them, that mean the same thing in a text about an
// integration problem. The word search in diagnose reads a pasted word
// that no fix says as the first word of its group that a fix does say: a
// text about a "licence" finds the fixes about a license, "lacks" finds
// "missing", "behörigheter" the fixes that say "permissions". They are
// shared by all fixes, unlike a fix's own Synonyms, so they hold only
// words that mean the same whatever the problem; a word with a second
// meaning ("right" is also "correct", "konto" is a bookkeeping account
// and a login, "låst" folds to the English "last") stays out. Each word
// is written folded, as matching compares it (lower case, å and ä as a,
// ö as o).
var concepts = [][]string{
	{"license", "licenses", "licence", "licences", "licensed", "licenced", "licens", "licensen", "licenser", "licenserna"},
	{"permission", "permissions", "rights", "behorighet", "behorigheten", "behorigheter", "behorigheterna", "rattighet", "rattigheter", "rattigheterna"},
	{"administrator", "administrators", "admin", "admins", "administratoren", "administratorer"},
	{"company", "companies", "foretag", "foretaget", "foretagets", "foretagen"},
	{"connection", "connections", "anslutning", "anslutningen", "anslutningar", "koppling", "kopplingen", "kopplingar"},
	{"authorize", "authorise", "authorized", "authorised", "authorization", "authorisation", "auktorisera", "auktoriserad", "auktorisering", "auktoriseringen"},
	{"invalid", "ogiltig", "ogiltigt", "ogiltiga"},
	{"missing", "lacks", "lacking", "saknas", "saknar", "saknades"},
	{"expired", "expires", "utgangen", "utganget", "utgatt"},
	{"revoked", "withdrawn", "aterkallad", "aterkallat", "aterkallats", "aterkallades"},
	{"inactive", "inaktiv", "inaktivt", "inaktiva", "inaktiverad", "inaktiverat"},
	{"denied", "declined", "nekad", "nekades", "nekat"},
	{"purchase", "purchased", "buy", "bought", "kop", "kopa", "kopt", "kopte"},
	{"activate", "activated", "activation", "aktivera", "aktiverad", "aktiverat", "aktivering", "aktiveringen"},
	{"invoice", "invoices", "faktura", "fakturan", "fakturor", "fakturorna"},
	{"supplier", "suppliers", "leverantor", "leverantoren", "leverantorer"},
	{"voucher", "vouchers", "verifikation", "verifikationen", "verifikationer"},
	{"series", "serie", "serien", "serier"},
	{"warehouse", "lager", "lagret"},
	{"archive", "arkiv", "arkivet"},
	{"module", "modules", "modul", "modulen", "moduler"},
	{"login", "logon", "signin", "inloggning", "inloggningen"},
	{"throttled", "throttling", "throttle"},
}

// Concepts returns the shared word groups (see concepts), each a fresh slice.
func Concepts() [][]string {
	out := make([][]string, len(concepts))
	for i, c := range concepts {
		out[i] = slices.Clone(c)
	}
	return out
}
