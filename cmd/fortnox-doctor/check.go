package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/nearest"
	"github.com/fortnox-doctor/fortnox-doctor/internal/version"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
	"github.com/spf13/cobra"
)

// exitNothingChecked is check's exit code when nothing could be checked
// (the network, a timeout or unexpected answers stood in the way).
const exitNothingChecked = 3

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
			i18n.CheckScopesHelp.Format(l, strings.Join(livecheck.DefaultScopes(), ","), strings.Join(sortedScopeNames(), ", ")) + "\n\n" +
			i18n.CmdCheckExits.In(l),
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

// sortedScopeNames are the scopes as the help and the errors list them,
// in alphabetical order, which a reader looks one up in (the catalogue
// keeps the public table's order, then the others).
func sortedScopeNames() []string { return slices.Sorted(slices.Values(flows.ScopeNames())) }

// The bounds of --timeout: shorter fails against any real server, longer
// leaves the user waiting with nothing to see.
const (
	minCheckTimeout = 100 * time.Millisecond
	maxCheckTimeout = 2 * time.Minute
)

// livecheckOptions checks the flags and turns them into the run's options.
func (o *checkOptions) livecheckOptions(a *app, env *checkEnvironment) (livecheck.Options, error) {
	l := a.lang
	if o.timeout < minCheckTimeout || o.timeout > maxCheckTimeout {
		return livecheck.Options{}, usageError(i18n.CheckErrTimeout.Format(l, i18n.Duration(minCheckTimeout), i18n.Duration(maxCheckTimeout), i18n.Duration(o.timeout)))
	}
	if o.maxRequests < 1 || o.maxRequests > livecheck.MaxRequestsLimit {
		return livecheck.Options{}, usageError(i18n.CheckErrMaxRequests.Format(l, livecheck.MaxRequestsLimit, o.maxRequests))
	}
	scopes, err := parseScopes(l, o.scopes)
	if err != nil {
		return livecheck.Options{}, err
	}
	if len(o.scopes) > 0 && len(scopes) == 0 {
		// --scopes=, or --scopes " ": no scope named, as --scopes= is.
		return livecheck.Options{}, usageError(i18n.ErrUsageHint.Format(l, i18n.ErrFlagEmpty.Format(l, "--scopes"), "fortnox-doctor check"))
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
			return nil, usageError(i18n.CheckErrUnknownScope.Format(l, s, strings.Join(sortedScopeNames(), ", ")))
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
	if p := u.Port(); p != "" {
		// A port no server can listen on would fail only once sent.
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return "", bad
		}
	}
	switch u.Scheme {
	case "https":
	case "http":
		h := u.Hostname()
		if ip := net.ParseIP(h); !strings.EqualFold(h, "localhost") && (ip == nil || !ip.IsLoopback()) {
			return "", bad
		}
	default:
		return "", bad
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// isDigits reports whether s is one or more ASCII digits (a tenant ID).
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
