package diagnose

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

func TestRedact(t *testing.T) {
	jwt := testkit.JWT(testkit.AccessClaims(testNow))
	const (
		refresh = "4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098"
		secret  = "bZ7hQ2xLp9Rt"
		code    = "2c9d41f0e8b7a6c5d4e3f2a1"
		legacy  = "7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d"
	)
	basic := "QWJDZEVmMTIzNDU2OmJaN2hRMnhMcDlSdA==" // AbCdEf123456:bZ7hQ2xLp9Rt
	tests := []struct {
		name    string
		in      string
		secrets []string // must be gone
		kinds   []SecretKind
		keep    []string // must stay
	}{
		{"bare JWT", jwt, []string{jwt, testkit.JWTSignature}, []SecretKind{SecretJWT}, nil},
		{"Bearer header with a JWT", "Authorization: Bearer " + jwt, []string{jwt}, []SecretKind{SecretJWT}, []string{"Authorization: Bearer [redacted:jwt…"}},
		{"Bearer with an opaque token", "curl -H 'Authorization: Bearer " + refresh + "' https://api.fortnox.se/3/invoices", []string{refresh}, []SecretKind{SecretBearerToken}, []string{"https://api.fortnox.se/3/invoices"}},
		{"Basic header", "Authorization: Basic " + basic, []string{basic}, []SecretKind{SecretBasicCredentials}, nil},
		{"Basic credentials without the header name", "sent basic " + basic + " to the token endpoint", []string{basic}, []SecretKind{SecretBasicCredentials}, nil},
		{"token response", `{"access_token":"` + jwt + `","refresh_token":"` + refresh + `","scope":"invoice","expires_in":3600}`, []string{jwt, refresh}, []SecretKind{SecretJWT, SecretRefreshToken}, []string{`"scope":"invoice"`, `"expires_in":3600`}},
		{"form body of a token request", "grant_type=authorization_code&code=" + code + "&redirect_uri=https%3A%2F%2Fapp.example.se%2Fcb", []string{code}, []SecretKind{SecretAuthorizationCode}, []string{"redirect_uri=https%3A%2F%2Fapp.example.se%2Fcb"}},
		{"callback URL", "https://app.example.se/cb?code=" + code + "&state=xyz", []string{code}, []SecretKind{SecretAuthorizationCode}, []string{"&state=xyz"}},
		{"JSON code with the grant named", `{"grant_type":"authorization_code","code":"` + code + `"}`, []string{code}, []SecretKind{SecretAuthorizationCode}, nil},
		{"client_secret in a form", "client_id=AbCdEf123456&client_secret=" + secret, []string{secret}, []SecretKind{SecretClientSecret}, []string{"client_id=AbCdEf123456"}},
		{"legacy headers", "Access-Token: " + legacy + "\nClient-Secret: " + secret, []string{legacy, secret}, []SecretKind{SecretAccessToken, SecretClientSecret}, nil},
		{"environment variable", "FORTNOX_CLIENT_SECRET=" + secret, []string{secret}, []SecretKind{SecretClientSecret}, nil},
		{"Python dict", "{'refresh_token': '" + refresh + "'}", []string{refresh}, []SecretKind{SecretRefreshToken}, nil},
		{"JSON escaped in a string", `"body":"{\"refresh_token\":\"` + refresh + `\"}"`, []string{refresh}, []SecretKind{SecretRefreshToken}, nil},
		{"a secret repeated elsewhere", `refresh_token=` + refresh + ` failed; retried with ` + refresh, []string{refresh}, []SecretKind{SecretRefreshToken}, nil},
		{"Fortnox message naming the legacy headers", "Kan inte logga in, access-token eller client-secret saknas", nil, nil, []string{"Kan inte logga in, access-token eller client-secret saknas"}},
		{"error codes are not secrets", `{"code":2000663} code=2001304 "Code": "2000423"`, nil, nil, []string{"2000663", "2001304", "2000423"}},
		{"Stripe's code field", `{"error":{"code":"resource_missing"}}`, nil, nil, []string{"resource_missing"}},
		{"prose with Bearer and Basic", "The bearer token expired. Basic plan customers", nil, nil, []string{"bearer token", "Basic plan"}},
		{"WWW-Authenticate challenge", `WWW-Authenticate: Bearer error="invalid_token"`, nil, nil, []string{`Bearer error="invalid_token"`}},
		{"masked and empty values", `client_secret=*** "refresh_token": "" "access_token": null`, nil, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Redact(tc.in)
			for _, s := range tc.secrets {
				if strings.Contains(r.Text, s) {
					t.Errorf("secret %q survived in %q", s, r.Text)
				}
			}
			for _, s := range tc.keep {
				if !strings.Contains(r.Text, s) {
					t.Errorf("%q was lost from %q", s, r.Text)
				}
			}
			if !slices.Equal(r.Kinds, tc.kinds) {
				t.Errorf("kinds = %v, want %v (text %q)", r.Kinds, tc.kinds, r.Text)
			}
			if (r.Count > 0) != (len(tc.kinds) > 0) || r.Any() != (r.Count > 0) {
				t.Errorf("count = %d with kinds %v", r.Count, r.Kinds)
			}
			again := Redact(r.Text)
			if again.Text != r.Text || again.Count != 0 {
				t.Errorf("not idempotent: %q → %q (%d)", r.Text, again.Text, again.Count)
			}
		})
	}
}

func TestRedactShowsEnoughToRecognise(t *testing.T) {
	r := Redact("refresh_token=4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098")
	if want := "refresh_token=[redacted:refresh-token…a098]"; r.Text != want {
		t.Errorf("got %q, want %q", r.Text, want)
	}
	short := Redact(`"client_secret": "abc12"`)
	if want := `"client_secret": "[redacted:client-secret]"`; short.Text != want {
		t.Errorf("a short secret shows nothing of itself: got %q, want %q", short.Text, want)
	}
	jwt := testkit.JWT(testkit.AccessClaims(testNow))
	payload := strings.Split(jwt, ".")[1]
	if got := Redact(jwt).Text; got != "[redacted:jwt…"+payload[len(payload)-4:]+"]" {
		t.Errorf("a JWT shows the end of its claims, never its signature: %q", got)
	}
}

func TestRedactCountsEachSecret(t *testing.T) {
	jwt := testkit.JWT(testkit.AccessClaims(testNow.Add(-time.Hour)))
	r := Redact("Bearer " + jwt + "\nrefresh_token=4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098\nclient_secret=bZ7hQ2xLp9Rt")
	if r.Count != 3 {
		t.Errorf("count = %d, want 3: %q", r.Count, r.Text)
	}
}

func TestClean(t *testing.T) {
	got := Clean("\x1b[31mBearer 4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098\x1b[0m")
	if got != "Bearer [redacted:bearer-token…a098]" {
		t.Errorf("Clean = %q", got)
	}
}

// TestRedactGluedJWT: a token glued to what comes before it (a flag's
// dash, a state value's prefix, a word) is hidden when its header reads
// as one; base64 that merely holds eyJ and two dots is left alone.
func TestRedactGluedJWT(t *testing.T) {
	const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJ0ZW5hbnRJZCI6MX0.c2lnbmF0dXJlc2lnU0lHTkFUVVJF"
	for _, before := range []string{"-", "--", "x-", "state=x-", "abc", "_"} {
		got := Redact(before + jwt)
		if got.Count != 1 || strings.Contains(got.Text, "c2lnbmF0") || strings.Contains(got.Text, "eyJhbGci") {
			t.Errorf("%q: %q (%d secrets)", before+jwt, got.Text, got.Count)
		}
	}
	notJWT := "QUJDeyJub3QuaGVhZGVy.eyJub3RoaW5n.x" // eyJ inside other base64, no header
	if got := Redact("prefix" + notJWT); got.Count != 0 {
		t.Errorf("%q: %q (%d secrets)", notJWT, got.Text, got.Count)
	}
}

// TestRedactQuerySecretOfAnyLook: a query parameter named for a secret is
// hidden whatever its value looks like, and check-url flags it; the same
// word as prose outside a query is left alone.
func TestRedactQuerySecretOfAnyLook(t *testing.T) {
	for _, paste := range []string{
		"https://apps.fortnox.se/oauth-v1/auth?client_id=abc&client_secret=mysecretvalue&scope=invoice",
		"https://example.com/cb?client_secret=hello",
		"grant_type=client_credentials&client_secret=hunter",
		"https://x.example/login?password=hunter",
	} {
		got := Redact(paste)
		if got.Count != 1 || strings.Contains(got.Text, "mysecretvalue") || strings.Contains(got.Text, "hello") || strings.Contains(got.Text, "hunter") {
			t.Errorf("%q: %q (%d secrets)", paste, got.Text, got.Count)
		}
	}
	r, err := CheckURL("https://apps.fortnox.se/oauth-v1/auth?client_id=abc&client_secret=mysecretvalue&scope=invoice&state=x&response_type=code&access_type=offline")
	if err != nil {
		t.Fatal(err)
	}
	if r.OK || !slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Code == "secret-in-url" }) {
		t.Errorf("check-url took a link with a client_secret: %+v", r.Findings)
	}
	for _, prose := range []string{"client_secret: see the portal", "the password is hidden"} {
		if got := Redact(prose); got.Count != 0 {
			t.Errorf("%q: %q", prose, got.Text)
		}
	}
}
