package diagnose

import (
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

// conceptWords names the concepts a pasted word finds.
func conceptWords(x *wordIndex, w string) []string {
	var out []string
	for _, c := range x.lookup(w, map[string][]int{}, map[string]bool{}) {
		out = append(out, x.concepts[c].folded)
	}
	return out
}

func TestCompoundsAreSplitAtAKnownWord(t *testing.T) {
	x := signals().words
	for _, tc := range []struct {
		word string
		want []string // words of fixes among the parts' concepts
	}{
		// Both parts must be words of fixes: "fakturabehörighet", as
		// "programbehörighet" was until no fix said "program".
		{"fakturabehorighet", []string{"behorighet"}},
		{"kvittoserie", []string{"serie"}},
	} {
		got := conceptWords(x, tc.word)
		for _, w := range tc.want {
			if !slices.ContainsFunc(got, func(g string) bool { return g == w || len(g) > len(w) && g[:len(w)] == w }) {
				t.Errorf("%q finds %v, want %q among them", tc.word, got, w)
			}
		}
	}
	// A word a fix has is its own concept, not two parts.
	compounds := map[string]bool{}
	if x.lookup("verifikationsserie", map[string][]int{}, compounds); compounds["verifikationsserie"] {
		t.Error("verifikationsserie is read as a compound")
	}
	// Parts shorter than minCompoundPart are not words.
	if got := conceptWords(x, "xqzvkonto"); len(got) != 0 {
		t.Errorf("xqzvkonto finds %v", got)
	}
}

func TestSharedConcepts(t *testing.T) {
	x := signals().words
	seen := map[string]bool{}
	for _, group := range flows.Concepts() {
		said := false
		for _, w := range group {
			if fold(w) != w {
				t.Errorf("concept word %q is not folded", w)
			}
			if seen[w] {
				t.Errorf("concept word %q is in two groups", w)
			}
			seen[w] = true
			said = said || len(x.lookupWord(w)) > 0
		}
		if !said {
			t.Errorf("no fix says any word of %v", group)
		}
	}
	// A word no fix says finds what a word of its group finds.
	for _, w := range []string{"lacking", "behorigheterna", "rattigheter"} {
		if len(x.lookupWord(w)) > 0 {
			continue // a fix says it: nothing to show
		}
		if len(conceptWords(x, w)) == 0 {
			t.Errorf("%q finds nothing through its shared concept", w)
		}
	}
}

func TestIdentifierWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"TooManyRequests", "too many requests\n"},
		{"threw HTTPStatusException here", "http status exception\n"},
		{"refreshToken=x, ErrorInformation", "refresh token\nerror information\n"},
		{"plain words, UPPER, Capital", ""},
		{"", ""},
	} {
		if got := identifierWords(tc.in); got != tc.want {
			t.Errorf("identifierWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIdentifierFindsItsFix(t *testing.T) {
	ex, err := Explain("I am getting TooManyRequest errors now.")
	if err != nil {
		t.Fatal(err)
	}
	ranked := append(slices.Clone(ex.Matches), ex.Guesses...)
	if !slices.ContainsFunc(ranked, func(m Match) bool { return m.FixID == "rate-limited" }) {
		t.Errorf("TooManyRequest: %v", ranking(ex))
	}
}

// TestFormsOfAWordAreOneConcept: a fix's word and the same word with a
// letter or two more (konto, kontot, konton) are one concept, so a pasted
// word counts once, however many forms the catalogue uses.
func TestFormsOfAWordAreOneConcept(t *testing.T) {
	x := signals().words
	for _, w := range []string{"konto", "kontot", "konton", "arkiv", "arkivet"} {
		if got := x.lookupWord(w); len(got) != 1 {
			t.Errorf("%q finds %d concepts %v, want one", w, len(got), conceptWords(x, w))
		}
	}
	if a, b := x.lookupWord("konto"), x.lookupWord("kontot"); !slices.Equal(a, b) {
		t.Errorf("konto finds %v, kontot %v: want the same concept", a, b)
	}
}

// TestShortStemsJoinNothing: Snowball's Swedish stem of "rättigheter" is
// "rätt" (correct); permissions must not be read as the fixes that say
// "rätt företag".
func TestShortStemsJoinNothing(t *testing.T) {
	x := signals().words
	rights, correct := x.lookupWord("rattigheter"), x.lookupWord("ratt")
	for _, c := range rights {
		if slices.Contains(correct, c) {
			t.Errorf("rättigheter and rätt share the concept %q", x.concepts[c].word)
		}
	}
	if got := stemKeys("rattigheter", "rattighet", "ratt"); !slices.Equal(got, []string{"e:rattighet"}) {
		t.Errorf("stemKeys(rattigheter) = %v, want only the English stem", got)
	}
}

// TestJSONKeysAreNoWords: the keys of a JSON body name its fields; "code"
// of every ErrorInformation must not find the fixes about authorization
// codes, while the values are read.
func TestJSONKeysAreNoWords(t *testing.T) {
	got := withoutJSONKeys(fold(`{"code":"x", "message" : "refresh token", "a b":1} "code"`))
	if want := `{      :"x",           : "refresh token", "a b":1} "code"`; got != want {
		t.Errorf("withoutJSONKeys = %q, want %q", got, want)
	}
	for fix, words := range restingOn(t, `{"code":"E1","message":"The refresh token has expired"}`, func(w string) bool { return w == "code" }) {
		t.Errorf("%s names the key code as a word: %v", fix, words)
	}
}

// TestPlaceholdersAreNoWords: the placeholder of a redacted secret is our
// text, not the paste's. A callback that carries its code and state is no
// callback without a code, and a placeholder inside a URL leaves the URL
// one URL.
func TestPlaceholdersAreNoWords(t *testing.T) {
	folded := fold("a [redacted:authorization-code…abcd] b [redacted:jwt] [redacted:")
	got := withoutPlaceholders(folded)
	if len(got) != len(folded) || strings.Contains(got, "authorization") || strings.Contains(got, "jwt") || strings.Contains(got, "redacted") || !strings.HasPrefix(got, "a ") || !strings.Contains(got, " b ") {
		t.Errorf("withoutPlaceholders(%q) = %q", folded, got)
	}
	for _, paste := range []string{
		"https://app.example.se/callback?code=9f8e7d6c-5b4a-3210-fedc-ba9876543210&state=xyz",
		"token=eyJhbGciOiJIUzI1NiJ9.eyJ0ZW5hbnRJZCI6MX0.abc123def456",
	} {
		ex, err := Explain(paste)
		if err != nil {
			t.Fatal(err)
		}
		if ex.Redactions == 0 {
			t.Fatalf("%q holds no secret to redact", paste)
		}
		for _, m := range append(slices.Clone(ex.Matches), ex.Guesses...) {
			for _, e := range m.Evidence {
				if e.Kind == EvidenceWords {
					t.Errorf("%q: %s rests on the words %v", paste, m.FixID, e.Value)
				}
			}
		}
	}
}

// TestAPIAccessIsTheIntegrationLicense: "API" and a word for access or a
// licence after it are one word, found in the fix for a missing integration
// licence: "api" alone is no term, and "access" alone says little (the
// issue's "a wrapper that says the company's subscription lacks API
// access").
func TestAPIAccessIsTheIntegrationLicense(t *testing.T) {
	for in, want := range map[string]string{
		"lacks api access":                "lacks " + apiLicenseTerm,
		"api-licens saknas":               apiLicenseTerm + " saknas",
		"saknar api-atkomst, api licence": "saknar " + apiLicenseTerm + ", " + apiLicenseTerm,
		"rapi access":                     "rapi access",
		"api accessor":                    "api accessor",
		"the api is down":                 "the api is down",
		"api-":                            "api-",
		"api access token":                "api access token",
		"api_access_token":                "api_access_token",
		"api-access-key":                  "api-access-key",
		"api access denied":               "api access denied",
	} {
		if got := joinAPILicense(in); got != want {
			t.Errorf("joinAPILicense(%q) = %q, want %q", in, got, want)
		}
	}
	for _, paste := range []string{"the API access token has expired", "Our API access token is rejected with 401 invalid_token", "Api access token saknas", "API access denied"} {
		ex, err := Explain(paste)
		if err != nil {
			t.Fatal(err)
		}
		if got := append(slices.Clone(ex.Matches), ex.Guesses...); len(got) > 0 && got[0].FixID == "missing-license" {
			t.Errorf("%q: first missing-license (%v): an access token is no licence", paste, ranking(ex))
		}
	}
	for _, paste := range []string{"Our app says the company subscription lacks API access", "Företaget saknar API-åtkomst"} {
		ex, err := Explain(paste)
		if err != nil {
			t.Fatal(err)
		}
		if got := append(slices.Clone(ex.Matches), ex.Guesses...); len(got) == 0 || got[0].FixID != "missing-license" {
			t.Errorf("%q: first %v, want missing-license", paste, ranking(ex))
		}
	}
}

// TestFortnoxAccountIsNoChartAccount: "konto" and "account" right after
// "Fortnox" name the company's subscription, not an account of the chart of
// accounts, so they find none of the bookkeeping fixes' accounts.
func TestFortnoxAccountIsNoChartAccount(t *testing.T) {
	for in, want := range map[string]string{
		"ditt fortnox-konto saknar":    "ditt " + fortnoxAccountTerm + " saknar",
		"the fortnox account is":       "the " + fortnoxAccountTerm + " is",
		"fortnoxkontot, fortnox konto": fortnoxAccountTerm + ", " + fortnoxAccountTerm,
		"fortnox kontoplan":            "fortnox kontoplan",
		"konto 1930 i fortnox":         "konto 1930 i fortnox",
		"fortnox-":                     "fortnox-",
	} {
		if got := joinFortnoxAccount(in); got != want {
			t.Errorf("joinFortnoxAccount(%q) = %q, want %q", in, got, want)
		}
	}
	for fix, words := range restingOn(t, "Ditt Fortnox-konto saknar behörighet", func(w string) bool { return w == "konto" || w == "kontot" }) {
		t.Errorf("%s reads Fortnox-konto as konto: %v", fix, words)
	}
}

// TestManageUsersIsAPlace: "users" and "användare" are no stop words, since
// Fortnox's Manage Users (Administrera användare) is where connections were
// listed.
func TestManageUsersIsAPlace(t *testing.T) {
	for _, paste := range []string{"Check Manage Users in Fortnox", "Titta under Administrera användare i Fortnox"} {
		ex, err := Explain(paste)
		if err != nil {
			t.Fatal(err)
		}
		ranked := append(slices.Clone(ex.Matches), ex.Guesses...)
		if len(ranked) == 0 || ranked[0].FixID != "connection-not-in-manage-users" {
			t.Errorf("%q: got %v, want connection-not-in-manage-users first", paste, ranking(ex))
			continue
		}
		if words := wordsOf(ranked[0].Evidence[0].Value); !slices.ContainsFunc(words, func(w string) bool { return w == "users" || w == "användare" }) {
			t.Errorf("%q: evidence %v lacks the word for users", paste, ranked[0].Evidence)
		}
	}
}

// TestExpiryIsOneWord: Swedish's "har gått ut" (expired) and its tenses are
// read as one word, the shared concept's "utgått", so that an expired
// connection or token is found by what the Swedish says of it; "ut" that
// begins a word or follows another verb is left alone.
func TestExpiryIsOneWord(t *testing.T) {
	for in, want := range map[string]string{
		"anslutningen har gatt ut.": "anslutningen har " + expiryTerm + ".",
		"token gar ut om en timme":  "token " + expiryTerm + " om en timme",
		"koden lopte ut, gick ut":   "koden " + expiryTerm + ", " + expiryTerm,
		"har gatt utan fel":         "har gatt utan fel",
		"skriv ut fakturan":         "skriv ut fakturan",
		"utgatt ut":                 "utgatt ut",
		"ogatt ut":                  "ogatt ut",
		"gatt ut":                   expiryTerm,
	} {
		if got := joinExpiry(in); got != want {
			t.Errorf("joinExpiry(%q) = %q, want %q", in, got, want)
		}
	}
	ex, err := Explain("Fortnox-anslutningen har gått ut")
	if err != nil {
		t.Fatal(err)
	}
	ranked := append(slices.Clone(ex.Matches), ex.Guesses...)
	if len(ranked) == 0 || !slices.Contains(wordsOf(ranked[0].Evidence[len(ranked[0].Evidence)-1].Value), "gått ut") {
		t.Errorf("got %v, want the expiry among the first match's words", ranking(ex))
	}
}

// TestBadIsNotBoth: the English "bad" folds and stems as the Swedish
// "båda" (both), a word that says nothing of a fix; no match rests on it
// (an outside audit read "words of the fix found in your text: …, båda"
// for "the client credentials were bad").
func TestBadIsNotBoth(t *testing.T) {
	for fix, words := range restingOn(t, "the client credentials were bad", func(w string) bool { return w == "båda" }) {
		t.Errorf("%s rests on båda: %v", fix, words)
	}
}

// TestBracketedDataErrorCode: a data error's code in brackets after
// Fortnox's message is read as that code, as it is in an ErrorInformation
// body (an outside audit's "Kundnummer 1 används redan. [2000637]" gave
// nothing).
func TestBracketedDataErrorCode(t *testing.T) {
	ex, err := Explain("Kundnummer 1 används redan. [2000637]")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ex.Codes, []int{2000637}) || len(ex.DataErrors) != 1 || ex.DataErrors[0].Code != 2000637 {
		t.Errorf("codes %v, data errors %v", ex.Codes, ex.DataErrors)
	}
}

// TestHTMLTagsAreNoWords: a gateway's error page is read for its text,
// not its tags (an outside audit's 503 page found a fix by "header", from
// <head>).
func TestHTMLTagsAreNoWords(t *testing.T) {
	for in, want := range map[string]string{
		"<html><head><title>503</title></head>": "            " + "       503        " + "       ",
		`<meta charset="utf-8">ok`:              "                      ok",
		"a < b and c > d":                       "a < b and c > d",
		"<<head>":                               "<      ",
		"<head":                                 "<head",
		"<!doctype html>x":                      "               x",
	} {
		if got := withoutHTMLTags(in); got != want {
			t.Errorf("withoutHTMLTags(%q) = %q, want %q", in, got, want)
		}
	}
	for fix, words := range restingOn(t, "<html><head><title>503 Service Unavailable</title></head><body><h1>503 Service Unavailable</h1></body></html>", func(w string) bool { return w == "header" || w == "body" || w == "title" }) {
		t.Errorf("%s rests on a tag: %v", fix, words)
	}
}

// restingOn is, for each match and guess of paste whose words include one
// that word accepts, the words found (its evidence), by fix.
func restingOn(t *testing.T, paste string, word func(string) bool) map[string]string {
	t.Helper()
	ex, err := Explain(paste)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range append(slices.Clone(ex.Matches), ex.Guesses...) {
		for _, e := range m.Evidence {
			if e.Kind == EvidenceWords && slices.ContainsFunc(wordsOf(e.Value), word) {
				out[m.FixID] = e.Value
			}
		}
	}
	return out
}
