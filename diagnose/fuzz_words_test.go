package diagnose

import (
	"math"
	"strings"
	"testing"
)

// FuzzWordSearch fuzzes the word search's readers of pasted text: the
// term splitter, the URL blanker, the vendor finder, the code-word test,
// the JSON-key blanker, the Fortnox-account joiner, the expiry joiner, the
// other server's body, the phrase index (against one search per phrase),
// the identifier splitter and the ranking itself. Each must take any text
// without panicking, keep its promises, and stay linear.
func FuzzWordSearch(f *testing.F) {
	for _, s := range []string{
		"Användaren som aktiverar integrationen är inte systemadministratör",
		"Request to Fortnox was throttled: 429 Too Many Requests",
		"https://apps.fortnox.se/oauth-v1/auth?client_id=x&scope=invoice customer&state=1&access_type=offline",
		`{"error":"invalid_grant","error_description":"AADSTS70008: expired"}`,
		`ERROR_NOT_AUTH_FOR_SCOPE = "2000663"`,
		`{"code":2000663,"message" : "x"} "a" : "b"`, `"` + strings.Repeat("k", 60) + `":`, `"":`,
		"TooManyRequests HTTPStatusException aB", "fel 2000423", "x?code=[redacted:authorization-code…abcd]&state=1 [redacted:", "://", "a://b c&d=e", "xero_", "_xero", "\xff\xfe behörighet",
		"ditt Fortnox-konto, fortnox account fortnoxkontot fortnox-", "fortnoxfortnox konto",
		strings.Repeat("licens ", 500),
		"Kunde inte hitta kontot; Saknar behörighet för x, saknar behörighet. Missing rights (Warehouse) no financial year",
	} {
		f.Add(s)
	}
	x := signals().words
	f.Fuzz(func(t *testing.T, s string) {
		folded := fold(s)
		if got := withoutPlaceholders(folded); len(got) != len(folded) || strings.Contains(got, redactedPrefix) {
			t.Fatalf("withoutPlaceholders(%q) = %q", folded, got)
		}
		if got := withoutURLs(folded); len(got) != len(folded) {
			t.Fatalf("withoutURLs changed the length: %d to %d", len(folded), len(got))
		}
		// The HTML-tag blanker only turns bytes into spaces.
		untagged := withoutHTMLTags(folded)
		if len(untagged) != len(folded) {
			t.Fatalf("withoutHTMLTags changed the length: %d to %d", len(folded), len(untagged))
		}
		for i := range len(untagged) {
			if untagged[i] != folded[i] && untagged[i] != ' ' {
				t.Fatalf("withoutHTMLTags wrote %q at %d of %q", untagged[i], i, folded)
			}
		}
		// The JSON-key blanker only turns bytes into spaces.
		blank := withoutJSONKeys(folded)
		if len(blank) != len(folded) {
			t.Fatalf("withoutJSONKeys changed the length: %d to %d", len(folded), len(blank))
		}
		for i := range len(blank) {
			if blank[i] != folded[i] && blank[i] != ' ' {
				t.Fatalf("withoutJSONKeys wrote %q at %d of %q", blank[i], i, folded)
			}
		}
		// The joiner only shortens "fortnox-konto" and its kind to one
		// word, leaving no such pair behind.
		joined := joinFortnoxAccount(folded)
		if len(joined) > len(folded) {
			t.Fatalf("joinFortnoxAccount lengthened %q to %q", folded, joined)
		}
		for _, pair := range []string{"fortnox-konto", "fortnox konto", "fortnox account"} {
			if strings.Contains(joined, pair+" ") || strings.HasSuffix(joined, pair) {
				t.Fatalf("joinFortnoxAccount(%q) = %q keeps %q", folded, joined, pair)
			}
		}
		// The expiry joiner only shortens "gått ut" and its tenses to one
		// word, leaving none behind.
		expiry := joinExpiry(folded)
		if len(expiry) > len(folded) {
			t.Fatalf("joinExpiry lengthened %q to %q", folded, expiry)
		}
		for verb := range expiryVerbs {
			if strings.HasPrefix(expiry, verb+" ut ") || strings.Contains(expiry, " "+verb+" ut ") {
				t.Fatalf("joinExpiry(%q) = %q keeps %q", folded, expiry, verb+" ut")
			}
		}
		// The API-licence joiner only shortens "api access" and its kind
		// to one word, leaving none behind that it would join.
		api := joinAPILicense(folded)
		if len(api) > len(folded) {
			t.Fatalf("joinAPILicense lengthened %q to %q", folded, api)
		}
		if again := joinAPILicense(api); again != api {
			t.Fatalf("joinAPILicense(%q) = %q left a pair it joins: %q", folded, api, again)
		}
		eachTerm(folded, func(w string) {
			if w != "" && (len(w) < minTermLen || len(w) > maxTermLen || stopWords[w]) {
				t.Fatalf("bad term %q", w)
			}
		})
		more := identifierWords(s)
		if len(more) > 2*min(len(s), maxRetrievalBytes) {
			t.Fatalf("identifierWords made %d bytes of %d", len(more), len(s))
		}
		for i := 0; i < len(more); i++ {
			if c := more[i]; !(c >= 'a' && c <= 'z' || c == ' ' || c == '\n') {
				t.Fatalf("identifierWords gave %q", more)
			}
		}
		x.retrieveWith(folded, more)
		namesOtherVendor(words(folded))
		holdsOtherServersBody(folded)
		samePhrasesAsNaive(t, words(folded))
		for i := range len(folded) {
			afterCodeWord(folded, i)
		}
		for _, m := range x.retrieve(folded) {
			if m.fix < 0 || m.fix >= len(signals().fixes) || m.score <= 0 || math.IsInf(m.score, 0) || math.IsNaN(m.score) {
				t.Fatalf("bad word match %+v", m)
			}
			if len(m.words) == 0 || len(m.words) > maxEvidenceWords {
				t.Fatalf("word match with %d words", len(m.words))
			}
		}
		ex, err := Explain(s)
		if err != nil {
			return
		}
		for _, m := range ex.Guesses {
			if m.High() || m.Fix().ID == "" {
				t.Fatalf("bad guess %+v", m)
			}
		}
		if ex.AnyServer && (len(ex.Matches) > 0 || len(ex.Guesses) == 0) {
			t.Fatalf("AnyServer with %d matches and %d guesses", len(ex.Matches), len(ex.Guesses))
		}
		if len(ex.Guesses) > maxGuesses {
			t.Fatalf("%d guesses", len(ex.Guesses))
		}
	})
}
