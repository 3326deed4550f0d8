package diagnose

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// signedJWT is a token shaped like a Fortnox access token, signed for
// real with alg, so that its signature is as long as the algorithm makes
// one: RS256 with a 2048-bit key (about 700 characters in all, as Fortnox's
// are), ES256 or HS256.
func signedJWT(t testing.TB, alg string) string {
	t.Helper()
	claims := testkit.Merge(testkit.AccessClaims(testNow), map[string]any{
		"aud": "https://api.fortnox.se", "authsource": "OAUTH2", "jti": "5c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5",
	})
	unsigned := testkit.JWT(claims, testkit.WithHeader(map[string]any{"alg": alg, "typ": "JWT", "kid": "fnx-2024"}), testkit.WithSignature(""))
	unsigned = strings.TrimSuffix(unsigned, ".")
	digest := sha256.Sum256([]byte(unsigned))
	var sig []byte
	var err error
	switch alg {
	case "RS256":
		var key *rsa.PrivateKey
		if key, err = rsa.GenerateKey(rand.Reader, 2048); err == nil {
			sig, err = rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, digest[:])
		}
	case "ES256":
		var key *ecdsa.PrivateKey
		if key, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader); err == nil {
			// A JWT's ECDSA signature is r and s, 32 bytes each.
			r, s, e := ecdsa.Sign(rand.Reader, key, digest[:])
			sig, err = append(r.FillBytes(make([]byte, 32)), s.FillBytes(make([]byte, 32))...), e
		}
	case "HS256":
		mac := hmac.New(sha256.New, []byte("the integration's own key"))
		mac.Write([]byte(unsigned))
		sig = mac.Sum(nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return unsigned + "." + base64.RawURLEncoding.EncodeToString(sig)
}

// hardWrap breaks every line of s after each width bytes, as fold -w
// does, ending every line in eol.
func hardWrap(s string, width int, eol string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(s, "\n") {
		for len(line) > width {
			b.WriteString(line[:width])
			b.WriteString(eol)
			line = line[width:]
		}
		b.WriteString(line)
		b.WriteString(eol)
	}
	return strings.TrimSuffix(b.String(), eol)
}

// wrappedAt is where hardWrap puts byte k of an unwrapped line: every
// width bytes before it added a line break.
func wrappedAt(k, width int, eol string) int { return k + k/width*len(eol) }

// jwtPlaceholder is what Redact writes for a JWT: its kind and the last
// four characters of its claims part.
func jwtPlaceholder(jwt string) string {
	claims := strings.Split(jwt, ".")[1]
	var b strings.Builder
	writePlaceholder(&b, SecretJWT, claims[len(claims)-4:])
	return b.String()
}

// tokenRuns reports the runs of eight characters of tok that out still
// holds, line breaks left out.
func tokenRuns(out, tok string) []string {
	flat := strings.NewReplacer("\n", "", "\r", "").Replace(out)
	var found []string
	for i := 0; i+8 <= len(tok); i++ {
		if strings.Contains(flat, tok[i:i+8]) {
			found = append(found, tok[i:i+8])
		}
	}
	return found
}

// TestRedactHardWrappedJWT: a JWT hard-wrapped at any width from 20 to 120
// (fold -w), bare or after a JSON key, a log's "token:" or an
// Authorization header, with LF or CRLF line ends, is one [redacted:jwt…]
// with the last four of its claims, and the text around it stays as it
// was. It used to be hidden in pieces, or not at all, when a break fell
// next to a dot or inside its eyJ, and the last line of its signature
// stayed.
func TestRedactHardWrappedJWT(t *testing.T) {
	for _, alg := range []string{"RS256", "ES256", "HS256"} {
		jwt := signedJWT(t, alg)
		want := jwtPlaceholder(jwt)
		for _, around := range []struct{ before, after string }{
			{"", ""},
			{`{"access_token":"`, `","token_type":"Bearer"}`},
			{"token: ", ""},
			{"Authorization: Bearer ", ""},
		} {
			for _, eol := range []string{"\n", "\r\n"} {
				for width := 20; width <= 120; width++ {
					line := around.before + jwt + around.after
					paste := hardWrap(line, width, eol)
					// The text outside the token, as hardWrap left it.
					start := wrappedAt(len(around.before), width, eol)
					end := wrappedAt(len(around.before)+len(jwt)-1, width, eol) + 1
					expected := paste[:start] + want + paste[end:]
					for _, via := range []struct {
						name   string
						redact func(string) string
						want   string
					}{
						{"Clean", Clean, strings.ReplaceAll(expected, "\r\n", "\n")},
						{"Redact", func(s string) string { return Redact(s).Text }, expected},
					} {
						got := via.redact(paste)
						if runs := tokenRuns(got, jwt); len(runs) > 0 || got != via.want {
							t.Fatalf("%s %s after %q at width %d, eol %q:\n got %q\nwant %q\nstill shows %q",
								via.name, alg, around.before, width, eol, got, via.want, runs)
						}
					}
					if r := Redact(Sanitize(paste)); r.Count != 1 || !slices.Equal(r.Kinds, []SecretKind{SecretJWT}) {
						t.Fatalf("%s after %q at width %d: count %d, kinds %v", alg, around.before, width, r.Count, r.Kinds)
					}
				}
			}
		}
	}
}

// TestRedactWrappedJWTEndsWithItsSignature: the line after a wrapped or
// unwrapped token is not taken for the rest of its signature, whether the
// signature is as long as its algorithm makes one or cut short (the
// made-up one of testkit.JWT): a status line, a header and a refresh
// token (a UUID, hidden as a secret of its own kind) stay apart.
func TestRedactWrappedJWTEndsWithItsSignature(t *testing.T) {
	const refresh = "5f3c1e2a-9b8d-4c7e-a6f5-1234567890ab"
	tokens := map[string]string{"made-up signature": testkit.JWT(testkit.AccessClaims(testNow))}
	for _, alg := range []string{"RS256", "ES256", "HS256"} {
		tokens[alg] = signedJWT(t, alg)
	}
	for name, jwt := range tokens {
		for _, width := range []int{0, 64, 76, 80} {
			wrapped := jwt
			if width > 0 {
				wrapped = hardWrap("Authorization: Bearer "+jwt, width, "\n")
			}
			for _, next := range []struct {
				line  string
				keep  string
				kinds []SecretKind
			}{
				{"HTTP/1.1 401 Unauthorized", "HTTP/1.1 401 Unauthorized", []SecretKind{SecretJWT}},
				{"Content-Type: application/json", "Content-Type: application/json", []SecretKind{SecretJWT}},
				{"failed", "failed", []SecretKind{SecretJWT}},
				{refresh, "", []SecretKind{SecretJWT, SecretToken}},
				{"refresh_token=" + refresh, "refresh_token=", []SecretKind{SecretJWT, SecretRefreshToken}},
			} {
				if next.line == "failed" && name == "made-up signature" {
					// A signature cut short goes on with a line of one
					// word, which could be its end.
					continue
				}
				r := Redact(wrapped + "\n" + next.line)
				if !slices.Equal(r.Kinds, next.kinds) || r.Count != len(next.kinds) || !strings.Contains(r.Text, "\n"+next.keep) ||
					strings.Contains(r.Text, refresh) || len(tokenRuns(r.Text, jwt)) > 0 {
					t.Errorf("%s at width %d, then %q: %q, %d secrets %v", name, width, next.line, r.Text, r.Count, r.Kinds)
				}
			}
		}
	}
}

// TestRedactSplitUUID: a refresh token (a UUID) that a line break splits
// is hidden whole wherever the break falls: after its key, quoted or not,
// as the key's kind; on its own, as the kind a bare UUID is (a token:
// nothing says which). It used to be shown, or half of it.
func TestRedactSplitUUID(t *testing.T) {
	const uuid = "5f3c1e2a-9b8d-4c7e-a6f5-1234567890ab"
	hint := uuid[len(uuid)-4:]
	for _, form := range []struct {
		before, after string
		kind          SecretKind
	}{
		{"2024-05-01 INFO refreshing with token ", `"`, SecretToken},
		{`{"refresh_token":"`, `","scope":"invoice"}`, SecretRefreshToken},
		{"refresh_token: ", "", SecretRefreshToken},
		{"refresh_token=", " rotated", SecretRefreshToken},
		// A quote that no later line closes: the key's value ends at the
		// break, the UUID goes on, and the placeholder shows the UUID's
		// last four, not those of the key's part of it.
		{`"refresh_token":"`, " rotated", SecretRefreshToken},
	} {
		for _, eol := range []string{"\n", "\r\n"} {
			for k := 1; k < len(uuid); k++ {
				paste := form.before + uuid[:k] + eol + uuid[k:] + form.after
				var want strings.Builder
				want.WriteString(form.before)
				writePlaceholder(&want, form.kind, hint)
				want.WriteString(form.after)
				r := Redact(Sanitize(paste))
				if r.Text != want.String() || r.Count != 1 || !slices.Equal(r.Kinds, []SecretKind{form.kind}) {
					t.Errorf("%q: got %q (%d %v), want %q", paste, r.Text, r.Count, r.Kinds, want.String())
				}
			}
		}
	}
}

// TestRedactSplitKeyedValue: a keyed secret that is no UUID, split by a
// line break, is hidden whole too: quoted, up to the quote that a later
// line closes it with; bare, when the next line is nothing but the rest.
func TestRedactSplitKeyedValue(t *testing.T) {
	const secret = "SuperS3cretValue99XYZ"
	for _, paste := range []string{
		`{"client_secret":"SuperS3cret` + "\n" + `Value99XYZ"}`,
		`{"client_secret":"Super` + "\n" + `S3cret` + "\n" + `Value99XYZ"}`,
		"client_secret: SuperS3cret\nValue99XYZ",
		"FORTNOX_CLIENT_SECRET=SuperS3cret-\nValue99XYZ",
	} {
		r := Redact(paste)
		if r.Count != 1 || !slices.Equal(r.Kinds, []SecretKind{SecretClientSecret}) || strings.Contains(r.Text, "Value99XYZ") || strings.Contains(r.Text, "SuperS3cret") {
			t.Errorf("%q: %q (%d %v)", paste, r.Text, r.Count, r.Kinds)
		}
		if !strings.HasSuffix(r.Text, secret[len(secret)-4:]+`]"}`) && !strings.HasSuffix(r.Text, secret[len(secret)-4:]+"]") {
			t.Errorf("%q: the hint is not the secret's last four: %q", paste, r.Text)
		}
	}
	// What follows a secret on a line of its own is left alone when it is
	// another key, more text, or a line that a quote never closes.
	for _, tc := range []struct{ paste, keep string }{
		{"client_secret: " + secret + "\nclient_id: abc", "\nclient_id: abc"},
		{"client_secret: " + secret + "\nfailed with 401", "\nfailed with 401"},
		{"client_secret=" + secret + "\nok", "\nok"},
		{`"client_secret":"` + secret + "\nstill open\n", "\nstill open\n"},
		{"refresh_token=" + "4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098" + "\nAbCdEf123456", "\nAbCdEf123456"},
	} {
		if got := Clean(tc.paste); !strings.HasSuffix(got, tc.keep) || strings.Contains(got, secret) {
			t.Errorf("%q: %q, want it to end in %q", tc.paste, got, tc.keep)
		}
	}
}
