package diagnose

import (
	"slices"
	"strings"
	"testing"
)

// placeholderOf is what Redact writes for a secret of the kind.
func placeholderOf(kind SecretKind, secret string) string {
	var b strings.Builder
	writePlaceholder(&b, kind, lastFour(secret))
	return b.String()
}

// TestRedactCredentialForms: client credentials and passwords in the forms
// an outside audit found shown in full (explain --json said "redactions":
// 0) are hidden, each as its kind, with the text around them kept.
func TestRedactCredentialForms(t *testing.T) {
	const (
		secret   = "SuperS3cretValue99XYZ"
		password = "Hemligt123"
	)
	tests := []struct {
		name, before, value, after string
		kind                       SecretKind
	}{
		{"URL userinfo", "POST https://myclientid:", secret, "@apps.fortnox.se/oauth-v1/token", SecretBasicCredentials},
		{"URL userinfo with an encoded @", "https://myclientid:", "p%40ss" + secret, "@apps.fortnox.se/oauth-v1/token?grant_type=client_credentials", SecretBasicCredentials},
		{"XML element", "<client_secret>", secret, "</client_secret>", SecretClientSecret},
		{"XML element with attributes", `<ClientSecret type="string">`, secret, "</ClientSecret>", SecretClientSecret},
		{"XML element on its own line", "<client_secret>\n    ", secret, "\n</client_secret>", SecretClientSecret},
		{"XML escaped as HTML", "&lt;client_secret&gt;", secret, "&lt;/client_secret&gt;", SecretClientSecret},
		{"tab-separated", "client_secret\t", secret, "\nclient_id\tabc", SecretClientSecret},
		{"tab-separated, quoted", "\"Client Secret\"\t\"", secret, "\"", SecretClientSecret},
		{"percent-encoded key", "client_id=abc&client%5Fsecret=", secret, "&grant_type=client_credentials", SecretClientSecret},
		{"percent-encoded key and value", "body=client%5Fsecret%3D", secret, "%26x%3D1", SecretClientSecret},
		{"percent-encoded hyphen", "Client%2DSecret: ", secret, "", SecretClientSecret},
		{"percent-encoded environment variable", "FORTNOX%5FCLIENT%5FSECRET=", secret, "", SecretClientSecret},
		{"plus for a space", "refresh+token=", "4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098", "&x=1", SecretRefreshToken},
		{"password form field", "username=anna&password=", password, "&grant_type=password", SecretPassword},
		{"pwd", "Server=db;Uid=anna;Pwd=", password, ";", SecretPassword},
		{"passwd", "passwd=", password, " ok", SecretPassword},
		{"pass as a key", "user: anna\npass: ", password, "\n", SecretPassword},
		{"password XML element", "<password>", password, "</password>", SecretPassword},
		{"password JSON", `{"username":"anna","password":"`, password, `"}`, SecretPassword},
		{"short quoted password", `{"password":"`, "abc", `"}`, SecretPassword},
		{"password in an environment variable", "DB_PASSWORD=", password, "", SecretPassword},
		{"Swedish", "Lösenord: ", password, "", SecretPassword},
		{"password on the next line", "Password:\n    ", password, "\n", SecretPassword},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			paste := tc.before + tc.value + tc.after
			want := tc.before + placeholderOf(tc.kind, tc.value) + tc.after
			r := Redact(paste)
			if r.Text != want || r.Count != 1 || !slices.Equal(r.Kinds, []SecretKind{tc.kind}) {
				t.Errorf("Redact(%q) = %q (%d %v), want %q", paste, r.Text, r.Count, r.Kinds, want)
			}
			if again := Redact(r.Text); again.Text != r.Text || again.Count != 0 {
				t.Errorf("not idempotent: %q → %q", r.Text, again.Text)
			}
			ex, err := Explain(paste)
			if err != nil || ex.Redactions != 1 || !slices.Equal(ex.RedactedKinds, []SecretKind{tc.kind}) {
				t.Errorf("Explain: %d redactions %v, %v", ex.Redactions, ex.RedactedKinds, err)
			}
		})
	}
}

// TestRedactKeepsWhatIsNoCredential: the words the new forms look for,
// where they hold no secret, stay as they are.
func TestRedactKeepsWhatIsNoCredential(t *testing.T) {
	for _, s := range []string{
		"Tests pass: 12 of 12",
		"password: required",
		"Password: Missing",
		"Lösenord: fel",
		"bypass=Hemligt123",
		"grant_type=password&username=anna",
		`{"password":""} {"password":null} password=*** <password></password>`,
		"the <secret> is that it expired",
		"<client_secret/>",
		"client_secret\tstring\tThe client secret of the integration",
		"refresh_token\tstring",
		"https://apps.fortnox.se/oauth-v1/auth?client_id=abc&redirect_uri=https://app.example.se:8443/cb",
		"https://anna@apps.fortnox.se/3/invoices",
		"see https://example.com/a:b@c",
		"git@github.com:fortnox-doctor/fortnox-doctor.git",
	} {
		if got := Clean(s); got != s {
			t.Errorf("Clean(%q) = %q, want it unchanged", s, got)
		}
	}
}

// TestSecretOfKeyPasswords: a decoded JSON field named for a password
// holds one, as inspect-token shows a token response's claims.
func TestSecretOfKeyPasswords(t *testing.T) {
	for key, want := range map[string]SecretKind{
		"password": SecretPassword, "DB_PASSWORD": SecretPassword, "pwd": SecretPassword, "Lösenord": SecretPassword,
		"client%5Fsecret": SecretClientSecret, "bypass": "", "passport": "", "passwordPolicy": "",
	} {
		if got, ok := secretOfKey(key); got != want || ok != (want != "") {
			t.Errorf("secretOfKey(%q) = %q, %v; want %q", key, got, ok, want)
		}
	}
}
