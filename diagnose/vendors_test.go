package diagnose

import "testing"

// TestNamesOtherVendor: a service is named as a whole word or words, also
// before a dot, an underscore or digits; a longer word that merely holds
// its letters names nothing.
func TestNamesOtherVendor(t *testing.T) {
	for paste, want := range map[string]bool{
		"No financial year exists in Exact Online for the period": true,
		"exact online: 401":                        true,
		"Google_Service_Exception":                 true,
		"AADSTS70000: invalid_grant":               true,
		"Tripletex svarade 422":                    true,
		"an exact onlineshop":                      false,
		"Fortnox answered 401 for an exact amount": false,
		"the googled answer":                       false,
	} {
		if got := namesOtherVendor(words(fold(paste))); got != want {
			t.Errorf("namesOtherVendor(%q) = %v, want %v", paste, got, want)
		}
	}
}

// TestOtherVendorKeepsPhrasesLow: a Fortnox phrase that other software
// says too ("no financial year") is high in a paste about Fortnox and low
// in one that names another service instead.
func TestOtherVendorKeepsPhrasesLow(t *testing.T) {
	checkConfident(t, map[string]bool{
		"Fortnox export failed: no financial year for 2026-01-02": true,
		"No financial year exists in Exact Online for the period": false,
	})
}
