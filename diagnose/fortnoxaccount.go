package diagnose

import "strings"

// joinFortnoxAccount writes "konto" and "account" right after "Fortnox"
// ("ditt Fortnox-konto", "the Fortnox account", "Fortnoxkontot") as the one
// word fortnoxAccountTerm, in the fixes' texts and in a paste alike: they
// name the company's Fortnox subscription, not an account of the chart of
// accounts that the bookkeeping fixes are about.
func joinFortnoxAccount(folded string) string {
	if !strings.Contains(folded, "fortnox") {
		return folded
	}
	return joinAround(folded, "fortnox", fortnoxAccountTerm, func(at, _ int) (int, int, bool) {
		start := at + len("fortnox")
		if start < len(folded) && (folded[start] == '-' || folded[start] == ' ') {
			start++
		}
		end := start
		for end < len(folded) && isAlnum(folded[end]) {
			end++
		}
		return at, end, fortnoxAccountWords[folded[start:end]]
	})
}

// fortnoxAccountTerm is the word joinFortnoxAccount writes.
const fortnoxAccountTerm = "fortnoxkonto"

// fortnoxAccountWords are the words for a Fortnox subscription after "Fortnox".
var fortnoxAccountWords = map[string]bool{
	"konto": true, "kontot": true, "kontots": true, "konton": true,
	"account": true, "accounts": true,
}
