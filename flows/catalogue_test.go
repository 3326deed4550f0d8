package flows

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// The catalogue of fortnox.md §1, in its order: the 17 FAQ entries, then the
// problems beyond the FAQ. IDs are public and never renamed.
var wantIDs = []string{
	"consultant-activation", "invalid-auth-code-or-clientid", "service-account-not-allowed",
	"account-not-found", "connection-not-in-manage-users", "auth-code-or-refresh-token-invalid",
	"invalid-refresh-token", "missing-license", "missing-license-purchasable", "missing-rights",
	"missing-rights-warehouse", "missing-system-administrator", "scopes-differ-between-connections",
	"not-licensed-for-scope", "redirect-uri-mismatch", "not-enough-licenses", "unsupported-scope",
	"access-token-expired", "invalid-client-credentials", "legacy-token-invalid", "rate-limited",
	"account-inactive", "fortnox-account-locked", "consent-denied",
	// fortnox.md §7.
	"token-missing-scope", "invalid-login", "callback-without-code", "locked-period",
	"wrong-company-authorized", "connection-revoked", "archive-scope-missing",
	"preferred-account-missing", "financial-year-missing", "voucher-series-problem",
	"cost-center-inactive", "client-credentials-problem",
}

func TestCatalogueHasEveryFixInOrder(t *testing.T) {
	if got := IDs(); !slices.Equal(got, wantIDs) {
		t.Fatalf("IDs() =\n%v\nwant\n%v", got, wantIDs)
	}
	for _, id := range wantIDs {
		if f, ok := Lookup(id); !ok || f.ID != id {
			t.Errorf("Lookup(%q) = %q, %v", id, f.ID, ok)
		}
	}
	if _, ok := Lookup("no-such-fix"); ok {
		t.Error("Lookup found a fix that does not exist")
	}
}

// fixTexts lists a fix's texts by field name.
func fixTexts(f Fix) map[string]i18n.Text {
	texts := map[string]i18n.Text{
		"Title": f.Title, "Summary": f.Summary, "Cause": f.Cause,
		"Where": f.Where, "CustomerMessage": f.CustomerMessage, "IntegratorMessage": f.IntegratorMessage,
	}
	for i, s := range f.Steps {
		texts["Steps["+string(rune('1'+i))+"]"] = s.Text
		if !s.AsConsultant.IsZero() {
			texts["Steps["+string(rune('1'+i))+"] as consultant"] = s.AsConsultant
		}
	}
	if !f.ClientMessage.IsZero() {
		texts["ClientMessage"] = f.ClientMessage
	}
	if !f.ConsultantToIntegrator.IsZero() {
		texts["ConsultantToIntegrator"] = f.ConsultantToIntegrator
	}
	if !f.ConsultantMessage.IsZero() {
		texts["ConsultantMessage"] = f.ConsultantMessage
	}
	if !f.Note.IsZero() {
		texts["Note"] = f.Note
	}
	return texts
}

func TestEveryFixIsCompleteInBothLanguages(t *testing.T) {
	for _, f := range Fixes() {
		t.Run(f.ID, func(t *testing.T) {
			for name, text := range fixTexts(f) {
				for _, l := range i18n.Langs() {
					s := text.In(l)
					if strings.TrimSpace(s) == "" {
						t.Errorf("%s is empty in %s", name, l)
					}
					if s != strings.TrimSpace(s) || strings.Contains(s, "  ") || strings.Contains(s, "\n") {
						t.Errorf("%s in %s has stray whitespace: %q", name, l, s)
					}
				}
			}
			if len(f.Steps) < 2 {
				t.Errorf("has %d steps; a fix needs at least two", len(f.Steps))
			}
			if len(f.Who) == 0 {
				t.Error("names nobody who acts")
			}
			for _, r := range f.Who {
				if !slices.Contains(Roles(), r) || !r.Label().Complete() {
					t.Errorf("unknown role %q", r)
				}
			}
			u, err := url.Parse(f.DocsURL)
			if err != nil || u.Scheme != "https" || !(u.Host == "www.fortnox.se" || u.Host == "developer.fortnox.se") {
				t.Errorf("DocsURL %q is not an https Fortnox page", f.DocsURL)
			}
		})
	}
}

// TestSwedishIsNotACopyOfEnglish catches a text pasted into both fields
// untranslated. Titles may be Fortnox's literal English error messages, so
// only the prose is checked.
func TestSwedishIsNotACopyOfEnglish(t *testing.T) {
	for _, f := range Fixes() {
		prose := map[string]i18n.Text{"Summary": f.Summary, "Cause": f.Cause, "CustomerMessage": f.CustomerMessage, "Where": f.Where}
		for i, s := range f.Steps {
			prose["step "+string(rune('1'+i))] = s.Text
			if !s.AsConsultant.IsZero() {
				prose["step "+string(rune('1'+i))+" as consultant"] = s.AsConsultant
			}
		}
		for name, text := range prose {
			if text.En == text.Sv {
				t.Errorf("%s %s is the same in both languages: %q", f.ID, name, text.En)
			}
		}
	}
}

// TestProseEndsLikeASentence keeps the texts that are sentences looking
// like sentences in both languages.
func TestProseEndsLikeASentence(t *testing.T) {
	for _, f := range Fixes() {
		texts := []i18n.Text{f.Summary, f.Cause, f.CustomerMessage, f.IntegratorMessage}
		if !f.ConsultantToIntegrator.IsZero() {
			texts = append(texts, f.ConsultantToIntegrator)
		}
		for _, s := range f.Steps {
			texts = append(texts, s.Text)
			if !s.AsConsultant.IsZero() {
				texts = append(texts, s.AsConsultant)
			}
		}
		for _, text := range texts {
			for _, l := range i18n.Langs() {
				s := text.In(l)
				last, _ := utf8.DecodeLastRuneInString(s)
				if !strings.ContainsRune(".!?”\"", last) {
					t.Errorf("%s (%s) does not end a sentence: %q", f.ID, l, s)
				}
			}
		}
	}
}

func TestWhoActsFollowsTheCatalogue(t *testing.T) {
	// fortnox.md §1's "Who acts" column; the first role listed acts first.
	want := map[string][]Role{
		"consultant-activation":              {Consultant},
		"invalid-auth-code-or-clientid":      {Developer},
		"service-account-not-allowed":        {Developer},
		"account-not-found":                  {Customer, Developer},
		"connection-not-in-manage-users":     {Customer},
		"auth-code-or-refresh-token-invalid": {Customer},
		"invalid-refresh-token":              {Developer, Customer},
		"missing-license":                    {Customer},
		"missing-license-purchasable":        {Customer},
		"missing-rights":                     {Customer, Consultant},
		"missing-rights-warehouse":           {Developer},
		"missing-system-administrator":       {Customer},
		"scopes-differ-between-connections":  {Developer, Customer},
		"not-licensed-for-scope":             {Customer},
		"redirect-uri-mismatch":              {Developer},
		"not-enough-licenses":                {Developer},
		"unsupported-scope":                  {Developer},
	}
	// Each role of the column acts (a customer as the administrator or a
	// user); the steps may add others (fortnox.md §6, §8).
	for id, roles := range want {
		f, _ := Lookup(id)
		for _, r := range roles {
			if !slices.Contains(f.Who, r) && !(r == Customer && slices.Contains(f.Who, User)) {
				t.Errorf("%s: Who = %v lacks %s", id, f.Who, r)
			}
		}
	}
}

func TestFortnoxCodesPointAtOneFix(t *testing.T) {
	// fortnox.md §3: the codes that are integration problems and their fix.
	want := map[int]string{
		2000310: "invalid-login", 2000311: "invalid-login",
		2000423: "account-not-found", 2001304: "account-not-found",
		2000550: "account-inactive",
		2000663: "token-missing-scope",
		2000401: "locked-period", 2002141: "locked-period",
		2001403: "preferred-account-missing",
		2000947: "cost-center-inactive",
		2001101: "not-licensed-for-scope",
		2001103: "missing-license",
		2001339: "missing-rights", 2001427: "missing-rights", 2003330: "missing-rights",
		// Beyond fortnox.md, each with the page it was read on in the
		// fix's Sources: 2003095 "Det saknas ett förvalt konto för …"
		// (Fortnox's errors page as go-fortnox-sdk copies it), 2002821
		// "Angivet kostnadsställe … är inte aktivt" (BRP Systems).
		2003095: "preferred-account-missing",
		2002821: "cost-center-inactive",
	}
	owners := map[int][]string{}
	for _, f := range Fixes() {
		for _, c := range f.Signals.Codes {
			owners[c] = append(owners[c], f.ID)
		}
	}
	// 2000310 and 2000311 are shared: the legacy headers in the paste
	// decide between them (RequiresAny and ExcludedBy).
	shared := map[int][]string{
		2000310: {"legacy-token-invalid", "invalid-login"},
		2000311: {"legacy-token-invalid", "invalid-login"},
	}
	for code, id := range want {
		wantOwners := []string{id}
		if s, ok := shared[code]; ok {
			wantOwners = s
		}
		if got := owners[code]; !slices.Equal(got, wantOwners) {
			t.Errorf("code %d is claimed by %v, want %v", code, got, wantOwners)
		}
	}
	for code, ids := range owners {
		if _, ok := want[code]; !ok {
			t.Errorf("code %d (on %v) is not in fortnox.md §3's or §7's table", code, ids)
		}
		if _, ok := LookupDataError(code); ok {
			t.Errorf("code %d is both a data error and a fix's signal", code)
		}
	}
}

func TestOAuthErrorsPointAtTheirFixes(t *testing.T) {
	// fortnox.md §2's authorization server errors.
	want := map[string][]string{
		"invalid_grant":                    {"auth-code-or-refresh-token-invalid", "invalid-refresh-token"},
		"invalid_client":                   {"invalid-client-credentials"},
		"redirect_uri_mismatch":            {"redirect-uri-mismatch"},
		"invalid_scope":                    {"unsupported-scope"},
		"error_missing_license":            {"not-licensed-for-scope"},
		"error_missing_system_admin_right": {"missing-system-administrator"},
		"error_missing_app_license":        {"missing-license-purchasable"},
		"access_denied":                    {"consent-denied"},
	}
	owners := map[string][]string{}
	for _, f := range Fixes() {
		for _, e := range f.Signals.OAuthErrors {
			owners[e] = append(owners[e], f.ID)
		}
	}
	for name, ids := range want {
		got := slices.Sorted(slices.Values(owners[name]))
		if !slices.Equal(got, ids) {
			t.Errorf("OAuth error %s is claimed by %v, want %v", name, got, ids)
		}
	}
}

var (
	days31 = regexp.MustCompile(`\b31 (days|dagar)\b`)
	days45 = regexp.MustCompile(`\b45 (days|dagar)\b`)
)

func TestRefreshTokenLifetimeStatesBothFigures(t *testing.T) {
	// Fortnox says 31 days in its FAQ and 45 on its migration page; every
	// fix that gives a lifetime must give both rather than pick one.
	for _, f := range Fixes() {
		for name, text := range fixTexts(f) {
			for _, l := range i18n.Langs() {
				s := text.In(l)
				if days31.MatchString(s) != days45.MatchString(s) {
					t.Errorf("%s %s (%s) gives one refresh-token lifetime: %q", f.ID, name, l, s)
				}
			}
		}
	}
	for _, id := range []string{"invalid-refresh-token", "auth-code-or-refresh-token-invalid"} {
		f, _ := Lookup(id)
		if !days31.MatchString(f.Note.En) || !days45.MatchString(f.Note.Sv) {
			t.Errorf("%s does not say that Fortnox gives both 31 and 45 days", id)
		}
	}
}

func TestDataErrorsAreCompleteAndSorted(t *testing.T) {
	errs := DataErrors()
	if len(errs) < 13 {
		t.Fatalf("only %d data errors; fortnox.md §3 lists 13", len(errs))
	}
	for i, d := range errs {
		if !d.Meaning.Complete() {
			t.Errorf("data error %d is missing a language", d.Code)
		}
		if i > 0 && errs[i-1].Code >= d.Code {
			t.Errorf("data errors out of order at %d", d.Code)
		}
		if got, ok := LookupDataError(d.Code); !ok || got.Code != d.Code {
			t.Errorf("LookupDataError(%d) failed", d.Code)
		}
	}
	if _, ok := LookupDataError(2001304); ok {
		t.Error("2001304 is an integration problem, not a data error")
	}
}
