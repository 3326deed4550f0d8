package diagnose

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestBadExpIsNotATime: an exp that is no time at all says so, instead of
// a nonsense date or "no exp".
func TestBadExpIsNotATime(t *testing.T) {
	now := time.Unix(1700000000, 0).UTC()
	for _, exp := range []any{"NaN", 1e308, -1e308, "1e400", "+Inf", "-Inf", -5, "soon"} {
		r, err := InspectToken(testkit.JWT(map[string]any{"exp": exp, "tenantId": 1}, testkit.WithSignature("sig")), now)
		if err != nil {
			t.Fatal(err)
		}
		codes := codesOf(r.Findings)
		if !slices.Contains(codes, "bad-exp") || slices.Contains(codes, "no-expiry") || !r.ExpiresAt.IsZero() || r.OK() {
			t.Errorf("exp %v: findings %v, expires %v, ok %v", exp, codes, r.ExpiresAt, r.OK())
		}
		want := i18n.DiagTokenBadTime.Format(i18n.English, "exp")
		if i := slices.Index(codes, "bad-exp"); i >= 0 && r.Findings[i].Message.In(i18n.English) != want {
			t.Errorf("message %q, want %q", r.Findings[i].Message.In(i18n.English), want)
		}
	}
}

func codesOf(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

// TestCheckURLEchoIsCapped: a 1 MiB link gives a report of bounded size.
func TestCheckURLEchoIsCapped(t *testing.T) {
	for _, sh := range testkit.Shapes() {
		if sh.Reader != "check-url" {
			continue
		}
		r, err := CheckURL(sh.Build(MaxInputBytes))
		if err != nil {
			t.Fatal(err)
		}
		size := len(r.URL)
		for _, p := range r.Params {
			size += len(p.Name) + len(p.Value)
		}
		for _, f := range r.Findings {
			size += len(f.Message.In(i18n.English))
		}
		if size > 64<<10 || len(r.Params) > MaxParams || len(r.Findings) > 100 {
			t.Errorf("%s: report of %d bytes, %d params, %d findings", sh.Name, size, len(r.Params), len(r.Findings))
		}
		if r.OK {
			t.Errorf("%s: a link with an unknown scope is OK", sh.Name)
		}
	}
}

// TestQuote: what a message quotes is clean, on one line and short.
func TestQuote(t *testing.T) {
	for _, h := range testkit.All() {
		got := Quote(h.Paste+"\n"+strings.Repeat("x", 500), 60)
		if leaks := testkit.Leaks(got, h.Secrets); len(leaks) > 0 || strings.Contains(got, "\n") || len([]rune(got)) > 60+48 {
			t.Errorf("%s: Quote = %q: %v", h.Name, got, leaks)
		}
	}
	if got := Quote("short", 60); got != "short" {
		t.Errorf("Quote(short) = %q", got)
	}
}

// TestQuoteShowsInvisibleCharacters: a quote shows the format characters
// Sanitize drops as their code points, so that a message about a wrong
// value shows what made it wrong; the rest of Quote's rules still hold.
func TestQuoteShowsInvisibleCharacters(t *testing.T) {
	for in, want := range map[string]string{
		"invalid-refresh-token\u200b": "invalid-refresh-token<U+200B>",
		"sv\u200d":                    "sv<U+200D>",
		"x\u202egnp.exe":              "x<U+202E>gnp.exe",
		"\ufeffen":                    "<U+FEFF>en",
		"plain text":                  "plain text",
	} {
		if got := Quote(in, 60); got != want {
			t.Errorf("Quote(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Quote(strings.Repeat("\u200b", 100), 20); len([]rune(got)) > 21 {
		t.Errorf("Quote of many invisible characters is %d runes long: %q", len([]rune(got)), got)
	}
}

// TestCodeInAnotherValueIsHidden: check-url shows no authorization code,
// whatever parameter carries it.
func TestCodeInAnotherValueIsHidden(t *testing.T) {
	for _, link := range []string{
		"https://apps.fortnox.se/oauth-v1/auth?client_id=abc&state=xyz%26code%3D" + testkit.AuthCode + "&scope=invoice&response_type=code",
		`https://apps.fortnox.se/oauth-v1/auth?client_id=abc&state=xyz\u0026code=` + testkit.AuthCode + "&scope=invoice",
		"https://apps.fortnox.se/oauth-v1/auth?client_id=abc&redirect_uri=https%3A%2F%2Fx.example%2Fcb%3Fcode%3D" + testkit.AuthCode,
		"https://apps.fortnox.se/oauth-v1/auth?client_id=abc&state=a&amp;code=" + testkit.AuthCode,
	} {
		r, err := CheckURL(link)
		if err != nil {
			t.Fatal(err)
		}
		all := r.URL
		for _, p := range r.Params {
			all += " " + p.Name + "=" + p.Value
		}
		for _, f := range r.Findings {
			all += " " + f.Message.In(i18n.English)
		}
		if strings.Contains(all, testkit.AuthCode) {
			t.Errorf("%s: the code shows in %q", link, all)
		}
	}
}

// TestFindRepeatsEverywhere: a secret found once is hidden wherever else
// it stands, glued to other text or not, however many secrets there are.
func TestFindRepeatsEverywhere(t *testing.T) {
	var b strings.Builder
	for i := range 2000 {
		b.WriteString("client_secret=s3cr3tValue1" + strings.Repeat("x", i%7) + "\n")
	}
	b.WriteString("later: s3cr3tValue1xxx, and glued%3Ds3cr3tValue1xxxxxx%26 and s3cr3tValue1.\n")
	got := Redact(b.String()).Text
	if strings.Contains(got, "s3cr3tValue1") {
		i := strings.Index(got, "s3cr3tValue1")
		t.Errorf("a repeat survived: …%s…", got[max(0, i-40):min(len(got), i+40)])
	}
}

// TestValueOnTheNextLine: a key alone on its line takes its value from the
// next line, unless that line is a key of its own.
func TestValueOnTheNextLine(t *testing.T) {
	for _, c := range []struct{ text, hidden, kept string }{
		{"client_secret:\n  " + testkit.ClientSecret, testkit.ClientSecret, ""},
		{"client_secret=\nYWJjZGVmZ2hpams=", "YWJjZGVmZ2hpams=", ""},
		{"refresh_token:\n  https://x.example/" + testkit.ClientSecret, testkit.ClientSecret, ""},
		{"client_secret:\nclient_id: abc123", "", "client_id: abc123"},
		{"client_secret:\nstate=abcdefghijk", "", "state=abcdefghijk"},
	} {
		got := Clean(c.text)
		if c.hidden != "" && strings.Contains(got, c.hidden) {
			t.Errorf("Clean(%q) = %q: %q shows", c.text, got, c.hidden)
		}
		if c.kept != "" && !strings.Contains(got, c.kept) {
			t.Errorf("Clean(%q) = %q: %q is gone", c.text, got, c.kept)
		}
	}
}

// TestPercentEncodedSecretsStayWhole: an encoded + or / inside a secret
// does not end it.
func TestPercentEncodedSecretsStayWhole(t *testing.T) {
	got := Clean("grant_type%3Dauthorization_code%26client_secret%3Dab%2Bcd%2Fef12345%26code%3DaC0dE7xYz93K")
	for _, part := range []string{"ab%2B", "cd%2F", "ef12345", "aC0dE7xYz93K"} {
		if strings.Contains(got, part) {
			t.Errorf("%q shows in %q", part, got)
		}
	}
}

// TestRepeatsSurviveManyLookalikes: a log of many distinct JWTs (which all
// start alike) still has a secret repeated at its end found.
func TestRepeatsSurviveManyLookalikes(t *testing.T) {
	var b strings.Builder
	b.WriteString("client_secret=" + testkit.ClientSecret + "\n")
	for round := range 5 {
		for i := range 200 {
			jwt := testkit.JWT(map[string]any{"tenantId": i, "jti": strings.Repeat("x", 300)}, testkit.WithSignature(fmt.Sprintf("sig%04d", i)))
			fmt.Fprintf(&b, "round %d Authorization: Bearer %s\n", round, jwt)
		}
	}
	b.WriteString("retried with " + testkit.ClientSecret + " at last\n")
	if b.Len() > MaxInputBytes {
		t.Fatalf("the log is %d bytes", b.Len())
	}
	if got := Redact(b.String()).Text; strings.Contains(got, testkit.ClientSecret) {
		t.Errorf("the repeat at the end survived")
	}
}
