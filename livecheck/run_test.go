package livecheck_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

var start = time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)

// runAgainst runs the checks against a double of the scenario.
func runAgainst(t *testing.T, sc fortnoxdouble.Scenario, o livecheck.Options) (livecheck.Report, *fortnoxdouble.Double) {
	t.Helper()
	clock := fortnoxdouble.NewClock(start)
	d := fortnoxdouble.Start(t, sc, clock)
	tok, err := livecheck.ReadToken(d.Token, clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	o.BaseURL, o.TokenURL, o.Clock = d.URL, d.URL+"/oauth-v1/token", clock
	if o.Timeout == 0 {
		o.Timeout = 2 * time.Second
	}
	return livecheck.Run(context.Background(), tok, o), d
}

func statusOf(r livecheck.Report, id string) (livecheck.Check, bool) {
	for _, c := range r.Checks {
		if c.ID == id {
			return c, true
		}
	}
	return livecheck.Check{}, false
}

func TestScenarios(t *testing.T) {
	inv := livecheck.ScopeCheckID("invoice")
	tests := []struct {
		sc      fortnoxdouble.Scenario
		scopes  []string
		id      string
		status  livecheck.Status
		fix     string
		code    string
		http    int
		failed  bool
		nothing bool
	}{
		{fortnoxdouble.Healthy, nil, inv, livecheck.StatusOK, "", "", 200, false, false},
		{fortnoxdouble.Expired, nil, livecheck.CheckAccepted, livecheck.StatusFailed, livecheck.FixInvalidLogin, "", 401, true, false},
		{fortnoxdouble.ScopeMissing403, nil, inv, livecheck.StatusFailed, livecheck.FixTokenMissingScope, "2000663", 403, true, false},
		{fortnoxdouble.ScopeMissing400, nil, inv, livecheck.StatusFailed, livecheck.FixTokenMissingScope, "2000663", 400, true, false},
		{fortnoxdouble.NotLicensed, nil, inv, livecheck.StatusFailed, livecheck.FixNotLicensedForScope, "2001101", 403, true, false},
		{fortnoxdouble.NoAPILicense, nil, livecheck.CheckAccepted, livecheck.StatusFailed, livecheck.FixMissingLicense, "2001103", 403, true, false},
		{fortnoxdouble.MissingRights, nil, inv, livecheck.StatusFailed, livecheck.FixMissingRights, "2001339", 403, true, false},
		{fortnoxdouble.NoRight, nil, inv, livecheck.StatusWarning, livecheck.FixNotLicensedForScope, "", 200, false, false},
		{fortnoxdouble.WrongCompany, nil, livecheck.CheckAccepted, livecheck.StatusFailed, livecheck.FixWrongCompanyAuthorized, "", 200, true, false},
		{fortnoxdouble.WarehouseOff, []string{"warehouse", "article"}, livecheck.CheckWarehouse, livecheck.StatusWarning, "", "", 200, false, false},
		{fortnoxdouble.WarehouseMissingRights, []string{"warehouse"}, livecheck.CheckWarehouse, livecheck.StatusFailed, livecheck.FixMissingRightsWarehouse, "missing.rights", 403, true, false},
		{fortnoxdouble.RateLimitedOnce, nil, livecheck.CheckAccepted, livecheck.StatusOK, "", "", 200, false, false},
		{fortnoxdouble.RateLimited, nil, livecheck.CheckAccepted, livecheck.StatusCouldNotCheck, "", "", 429, false, true},
		{fortnoxdouble.ServerError, nil, inv, livecheck.StatusCouldNotCheck, "", "", 500, false, true},
		{fortnoxdouble.Maintenance, nil, inv, livecheck.StatusCouldNotCheck, "", "", 503, false, true},
		{fortnoxdouble.Slow, nil, livecheck.CheckReachable, livecheck.StatusCouldNotCheck, "", "", 0, false, true},
		{fortnoxdouble.NotAdmin, nil, livecheck.CheckUser, livecheck.StatusWarning, "", "", 200, false, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.sc), func(t *testing.T) {
			o := livecheck.Options{Scopes: tt.scopes}
			if tt.sc == fortnoxdouble.Slow {
				o.Timeout = 50 * time.Millisecond
			}
			r, d := runAgainst(t, tt.sc, o)
			c, ok := statusOf(r, tt.id)
			if !ok {
				t.Fatalf("no check %s in %+v", tt.id, r.Checks)
			}
			if c.Status != tt.status || c.FixID != tt.fix || c.Evidence.Code != tt.code || c.Evidence.HTTP != tt.http {
				t.Errorf("%s = %s fix %q code %q http %d; want %s fix %q code %q http %d (%s)",
					tt.id, c.Status, c.FixID, c.Evidence.Code, c.Evidence.HTTP, tt.status, tt.fix, tt.code, tt.http, c.Summary.In(i18n.English))
			}
			if r.Failed() != tt.failed || r.NothingChecked() != tt.nothing {
				t.Errorf("Failed %v NothingChecked %v, want %v %v", r.Failed(), r.NothingChecked(), tt.failed, tt.nothing)
			}
			if r.Requests != len(d.Requests()) {
				t.Errorf("report counts %d requests, the double saw %d", r.Requests, len(d.Requests()))
			}
			for _, c := range r.Checks {
				for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
					if s := c.Summary.In(l); s == "" || strings.Contains(s, "%!") {
						t.Errorf("%s: summary %q in %s", c.ID, s, l)
					}
				}
			}
		})
	}
}

func TestExpiredTokenIsAccessTokenExpired(t *testing.T) {
	clock := fortnoxdouble.NewClock(start)
	d := fortnoxdouble.Start(t, fortnoxdouble.Expired, clock)
	old := fortnoxdouble.Token(fortnoxdouble.Tenant, start.Add(-time.Hour))
	tok, err := livecheck.ReadToken(old, clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	r := livecheck.Run(context.Background(), tok, livecheck.Options{BaseURL: d.URL, Clock: clock})
	for _, id := range []string{livecheck.CheckToken, livecheck.CheckAccepted} {
		if c, _ := statusOf(r, id); c.Status != livecheck.StatusFailed || c.FixID != livecheck.FixAccessTokenExpired {
			t.Errorf("%s = %s %s", id, c.Status, c.FixID)
		}
	}
	// A 401 stops the run: the other checks could only repeat it.
	if n := len(d.Requests()); n != 1 {
		t.Errorf("%d requests after a 401, want 1", n)
	}
}

func TestClosedPortIsNothingChecked(t *testing.T) {
	clock := fortnoxdouble.NewClock(start)
	tok, _ := livecheck.ReadToken(fortnoxdouble.Token(fortnoxdouble.Tenant, start.Add(time.Hour)), start)
	r := livecheck.Run(context.Background(), tok, livecheck.Options{BaseURL: fortnoxdouble.ClosedURL(t), Clock: clock})
	c, _ := statusOf(r, livecheck.CheckReachable)
	if c.Status != livecheck.StatusCouldNotCheck || !r.NothingChecked() || r.Failed() || r.Requests != 1 {
		t.Errorf("closed port: %+v, %d requests", c, r.Requests)
	}
	for _, c := range r.Checks[2:] {
		if c.Status != livecheck.StatusSkipped {
			t.Errorf("%s = %s after an unreachable Fortnox", c.ID, c.Status)
		}
	}
}

func TestRateLimitAndNoRefresh(t *testing.T) {
	// Every scope with a probe, and the warehouse: the most requests a run
	// can send.
	all := []string{
		"archive", "article", "bookkeeping", "connectfile", "costcenter", "currency", "customer",
		"inbox", "invoice", "offer", "order", "payment", "price", "print", "project", "salary", "settings",
		"supplier", "supplierinvoice", "warehouse",
	}
	for _, sc := range []fortnoxdouble.Scenario{fortnoxdouble.Healthy, fortnoxdouble.RateLimitedOnce} {
		r, d := runAgainst(t, sc, livecheck.Options{
			Scopes: all, MaxRequests: livecheck.MaxRequestsLimit,
			ClientCredentials: &livecheck.ClientCredentials{ClientID: fortnoxdouble.ClientID, ClientSecret: fortnoxdouble.ClientSecret},
		})
		reqs := d.Requests()
		if len(reqs) < 20 {
			t.Fatalf("%s: only %d requests; the test needs many", sc, len(reqs))
		}
		if most := d.MostInWindow(5 * time.Second); most > 25 || most > 10 {
			t.Errorf("%s: %d requests in one 5-second window", sc, most)
		}
		for _, q := range reqs {
			if q.GrantType == "refresh_token" || strings.Contains(q.Query, "refresh") {
				t.Errorf("%s: the double saw a refresh: %+v", sc, q)
			}
			if q.Method != "GET" && q.Path != "/oauth-v1/token" {
				t.Errorf("%s: %s %s is not a read", sc, q.Method, q.Path)
			}
			switch {
			case q.UserAgent != "fortnox-doctor":
				t.Errorf("%s: User-Agent %q", sc, q.UserAgent)
			case q.Path == "/oauth-v1/token" && (!strings.HasPrefix(q.Authorization, "Basic ") || q.TenantID != "1234567"):
				t.Errorf("%s: token request with Authorization %.6q…, TenantId %q", sc, q.Authorization, q.TenantID)
			case q.Path != "/oauth-v1/token" && q.Authorization != "Bearer "+d.Token:
				t.Errorf("%s: %s without the token as a bearer", sc, q.Path)
			}
		}
		if c, _ := statusOf(r, livecheck.CheckClientCredentials); c.Status != livecheck.StatusOK {
			t.Errorf("%s: client credentials %s: %s", sc, c.Status, c.Summary.In(i18n.English))
		}
		if r.Failed() {
			t.Errorf("%s: failed: %+v", sc, r.Checks)
		}
	}
}

func TestMaxRequestsCaps(t *testing.T) {
	r, d := runAgainst(t, fortnoxdouble.Healthy, livecheck.Options{MaxRequests: 3})
	if n := len(d.Requests()); n != 3 {
		t.Errorf("%d requests with --max-requests 3", n)
	}
	last := r.Checks[len(r.Checks)-1]
	if last.Status != livecheck.StatusSkipped || !strings.Contains(last.Summary.In(i18n.English), "3") {
		t.Errorf("last check %+v", last)
	}
}

func TestClientCredentialsRefused(t *testing.T) {
	r, _ := runAgainst(t, fortnoxdouble.Healthy, livecheck.Options{
		ClientCredentials: &livecheck.ClientCredentials{ClientID: fortnoxdouble.ClientID, ClientSecret: "wrong"},
	})
	c, _ := statusOf(r, livecheck.CheckClientCredentials)
	if c.Status != livecheck.StatusFailed || c.FixID != livecheck.FixInvalidClientCredentials || c.Evidence.Code != "invalid_client" {
		t.Errorf("wrong secret: %+v", c)
	}
}

func TestPlan(t *testing.T) {
	tok, _ := livecheck.ReadToken(fortnoxdouble.Token(fortnoxdouble.Tenant, start.Add(time.Hour)), start)
	p := livecheck.NewPlan(tok, livecheck.Options{})
	// companyinformation, me, four default scopes, one retry.
	if p.GETs != 7 || p.APIHost != "api.fortnox.se" || p.TokenHost != "" || len(p.Scopes) != 4 {
		t.Errorf("default plan %+v", p)
	}
	withResponse, _ := livecheck.ReadToken(`{"access_token":"`+fortnoxdouble.Token(1, start.Add(time.Hour))+`","scope":"invoice warehouse profile","expires_in":3600}`, start)
	p = livecheck.NewPlan(withResponse, livecheck.Options{MaxRequests: 4})
	if p.GETs != 4 || strings.Join(p.Scopes, " ") != "invoice warehouse profile" {
		t.Errorf("plan from a token response %+v", p)
	}
}

func TestRetryAfterIsWaitedOnTheClock(t *testing.T) {
	r, d := runAgainst(t, fortnoxdouble.RateLimitedOnce, livecheck.Options{})
	reqs := d.Requests()
	if len(reqs) < 2 || reqs[0].Path != reqs[1].Path || reqs[1].At.Sub(reqs[0].At) < time.Second {
		t.Fatalf("the retry after Retry-After: 1 came %v later: %+v", reqs[1].At.Sub(reqs[0].At), reqs[:2])
	}
	// Later requests keep their spacing.
	for i := 2; i < len(reqs); i++ {
		if gap := reqs[i].At.Sub(reqs[i-1].At); gap < livecheck.DefaultInterval {
			t.Errorf("requests %d and %d only %v apart", i-1, i, gap)
		}
	}
	if r.Failed() {
		t.Errorf("failed after one 429: %+v", r.Checks)
	}
}

func TestCancelledContextSendsNothingMore(t *testing.T) {
	clock := fortnoxdouble.NewClock(start)
	d := fortnoxdouble.Start(t, fortnoxdouble.Healthy, clock)
	tok, _ := livecheck.ReadToken(d.Token, start)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	r := livecheck.Run(ctx, tok, livecheck.Options{BaseURL: d.URL, Clock: clock, OnCheck: func(livecheck.Check) {
		if n++; n == 3 {
			cancel()
		}
	}})
	if got := len(d.Requests()); got != 1 {
		t.Errorf("%d requests after cancelling", got)
	}
	for _, c := range r.Checks[3:] {
		if c.Status != livecheck.StatusSkipped {
			t.Errorf("%s = %s after cancelling", c.ID, c.Status)
		}
	}
}

// TestInterruptMidRequestIsNoNetworkFailure: ctrl+c while a request waits
// for its answer ends the run with every check left saying it was
// interrupted, not "Fortnox could not be reached: interrupt signal
// received" (an outside audit).
func TestInterruptMidRequestIsNoNetworkFailure(t *testing.T) {
	clock := fortnoxdouble.NewClock(start)
	d := fortnoxdouble.Start(t, fortnoxdouble.Slow, clock)
	tok, _ := livecheck.ReadToken(d.Token, start)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		// Cancel once the first request has reached the double, which
		// holds it unanswered.
		for len(d.Requests()) == 0 && ctx.Err() == nil {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	r := livecheck.Run(ctx, tok, livecheck.Options{BaseURL: d.URL, Clock: clock, Timeout: time.Minute})
	for _, c := range r.Checks[1:] {
		if c.Status != livecheck.StatusSkipped || c.Summary.Text != i18n.CheckSkipInterrupted {
			t.Errorf("%s = %s, %q; want skipped as interrupted", c.ID, c.Status, c.Summary.In(i18n.English))
		}
	}
}

// interruptingClock is the double's clock, but a wait longer than a
// request's spacing is cut short by ctrl+c.
type interruptingClock struct {
	*fortnoxdouble.Clock
	cancel context.CancelFunc
}

func (c interruptingClock) Sleep(ctx context.Context, d time.Duration) error {
	if d >= time.Second {
		c.cancel()
		return ctx.Err()
	}
	return c.Clock.Sleep(ctx, d)
}

// TestInterruptDuringRetryAfter: ctrl+c while a 429's Retry-After is
// waited out also leaves every check not run saying it was interrupted,
// not that Fortnox could not be reached (a code review).
func TestInterruptDuringRetryAfter(t *testing.T) {
	clock := fortnoxdouble.NewClock(start)
	d := fortnoxdouble.Start(t, fortnoxdouble.RateLimitedOnce, clock)
	tok, _ := livecheck.ReadToken(d.Token, start)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := livecheck.Run(ctx, tok, livecheck.Options{BaseURL: d.URL, Clock: interruptingClock{clock, cancel}})
	for _, c := range r.Checks[1:] {
		if c.Status != livecheck.StatusSkipped || c.Summary.Text != i18n.CheckSkipInterrupted {
			t.Errorf("%s = %s, %q; want skipped as interrupted", c.ID, c.Status, c.Summary.In(i18n.English))
		}
	}
}
