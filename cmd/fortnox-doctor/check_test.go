package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

var checkStart = time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)

// checkInvocation runs check in-process against a double: the double's
// clock is check's clock, so spacing and Retry-After cost no real time.
type checkInvocation struct {
	scenario fortnoxdouble.Scenario
	env      []string
	stdin    string
	terminal bool
	// token replaces the double's token in FORTNOX_ACCESS_TOKEN; "-" sends
	// none.
	token string
}

func (ci checkInvocation) run(t *testing.T, args ...string) (result, *fortnoxdouble.Double) {
	t.Helper()
	clock := fortnoxdouble.NewClock(checkStart)
	d := fortnoxdouble.Start(t, ci.scenario, clock)
	env := append([]string{}, ci.env...)
	switch ci.token {
	case "":
		env = append(env, envAccessToken+"="+d.Token)
	case "-":
	default:
		env = append(env, envAccessToken+"="+ci.token)
	}
	var out, errOut bytes.Buffer
	a := &app{
		in: strings.NewReader(ci.stdin), out: &out, errOut: &errOut, environ: env,
		termWidth: func() int { return 80 }, lang: i18n.English,
		checkEnv: &checkEnvironment{clock: clock, terminal: ci.terminal},
	}
	full := append([]string{"check", "--api-url", d.URL}, args...)
	code := run(context.Background(), full, a)
	return result{stdout: out.String(), stderr: errOut.String(), code: code}, d
}

// scenarioExpectations says, per scenario, the check that shows it, its
// status and fix, and the exit code.
var scenarioExpectations = []struct {
	sc     fortnoxdouble.Scenario
	args   []string
	check  string
	status livecheck.Status
	fix    string
	code   int
}{
	{fortnoxdouble.Healthy, nil, "scope-invoice", livecheck.StatusOK, "", 0},
	{fortnoxdouble.Expired, nil, livecheck.CheckAccepted, livecheck.StatusFailed, livecheck.FixInvalidLogin, 1},
	{fortnoxdouble.ScopeMissing403, nil, "scope-invoice", livecheck.StatusFailed, livecheck.FixTokenMissingScope, 1},
	{fortnoxdouble.ScopeMissing400, nil, "scope-invoice", livecheck.StatusFailed, livecheck.FixTokenMissingScope, 1},
	{fortnoxdouble.NotLicensed, nil, "scope-invoice", livecheck.StatusFailed, livecheck.FixNotLicensedForScope, 1},
	{fortnoxdouble.NoAPILicense, nil, livecheck.CheckAccepted, livecheck.StatusFailed, livecheck.FixMissingLicense, 1},
	{fortnoxdouble.MissingRights, nil, "scope-invoice", livecheck.StatusFailed, livecheck.FixMissingRights, 1},
	{fortnoxdouble.NoRight, nil, "scope-invoice", livecheck.StatusWarning, livecheck.FixNotLicensedForScope, 0},
	{fortnoxdouble.WrongCompany, nil, livecheck.CheckAccepted, livecheck.StatusFailed, livecheck.FixWrongCompanyAuthorized, 1},
	{fortnoxdouble.WarehouseOff, []string{"--scopes", "warehouse,warehousecustomdocument,article"}, livecheck.CheckWarehouse, livecheck.StatusWarning, "", 0},
	{fortnoxdouble.WarehouseMissingRights, []string{"--scopes", "warehouse"}, livecheck.CheckWarehouse, livecheck.StatusFailed, livecheck.FixMissingRightsWarehouse, 1},
	{fortnoxdouble.RateLimitedOnce, nil, livecheck.CheckAccepted, livecheck.StatusOK, "", 0},
	{fortnoxdouble.RateLimited, nil, livecheck.CheckAccepted, livecheck.StatusCouldNotCheck, "", 3},
	{fortnoxdouble.ServerError, nil, "scope-invoice", livecheck.StatusCouldNotCheck, "", 3},
	{fortnoxdouble.Maintenance, nil, "scope-invoice", livecheck.StatusCouldNotCheck, "", 3},
	{fortnoxdouble.Slow, []string{"--timeout", "100ms"}, livecheck.CheckReachable, livecheck.StatusCouldNotCheck, "", 3},
	{fortnoxdouble.NotAdmin, nil, livecheck.CheckUser, livecheck.StatusWarning, "", 0},
}

// decodeCheck reads check --json and finds the check of the given id in
// it.
func decodeCheck(t *testing.T, stdout, id string) (checkJSON, checkItemJSON) {
	t.Helper()
	var got checkJSON
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("--json is not JSON: %v\n%s", err, stdout)
	}
	i := slices.IndexFunc(got.Checks, func(c checkItemJSON) bool { return c.ID == id })
	if i < 0 {
		t.Fatalf("no check %s in %s", id, stdout)
	}
	return got, got.Checks[i]
}

func TestCheckEveryScenarioInBothLanguagesTextAndJSON(t *testing.T) {
	for _, tt := range scenarioExpectations {
		for _, lang := range []i18n.Lang{i18n.English, i18n.Swedish} {
			t.Run(string(tt.sc)+"/"+string(lang), func(t *testing.T) {
				args := append([]string{"--yes", "--lang", string(lang)}, tt.args...)
				text, _ := checkInvocation{scenario: tt.sc}.run(t, args...)
				if text.code != tt.code {
					t.Fatalf("text: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", text.code, tt.code, text.stdout, text.stderr)
				}
				js, _ := checkInvocation{scenario: tt.sc}.run(t, append(args, "--json")...)
				if js.code != tt.code {
					t.Fatalf("json: exit %d, want %d\n%s", js.code, tt.code, js.stderr)
				}
				_, c := decodeCheck(t, js.stdout, tt.check)
				if c.Status != tt.status || c.FixID != tt.fix {
					t.Errorf("%s = %s %q, want %s %q (%s)", c.ID, c.Status, c.FixID, tt.status, tt.fix, c.Summary)
				}
				// The text shows the same check on one line with its mark,
				// the fix's ID and title, and how to see its steps.
				line := portPattern.ReplaceAllString(tt.status.Mark()+" "+c.Name+": "+c.Summary, "127.0.0.1:PORT")
				if !strings.Contains(portPattern.ReplaceAllString(text.stdout, "127.0.0.1:PORT"), line) {
					t.Errorf("text lacks %q:\n%s", line, text.stdout)
				}
				if tt.fix != "" {
					if !strings.Contains(text.stdout, i18n.CheckFix.Format(lang, tt.fix, fixTitle(tt.fix, lang))) {
						t.Errorf("text lacks the fix line for %s:\n%s", tt.fix, text.stdout)
					}
				}
				if tt.status == livecheck.StatusFailed && !strings.Contains(text.stdout, i18n.CheckRunShow.Format(lang, tt.fix)) {
					t.Errorf("text lacks the show line:\n%s", text.stdout)
				}
				if len(strings.Split(strings.TrimSpace(text.stderr), "\n")) < 2 || !strings.Contains(text.stderr, "GET") {
					t.Errorf("no plan on stderr: %q", text.stderr)
				}
			})
		}
	}
}

func TestCheckJSONShape(t *testing.T) {
	r, d := checkInvocation{scenario: fortnoxdouble.Healthy}.run(t, "--yes", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	raw := json.RawMessage(r.stdout)
	if keys := jsonKeys(t, raw); !slices.Equal(keys, []string{"checks", "company", "fix_ids", "host", "lang", "outcome", "requests", "user"}) {
		t.Errorf("keys %v", keys)
	}
	var top map[string]json.RawMessage
	_ = json.Unmarshal(raw, &top)
	if keys := jsonKeys(t, top["company"]); !slices.Equal(keys, []string{"name", "organisation_number", "tenant"}) {
		t.Errorf("company keys %v", keys)
	}
	var checks []json.RawMessage
	_ = json.Unmarshal(top["checks"], &checks)
	for _, c := range checks {
		keys := jsonKeys(t, c)
		for _, k := range []string{"evidence", "fix_id", "id", "status"} {
			if !slices.Contains(keys, k) {
				t.Errorf("check lacks %s: %s", k, c)
			}
		}
		var item struct{ Evidence json.RawMessage }
		_ = json.Unmarshal(c, &item)
		if keys := jsonKeys(t, item.Evidence); !slices.Equal(keys, []string{"code", "http", "message"}) {
			t.Errorf("evidence keys %v", keys)
		}
	}
	var got checkJSON
	_ = json.Unmarshal(raw, &got)
	// The default check: the token offline, then companyinformation, me
	// and one list per default scope.
	wantIDs := []string{livecheck.CheckToken, livecheck.CheckReachable, livecheck.CheckAccepted, livecheck.CheckUser}
	for _, s := range livecheck.DefaultScopes() {
		wantIDs = append(wantIDs, livecheck.ScopeCheckID(s))
	}
	var ids []string
	for _, c := range got.Checks {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("checks %v, want %v", ids, wantIDs)
	}
	if got.Requests != 6 || len(d.Requests()) != 6 || got.Company.Tenant != "1234567" || got.User == nil || !got.User.SysAdmin {
		t.Errorf("requests %d (double %d), company %+v, user %+v", got.Requests, len(d.Requests()), got.Company, got.User)
	}
}

// TestCheckNeverShowsTokenSecretOrEmail runs every scenario with client
// credentials, in both languages, as text and JSON, and looks for the
// token, the client secret and the user's e-mail in everything printed.
func TestCheckNeverShowsTokenSecretOrEmail(t *testing.T) {
	dir := t.TempDir()
	secretFile := filepath.Join(dir, "secret")
	if err := os.WriteFile(secretFile, []byte(fortnoxdouble.ClientSecret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, sc := range fortnoxdouble.Scenarios() {
		for _, lang := range []string{"en", "sv"} {
			for _, format := range [][]string{nil, {"--json"}} {
				args := append([]string{
					"--yes", "--lang", lang, "--scopes", "invoice,warehouse", "--timeout", "100ms",
					"--client-credentials", "--client-id", fortnoxdouble.ClientID, "--client-secret-file", secretFile,
				}, format...)
				r, d := checkInvocation{scenario: sc}.run(t, args...)
				all := r.stdout + r.stderr
				for name, secret := range map[string]string{
					"token": d.Token, "token's signature": d.Token[strings.LastIndex(d.Token, ".")+1:],
					"secret": fortnoxdouble.ClientSecret, "e-mail": fortnoxdouble.Email,
				} {
					if strings.Contains(all, secret) {
						t.Errorf("%s %s %v: output holds the %s:\n%s", sc, lang, format, name, all)
					}
				}
				if strings.Contains(all, "eyJ") {
					t.Errorf("%s %s %v: output holds something like a JWT:\n%s", sc, lang, format, all)
				}
			}
		}
	}
	// The secret from the environment, too.
	r, _ := checkInvocation{scenario: fortnoxdouble.Healthy, env: []string{envClientSecret + "=" + fortnoxdouble.ClientSecret, envClientID + "=" + fortnoxdouble.ClientID}}.
		run(t, "--yes", "--client-credentials", "--json")
	if r.code != 0 || strings.Contains(r.stdout+r.stderr, fortnoxdouble.ClientSecret) {
		t.Errorf("client secret from the environment: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	var got checkJSON
	_ = json.Unmarshal([]byte(r.stdout), &got)
	if c := got.Checks[len(got.Checks)-1]; c.ID != livecheck.CheckClientCredentials || c.Status != livecheck.StatusOK {
		t.Errorf("client credentials: %+v", c)
	}
}

func TestCheckRefusesBeforeSendingAnything(t *testing.T) {
	refresh := `{"refresh_token":"8b2c0f3a9d4e4f5a6b7c8d9e"}`
	tests := []struct {
		name string
		ci   checkInvocation
		args []string
		want string
	}{
		{"token as an argument", checkInvocation{}, []string{"--yes", "eyJhbGciOiJIUzI1NiJ9.e30.sig"}, i18n.CheckErrTokenArgs.En},
		{"no terminal, no --yes", checkInvocation{}, nil, i18n.CheckNeedsYes.En},
		{"refresh token", checkInvocation{token: refresh}, []string{"--yes"}, i18n.CheckRefuseRefresh.En},
		{"refresh token, Swedish", checkInvocation{token: "refresh_token=8b2c0f3a9d4e4f5a"}, []string{"--yes", "--lang", "sv"}, i18n.CheckRefuseRefresh.Sv},
		{"authorization code", checkInvocation{token: "code=5f0b7c7e-aa1b-4c33-9d2a-0e1f2a3b4c5d"}, []string{"--yes"}, i18n.CheckRefuseCode.En},
		{"opaque string", checkInvocation{token: "8b2c0f3a-9d4e-4f5a-b6c7-d8e9f0a1b2c3"}, []string{"--yes"}, i18n.CheckRefuseNotJWT.En},
		{"unknown scope", checkInvocation{}, []string{"--yes", "--scopes", "invoices"}, i18n.CheckErrScopeNear.Format(i18n.English, "invoices", "invoice")},
		{"timeout", checkInvocation{}, []string{"--yes", "--timeout", "1ms"}, i18n.CheckErrTimeout.Format(i18n.English, "100 ms", "2 min", "1 ms")},
		{"max requests", checkInvocation{}, []string{"--yes", "--max-requests", "500"}, i18n.CheckErrMaxRequests.Format(i18n.English, livecheck.MaxRequestsLimit, 500)},
		{"tenant", checkInvocation{}, []string{"--yes", "--tenant", "abc"}, i18n.CheckErrTenant.Format(i18n.English, "abc")},
		{"client id", checkInvocation{}, []string{"--yes", "--client-credentials"}, i18n.CheckErrClientID.En},
		{"client secret", checkInvocation{}, []string{"--yes", "--client-credentials", "--client-id", "x"}, i18n.CheckErrSecret.En},
		{"no token", checkInvocation{token: "-"}, []string{"--yes"}, i18n.CheckErrNoToken.En},
		{"no token, Swedish", checkInvocation{token: "-"}, []string{"--yes", "--lang", "sv"}, "--token-file FIL eller i FORTNOX_ACCESS_TOKEN"},
		{"token over 1 MiB", checkInvocation{token: "-", stdin: strings.Repeat("x", diagnose.MaxInputBytes+1)}, []string{"--yes"}, i18n.ErrTokenTooLarge.Format(i18n.English, "1 MiB")},
		{"token file", checkInvocation{}, []string{"--yes", "--token-file", "/nonexistent/token"}, "/nonexistent/token"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.ci.scenario = fortnoxdouble.Healthy
			r, d := tt.ci.run(t, tt.args...)
			if r.code != exitUsage || !strings.Contains(r.stderr, tt.want) || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", r.code, r.stdout, r.stderr, tt.want)
			}
			if n := len(d.Requests()); n != 0 {
				t.Errorf("%d requests sent before refusing", n)
			}
		})
	}
}

func TestCheckAPIURL(t *testing.T) {
	l := i18n.English
	for _, ok := range []string{"https://api.fortnox.se", "https://api.fortnox.se/", "http://127.0.0.1:8080", "http://[::1]:9", "http://localhost:1", "http://LOCALHOST:8080", "HTTP://127.0.0.1:65535"} {
		if _, err := checkAPIURL(l, ok); err != nil {
			t.Errorf("%s refused: %v", ok, err)
		}
	}
	for _, bad := range []string{
		"http://api.fortnox.se", "ftp://127.0.0.1", "https://u:p@api.fortnox.se", "https://api.fortnox.se/?x=1", "api.fortnox.se", "http://10.0.0.1",
		// Ports no server listens on (an outside audit's 99999 failed only
		// when sent, with exit 3).
		"http://localhost:99999", "http://127.0.0.1:0", "https://api.fortnox.se:65536",
	} {
		if _, err := checkAPIURL(l, bad); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
	// A password in the URL is hidden in the message.
	for _, l := range i18n.Langs() {
		const withPassword = "https://user:S3cretPassw0rd@127.0.0.1:18081"
		_, err := checkAPIURL(l, withPassword)
		if err == nil || strings.Contains(err.Error(), "S3cretPassw0rd") || err.Error() != i18n.CheckErrAPIURL.Format(l, diagnose.Clean(withPassword)) {
			t.Errorf("%s: %v", l, err)
		}
	}
}

func TestCheckAsksOnATerminal(t *testing.T) {
	for _, tt := range []struct {
		lang, answer string
		code, sent   int
	}{
		{"en", "y\n", 0, 6},
		{"sv", "j\n", 0, 6},
		{"sv", "ja\n", 0, 6},
		{"en", "n\n", exitNothingChecked, 0},
		{"en", "\n", exitNothingChecked, 0},
		{"sv", "", exitNothingChecked, 0},
	} {
		r, d := checkInvocation{scenario: fortnoxdouble.Healthy, terminal: true, stdin: tt.answer}.run(t, "--lang", tt.lang)
		if r.code != tt.code || len(d.Requests()) != tt.sent {
			t.Errorf("%s %q: exit %d, %d requests; want %d, %d\n%s", tt.lang, tt.answer, r.code, len(d.Requests()), tt.code, tt.sent, r.stderr)
		}
		if !strings.Contains(r.stderr, i18n.CheckConfirm.In(i18n.Lang(tt.lang))) {
			t.Errorf("not asked: %q", r.stderr)
		}
		if tt.sent == 0 && !strings.Contains(r.stderr, i18n.CheckDeclined.In(i18n.Lang(tt.lang))) {
			t.Errorf("no word that nothing was sent: %q", r.stderr)
		}
	}
}

func TestCheckClosedPortIsExit3(t *testing.T) {
	for _, json := range []bool{false, true} {
		var out, errOut bytes.Buffer
		a := &app{
			in: strings.NewReader(""), out: &out, errOut: &errOut, lang: i18n.English,
			environ:  []string{envAccessToken + "=" + fortnoxdouble.Token(fortnoxdouble.Tenant, checkStart.Add(time.Hour))},
			checkEnv: &checkEnvironment{clock: fortnoxdouble.NewClock(checkStart)},
		}
		args := []string{"check", "--yes", "--api-url", fortnoxdouble.ClosedURL(t)}
		if json {
			args = append(args, "--json")
		}
		if code := run(context.Background(), args, a); code != exitNothingChecked {
			t.Errorf("closed port: exit %d\n%s%s", code, out.String(), errOut.String())
		}
		if !json && !strings.Contains(out.String(), i18n.CheckNothingAnswer.En) {
			t.Errorf("no word that nothing could be checked:\n%s", out.String())
		}
	}
}

func TestCheckTokenFromFileAndStdin(t *testing.T) {
	clock := fortnoxdouble.NewClock(checkStart)
	tok := fortnoxdouble.Token(fortnoxdouble.Tenant, checkStart.Add(time.Hour))
	file := filepath.Join(t.TempDir(), "token")
	_ = os.WriteFile(file, []byte("Authorization: Bearer "+tok+"\n"), 0o600)
	for _, ci := range []checkInvocation{
		{scenario: fortnoxdouble.Healthy, token: "-", stdin: `{"access_token":"` + tok + `","scope":"invoice customer","expires_in":3600}`},
	} {
		r, d := ci.run(t, "--yes", "--json")
		if r.code != 0 {
			t.Fatalf("stdin: exit %d %s", r.code, r.stderr)
		}
		// The scopes of a pasted token response are the ones checked.
		if !strings.Contains(r.stderr, "invoice, customer") || len(d.Requests()) != 4 {
			t.Errorf("token response's scopes not used: %q, %d requests", r.stderr, len(d.Requests()))
		}
	}
	_ = clock
	r, _ := checkInvocation{scenario: fortnoxdouble.Healthy, token: "-"}.run(t, "--yes", "--token-file", file)
	if r.code != 0 {
		t.Errorf("--token-file: exit %d %s", r.code, r.stderr)
	}
}

var portPattern = regexp.MustCompile(`127\.0\.0\.1:\d+`)

// TestCheckOutputGolden keeps two whole outputs, a healthy check and one
// with a missing scope, in both languages; the README shows them.
func TestCheckOutputGolden(t *testing.T) {
	for _, sc := range []fortnoxdouble.Scenario{fortnoxdouble.Healthy, fortnoxdouble.ScopeMissing403} {
		for _, lang := range []string{"en", "sv"} {
			r, _ := checkInvocation{scenario: sc}.run(t, "--yes", "--lang", lang)
			got := portPattern.ReplaceAllString("$ FORTNOX_ACCESS_TOKEN=… fortnox-doctor check --yes --api-url http://127.0.0.1:PORT\n"+r.stderr+r.stdout, "127.0.0.1:PORT")
			checkGolden(t, filepath.Join("testdata", "check", string(sc)+"."+lang+".txt"), got)
		}
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if os.Getenv("UPDATE_CHECK_GOLDEN") != "" {
		_ = os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with UPDATE_CHECK_GOLDEN=1 to write it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// TestEveryFixACheckReportsExists holds the check's fix IDs against the
// catalogue.
func TestEveryFixACheckReportsExists(t *testing.T) {
	for _, id := range livecheck.FixIDs() {
		if _, ok := flows.Lookup(id); !ok {
			t.Errorf("check can report %s, which the catalogue lacks", id)
		}
	}
}

func TestCheckInterruptedIs130(t *testing.T) {
	clock := fortnoxdouble.NewClock(checkStart)
	d := fortnoxdouble.Start(t, fortnoxdouble.Healthy, clock)
	var out, errOut bytes.Buffer
	a := &app{
		in: strings.NewReader(""), out: &out, errOut: &errOut, lang: i18n.English,
		environ: []string{envAccessToken + "=" + d.Token}, checkEnv: &checkEnvironment{clock: clock},
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if code := run(ctx, []string{"check", "--yes", "--api-url", d.URL}, a); code != exitInterrupted {
		t.Errorf("exit %d after ctrl+c, want %d", code, exitInterrupted)
	}
	if n := len(d.Requests()); n != 0 {
		t.Errorf("%d requests after ctrl+c", n)
	}
}

// TestCheckSecretFileTooLarge: a client-secret file past its bound says so
// in check's words, not explain's "paste only the error message" (an
// outside audit's /dev/zero), and nothing is sent.
func TestCheckSecretFileTooLarge(t *testing.T) {
	file := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(file, bytes.Repeat([]byte("s"), maxSecretFileBytes+1), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, l := range i18n.Langs() {
		r, d := checkInvocation{scenario: fortnoxdouble.Healthy}.run(t, "--yes", "--lang", string(l), "--client-credentials", "--client-id", fortnoxdouble.ClientID, "--client-secret-file", file)
		want := i18n.CheckErrSecretFileTooLarge.Format(l, diagnose.Clean(file), maxSecretFileSize)
		if r.code != exitUsage || !strings.Contains(r.stderr, want) || len(d.Requests()) != 0 {
			t.Errorf("%s: exit %d, %d requests, stderr %q; want 2, none and %q", l, r.code, len(d.Requests()), r.stderr, want)
		}
	}
}
