package diagnose

import (
	"slices"
	"strings"
	"testing"
)

// TestExplainGeneralises has a case for each way issue 9 found the exact
// matcher failing on texts written elsewhere. want is the best match, high
// tells whether it must be confident; an empty want means no confident
// match at all.
func TestExplainGeneralises(t *testing.T) {
	cases := []struct {
		name  string
		paste string
		want  string
		high  bool
	}{
		// A known code after a plain word, with no "Fortnox" in the text.
		{"error and a code", "error 2000423", "account-not-found", true},
		{"Error and a code", "Error 2000663", "token-missing-scope", true},
		{"ERROR, a code and more words", "ERROR 2001101 when creating invoice", "not-licensed-for-scope", true},
		{"fel and a code", "fel 2000423", "account-not-found", true},
		{"returned and a code", "Fortnox returned 2000423", "account-not-found", true},
		{"a constant named for the error", `public static final String ERROR_MISSING_LICENSE = "2001103";`, "missing-license", true},
		// Fortnox's plain-text bodies, the code in brackets (fortnox.md §3).
		{"a code in brackets after error", "Error [2001103] Api license missing", "missing-license", true},
		{"a code in brackets after a message", "Saknar behörighet för scope. [2000663]", "token-missing-scope", true},

		// Fortnox's messages in English, and in either language without å, ä, ö.
		// Other software says "could not find account" too, so alone it is a guess.
		{"English message of 2001304", "Could not find Account used in the request", "account-not-found", false},
		{"English message of 2001304 from Fortnox", "Fortnox: Could not find Account used in the request", "account-not-found", true},
		{"English message of 2001103", "The requested Fortnox account does not have a license to use the API.", "missing-license", true},
		{"English message of 2001101", "There is no active licens for the desired scope.", "not-licensed-for-scope", true},
		{"Swedish without diacritics", "Har inte behorighet for scope", "token-missing-scope", true},
		{"Swedish without diacritics, other inflection", "Kunde inte hitta kontot", "account-not-found", true},
		{"Swedish licence message without diacritics", "Det finns ingen aktiv licens for onskat scope", "not-licensed-for-scope", true},

		// An app's or a client library's own wording.
		{"a wrapper says throttled", "Request to Fortnox was throttled, retrying in 5 seconds", "rate-limited", false},
		{"the subscription lacks API access", "The company's Fortnox subscription lacks API access (no integration licence)", "missing-license", false},
		{"the user lacks permission", "The connected Fortnox user does not have permission to list invoices", "missing-rights", false},

		// A person describing the symptom.
		{"the integration is not in Manage users", "The customer cannot find our integration under Manage users in Fortnox", "connection-not-in-manage-users", false},
		{"a consultant activating for a client", "Our accounting consultant wants to activate the integration for a client through Digital byrå", "consultant-activation", false},
		{"Swedish: not a system administrator", "Användaren som aktiverar integrationen är inte systemadministratör", "missing-system-administrator", false},

		// A status line alone is a guess, not an answer.
		{"401 alone", "HTTP/1.1 401 Unauthorized", "access-token-expired", false},

		// Other providers' OAuth errors, named in the paste.
		{"Google invalid_grant", `oauth2: cannot fetch token: 400 Bad Request Response: {"error": "invalid_grant", "error_description": "Token has been expired or revoked."} from https://oauth2.googleapis.com/token`, "", false},
		{"Microsoft invalid_grant", `{"error":"invalid_grant","error_description":"AADSTS70008: The refresh token has expired due to inactivity."}`, "", false},
		{"Xero invalid refresh token", "Xero says: invalid_grant, Invalid refresh token", "", false},
		{"Intuit invalid_client", `IntuitOAuth::OAuth2ClientException: HTTP status 401, error message: {"error":"invalid_client"}`, "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := Explain(tc.paste)
			if err != nil {
				t.Fatal(err)
			}
			all := append(slices.Clone(ex.Matches), ex.Guesses...)
			if tc.want == "" {
				if len(ex.Matches) > 0 {
					t.Errorf("confident matches %v, want none", ranking(ex))
				}
				return
			}
			if len(all) == 0 || all[0].FixID != tc.want {
				t.Fatalf("ranking %v, want %s first", ranking(ex), tc.want)
			}
			if tc.high && !all[0].High() {
				t.Errorf("ranking %v, want %s with high confidence", ranking(ex), tc.want)
			}
		})
	}
}

// TestAnyServer checks that a standard OAuth error in a paste that does not
// say it is Fortnox's is a guess whose uncertainty is whose error it is,
// while Fortnox's own error names, and any paste naming Fortnox, are not.
func TestAnyServer(t *testing.T) {
	cases := []struct {
		paste     string
		anyServer bool
		high      bool
	}{
		{`{"error":"invalid_grant"}`, true, false},
		{"token-anrop: redirect_uri_mismatch", true, false},
		{`Fortnox: {"error":"invalid_grant"}`, false, true},
		{`POST https://apps.fortnox.se/oauth-v1/token 400 {"error":"invalid_client"}`, false, true},
		{"error=error_missing_license", false, true},
		{"the customer says a licence is missing", false, false},
	}
	for _, tc := range cases {
		ex, err := Explain(tc.paste)
		if err != nil {
			t.Fatal(err)
		}
		if ex.AnyServer != tc.anyServer || (len(ex.Matches) > 0) != tc.high {
			t.Errorf("Explain(%q): AnyServer %v, confident %v; want %v, %v (%v)", tc.paste, ex.AnyServer, len(ex.Matches) > 0, tc.anyServer, tc.high, ranking(ex))
		}
	}
}

// TestWordsAloneNeedFortnox: a text whose words alone point at a fix, as
// strongly as can be, is a guess until it says it is about Fortnox: other
// APIs have rate limits too.
func TestWordsAloneNeedFortnox(t *testing.T) {
	const limit = "you have exceeded the rate limit, too many requests. Please wait a few minutes before you try again."
	for _, tc := range []struct {
		paste string
		high  bool
	}{
		{limit, false},
		{"Fortnox: " + limit, true},
	} {
		ex, err := Explain(tc.paste)
		if err != nil {
			t.Fatal(err)
		}
		all := append(slices.Clone(ex.Matches), ex.Guesses...)
		if len(all) == 0 || all[0].FixID != "rate-limited" || all[0].High() != tc.high {
			t.Errorf("Explain(%q) = %v, want rate-limited first, high %v", tc.paste, ranking(ex), tc.high)
		}
		if !slices.ContainsFunc(all[0].Evidence, func(e Evidence) bool { return e.Kind == EvidenceWords }) {
			t.Errorf("Explain(%q): %v is not a match of words", tc.paste, all[0].Evidence)
		}
	}
}

// TestWordEvidence checks that a match found by words names them, in the
// fix's own spelling, and says so in both languages.
func TestWordEvidence(t *testing.T) {
	ex, err := Explain("Användaren som aktiverar integrationen är inte systemadministratör")
	if err != nil {
		t.Fatal(err)
	}
	all := append(slices.Clone(ex.Matches), ex.Guesses...)
	if len(all) == 0 {
		t.Fatal("no match")
	}
	i := slices.IndexFunc(all[0].Evidence, func(e Evidence) bool { return e.Kind == EvidenceWords })
	if i < 0 {
		t.Fatalf("evidence %v has no words", all[0].Evidence)
	}
	e := all[0].Evidence[i]
	if !slices.Contains(wordsOf(e.Value), "systemadministratör") {
		t.Errorf("words %q lack systemadministratör", e.Value)
	}
	msg := e.Message()
	if en, sv := msg.In("en"), msg.In("sv"); en == sv || en == "" || sv == "" {
		t.Errorf("evidence in English %q and Swedish %q", en, sv)
	}
}

func wordsOf(list string) []string { return strings.Split(list, ", ") }

// TestDocumentNumberIsNoCode: a document or order number that happens to
// be a known Fortnox code is no code in a paste about Fortnox either,
// without a word or a key that says it is one (a reviewer's case).
func TestDocumentNumberIsNoCode(t *testing.T) {
	for _, paste := range []string{
		`Fortnox response: {"Invoice":{"DocumentNumber":"2000663"}}`,
		"Fortnox: order 2000433 exported",
		// In brackets, but a list or an array, not the end of a message.
		"exported order ids [2000663]",
		`{"ids": [2000663]}`,
		"Key (id)=(2000433) already exists.",
	} {
		ex, err := Explain(paste)
		if err != nil {
			t.Fatal(err)
		}
		if len(ex.Codes) > 0 || len(ex.Matches) > 0 {
			t.Errorf("%q: codes %v, matches %v", paste, ex.Codes, ranking(ex))
		}
	}
}
