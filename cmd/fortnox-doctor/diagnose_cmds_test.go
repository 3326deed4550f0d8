package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// runApp runs fortnox-doctor in-process with stdin and the environment
// given, and returns its exit code, stdout and stderr.
func runApp(t *testing.T, stdin string, env []string, args ...string) (int, string, string) {
	t.Helper()
	r := invocation{env: env, stdin: stdin}.run(t, args...)
	return r.code, r.stdout, r.stderr
}

const (
	scopeError  = `{"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope","code":2000663}}`
	clientSec   = "bZ7hQ2xLp9RtWq4e"
	authCode    = "2c9d41f0e8b7a6c5d4e3f2a1"
	goodLink    = "https://apps.fortnox.se/oauth-v1/auth?client_id=8VurtMGDTeAI&redirect_uri=https%3A%2F%2Fapp.example.se%2Fcb&scope=invoice%20customer&state=f3a9c2&access_type=offline&response_type=code"
	signature   = "c2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlci1iZS1zaG93bi0xMjM0NTY3ODkw"
	osc52       = "\x1b]52;c;ZXZpbA==\x07"
	bidiControl = "\u202e"
)

// jwtAt builds a Fortnox-like access token issued at iat, valid one hour,
// with the claims and signature the goldens show.
func jwtAt(iat time.Time) string {
	return testkit.JWT(map[string]any{"tenantId": 1234567, "userId": "8f3e2a10", "iat": iat.Unix(), "exp": iat.Add(time.Hour).Unix(), "clientId": "AbCdEf123456"},
		testkit.WithSignature(signature))
}

// assertNoLeak fails when output holds a secret or a control sequence from
// the paste.
func assertNoLeak(t *testing.T, output string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(output, s) {
			t.Errorf("output leaks %q:\n%s", s, output)
		}
	}
	if strings.ContainsAny(output, "\x1b\u009b\u009d\u202e\u2066\r") {
		t.Errorf("output holds control characters: %q", output)
	}
}

func TestExplainCommand(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		stdin    string
		env      []string
		code     int
		out, err []string // substrings
	}{
		{
			name: "text as arguments", args: []string{"explain", "Har", "inte", "behörighet", "för", "scope"}, code: 0,
			out: []string{"“Har inte behörighet för scope” (2000663): the token lacks the scope", "Evidence: the text “Har inte behörighet för scope”", "→ fortnox-doctor show token-missing-scope"},
		},
		{name: "standard input", args: []string{"explain"}, stdin: scopeError, code: 0, out: []string{"Fortnox code 2000663"}},
		{name: "dash reads standard input", args: []string{"explain", "-"}, stdin: "Fortnox: Invalid refresh token", code: 0, out: []string{"Invalid refresh token"}},
		{
			name: "in Swedish", args: []string{"explain", "--lang", "sv"}, stdin: scopeError, code: 0,
			out: []string{"Vad texten pekar på", "”Har inte behörighet för scope” (2000663): token saknar scopet", "Belägg: Fortnox-kod 2000663"},
		},
		{name: "Swedish from the environment", args: []string{"explain"}, stdin: scopeError, env: []string{"LANG=sv_SE.UTF-8"}, code: 0, out: []string{"Belägg"}},
		{
			name: "unrelated text", args: []string{"explain", "npm ERR! 401 Unauthorized - GET https://registry.npmjs.org/x"}, code: 1,
			out: []string{i18n.CmdNoMatch.In(i18n.English), "Run fortnox-doctor without arguments"},
		},
		{name: "unrelated text in Swedish", args: []string{"explain", "--lang", "sv", "hej"}, code: 1, out: []string{i18n.CmdNoMatch.In(i18n.Swedish), "Kör fortnox-doctor utan argument"}},
		{name: "an activation link", args: []string{"explain", goodLink}, code: 1, out: []string{"fortnox-doctor check-url"}},
		{name: "a token", args: []string{"explain"}, stdin: "Bearer " + jwtAt(time.Now()), code: 1, out: []string{"fortnox-doctor inspect-token"}},
		{
			name: "a data error", args: []string{"explain"}, stdin: `{"ErrorInformation":{"error":1,"message":"Kan inte hitta kunden.","code":2000433}}`, code: 0,
			out: []string{"Data errors", "2000433  The customer was not found"},
		},
		{name: "an unknown code", args: []string{"explain"}, stdin: `{"ErrorInformation":{"error":1,"message":"x","code":2999999}}`, code: 1, out: []string{"Fortnox codes I do not know: 2999999"}},
		{name: "empty input", args: []string{"explain"}, stdin: " \n", code: 2, err: []string{i18n.DiagErrEmptyText.In(i18n.English)}},
		{name: "binary input", args: []string{"explain"}, stdin: "\x00\x01\xfe\xff PK\x03\x04\x14\x00\x06\x00", code: 2, err: []string{i18n.DiagErrNotText.In(i18n.English)}},
		{name: "binary input in Swedish", args: []string{"explain", "--lang=sv"}, stdin: "\x00\x01\xfe\xff", code: 2, err: []string{i18n.DiagErrNotText.In(i18n.Swedish)}},
		{name: "empty input in Swedish", args: []string{"explain", "--lang=sv"}, stdin: "", code: 2, err: []string{"inget att läsa"}},
		{name: "input over 1 MiB", args: []string{"explain"}, stdin: strings.Repeat("x", diagnose.MaxInputBytes+1), code: 2, err: []string{"larger than 1 MiB"}},
		{
			name: "several errors", args: []string{"explain"}, stdin: scopeError + "\nHTTP/1.1 429 Too Many Requests from Fortnox", code: 0,
			out: []string{"1. “Har inte behörighet för scope”", "2. HTTP 429 Too Many Requests"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runApp(t, tc.stdin, tc.env, tc.args...)
			checkRun(t, code, out, errOut, tc.code, tc.out, tc.err)
		})
	}
}

func TestExplainRedactsAndSanitizes(t *testing.T) {
	jwt := jwtAt(time.Now())
	paste := osc52 + "\x1b[31mERROR\x1b[0m" + bidiControl + " Authorization: Bearer " + jwt + "\n" +
		"POST https://apps.fortnox.se/oauth-v1/token grant_type=refresh_token&refresh_token=" + testkit.RefreshUUID + "&client_secret=" + clientSec + "\n" +
		`{"error":"invalid_grant","error_description":"Invalid refresh token"}`
	for _, args := range [][]string{{"explain"}, {"explain", "--json"}, {"explain", "--lang", "sv"}} {
		code, out, errOut := runApp(t, paste, nil, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		assertNoLeak(t, out+errOut, jwt, signature, testkit.RefreshUUID, clientSec)
	}
	_, out, _ := runApp(t, paste, nil, "explain")
	if !strings.Contains(out, "The text held 3 secrets (jwt, refresh-token, client-secret)") || !strings.Contains(out, "rotate") {
		t.Errorf("no redaction note:\n%s", out)
	}
	_, out, _ = runApp(t, paste, nil, "explain", "--json")
	var got shape.Explain[shape.Match]
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Redactions != 3 {
		t.Errorf("redactions = %d", got.Redactions)
	}
}

func TestExplainJSONShape(t *testing.T) {
	code, out, _ := runApp(t, scopeError, nil, "explain", "--json", "--lang", "sv")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	for _, key := range []string{"lang", "matches", "codes", "redactions", "data_errors"} {
		if _, ok := got[key]; !ok {
			t.Errorf("key %q missing:\n%s", key, out)
		}
	}
	m := got["matches"].([]any)[0].(map[string]any)
	for _, key := range []string{"id", "title", "score", "evidence"} {
		if _, ok := m[key]; !ok {
			t.Errorf("match key %q missing", key)
		}
	}
	if got["lang"] != "sv" || m["id"] != "token-missing-scope" || m["evidence"].([]any)[0] != "Fortnox-kod 2000663" {
		t.Errorf("unexpected: %s", out)
	}

	// No match: the same shape, empty arrays rather than null, exit 1.
	code, out, _ = runApp(t, "", nil, "explain", "--json", "hello world")
	if code != 1 || !strings.Contains(out, `"matches": []`) || !strings.Contains(out, `"codes": []`) {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestCheckURLCommand(t *testing.T) {
	bad := strings.Replace(goodLink, "invoice%20customer", "invoice,customer", 1)
	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		out, err []string
	}{
		{name: "a good link", args: []string{"check-url", goodLink}, code: 0, out: []string{"Parameters", "client_id      8VurtMGDTeAI", "No errors: the link follows Fortnox's rules."}},
		{name: "from standard input", args: []string{"check-url"}, stdin: goodLink + "\n", code: 0},
		{name: "commas", args: []string{"check-url", bad}, code: 1, out: []string{"✗ error", "separated by commas", "→ fortnox-doctor show unsupported-scope", "Errors: 1"}},
		{name: "in Swedish", args: []string{"check-url", "--lang", "sv", bad}, code: 1, out: []string{"✗ fel", "åtskilda med kommatecken", "Fel: 1"}},
		{name: "a warning only", args: []string{"check-url", strings.Replace(goodLink, "&access_type=offline", "", 1)}, code: 0, out: []string{"! warning", "No errors; warnings: 1."}},
		{name: "two arguments", args: []string{"check-url", "https://a", "https://b"}, code: 2, err: []string{"check-url takes one URL"}},
		{name: "empty", args: []string{"check-url"}, stdin: "", code: 2, err: []string{"no URL"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runApp(t, tc.stdin, nil, tc.args...)
			checkRun(t, code, out, errOut, tc.code, tc.out, tc.err)
		})
	}
}

func TestCheckURLJSONAndLeaks(t *testing.T) {
	link := goodLink + "&client_secret=" + clientSec + "&note=" + strings.ReplaceAll(osc52+bidiControl, "\x1b", "%1B")
	for _, args := range [][]string{{"check-url", link}, {"check-url", "--json", link}, {"check-url", "--lang", "sv", link}} {
		code, out, errOut := runApp(t, "", nil, args...)
		if code != 1 {
			t.Errorf("%v: exit %d", args, code)
		}
		assertNoLeak(t, out+errOut, clientSec)
	}
	_, out, _ := runApp(t, "", nil, "check-url", "--json", link)
	var got struct {
		OK       bool              `json:"ok"`
		Params   map[string]string `json:"params"`
		Findings []map[string]any  `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.OK || got.Params["scope"] != "invoice customer" || !strings.HasPrefix(got.Params["client_secret"], "[redacted:client-secret") {
		t.Errorf("unexpected: %s", out)
	}
	for _, f := range got.Findings {
		for _, key := range []string{"severity", "code", "message"} {
			if _, ok := f[key]; !ok {
				t.Errorf("finding lacks %q: %v", key, f)
			}
		}
	}
}

func TestInspectTokenCommand(t *testing.T) {
	now := time.Now()
	fresh, expired := jwtAt(now.Add(-23*time.Minute-30*time.Second)), jwtAt(now.Add(-3*time.Hour-30*time.Minute))
	response := `{"access_token":"` + fresh + `","refresh_token":"` + testkit.RefreshUUID + `","scope":"invoice customer","expires_in":3600}`
	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		out, err []string
	}{
		{
			name: "a fresh token", args: []string{"inspect-token"}, stdin: fresh, code: 0,
			out: []string{"access token (JWT, signature not verified)", "tenantId  1234567", "(23 minutes ago)", "(in 36 minutes)", "Fortnox does not publish the key"},
		},
		{
			name: "Bearer header in Swedish", args: []string{"inspect-token", "--lang", "sv"}, stdin: "Authorization: Bearer " + fresh, code: 0,
			out: []string{"access-token (JWT, signaturen inte kontrollerad)", "(för 23 minuter sedan)", "(om 36 minuter)"},
		},
		{name: "an expired token", args: []string{"inspect-token"}, stdin: expired, code: 1, out: []string{"✗ error", "expired", "(3 hours ago)", "→ fortnox-doctor show access-token-expired"}},
		{name: "a token response", args: []string{"inspect-token"}, stdin: response, code: 0, out: []string{"Scopes", "invoice customer", i18n.DiagTokenRefresh.In(i18n.English)[:40]}},
		{name: "a refresh token alone", args: []string{"inspect-token"}, stdin: `{"refresh_token":"` + testkit.RefreshUUID + `"}`, code: 0, out: []string{"refresh token (not shown)"}},
		{name: "not a token", args: []string{"inspect-token"}, stdin: "hello", code: 1, out: []string{"This is not a JWT"}},
		{name: "a token as an argument", args: []string{"inspect-token", fresh}, code: 2, err: []string{"standard input only", "shell history", "ps"}},
		{name: "a token as an argument, Swedish", args: []string{"inspect-token", "--lang", "sv", fresh}, code: 2, err: []string{"skalets historik"}},
		{name: "empty", args: []string{"inspect-token"}, stdin: "\n", code: 2, err: []string{"no token"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runApp(t, tc.stdin, []string{"TZ=Europe/Stockholm"}, tc.args...)
			checkRun(t, code, out, errOut, tc.code, tc.out, tc.err)
			assertNoLeak(t, out+errOut, fresh, expired, signature, testkit.RefreshUUID)
		})
	}
}

func TestInspectTokenJSON(t *testing.T) {
	expired := jwtAt(time.Now().Add(-2 * time.Hour))
	code, out, _ := runApp(t, expired, nil, "inspect-token", "--json")
	if code != 1 {
		t.Errorf("exit %d", code)
	}
	assertNoLeak(t, out, expired, signature)
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"kind", "claims", "expires_at", "expired", "findings"} {
		if _, ok := got[key]; !ok {
			t.Errorf("key %q missing:\n%s", key, out)
		}
	}
	if got["kind"] != "jwt" || got["expired"] != true || got["claims"].(map[string]any)["tenantId"] != 1234567.0 {
		t.Errorf("unexpected:\n%s", out)
	}
	if _, err := time.Parse(time.RFC3339, got["expires_at"].(string)); err != nil {
		t.Errorf("expires_at: %v", err)
	}
}

// TestPasteCommandsGolden pins the text output of the three commands in
// both languages (update with go test -update).
func TestPasteCommandsGolden(t *testing.T) {
	stockholm := testkit.LoadLocation(t, "Europe/Stockholm")
	now := time.Date(2025, 5, 2, 10, 0, 0, 0, stockholm)
	twoErrors := "2025-05-02 09:58:01 ERROR Authorization: Bearer " + jwtAt(now.Add(-2*time.Hour)) + "\n" + scopeError +
		"\n" + `{"ErrorInformation":{"error":1,"message":"Kan inte hitta kunden.","code":2000433}}` +
		"\n" + `{"error":"invalid_grant","error_description":"Invalid refresh token"}`
	badLink := "apps.fortnox.se/oauth-v1/authorize?client_id=8VurtMGDTeAI&scope=invoice,Customer,articles&state=x1&response_type=code&account_type=service&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb"
	for _, l := range i18n.Langs() {
		t.Run("explain-"+l.String(), func(t *testing.T) {
			_, out, _ := runApp(t, twoErrors, nil, "explain", "--lang", l.String())
			golden.RequireEqual(t, out)
		})
		t.Run("check-url-"+l.String(), func(t *testing.T) {
			_, out, _ := runApp(t, "", nil, "check-url", "--lang", l.String(), badLink)
			golden.RequireEqual(t, out)
		})
		t.Run("inspect-token-"+l.String(), func(t *testing.T) {
			var buf bytes.Buffer
			a := &app{in: strings.NewReader(jwtAt(now.Add(-23 * time.Minute))), out: &buf, errOut: &buf, lang: l}
			opts := &inspectTokenOptions{now: func() time.Time { return now }, loc: stockholm}
			if err := runInspectToken(a, opts, nil); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, buf.String())
		})
	}
}

// checkRun fails unless a run exited with wantCode and its stdout and stderr
// hold every one of wantOut and wantErr.
func checkRun(t *testing.T, code int, out, errOut string, wantCode int, wantOut, wantErr []string) {
	t.Helper()
	if code != wantCode {
		t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, wantCode, out, errOut)
	}
	for _, s := range wantOut {
		if !strings.Contains(out, s) {
			t.Errorf("stdout lacks %q:\n%s", s, out)
		}
	}
	for _, s := range wantErr {
		if !strings.Contains(errOut, s) {
			t.Errorf("stderr lacks %q:\n%s", s, errOut)
		}
	}
}
