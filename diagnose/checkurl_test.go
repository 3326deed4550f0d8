package diagnose

import (
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

const goodURL = "https://apps.fortnox.se/oauth-v1/auth?client_id=8VurtMGDTeAI&redirect_uri=https%3A%2F%2Fapp.example.se%2Ffortnox%2Fcallback&scope=invoice%20customer%20companyinformation&state=f3a9c2&access_type=offline&response_type=code"

func TestCheckURL(t *testing.T) {
	tests := []struct {
		name   string
		url    string
		ok     bool
		errors []string // finding codes of severity error, in any order
		others []string // warnings and notes that must be there
		fixes  map[string]string
	}{
		{name: "a good link", url: goodURL, ok: true, others: []string{"redirect-uri-must-match", "scopes-in-portal"}},
		{name: "wrapped in angle brackets and prose", url: "Klicka på länken: <" + goodURL + "> och logga in.", ok: true},
		{name: "the authorize path seen in the wild", url: strings.Replace(goodURL, "/auth?", "/authorize?", 1), errors: []string{"wrong-path"}},
		{name: "the token endpoint", url: strings.Replace(goodURL, "/auth?", "/token?", 1), errors: []string{"wrong-path"}},
		{name: "the API host", url: strings.Replace(goodURL, "apps.fortnox.se", "api.fortnox.se", 1), errors: []string{"wrong-host"}},
		{name: "another port", url: strings.Replace(goodURL, "apps.fortnox.se", "apps.fortnox.se:8443", 1), errors: []string{"wrong-port"}},
		{name: "plain http", url: strings.Replace(goodURL, "https://apps", "http://apps", 1), errors: []string{"scheme-not-https"}},
		{
			name: "commas between scopes", url: strings.Replace(goodURL, "invoice%20customer", "invoice,customer", 1),
			errors: []string{"scope-commas"}, fixes: map[string]string{"scope-commas": "unsupported-scope"},
		},
		{name: "encoded commas", url: strings.Replace(goodURL, "invoice%20customer", "invoice%2Ccustomer", 1), errors: []string{"scope-commas"}},
		{name: "scope miscased", url: strings.Replace(goodURL, "customer", "Customer", 1), errors: []string{"scope-case"}},
		{name: "scope near miss", url: strings.Replace(goodURL, "customer", "customers", 1), errors: []string{"unknown-scope"}},
		{name: "scope unknown", url: strings.Replace(goodURL, "customer", "everything", 1), errors: []string{"unknown-scope"}},
		{name: "scope listed twice", url: strings.Replace(goodURL, "customer", "customer%20invoice", 1), ok: true, others: []string{"scope-duplicate"}},
		{name: "scope not on the public table", url: strings.Replace(goodURL, "customer", "assets", 1), ok: true, others: []string{"scope-not-public"}},
		{
			name: "warehouse without its companions", url: strings.Replace(goodURL, "customer", "warehouse", 1), ok: true,
			others: []string{"warehouse-scopes"}, fixes: map[string]string{"warehouse-scopes": "missing-rights-warehouse"},
		},
		{name: "unencoded spaces", url: strings.Replace(goodURL, "invoice%20customer%20companyinformation", "invoice customer companyinformation", 1), errors: []string{"unencoded-spaces"}},
		// Copied from HTML: the only error, the parameters read as &.
		{name: "HTML-escaped ampersands", url: strings.ReplaceAll(goodURL, "&", "&amp;"), errors: []string{"html-escaped"}, others: []string{"redirect-uri-must-match", "scopes-in-portal"}},
		{name: "no scheme", url: strings.TrimPrefix(goodURL, "https://"), ok: true, others: []string{"missing-scheme"}},
		{
			name: "no access_type", url: strings.Replace(goodURL, "&access_type=offline", "", 1), ok: true,
			others: []string{"missing-access-type"},
		},
		{name: "access_type online", url: strings.Replace(goodURL, "offline", "online", 1), errors: []string{"access-type"}},
		{
			name: "service account", url: goodURL + "&account_type=service", ok: true,
			others: []string{"service-account"}, fixes: map[string]string{"service-account": "service-account-not-allowed"},
		},
		{name: "account_type with another value", url: goodURL + "&account_type=admin", errors: []string{"account-type"}},
		{name: "response_type token", url: strings.Replace(goodURL, "response_type=code", "response_type=token", 1), errors: []string{"response-type"}},
		{
			name:   "every required parameter missing",
			url:    "https://apps.fortnox.se/oauth-v1/auth",
			errors: []string{"missing-client-id", "missing-scope", "missing-state", "missing-response-type"},
			fixes:  map[string]string{"missing-client-id": "invalid-auth-code-or-clientid", "missing-scope": "unsupported-scope"},
		},
		{name: "empty state", url: strings.Replace(goodURL, "state=f3a9c2", "state=", 1), errors: []string{"empty-state"}},
		{name: "miscased parameter name", url: strings.Replace(goodURL, "client_id", "Client_ID", 1), errors: []string{"param-case"}},
		{name: "misspelt parameter name", url: strings.Replace(goodURL, "client_id", "clientid", 1), errors: []string{"unknown-param"}},
		{name: "undocumented parameter", url: goodURL + "&prompt=consent", ok: true, others: []string{"unknown-param"}},
		{name: "duplicate parameter", url: goodURL + "&state=other", errors: []string{"duplicate-param"}},
		{name: "no redirect_uri", url: strings.Replace(goodURL, "redirect_uri=https%3A%2F%2Fapp.example.se%2Ffortnox%2Fcallback&", "", 1), ok: true, others: []string{"no-redirect-uri"}},
		{
			name: "redirect_uri over http", url: strings.Replace(goodURL, "https%3A%2F%2Fapp", "http%3A%2F%2Fapp", 1),
			errors: []string{"redirect-uri-not-https"}, fixes: map[string]string{"redirect-uri-not-https": "redirect-uri-mismatch"},
		},
		{name: "redirect_uri encoded twice", url: strings.Replace(goodURL, "https%3A%2F%2F", "https%253A%252F%252F", 1), errors: []string{"redirect-uri-double-encoded"}},
		{name: "redirect_uri relative", url: strings.Replace(goodURL, "https%3A%2F%2Fapp.example.se%2Ffortnox%2Fcallback", "%2Fcallback", 1), errors: []string{"redirect-uri-invalid"}},
		{name: "redirect_uri with a fragment", url: strings.Replace(goodURL, "callback&", "callback%23x&", 1), errors: []string{"redirect-uri-fragment"}},
		{name: "client_secret in the link", url: goodURL + "&client_secret=bZ7hQ2xLp9Rt", errors: []string{"secret-in-url"}},
		{name: "a callback URL", url: "https://app.example.se/cb?code=2c9d41f0e8b7a6c5d4e3f2a1&state=f3a9c2", errors: []string{"callback-url"}},
		{name: "broken percent-escape", url: strings.Replace(goodURL, "state=f3a9c2", "state=f3%zz", 1), errors: []string{"bad-encoding"}},
		{name: "not a URL", url: "http://[::1", errors: []string{"unparsable"}},
		{name: "a fragment on the link", url: goodURL + "#top", ok: true, others: []string{"fragment"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := CheckURL(tc.url)
			if err != nil {
				t.Fatalf("CheckURL: %v", err)
			}
			var errs, all []string
			for _, f := range r.Findings {
				all = append(all, f.Code)
				if f.Severity == SeverityError {
					errs = append(errs, f.Code)
				}
				if _, ok := flows.Lookup(f.FixID); f.FixID != "" && !ok {
					t.Errorf("finding %s names unknown fix %q", f.Code, f.FixID)
				}
				for _, l := range i18n.Langs() {
					if m := f.Message.In(l); m == "" || strings.Contains(m, "%!") {
						t.Errorf("finding %s renders badly in %s: %q", f.Code, l, m)
					}
				}
			}
			slices.Sort(errs)
			want := slices.Sorted(slices.Values(tc.errors))
			if !slices.Equal(errs, want) {
				t.Errorf("errors = %v, want %v (all: %v)", errs, want, all)
			}
			if r.OK != tc.ok || r.OK != (len(tc.errors) == 0) {
				t.Errorf("OK = %v, want %v", r.OK, tc.ok)
			}
			for _, code := range tc.others {
				if !slices.Contains(all, code) {
					t.Errorf("finding %s missing from %v", code, all)
				}
			}
			for code, fix := range tc.fixes {
				i := slices.IndexFunc(r.Findings, func(f Finding) bool { return f.Code == code })
				if i < 0 || r.Findings[i].FixID != fix {
					t.Errorf("finding %s should name fix %s: %+v", code, fix, r.Findings)
				}
			}
			for i := 1; i < len(r.Findings); i++ {
				if r.Findings[i-1].Severity.rank() > r.Findings[i].Severity.rank() {
					t.Errorf("findings not worst first: %v", all)
				}
			}
		})
	}
}

func TestCheckURLReadsParameters(t *testing.T) {
	r, err := CheckURL(goodURL)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := r.Param("redirect_uri"); v != "https://app.example.se/fortnox/callback" {
		t.Errorf("redirect_uri decoded = %q", v)
	}
	if !slices.Equal(r.Scopes, []string{"invoice", "customer", "companyinformation"}) {
		t.Errorf("scopes = %v", r.Scopes)
	}
	if _, ok := r.Param("nope"); ok {
		t.Error("Param reports a parameter that is not there")
	}
}

func TestCheckURLSuggestsNearMisses(t *testing.T) {
	r, _ := CheckURL(strings.Replace(goodURL, "companyinformation", "companyinfo", 1))
	i := slices.IndexFunc(r.Findings, func(f Finding) bool { return f.Code == "unknown-scope" })
	if i < 0 || !strings.Contains(r.Findings[i].Message.In(i18n.English), "did you mean companyinformation?") ||
		!strings.Contains(r.Findings[i].Message.In(i18n.Swedish), "menade du companyinformation?") {
		t.Errorf("no suggestion: %+v", r.Findings)
	}
}

func TestCheckURLNeverShowsSecretsOrEscapes(t *testing.T) {
	r, _ := CheckURL(goodURL + "&client_secret=bZ7hQ2xLp9Rt&code=2c9d41f0e8b7a6c5d4e3f2a1&x=\x1b]52;c;ZXZpbA==\x07\u202e")
	assertCleanURLReport(t, r, "bZ7hQ2xLp9Rt", "2c9d41f0e8b7a6c5d4e3f2a1")
}

// assertCleanURLReport fails when anything a report shows holds a secret or
// a control character.
func assertCleanURLReport(t testing.TB, r URLReport, secrets ...string) {
	t.Helper()
	shown := []string{r.URL}
	for _, p := range r.Params {
		shown = append(shown, p.Name, p.Value)
	}
	shown = append(shown, r.Scopes...)
	for _, f := range r.Findings {
		for _, l := range i18n.Langs() {
			shown = append(shown, f.Message.In(l))
		}
	}
	for _, s := range shown {
		assertSanitized(t, s)
		for _, secret := range secrets {
			if secret != "" && strings.Contains(s, secret) {
				t.Fatalf("secret %q shown in %q", secret, s)
			}
		}
	}
}

// TestCheckURLWithoutPath: a link without a path says so, instead of "The
// path is ; …" (an outside audit's check-url http://x).
func TestCheckURLWithoutPath(t *testing.T) {
	for _, link := range []string{"http://x", "https://apps.fortnox.se/?client_id=a", "https://apps.fortnox.se?client_id=a"} {
		r, err := CheckURL(link)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(r.Findings, func(f Finding) bool { return f.Code == "wrong-path" })
		if i < 0 {
			t.Errorf("%s: no wrong-path finding", link)
			continue
		}
		for _, l := range i18n.Langs() {
			if got, want := r.Findings[i].Message.In(l), i18n.DiagURLNoPath.Format(l, flows.AuthorizationPath); got != want {
				t.Errorf("%s (%s): %q, want %q", link, l, got, want)
			}
		}
	}
}
