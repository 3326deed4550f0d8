package diagnose

import "strings"

// otherVendors are accounting systems, identity providers and other
// services whose errors look like Fortnox's (invalid_grant, 401, "scope",
// "behörighet"). A paste that names one of them and not Fortnox is about
// that service: its matches stay below the bar. The list comes from the
// corpus's texts of other systems (testdata/corpus), each a folded word.
var otherVendors = []string{
	"xero", "intuit", "intuitoauth", "quickbooks", "qbo", "picqer", "exactonline",
	"microsoftonline", "aadsts", "azure", "entra", "o365",
	"google", "googleapis", "gmail",
	"auth0", "okta", "keycloak", "github", "mollie", "salesforce", "exacttarget",
	"bokio", "visma", "eekonomi", "bankid", "stripe", "hubspot", "shopify",
	"exact online", "tripletex", "uzerp", "gluu", "skatteverket",
}

// namesOtherVendor reports whether the paste's words (see words) name
// another service, as a whole word, a word's first part before a dot or
// underscore (Google_Service), or before digits (AADSTS70000).
func namesOtherVendor(w string) bool {
	// Like the word search, only the start of a long paste: a vendor
	// named deep in a megabyte of log says little about what it is, and
	// each vendor is another pass over the text.
	if len(w) > maxRetrievalBytes {
		w = w[:maxRetrievalBytes] + " "
	}
	for _, v := range otherVendors {
		for from := 0; ; {
			i := strings.Index(w[from:], v)
			if i < 0 {
				break
			}
			at := from + i
			end := at + len(v)
			before := w[at-1]
			after := w[end]
			if (before == ' ' || before == '.' || before == '_') &&
				(after == ' ' || after == '.' || after == '_' || after >= '0' && after <= '9') {
				return true
			}
			from = at + 1
		}
	}
	return false
}
