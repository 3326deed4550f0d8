package diagnose

import (
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// Fuzz targets for every reader of pasted text. Plain `go test` runs each
// on its seeds; CI also fuzzes each for a few seconds.

// seedPastes are the realistic pastes of testdata/explain.pastes plus
// hostile ones.
func seedPastes(f *testing.F) []string {
	var seeds []string
	for _, tc := range readPastes(f, "testdata/explain.pastes") {
		seeds = append(seeds, tc.paste)
	}
	for _, h := range testkit.All() {
		seeds = append(seeds, h.Paste)
	}
	for _, sh := range testkit.Shapes() {
		seeds = append(seeds, sh.Build(4096))
	}
	return append(seeds,
		"\x1b]52;c;ZXZpbA==\x07\x1b[31mred\u202e\u009b2J\r\x00",
		"\x1b]8;;https://x\x1b\\link\x1b]8;;\x1b\\ \u2066\u2069 \xff\xfe",
		"eyJhbGciOiJub25lIn0.eyJ0ZW5hbnRJZCI6MX0.",
		"Authorization: Basic QWJDZEVmMTIzNDU2OmJaN2hRMnhMcDlSdA==",
		"{{{{\"message\":\"unauthorized\"",
		"code=\\\\\\u00e4%C3%B6&#228;&#x;&auml",
	)
}

func FuzzSanitize(f *testing.F) {
	for _, s := range seedPastes(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		testkit.Bounded(t, len(s), func() {
			out := Sanitize(s)
			assertSanitized(t, out)
			if Sanitize(out) != out {
				t.Errorf("not idempotent on %q", s)
			}
		})
	})
}

// secretShapes put a secret where Redact must find it.
var secretShapes = []string{
	"Authorization: Bearer %s",
	"Authorization: Basic %s",
	`{"refresh_token":"%s"}`,
	`{"access_token": "%s", "token_type": "Bearer"}`,
	"grant_type=refresh_token&refresh_token=%s",
	"https://app.example.se/cb?code=%s&state=x",
	"client_id=abc&client_secret=%s",
	"Client-Secret: %s",
	"Access-Token: %s",
	"FORTNOX_CLIENT_SECRET=%s",
	"{'client_secret': '%s'}",
}

func FuzzRedact(f *testing.F) {
	for i, s := range seedPastes(f) {
		f.Add(s, "4f0c1a2b9d8e4c7ba6f5e4d3c2b1a098", uint8(i))
	}
	f.Fuzz(func(t *testing.T, around, raw string, shape uint8) {
		testkit.Bounded(t, len(around)*2+len(raw), func() { fuzzRedact(t, around, raw, shape) })
	})
}

func fuzzRedact(t *testing.T, around, raw string, shape uint8) {
	{
		// Make a secret out of the fuzzer's bytes: 16 or more characters
		// of the token alphabet, which every kind of secret uses.
		secret := tokenAlphabet(raw)
		if len(secret) < 16 {
			secret = "Zq9" + secret + strings.Repeat("x7", 8)
		}
		if strings.Trim(secret, "xX") == "" {
			return // XXXX… is how people mask a secret already: it is kept
		}
		text := Sanitize(around)
		if strings.Contains(text, secret) {
			return // the secret is also loose in the text, outside any secret's place
		}
		form := secretShapes[int(shape)%len(secretShapes)]
		if strings.HasPrefix(form, "Authorization: Basic") {
			secret = strings.NewReplacer("-", "+", "_", "/").Replace(secret) // base64's alphabet
		}
		paste := text + "\n" + strings.Replace(form, "%s", secret, 1) + "\n" + text
		r := Redact(paste)
		if strings.Contains(r.Text, secret) {
			t.Fatalf("secret %q survived in %q", secret, r.Text)
		}
		if again := Redact(r.Text); again.Text != r.Text {
			t.Fatalf("not idempotent: %q → %q", r.Text, again.Text)
		}
	}
}

// tokenAlphabet keeps the bytes of s that may appear in a token.
func tokenAlphabet(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isAlnum(s[i]) || s[i] == '-' || s[i] == '_' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func FuzzExplain(f *testing.F) {
	for _, s := range seedPastes(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		testkit.Bounded(t, len(s), func() { fuzzExplain(t, s) })
	})
}

func fuzzExplain(t *testing.T, s string) {
	{
		ex, err := Explain(s)
		if err != nil {
			return
		}
		for _, m := range ex.Matches {
			if m.Score < confidentScore || m.Fix().ID == "" {
				t.Fatalf("bad match %+v", m)
			}
			for _, e := range m.Evidence {
				for _, l := range i18n.Langs() {
					assertSanitized(t, e.Message().In(l))
				}
			}
		}
	}
}

func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{
		goodURL,
		strings.Replace(goodURL, "invoice%20customer", "invoice,Customer,articles", 1) + "&client_secret=bZ7hQ2xLp9Rt&state=2",
		"apps.fortnox.se/oauth-v1/authorize?scope=a b c&Client_ID=x#frag",
		"https://app.example.se/cb?code=2c9d41f0e8b7a6c5d4e3f2a1&state=x",
		"http://[::1]:%zz/?=&&==",
		"https://apps.fortnox.se/oauth-v1/auth?redirect_uri=https%253A%252F%252Fx&account_type=Service&access_type=online\x1b]52;c;eA==\x07",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		testkit.Bounded(t, len(s), func() {
			r, err := CheckURL(s)
			if err != nil {
				return
			}
			assertCleanURLReport(t, r)
			if r.OK == hasErrors(r.Findings) {
				t.Errorf("OK = %v with findings %+v", r.OK, r.Findings)
			}
		})
	})
}

func FuzzInspectToken(f *testing.F) {
	jwt := testkit.JWT(testkit.AccessClaims(testNow))
	for _, s := range []string{
		jwt, "Bearer " + jwt, `{"access_token":"` + jwt + `","refresh_token":"4f0c1a2b-9d8e"}`,
		"refresh_token=abc", "eyJ.eyJ.x", "a.b.c", `{"error":"invalid_grant"}`, "{", "eyJhbGciOiJub25lIn0.eyJleHAiOiIxZTk5In0.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		testkit.Bounded(t, len(s), func() {
			r, err := InspectToken(s, testNow)
			if err != nil {
				return
			}
			assertNoToken(t, r, s)
			if r.Expired && !r.ExpiresAt.Before(testNow.Add(time.Second)) {
				t.Errorf("expired but expires at %v", r.ExpiresAt)
			}
		})
	})
}
