package diagnose

// joinAPILicense writes "API" and the word after it for a licence or access
// ("API access", "API-licens", "Api license", "API-åtkomst") as the one word
// apiLicenseTerm, in the fixes' texts and in a paste alike. "api" alone is
// a word every Fortnox paste says and is no term; "access" and "license"
// alone say little of which licence. Joined, they name Fortnox's
// integration licence, which the API asks for ("Api-licens saknas").
func joinAPILicense(folded string) string {
	return joinAround(folded, "api", apiLicenseTerm, func(at, _ int) (int, int, bool) {
		if at > 0 && isTermByte(folded[at-1]) {
			return 0, 0, false // "api" ends a longer word: "rapi"
		}
		start := at + len("api")
		if start < len(folded) && (folded[start] == '-' || folded[start] == ' ') {
			start++
		}
		end := start
		for end < len(folded) && isTermByte(folded[end]) {
			end++
		}
		return at, end, apiLicenseWords[folded[start:end]]
	})
}

// apiLicenseTerm is the word joinAPILicense writes.
const apiLicenseTerm = "apilicens"

// apiLicenseWords are the folded words for access or a licence after "API".
var apiLicenseWords = map[string]bool{
	"access": true, "atkomst": true, "atkomsten": true,
	"license": true, "licence": true, "licenses": true, "licences": true,
	"licens": true, "licensen": true, "licenser": true,
}
