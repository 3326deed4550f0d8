package diagnose

import (
	"slices"
	"strings"
	"testing"
)

// auditSecret is the secret of the outside audit that found encoded key
// names letting secrets through.
const auditSecret = "Zx9Qw8Er7Ty6Ui5Op4As3Df2"

// TestRedactEscapedKeyNames: a secret's name with escaped unreserved
// characters is the same name (RFC 3986 §6.2.2.2), so its value is hidden
// as its kind; the text around it is kept as written, escapes and all
// (explain said 0 redactions for ?c%6fde=…).
func TestRedactEscapedKeyNames(t *testing.T) {
	tests := []struct {
		name, before, after string
		kind                SecretKind
	}{
		{"an escaped letter", "https://apps.fortnox.se/oauth-v1/auth?client_id=abc&client_s%65cret=", "", SecretClientSecret},
		{"a password", "https://apps.fortnox.se/oauth-v1/auth?client_id=abc&pass%77ord=", "&x=1", SecretPassword},
		{"every character escaped", "https://apps.fortnox.se/oauth-v1/auth?state=1&%63%6c%69%65%6e%74%5f%73%65%63%72%65%74=", "", SecretClientSecret},
		{"a callback's code", "https://example.com/cb?c%6fde=", "&state=1", SecretAuthorizationCode},
		{"upper-case hex", "https://example.com/cb?state=1&C%4FDE=", "", SecretAuthorizationCode},
		{"in an encoded body", "body=%72efresh%5Ftoken%3D", "%26x%3D1", SecretRefreshToken},
		{"an escaped tilde and dot before the key", "x=%7E%2E&access%5ftoken=", "", SecretAccessToken},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.before + auditSecret + tc.after
			r := Redact(text)
			if want := tc.before + placeholderOf(tc.kind, auditSecret) + tc.after; r.Text != want {
				t.Errorf("Redact(%q) = %q, want %q", text, r.Text, want)
			}
			if !slices.Contains(r.Kinds, tc.kind) {
				t.Errorf("kinds = %v, want %s", r.Kinds, tc.kind)
			}
			if again := Redact(r.Text); again.Text != r.Text || again.Any() {
				t.Errorf("not idempotent: %q → %q", r.Text, again.Text)
			}
		})
	}
}

// TestRedactEscapedSecret: a secret whose own characters are escaped is
// hidden whole, escapes included, and its hint is what they stand for.
func TestRedactEscapedSecret(t *testing.T) {
	escaped := strings.Replace(auditSecret, "Df2", "%44%662", 1)
	r := Redact("client_secret=" + escaped + "&x=1")
	if want := "client_secret=" + placeholderOf(SecretClientSecret, auditSecret) + "&x=1"; r.Text != want {
		t.Errorf("Redact = %q, want %q", r.Text, want)
	}
}

// TestRedactKeepsOtherEscapes: escapes that are no secret's name stay as
// written, and so do escapes of reserved characters, which are not the
// same as the character (%26 is no separator, client%2Bsecret no name).
func TestRedactKeepsOtherEscapes(t *testing.T) {
	for _, text := range []string{
		"GET /3/invoices?filter=%41%42%43 took %2d ms, 100%% done, %zz",
		"client%2Bsecret=" + auditSecret[:10] + " and %25%36%35",
	} {
		if r := Redact(text); r.Text != text {
			t.Errorf("Redact(%q) = %q", text, r.Text)
		}
	}
}

// TestRedactBracketedKeys: a secret's name with a form's brackets, as
// PHP, Rails and Node's qs read a list or an object's field, holds the
// secret, brackets written or percent-encoded.
func TestRedactBracketedKeys(t *testing.T) {
	for _, tc := range []struct{ before, after string }{
		{"https://example.com/x?client_secret[]=", "&x=1"},
		{"https://example.com/x?a=1&auth[client_secret]=", ""},
		{"https://example.com/x?client_secret%5B%5D=", "&x=1"},
		{"https://example.com/x?auth%5Bclient_secret%5D=", "&x=1"},
		{"client_secret[0][value]=", ""},
		{"https%3A%2F%2Fexample.com%2Fcb%3Fclient_secret[]%3D", "%26x%3D1"},
	} {
		r := Redact(tc.before + auditSecret + tc.after)
		if want := tc.before + placeholderOf(SecretClientSecret, auditSecret) + tc.after; r.Text != want {
			t.Errorf("Redact = %q, want %q", r.Text, want)
		}
	}
	for _, text := range []string{
		"client_secret[abc is missing", "see client_secret[] in the docs", "client_secret[" + strings.Repeat("a", 80) + "]=x",
	} {
		if r := Redact(text); r.Text != text {
			t.Errorf("Redact(%q) = %q", text, r.Text)
		}
	}
}

// TestRedactEncodedUserinfo: the password of a URL percent-encoded in a
// parameter is hidden as a userinfo's, its hint what the user typed; the
// user stays, and a URL without a password is left alone.
func TestRedactEncodedUserinfo(t *testing.T) {
	const password = "hunter2Hunter2!"
	for _, tc := range []struct{ before, value, after string }{
		{"redirect_uri=https%3A%2F%2Fu%3A", "hunter2Hunter2%21", "%40example.com%2Fcb&state=1"},
		{"r=http%3a%2f%2fclient%3A", "hunter2Hunter2%21", "%40example.com%3A8443%3Fx%3D1"},
	} {
		r := Redact(tc.before + tc.value + tc.after)
		if want := tc.before + placeholderOf(SecretBasicCredentials, password) + tc.after; r.Text != want {
			t.Errorf("Redact = %q, want %q", r.Text, want)
		}
		if again := Redact(r.Text); again.Text != r.Text {
			t.Errorf("not idempotent: %q", again.Text)
		}
	}
	for _, text := range []string{
		"redirect_uri=https%3A%2F%2Fexample.com%2Fcb%3Fa%3Db%40c",
		"redirect_uri=https%3A%2F%2Fuser%40example.com%2Fcb",
	} {
		if r := Redact(text); r.Text != text {
			t.Errorf("Redact(%q) = %q", text, r.Text)
		}
	}
}

// TestExplainCountsEscapedCode: explain on a callback whose code key is
// escaped says what it hid.
func TestExplainCountsEscapedCode(t *testing.T) {
	ex, err := Explain("https://example.com/cb?c%6fde=" + auditSecret + "&state=1")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Redactions != 1 || !slices.Equal(ex.RedactedKinds, []SecretKind{SecretAuthorizationCode}) {
		t.Errorf("redactions %d, kinds %v", ex.Redactions, ex.RedactedKinds)
	}
}

// TestSecretOfEscapedKey: secretOfKey reads escaped unreserved characters
// as the characters.
func TestSecretOfEscapedKey(t *testing.T) {
	for key, want := range map[string]SecretKind{
		"client%5Fsecret": SecretClientSecret, "client_s%65cret": SecretClientSecret, "%70wd": SecretPassword,
		"client%2Bsecret": "", "my%73ecret": "",
	} {
		got, ok := secretOfKey(key)
		if got != want || ok != (want != "") {
			t.Errorf("secretOfKey(%q) = %q, %v; want %q", key, got, ok, want)
		}
	}
}

// FuzzRedactEscapedKey escapes any of the characters of a secret's name
// (as a query parameter, a form body or a header) and of the secret, and
// checks that the secret is hidden and the redaction idempotent.
func FuzzRedactEscapedKey(f *testing.F) {
	f.Add(uint8(0), uint64(0b10000000), uint64(0), "?x=1&", "")
	f.Add(uint8(3), uint64(0xffff), uint64(0xf0), "https://example.com/cb?", "&state=1")
	f.Add(uint8(7), uint64(5), uint64(1), "body=", "%26x%3D1")
	f.Fuzz(func(t *testing.T, key uint8, keyMask, valueMask uint64, before, after string) {
		names := []string{"client_secret", "password", "refresh_token", "code", "access-token", "FORTNOX_CLIENT_SECRET", "pwd", "clientSecret"}
		name := names[int(key)%len(names)]
		if len(before) > 64 || len(after) > 64 {
			return
		}
		before, after = Sanitize(before), Sanitize(after)
		if around, _ := decodeUnreserved(before + "&" + after); strings.Contains(around, auditSecret[:12]) || strings.Contains(around, auditSecret[12:]) {
			return // the fuzzer's own text spells the secret's parts
		}
		if !strings.HasSuffix(before, "?") && !strings.HasSuffix(before, "&") {
			before += "&" // code is a secret's name only as a parameter
		}
		text := before + escapeSome(name, keyMask) + "=" + escapeSome(auditSecret, valueMask) + "&" + after
		r := Redact(text)
		if shown, _ := decodeUnreserved(r.Text); strings.Contains(shown, auditSecret[:12]) || strings.Contains(shown, auditSecret[12:]) {
			t.Fatalf("%s's value survived in %q", name, r.Text)
		}
		if again := Redact(r.Text); again.Text != r.Text {
			t.Fatalf("not idempotent: %q → %q", r.Text, again.Text)
		}
	})
}

// escapeSome percent-escapes the characters of s whose bit in mask is set
// (bit i for character i, modulo 64).
func escapeSome(s string, mask uint64) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if mask>>(i%64)&1 == 1 {
			b.WriteString("%" + strings.ToUpper(string("0123456789abcdef"[s[i]>>4])+string("0123456789abcdef"[s[i]&15])))
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
