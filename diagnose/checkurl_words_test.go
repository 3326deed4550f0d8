package diagnose

import (
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// Words that are no link get one clear finding, not a list of everything
// an activation link lacks.
func TestCheckURLOfWords(t *testing.T) {
	for _, paste := range []string{"not a url", "hello", "Invalid refresh token"} {
		r, err := CheckURL(paste)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Findings) != 1 || r.Findings[0].Code != "not-a-link" || r.OK {
			t.Errorf("CheckURL(%q) = %+v, want one not-a-link finding", paste, r.Findings)
		}
	}
	// A token is told for what it is (an outside audit had Go's
	// "invalid host: ParseAddr(…)" and a missing https:// for one).
	jwt := testkit.JWT(map[string]any{"tenantId": 1, "exp": 1700000000})
	for _, paste := range []string{jwt, "Bearer " + jwt, `{"access_token":"` + jwt + `"}`} {
		r, err := CheckURL(paste)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Findings) != 1 || r.Findings[0].Code != "not-a-link" || r.Findings[0].Message.Text != i18n.DiagURLIsAToken {
			t.Errorf("CheckURL(%.30q…) = %+v, want the one finding that it is a token", paste, r.Findings)
		}
	}
	if r, _ := CheckURL("apps.fortnox.se/oauth-v1/auth?client_id=a"); len(r.Findings) > 0 && r.Findings[0].Code == "not-a-link" {
		t.Error("a link without a scheme was taken for words")
	}
}

// A wrong value is named once, then explained: the explanation is the
// parameter's own, and nothing in the message says the same thing twice.
func TestCheckURLWrongValueSaysItOnce(t *testing.T) {
	r, err := CheckURL("https://apps.fortnox.se/oauth-v1/auth?client_id=a&response_type=token&scope=invoice&state=x")
	if err != nil {
		t.Fatal(err)
	}
	rt, _ := flows.LookupAuthorizationParam("response_type")
	for _, f := range r.Findings {
		if f.Code != "response-type" {
			continue
		}
		for _, l := range i18n.Langs() {
			m := f.Message.In(l)
			if !strings.Contains(m, rt.About.In(l)) || strings.Count(m, "code") != strings.Count(`"token". `+rt.About.In(l), "code") {
				t.Errorf("%s: %q", l, m)
			}
		}
		return
	}
	t.Error("no response-type finding")
}

// A link without its scheme is read as one even when a parameter holds a
// URL with a scheme of its own.
func TestCheckURLWithoutSchemeButWithRedirect(t *testing.T) {
	r, err := CheckURL("apps.fortnox.se/oauth-v1/auth?client_id=a&redirect_uri=http://localhost:3000/cb&scope=invoice&state=x&response_type=code")
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	for _, f := range r.Findings {
		codes[f.Code] = true
	}
	if !codes["missing-scheme"] || codes["wrong-host"] || codes["wrong-path"] || codes["scheme-not-https"] {
		t.Errorf("findings: %v", codes)
	}
	for _, raw := range []string{"https://apps.fortnox.se/x", "http://a.se?x=y"} {
		if !hasScheme(raw) {
			t.Errorf("hasScheme(%q) = false", raw)
		}
	}
	for _, raw := range []string{"apps.fortnox.se/x?r=http://a", "a?b=c://d", "://x"} {
		if hasScheme(raw) {
			t.Errorf("hasScheme(%q) = true", raw)
		}
	}
}

// TestCheckURLTokenInLink: a link that carries an access or refresh token
// is an error, as one with client_secret is (an outside audit's link with
// refresh_token passed with only "probably ignored"); a random or a
// signed state is no token.
func TestCheckURLTokenInLink(t *testing.T) {
	const base = "https://apps.fortnox.se/oauth-v1/auth?client_id=abc&scope=invoice&response_type=code&access_type=offline"
	jwt := testkit.JWT(map[string]any{"tenantId": 1, "exp": 1700000000})
	for link, want := range map[string]bool{
		base + "&state=s&refresh_token=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0": true,
		base + "&state=s&access_token=" + jwt:                                true,
		base + "&state=s&token=Bearer%20" + jwt:                              true,
		base + "&state=Zq9xK2mP7vR4aaB3Lk8w":                                 false,
		base + "&state=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0":                 false,
		// With parameters missing too, the token still comes first.
		"https://apps.fortnox.se/oauth-v1/auth?client_id=abc&refresh_token=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0": true,
		// A signed state is a common pattern, no token (a code review).
		base + "&state=" + jwt: false,
	} {
		r, err := CheckURL(link)
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Code == "token-in-url" })
		if got != want {
			t.Errorf("CheckURL(%.120q): token-in-url %v, want %v: %+v", link, got, want, r.Findings)
		}
		if want && r.OK {
			t.Errorf("CheckURL(%.120q) is OK with a token in it", link)
		}
		if want && r.Findings[0].Code != "token-in-url" {
			t.Errorf("CheckURL(%.120q): the token comes after %s", link, r.Findings[0].Code)
		}
		// The token is reported once, not also as a near miss of
		// access_type, which would ask to rename it.
		if want && slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Code == "unknown-param" }) {
			t.Errorf("CheckURL(%.120q) also calls the token's parameter unknown: %+v", link, r.Findings)
		}
	}
}

// TestCheckURLUnparsableSaysWhyInTheUsersLanguage: a link Go cannot read
// says why in the user's language where the cause is a common one, not in
// Go's English (an outside audit's "invalid port \":x\" after host").
func TestCheckURLUnparsableSaysWhyInTheUsersLanguage(t *testing.T) {
	for link, cause := range map[string]i18n.Text{
		"http://[fe80::1%en0]:x/":                  i18n.DiagURLBadPort,
		"https://apps.fortnox.se:x/oauth-v1/auth":  i18n.DiagURLBadPort,
		"https://apps.fortnox.se/oauth%zz-v1/auth": i18n.DiagURLBadEscape,
		// A space in the host, which check-url encodes: no "%20 is not
		// an escape".
		"https://a b.se/oauth-v1/auth?client_id=x": i18n.DiagURLBadHostChar,
		"http://%41.se/oauth-v1/auth":              i18n.DiagURLEscapeInHost,
		"http://[::1/oauth-v1/auth":                i18n.DiagURLOpenIPv6,
		// An escape sequence in the host is shown escaped, never sent.
		"https://a%1Bb.se/oauth-v1/auth": i18n.DiagURLBadHostChar,
	} {
		r, err := CheckURL(link)
		if err != nil {
			t.Fatal(err)
		}
		var found *Finding
		for i, f := range r.Findings {
			if f.Code == "unparsable" {
				found = &r.Findings[i]
			}
		}
		if found == nil {
			t.Fatalf("%s: read, findings %+v", link, r.Findings)
		}
		inner, ok := found.Message.Args[0].(Message)
		if !ok || inner.Text != cause {
			t.Errorf("%s: the cause is %#v, want %q", link, found.Message.Args, cause.En)
		}
		if sv := found.Message.In(i18n.Swedish); strings.Contains(sv, "invalid") || strings.Contains(sv, "after host") {
			t.Errorf("%s: Go's English in Swedish: %s", link, sv)
		}
		if en := found.Message.In(i18n.English); Sanitize(en) != en || strings.Contains(en, `""`) {
			t.Errorf("%s: the cause shows a control character or nothing: %q", link, en)
		}
	}
}
