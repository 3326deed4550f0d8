package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/nearest"
	"github.com/fortnox-doctor/fortnox-doctor/internal/version"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
	"github.com/fortnox-doctor/fortnox-doctor/report"
	"github.com/spf13/cobra"
)

// exitNothingChecked is check's exit code when nothing could be checked
// (the network, a timeout or unexpected answers stood in the way).
const exitNothingChecked = 3

// Where check reads its secrets from when no flag names a file.
const (
	envAccessToken  = "FORTNOX_ACCESS_TOKEN"
	envClientID     = "FORTNOX_CLIENT_ID"
	envClientSecret = "FORTNOX_CLIENT_SECRET"
)

// maxSecretFileBytes bounds a client-secret file: a secret is short.
const maxSecretFileBytes = 4 << 10

// checkEnvironment is what tests put in place of the real clock, network
// and terminal; nil in production.
type checkEnvironment struct {
	clock    livecheck.Clock
	client   *http.Client
	interval time.Duration
	// terminal pretends standard input is a terminal, to answer the
	// consent question from the test's input.
	terminal bool
}

// checkOptions are check's flags.
type checkOptions struct {
	yes               bool
	apiURL            string
	timeout           time.Duration
	scopes            []string
	maxRequests       int
	tokenFile         string
	clientCredentials bool
	clientID          string
	clientSecretFile  string
	tenant            string
}

func newCheckCmd(a *app) *cobra.Command {
	o := &checkOptions{}
	l := a.lang
	cmd := &cobra.Command{
		Use:   "check",
		Short: i18n.CmdCheckShort.In(l),
		Long: i18n.CmdCheckLong.In(l) + "\n\n" +
			i18n.CheckScopesHelp.Format(l, strings.Join(livecheck.DefaultScopes(), ","), strings.Join(flows.ScopeNames(), ", ")),
		Example: "pbpaste | fortnox-doctor check\n" +
			"fortnox-doctor check --token-file token.txt --scopes invoice,customer\n" +
			"FORTNOX_ACCESS_TOKEN=… fortnox-doctor check --yes --json",
		// Arguments are refused in runCheck, in the chosen language.
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runCheck(cmd.Context(), a, o, args) },
	}
	f := cmd.Flags()
	f.BoolVarP(&o.yes, "yes", "y", false, i18n.FlagCheckYes.In(l))
	f.StringVar(&o.apiURL, "api-url", "", i18n.FlagCheckAPIURL.In(l))
	f.DurationVar(&o.timeout, "timeout", livecheck.DefaultTimeout, i18n.FlagCheckTimeout.In(l))
	f.StringSliceVar(&o.scopes, "scopes", nil, i18n.FlagCheckScopesValues.In(l))
	f.IntVar(&o.maxRequests, "max-requests", livecheck.DefaultMaxRequests, i18n.FlagCheckMaxRequests.In(l))
	f.StringVar(&o.tokenFile, "token-file", "", i18n.FlagCheckTokenFile.In(l))
	f.BoolVar(&o.clientCredentials, "client-credentials", false, i18n.FlagCheckClientCredentials.In(l))
	f.StringVar(&o.clientID, "client-id", "", i18n.FlagCheckClientID.In(l))
	f.StringVar(&o.clientSecretFile, "client-secret-file", "", i18n.FlagCheckClientSecretFile.In(l))
	f.StringVar(&o.tenant, "tenant", "", i18n.FlagCheckTenant.In(l))
	_ = cmd.RegisterFlagCompletionFunc("scopes", cobra.FixedCompletions(flows.ScopeNames(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runCheck(ctx context.Context, a *app, o *checkOptions, args []string) error {
	if len(args) > 1 || len(args) == 1 && args[0] != "-" {
		return usageError(i18n.CheckErrTokenArgs.In(a.lang))
	}
	env := a.checkEnv
	if env == nil {
		env = &checkEnvironment{}
	}
	opts, err := o.livecheckOptions(a, env)
	if err != nil {
		return err
	}
	paste, err := o.readAccessToken(a)
	if err != nil {
		return inputErrorAs(a, err, i18n.ErrTokenTooLarge)
	}
	tok, err := livecheck.ReadToken(paste, opts.Clock.Now())
	if err != nil {
		var re *livecheck.RefusedError
		if errors.As(err, &re) {
			return usageError(re.Message.In(a.lang))
		}
		if errors.Is(err, diagnose.ErrEmpty) {
			// Say every way check takes a token.
			return usageError(i18n.CheckErrNoToken.In(a.lang))
		}
		return inputErrorAs(a, err, i18n.ErrTokenTooLarge)
	}

	plan := livecheck.NewPlan(tok, opts)
	writePlan(a, plan, opts)
	if !o.yes {
		agreed, err := askConsent(a, env)
		if err != nil {
			return err
		}
		if !agreed {
			fmt.Fprintln(a.errOut, i18n.CheckDeclined.In(a.lang))
			return &exitError{code: exitNothingChecked, silent: true}
		}
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	w := a.stdout()
	if !a.json {
		// Each line as its check ends, so a slow answer shows where it is.
		opts.OnCheck = func(c livecheck.Check) { writeCheckLine(w, a.lang, c) }
	}
	report := livecheck.Run(ctx, tok, opts)
	if ctx.Err() != nil {
		return interrupted()
	}
	if a.json {
		if err := writeJSON(a.out, newCheckJSON(report, plan, a.lang)); err != nil {
			return err
		}
	} else {
		writeCheckEnd(w, a.lang, report, opts.MaxRequests)
	}
	switch {
	case report.Failed():
		return negative()
	case report.NothingChecked(), report.Incomplete():
		// Not every check ran, and none of those that did failed: the
		// answer is neither yes nor no, so it is the code for "could not
		// check", never success.
		return &exitError{code: exitNothingChecked, silent: true}
	}
	return nil
}

// livecheckOptions checks the flags and turns them into the run's options.
func (o *checkOptions) livecheckOptions(a *app, env *checkEnvironment) (livecheck.Options, error) {
	l := a.lang
	if o.timeout < 100*time.Millisecond || o.timeout > 2*time.Minute {
		return livecheck.Options{}, usageError(i18n.CheckErrTimeout.Format(l, o.timeout))
	}
	if o.maxRequests < 1 || o.maxRequests > livecheck.MaxRequestsLimit {
		return livecheck.Options{}, usageError(i18n.CheckErrMaxRequests.Format(l, livecheck.MaxRequestsLimit, o.maxRequests))
	}
	scopes, err := parseScopes(l, o.scopes)
	if err != nil {
		return livecheck.Options{}, err
	}
	if o.tenant != "" && !isDigits(o.tenant) {
		return livecheck.Options{}, usageError(i18n.CheckErrTenant.Format(l, diagnose.Clean(o.tenant)))
	}
	opts := livecheck.Options{
		Timeout: o.timeout, Scopes: scopes, MaxRequests: o.maxRequests, Tenant: o.tenant,
		Clock: env.clock, Client: env.client, Interval: env.interval,
		UserAgent: "fortnox-doctor/" + version.Current().Version,
	}
	if opts.Clock == nil {
		opts.Clock = livecheck.SystemClock{}
	}
	if o.apiURL != "" {
		base, err := checkAPIURL(l, o.apiURL)
		if err != nil {
			return livecheck.Options{}, err
		}
		// A double serves the token endpoint too.
		opts.BaseURL, opts.TokenURL = base, base+flows.TokenPath
	}
	if o.clientCredentials {
		cc, err := o.readClientCredentials(a)
		if err != nil {
			return livecheck.Options{}, err
		}
		opts.ClientCredentials = cc
	}
	return opts, nil
}

// parseScopes splits --scopes on commas and blanks and checks each name.
func parseScopes(l i18n.Lang, flag []string) ([]string, error) {
	var out []string
	for _, item := range flag {
		for _, s := range strings.FieldsFunc(item, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			if _, ok := flows.LookupScope(s); ok {
				out = append(out, s)
				continue
			}
			s = diagnose.Clean(s)
			if near, ok := nearest.Match(s, flows.ScopeNames(), 3); ok {
				return nil, usageError(i18n.CheckErrScopeNear.Format(l, s, near))
			}
			return nil, usageError(i18n.CheckErrUnknownScope.Format(l, s, strings.Join(flows.ScopeNames(), ", ")))
		}
	}
	return out, nil
}

// checkAPIURL accepts an https URL, or an http one on the loopback
// interface (a double on this machine), without credentials, query or
// fragment; it returns it without a trailing slash.
func checkAPIURL(l i18n.Lang, raw string) (string, error) {
	bad := usageError(i18n.CheckErrAPIURL.Format(l, diagnose.Clean(raw)))
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return "", bad
	}
	switch u.Scheme {
	case "https":
	case "http":
		h := u.Hostname()
		if ip := net.ParseIP(h); h != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return "", bad
		}
	default:
		return "", bad
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// readAccessToken reads the token from --token-file, else
// FORTNOX_ACCESS_TOKEN, else standard input.
func (o *checkOptions) readAccessToken(a *app) (string, error) {
	if o.tokenFile != "" {
		return readSecretFile(a, o.tokenFile, diagnose.MaxInputBytes)
	}
	if v := a.getenv(envAccessToken); v != "" {
		return v, nil
	}
	return readToken(a)
}

// readClientCredentials takes the client ID from --client-id or the
// environment and the secret from --client-secret-file or the environment.
func (o *checkOptions) readClientCredentials(a *app) (*livecheck.ClientCredentials, error) {
	id := strings.TrimSpace(o.clientID)
	if id == "" {
		id = strings.TrimSpace(a.getenv(envClientID))
	}
	if id == "" {
		return nil, usageError(i18n.CheckErrClientID.In(a.lang))
	}
	secret := a.getenv(envClientSecret)
	if o.clientSecretFile != "" {
		s, err := readSecretFile(a, o.clientSecretFile, maxSecretFileBytes)
		if err != nil {
			return nil, err
		}
		secret = s
	}
	secret = strings.TrimSpace(secret)
	if secret == "" {
		return nil, usageError(i18n.CheckErrSecret.In(a.lang))
	}
	return &livecheck.ClientCredentials{ClientID: id, ClientSecret: secret, Tenant: o.tenant}, nil
}

// readSecretFile reads a file of at most limit bytes, trimmed.
func readSecretFile(a *app, path string, limit int64) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", usageError(i18n.CheckErrReadFile.Format(a.lang, diagnose.Clean(path), i18n.ErrorCauseIn(a.lang, err)))
	}
	defer func() { _ = f.Close() }()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return "", usageError(i18n.CheckErrReadFile.Format(a.lang, diagnose.Clean(path), i18n.ErrorCauseIn(a.lang, err)))
	}
	if int64(len(data)) > limit {
		return "", inputError(a, diagnose.TooLarge())
	}
	return strings.TrimSpace(string(data)), nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// writePlan says on stderr, before anything is sent, which host gets how
// many requests.
func writePlan(a *app, p livecheck.Plan, o livecheck.Options) {
	l := a.lang
	fmt.Fprintln(a.errOut, i18n.CheckPlan.Format(l, p.GETs, p.APIHost, p.Interval, p.Timeout))
	if p.TokenHost != "" {
		fmt.Fprintln(a.errOut, i18n.CheckPlanPost.Format(l, p.TokenHost))
	}
	fmt.Fprintln(a.errOut, i18n.CheckPlanScopes.Format(l, strings.Join(p.Scopes, ", ")))
	if o.Tenant != "" {
		fmt.Fprintln(a.errOut, i18n.CheckPlanTenant.Format(l, o.Tenant))
	}
}

// askConsent asks on the terminal whether to send the requests: standard
// input when it is one, else the controlling terminal (the token may come
// through a pipe while the user sits at a terminal). Without any terminal
// there is no one to ask, so it is a usage error: scripts say --yes.
func askConsent(a *app, env *checkEnvironment) (bool, error) {
	in, out := a.in, a.errOut
	onTerminal := env.terminal
	if isTerminal(a.in) {
		onTerminal = true
	}
	if !onTerminal && a.terminal != nil {
		if t, err := a.terminal(); err == nil {
			defer func() { _ = t.Close() }()
			in, out, onTerminal = t.In, t.Out, true
		}
	}
	if !onTerminal {
		return false, usageError(i18n.CheckNeedsYes.In(a.lang))
	}
	question := i18n.CheckConfirm
	if a.accessibleMode() {
		// Said in words: a screen reader reads "[y/N]" as letters and
		// brackets.
		question = i18n.CheckConfirmAccessible
	}
	_, _ = fmt.Fprint(out, question.In(a.lang)+" ")
	line, err := bufio.NewReader(io.LimitReader(in, 256)).ReadString('\n')
	if err != nil && line == "" {
		fmt.Fprintln(out)
		return false, nil
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes", "j", "ja":
		return true, nil
	}
	return false, nil
}

// checkMark is a check's mark in the colours every report uses
// (diagnose_output.go's styles).
func checkMark(s livecheck.Status) string {
	m := s.Mark()
	switch s {
	case livecheck.StatusOK:
		return cliStyle(report.RoleGood, m)
	case livecheck.StatusWarning:
		return cliStyle(report.RoleWarning, m)
	case livecheck.StatusFailed:
		return cliStyle(report.RoleBad, m)
	}
	return cliStyle(report.RoleMuted, m)
}

// writeCheckLine prints one check on one line, a failure (or a warning
// with a fix) followed by its fix's ID and title.
func writeCheckLine(w io.Writer, l i18n.Lang, c livecheck.Check) {
	fmt.Fprintln(w, checkMark(c.Status)+" "+headingStyle.Render(c.Name.In(l))+": "+c.Summary.In(l))
	if c.FixID != "" && (c.Status == livecheck.StatusFailed || c.Status == livecheck.StatusWarning) {
		fmt.Fprintln(w, "    "+i18n.CheckFix.Format(l, idStyle.Render(c.FixID), fixTitle(c.FixID, l)))
	}
}

// writeCheckEnd prints, after the checks, how to see each failure's
// steps, that nothing could be checked, that some checks did not run, or
// that every check passed.
func writeCheckEnd(w io.Writer, l i18n.Lang, r livecheck.Report, maxRequests int) {
	fmt.Fprintln(w)
	switch ids := r.FixIDs(); {
	case len(ids) > 0:
		for _, id := range ids {
			fmt.Fprintln(w, i18n.CheckRunShow.Format(l, id))
		}
	case r.NothingChecked():
		fmt.Fprintln(w, i18n.CheckNothingAnswer.In(l))
	case r.Incomplete():
		fmt.Fprintln(w, i18n.CheckIncomplete.Format(l, r.Unchecked(), len(r.Checks)))
		if r.Capped {
			fmt.Fprintln(w, i18n.CheckIncompleteCapped.Format(l, maxRequests))
		}
	default:
		fmt.Fprintln(w, i18n.CheckAllPassed.In(l))
	}
}

// fixTitle is a fix's title in the catalogue; the ID when the catalogue
// does not hold it.
func fixTitle(id string, l i18n.Lang) string {
	if f, ok := flows.Lookup(id); ok {
		return f.Title.In(l)
	}
	return id
}

// checkJSON is `check --json`. Field names are part of the command-line
// contract; fields are only ever added. No token, secret or e-mail address
// is among them.
type checkJSON struct {
	Lang     i18n.Lang        `json:"lang"`
	Host     string           `json:"host"`
	Requests int              `json:"requests"`
	Checks   []checkItemJSON  `json:"checks"`
	Company  *checkCompany    `json:"company"`
	User     *checkUserJSON   `json:"user"`
	Fixes    []string         `json:"fix_ids"`
	Outcome  livecheckOutcome `json:"outcome"`
}

// livecheckOutcome sums a run up the way the exit code does: "ok" (exit
// 0), "failed" (1), "nothing-checked" or "incomplete" (3: none failed,
// but some checks did not run or could not be checked).
type livecheckOutcome string

type checkItemJSON struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Scope    string            `json:"scope,omitempty"`
	Status   livecheck.Status  `json:"status"`
	Summary  string            `json:"summary"`
	Evidence checkEvidenceJSON `json:"evidence"`
	FixID    string            `json:"fix_id"`
	FixTitle string            `json:"fix_title,omitempty"`
}

type checkEvidenceJSON struct {
	HTTP    int    `json:"http"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

type checkCompany struct {
	Name               string `json:"name"`
	OrganisationNumber string `json:"organisation_number"`
	Tenant             string `json:"tenant"`
}

type checkUserJSON struct {
	Name     string `json:"name"`
	SysAdmin bool   `json:"sysadmin"`
	Locale   string `json:"locale"`
}

func newCheckJSON(r livecheck.Report, p livecheck.Plan, l i18n.Lang) checkJSON {
	out := checkJSON{Lang: l, Host: p.APIHost, Requests: r.Requests, Checks: []checkItemJSON{}, Fixes: append([]string{}, r.FixIDs()...)}
	for _, c := range r.Checks {
		item := checkItemJSON{
			ID: c.ID, Name: c.Name.In(l), Scope: c.Scope, Status: c.Status, Summary: c.Summary.In(l),
			Evidence: checkEvidenceJSON{HTTP: c.Evidence.HTTP, Code: c.Evidence.Code, Message: c.Evidence.Message},
			FixID:    c.FixID,
		}
		if c.FixID != "" {
			item.FixTitle = fixTitle(c.FixID, l)
		}
		out.Checks = append(out.Checks, item)
	}
	if c := r.Company; c != nil {
		out.Company = &checkCompany{Name: c.Name, OrganisationNumber: c.OrganisationNumber, Tenant: c.Tenant}
	}
	if u := r.User; u != nil {
		out.User = &checkUserJSON{Name: u.Name, SysAdmin: u.SysAdmin, Locale: u.Locale}
	}
	switch {
	case r.Failed():
		out.Outcome = "failed"
	case r.NothingChecked():
		out.Outcome = "nothing-checked"
	case r.Incomplete():
		out.Outcome = "incomplete"
	default:
		out.Outcome = "ok"
	}
	return out
}
