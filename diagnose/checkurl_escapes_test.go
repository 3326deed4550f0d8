package diagnose

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// auditURL is the activation link of the outside audit, good but for what
// each test adds.
const auditURL = "https://apps.fortnox.se/oauth-v1/auth?client_id=abc&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&scope=companyinformation&state=xyz&access_type=offline&response_type=code"

// reportJSON is everything a report shows, as --json writes it.
func reportJSON(t *testing.T, r URLReport) string {
	t.Helper()
	var shown []string
	for _, f := range r.Findings {
		for _, l := range i18n.Langs() {
			shown = append(shown, f.Message.In(l))
		}
	}
	out, err := json.Marshal(struct {
		R     URLReport
		Shown []string
	}{r, shown})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestCheckURLEscapedSecretNames: a parameter whose decoded name is a
// secret's has its value hidden, in params and in the link as read, and is
// reported as the redactor reports it, whatever the raw form of the name
// (the audit found client_s%65cret=… listed in full, "ok": true).
func TestCheckURLEscapedSecretNames(t *testing.T) {
	tests := []struct {
		raw, name string
		kind      SecretKind
	}{
		{"client_s%65cret", "client_secret", SecretClientSecret},
		{"pass%77ord", "password", SecretPassword},
		{"%63%6c%69%65%6e%74%5f%73%65%63%72%65%74", "client_secret", SecretClientSecret},
		{"client%255Fsecret", "client%5Fsecret", SecretClientSecret},
		{"client_secret[]", "client_secret[]", SecretClientSecret},
		{"client_secret%5B%5D", "client_secret[]", SecretClientSecret},
		{"auth%5Bclient_secret%5D", "auth[client_secret]", SecretClientSecret},
		{"refresh%2525255Ftoken", "refresh%25255Ftoken", SecretRefreshToken},
		{"c%6fde", "code", SecretAuthorizationCode},
	}
	for _, tc := range tests {
		t.Run(tc.raw, func(t *testing.T) {
			r, err := CheckURL(auditURL + "&" + tc.raw + "=" + auditSecret)
			if err != nil {
				t.Fatal(err)
			}
			hidden := placeholderOf(tc.kind, auditSecret)
			if v, ok := r.Param(tc.name); !ok || v != hidden {
				t.Errorf("params[%s] = %q, %v; want %q (params %+v)", tc.name, v, ok, hidden, r.Params)
			}
			if want := auditURL + "&" + tc.raw + "=" + hidden; r.URL != want {
				t.Errorf("url = %q, want %q", r.URL, want)
			}
			if out := reportJSON(t, r); strings.Contains(out, auditSecret[:12]) || strings.Contains(out, auditSecret[12:]) {
				t.Errorf("the secret is in the report: %s", out)
			}
			codes := codesOf(r.Findings)
			secret, token := tc.kind == SecretClientSecret, tc.kind == SecretRefreshToken
			if slices.Contains(codes, "secret-in-url") != secret || slices.Contains(codes, "token-in-url") != token || r.OK == (secret || token) {
				t.Errorf("OK %v, findings %v; want secret-in-url %v, token-in-url %v", r.OK, codes, secret, token)
			}
		})
	}
}

// TestCheckURLDecodedNameIsLimited: a name is decoded at most twice more,
// so one of many nested escapes is listed as written, not looked into.
func TestCheckURLDecodedNameIsLimited(t *testing.T) {
	if kind, ok := paramSecret("client%252525255Fsecret"); ok {
		t.Errorf("a name encoded six times reads as %s", kind)
	}
	for _, name := range []string{"a[b][client_secret]", "client_secret[x][y]", " client_secret "} {
		if kind, ok := paramSecret(name); !ok || kind != SecretClientSecret {
			t.Errorf("paramSecret(%q) = %q, %v", name, kind, ok)
		}
	}
	for _, name := range []string{"client_secret_hint", "a[client_secret][0]", "codes", "client_id"} {
		if kind, ok := paramSecret(name); ok {
			t.Errorf("paramSecret(%q) = %q", name, kind)
		}
	}
}

// TestCheckURLCallbackWithEscapedCode: a callback whose code key is
// escaped is a callback, its code hidden.
func TestCheckURLCallbackWithEscapedCode(t *testing.T) {
	r, err := CheckURL("https://example.com/cb?c%6fde=" + auditSecret + "&state=1")
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := r.Param("code"); v != placeholderOf(SecretAuthorizationCode, auditSecret) || !slices.Contains(codesOf(r.Findings), "callback-url") {
		t.Errorf("code = %q, findings %v", v, codesOf(r.Findings))
	}
	if out := reportJSON(t, r); strings.Contains(out, auditSecret[12:]) {
		t.Errorf("the code is in the report: %s", out)
	}
}

// TestCheckURLLinkHidesWhatParamsHide: a secret that only decoding a
// parameter shows (a password in an encoded redirect_uri, a nested query's
// password, a Bearer token) is hidden in the link as read as it is in
// params: the audit found url holding u%3Ahunter2Hunter2%21%40 while
// params.redirect_uri hid it. The rest of the link stays as written.
func TestCheckURLLinkHidesWhatParamsHide(t *testing.T) {
	tests := []struct {
		name, param, raw, secret string
		kind                     SecretKind
		before, after            string // the raw value around the secret, as the link shows it
	}{
		{
			name: "a userinfo in redirect_uri", param: "redirect_uri",
			raw:    "https%3A%2F%2Fu%3Ahunter2Hunter2%21%40example.com%2Fcb",
			secret: "hunter2Hunter2!", kind: SecretBasicCredentials,
			before: "https%3A%2F%2Fu%3A", after: "%40example.com%2Fcb",
		},
		{
			name: "a nested query's password", param: "redirect_uri",
			raw:    "https%3A%2F%2Fexample.com%2Fcb%3Fpassword%3DHemligt123",
			secret: "Hemligt123", kind: SecretPassword,
			before: "https%3A%2F%2Fexample.com%2Fcb%3Fpassword%3D",
		},
		{
			name: "a Bearer token", param: "state",
			raw:    "Bearer%20" + auditSecret,
			secret: auditSecret, kind: SecretBearerToken,
			before: "Bearer+",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			link := strings.Replace(auditURL, tc.param+"=", "x=1&"+tc.param+"=", 1)
			link = replaceParam(link, tc.param, tc.raw)
			r, err := CheckURL(link)
			if err != nil {
				t.Fatal(err)
			}
			hidden := placeholderOf(tc.kind, tc.secret)
			if v, _ := r.Param(tc.param); !strings.Contains(v, hidden) {
				t.Fatalf("params[%s] = %q, want it to hold %q", tc.param, v, hidden)
			}
			if want := replaceParam(link, tc.param, tc.before+hidden+tc.after); r.URL != want {
				t.Errorf("url = %q\nwant  %q", r.URL, want)
			}
			for _, form := range []string{tc.secret, url.QueryEscape(tc.secret), url.PathEscape(tc.secret)} {
				if strings.Contains(r.URL, form) {
					t.Errorf("url holds %q: %s", form, r.URL)
				}
			}
		})
	}
}

// replaceParam sets the raw value of the parameter name in a link.
func replaceParam(link, name, raw string) string {
	i := strings.Index(link, name+"=") + len(name) + 1
	end := strings.IndexByte(link[i:], '&')
	if end < 0 {
		end = len(link) - i
	}
	return link[:i] + raw + link[i+end:]
}

// TestCheckURLInvisibleCharacters: an invisible character in a parameter
// is an error that names the parameter and shows the character, and the
// parameter is not taken for its visible look-alike: Fortnox receives the
// character (the audit found company%E2%80%8Binformation checked as
// companyinformation, "ok": true).
func TestCheckURLInvisibleCharacters(t *testing.T) {
	zwsp := showInvisible("\u200b")
	tests := []struct {
		name, link, param string
		marks             string // the invisible characters the finding shows
		errors            []string
		scopes            []string
	}{
		{
			name: "in a scope", link: strings.Replace(auditURL, "company", "company%E2%80%8B", 1), param: "scope", marks: zwsp,
			errors: []string{"invisible-character", "unknown-scope"}, scopes: []string{"company" + zwsp + "information"},
		},
		{
			name: "in a parameter's name", link: strings.Replace(auditURL, "scope=", "sco%E2%80%8Bpe=", 1), param: "sco" + zwsp + "pe", marks: zwsp,
			errors: []string{"invisible-character", "missing-scope"},
		},
		{
			name: "in redirect_uri", link: strings.Replace(auditURL, "%2Fcb", "%2Fcb%E2%80%8B", 1), param: "redirect_uri", marks: zwsp,
			errors: []string{"invisible-character"}, scopes: []string{"companyinformation"},
		},
		{
			name: "pasted as the characters", link: strings.Replace(auditURL, "state=xyz", "state=x\u200by\ufeffz", 1), param: "state",
			marks:  zwsp + " " + showInvisible("\ufeff"),
			errors: []string{"invisible-character"}, scopes: []string{"companyinformation"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := CheckURL(tc.link)
			if err != nil {
				t.Fatal(err)
			}
			var errs []string
			for _, f := range r.Findings {
				if f.Severity == SeverityError {
					errs = append(errs, f.Code)
				}
			}
			if slices.Sort(errs); r.OK || !slices.Equal(errs, slices.Sorted(slices.Values(tc.errors))) {
				t.Errorf("OK %v, errors %v; want %v", r.OK, errs, tc.errors)
			}
			if !slices.Equal(r.Scopes, tc.scopes) {
				t.Errorf("scopes = %q, want %q", r.Scopes, tc.scopes)
			}
			i := slices.IndexFunc(r.Findings, func(f Finding) bool { return f.Code == "invisible-character" })
			if i < 0 {
				return
			}
			text := i18n.DiagURLInvisible
			if strings.Count(tc.marks, "<") > 1 {
				text = i18n.DiagURLInvisibleMany
			}
			for _, l := range i18n.Langs() {
				if got, want := r.Findings[i].Message.In(l), msg(text, tc.param, tc.marks).In(l); got != want {
					t.Errorf("%s: %q, want %q", l, got, want)
				}
			}
		})
	}
}

// TestCheckURLShowsInvisibleInRedirectAndPath: the note that asks to
// compare redirect_uri with the portal's, and the wrong path, show the
// invisible character that makes them differ ("Check that
// https://example.com/cb is character for character…" hid it).
func TestCheckURLShowsInvisibleInRedirectAndPath(t *testing.T) {
	zwsp := showInvisible("\u200b")
	r, _ := CheckURL(strings.Replace(strings.Replace(auditURL, "%2Fcb", "%2Fcb%E2%80%8B", 1), "/auth?", "/auth%E2%80%8B?", 1))
	for code, want := range map[string]Message{
		"redirect-uri-must-match": msg(i18n.DiagURLRedirectMatch, "https://example.com/cb"+zwsp),
		"wrong-path":              msg(i18n.DiagURLPath, "/oauth-v1/auth"+zwsp, "/oauth-v1/auth"),
	} {
		i := slices.IndexFunc(r.Findings, func(f Finding) bool { return f.Code == code })
		if i < 0 {
			t.Errorf("no %s in %v", code, codesOf(r.Findings))
			continue
		}
		for _, l := range i18n.Langs() {
			if got := r.Findings[i].Message.In(l); got != want.In(l) {
				t.Errorf("%s in %s: %q, want %q", code, l, got, want.In(l))
			}
		}
	}
}

// TestCheckURLRedirectWithUserinfo: a redirect_uri with a password is
// checked as the URL it is (its placeholder is nothing url.Parse takes):
// not called "not a full URL".
func TestCheckURLRedirectWithUserinfo(t *testing.T) {
	r, _ := CheckURL(replaceParam(auditURL, "redirect_uri", "https%3A%2F%2Fu%3Ahunter2Hunter2%21%40example.com%2Fcb"))
	if codes := codesOf(r.Findings); slices.Contains(codes, "redirect-uri-invalid") || !slices.Contains(codes, "redirect-uri-must-match") {
		t.Errorf("findings %v", codes)
	}
}

// TestCheckURLLongLinkCut: a link rebuilt to hide a secret is cut as any
// link is, past MaxEchoURL bytes, and holds the secret nowhere.
func TestCheckURLLongLinkCut(t *testing.T) {
	link := auditURL + "&client%255Fsecret=" + auditSecret + strings.Repeat("&state=xyz", 1000) + "&client%255Fsecret=" + auditSecret
	r, err := CheckURL(link)
	if err != nil {
		t.Fatal(err)
	}
	want := echoURL(strings.Replace(link, auditSecret, placeholderOf(SecretClientSecret, auditSecret), 1))
	if r.URL != want || len(r.URL) > MaxEchoURL+len("…") {
		t.Errorf("url = %q…, want %q…", r.URL[:100], want[:100])
	}
	if strings.Contains(reportJSON(t, r), auditSecret[12:]) {
		t.Error("the secret is in the report")
	}
}

// FuzzCheckURLSecretForms puts a secret in an activation link under a
// secret's name with any of its characters escaped, once or twice, or
// inside an encoded redirect_uri (as its userinfo's password, or in its
// own query), and checks that no part of the report shows it, decoded or
// not.
func FuzzCheckURLSecretForms(f *testing.F) {
	f.Add(uint8(0), uint64(0b10000000), uint64(0), uint8(0))
	f.Add(uint8(1), uint64(0xffff), uint64(0xf0), uint8(1))
	f.Add(uint8(2), uint64(5), uint64(1), uint8(2))
	f.Add(uint8(3), uint64(1<<6), uint64(0), uint8(3))
	f.Fuzz(func(t *testing.T, key uint8, keyMask, valueMask uint64, form uint8) {
		names := []string{"client_secret", "password", "code", "refresh_token", "client_secret[]", "auth[access_token]", "pwd", "Client-Secret"}
		name := escapeSome(names[int(key)%len(names)], keyMask)
		value := escapeSome(auditSecret, valueMask)
		var link string
		switch form % 4 {
		case 0:
			link = auditURL + "&" + name + "=" + value
		case 1:
			link = auditURL + "&" + strings.ReplaceAll(name, "%", "%25") + "=" + value
		case 2:
			link = replaceParam(auditURL, "redirect_uri", "https%3A%2F%2Fu%3A"+value+"%40example.com%2Fcb")
		default:
			link = replaceParam(auditURL, "redirect_uri", "https%3A%2F%2Fexample.com%2Fcb%3F"+strings.ReplaceAll(name, "%", "%25")+"%3D"+value)
		}
		r, err := CheckURL(link)
		if err != nil {
			t.Fatal(err)
		}
		out := reportJSON(t, r)
		decoded, _ := url.QueryUnescape(r.URL)
		for _, s := range []string{out, decoded} {
			if shown, _ := decodeUnreserved(s); strings.Contains(shown, auditSecret[:12]) || strings.Contains(shown, auditSecret[12:]) {
				t.Fatalf("%s: the secret is shown: %s", link, s)
			}
		}
	})
}

// TestEscapeShown: a rebuilt parameter is encoded for a query string but
// for its placeholders and <U+XXXX> marks, which read as elsewhere in the
// report; an unclosed placeholder prefix is text like any other.
func TestEscapeShown(t *testing.T) {
	for in, want := range map[string]string{
		"https://u:[redacted:basic-credentials…er2!]@x.se/a b" + showInvisible("\u200b"): "https%3A%2F%2Fu%3A[redacted:basic-credentials…er2!]%40x.se%2Fa+b<U+200B>",
		"[redacted:x & [redacted:password]":                                              "%5Bredacted%3Ax+%26+[redacted:password]",
		"[redacted:token…]]]]] [redacted:x]":                                             "[redacted:token…]]]]]+[redacted:x]",
		"[redacted:client-secret…ab] [redacted:Token]":                                   "%5Bredacted%3Aclient-secret%E2%80%A6ab%5D+%5Bredacted%3AToken%5D",
		"<U+> <U+12": "%3CU%2B%3E+%3CU%2B12",
	} {
		if got := escapeShown(in); got != want {
			t.Errorf("escapeShown(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCheckURLCountsMistakesInEveryParameter: a mistake that every
// parameter of a long link makes is listed maxPerCode times and the rest
// counted in one finding, as capped sums up any code, without a finding
// being made for each.
func TestCheckURLCountsMistakesInEveryParameter(t *testing.T) {
	const n = maxPerCode + 12
	for code, piece := range map[string]string{"invisible-character": "&s=%E2%80%8B", "bad-encoding": "&s=%zz"} {
		r, err := CheckURL(auditURL + strings.Repeat(piece, n))
		if err != nil {
			t.Fatal(err)
		}
		var listed []Finding
		for _, f := range r.Findings {
			if f.Code == code {
				listed = append(listed, f)
			}
		}
		if len(listed) != maxPerCode+1 {
			t.Fatalf("%s: %d findings, want %d", code, len(listed), maxPerCode+1)
		}
		last := listed[maxPerCode]
		if want := msg(i18n.DiagMoreFindings, n-maxPerCode, code); last.Message.In(i18n.English) != want.In(i18n.English) || last.Severity != SeverityError {
			t.Errorf("%s: last finding %+v, want %q", code, last, want.In(i18n.English))
		}
		texts := func(fs []Finding) []string {
			var out []string
			for _, f := range fs {
				out = append(out, f.Message.In(i18n.English))
			}
			slices.Sort(out)
			return out
		}
		if again := findings(r.Findings).capped(); !slices.Equal(texts(again), texts(r.Findings)) {
			t.Errorf("%s: capped twice differs: %q", code, texts(again))
		}
	}
}
