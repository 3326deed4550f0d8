package diagnose

// joinAPILicense writes "API" and the word after it for a licence or access
// ("API access", "API-licens", "Api license", "API-åtkomst") as the one word
// apiLicenseTerm, in the fixes' texts and in a paste alike. "api" alone is
// a word every Fortnox paste says and is no term; "access" and "license"
// alone say little of which licence. Joined, they name Fortnox's
// integration licence, which the API asks for ("Api-licens saknas"),
// unless a token, a key or a refusal follows ("API access token").
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
		if !apiLicenseWords[folded[start:end]] || followedBy(folded, end, notLicenseWords) {
			return 0, 0, false
		}
		return at, end, true
	})
}

// notLicenseWords after "API access" make it something else: an access
// token or key ("API access token", "api_access_token"), or access denied
// for want of rights or consent.
var notLicenseWords = map[string]bool{
	"token": true, "tokens": true, "tokenet": true, "tokenen": true,
	"key": true, "keys": true, "nyckel": true, "nyckeln": true,
	"denied": true, "nekad": true, "nekades": true, "nekas": true,
}

// followedBy reports whether the word after folded[end] (past one blank,
// hyphen or underscore, or right after an underscore) is one of words.
func followedBy(folded string, end int, words map[string]bool) bool {
	if end < len(folded) && (folded[end] == ' ' || folded[end] == '-' || folded[end] == '_') {
		end++
	}
	next := end
	for next < len(folded) && isTermByte(folded[next]) {
		next++
	}
	return words[folded[end:next]]
}

// apiLicenseTerm is the word joinAPILicense writes.
const apiLicenseTerm = "apilicens"

// apiLicenseWords are the folded words for access or a licence after "API".
var apiLicenseWords = map[string]bool{
	"access": true, "atkomst": true, "atkomsten": true,
	"license": true, "licence": true, "licenses": true, "licences": true,
	"licens": true, "licensen": true, "licenser": true,
}
