package livecheck

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"time"
)

// Fortnox's addresses (fortnox.md §2, §9).
const (
	DefaultBaseURL  = "https://api.fortnox.se"
	DefaultTokenURL = "https://apps.fortnox.se" + tokenPath
)

// Defaults and bounds of a run.
const (
	DefaultTimeout     = 10 * time.Second
	DefaultMaxRequests = 20
	// MaxRequestsLimit is the most --max-requests may allow.
	MaxRequestsLimit = 50
	// DefaultInterval spaces requests 500 ms apart: at most 10 in any 5
	// seconds, well under Fortnox's 25, which the customer's own use of the
	// integration shares.
	DefaultInterval = 500 * time.Millisecond
	// defaultRetryAfter is the wait after a 429 that names none: the rate
	// limit's window.
	defaultRetryAfter = 5 * time.Second
	// maxRetryAfter is the longest wait honoured before the one retry;
	// asked to wait longer, the run stops.
	maxRetryAfter = 30 * time.Second
)

// ClientCredentials are what a client-credentials token request needs. The
// secret never leaves the request's Authorization header.
type ClientCredentials struct {
	ClientID     string
	ClientSecret string
	// Tenant is sent as the TenantId header; empty means the token's
	// tenantId or Options.Tenant.
	Tenant string
}

// String hides the secret.
func (c ClientCredentials) String() string { return "client " + c.ClientID }

// GoString hides the secret from %#v.
func (c ClientCredentials) GoString() string { return c.String() }

// Format hides the secret from every fmt verb.
func (c ClientCredentials) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(c.String())) }

// Options configure a run. The zero value checks the default scopes
// against Fortnox with the defaults above.
type Options struct {
	// BaseURL is the API's base, DefaultBaseURL when empty.
	BaseURL string
	// TokenURL is the token endpoint for ClientCredentials,
	// DefaultTokenURL when empty.
	TokenURL string
	// Timeout bounds each request.
	Timeout time.Duration
	// Scopes to check; when empty, the scopes a pasted token response
	// named, else DefaultScopes.
	Scopes []string
	// MaxRequests caps the requests of the run.
	MaxRequests int
	// Tenant is the company the token should belong to; when empty, the
	// token's tenantId claim.
	Tenant string
	// ClientCredentials, when set, adds the client-credentials check.
	ClientCredentials *ClientCredentials
	// Client sends the requests; http.DefaultClient's transport is never
	// used when it is nil, a fresh one is.
	Client *http.Client
	// Clock spaces the requests and waits after a 429; SystemClock when nil.
	Clock Clock
	// Interval is the least time between two requests.
	Interval time.Duration
	// OnCheck, when set, is called with each check as it is done.
	OnCheck func(Check)
	// UserAgent names the tool in each request; "fortnox-doctor" when
	// empty.
	UserAgent string
}

func (o Options) withDefaults() Options {
	if o.BaseURL == "" {
		o.BaseURL = DefaultBaseURL
	}
	if o.TokenURL == "" {
		o.TokenURL = DefaultTokenURL
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxRequests <= 0 {
		o.MaxRequests = DefaultMaxRequests
	}
	if o.Client == nil {
		transport := http.DefaultTransport
		if t, ok := transport.(*http.Transport); ok {
			transport = t.Clone()
		}
		o.Client = &http.Client{
			Transport: transport,
			// A redirect is an unexpected answer, never followed: the
			// token goes to the host the user agreed to and nowhere else.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		}
	}
	if o.Clock == nil {
		o.Clock = SystemClock{}
	}
	if o.Interval <= 0 {
		o.Interval = DefaultInterval
	}
	if o.UserAgent == "" {
		o.UserAgent = "fortnox-doctor"
	}
	return o
}

// Plan is what a run will send where, for the consent text.
type Plan struct {
	// APIHost is the host the GET requests go to.
	APIHost string
	// GETs is how many GET requests are sent at most, a retry after a 429
	// included.
	GETs int
	// TokenHost is the host of the client-credentials request; empty
	// when there is none.
	TokenHost string
	// Scopes are the scopes that will be checked, in order.
	Scopes   []string
	Interval time.Duration
	Timeout  time.Duration
}

// NewPlan says what Run will send for the token with these options.
func NewPlan(tok Token, o Options) Plan {
	o = o.withDefaults()
	scopes := scopesToCheck(tok, o)
	gets := 2 // /3/companyinformation, /3/me
	for _, s := range scopes {
		if _, ok := probePath(s); ok {
			gets++
		}
	}
	if needsWarehouse(scopes) {
		gets++
	}
	gets++ // one retry after a 429
	p := Plan{APIHost: host(o.BaseURL), Scopes: scopes, Interval: o.Interval, Timeout: o.Timeout}
	budget := o.MaxRequests
	if o.ClientCredentials != nil {
		p.TokenHost = host(o.TokenURL)
		budget--
	}
	p.GETs = max(1, min(gets, budget))
	return p
}

// scopesToCheck is Options.Scopes, else the token response's scopes, else
// DefaultScopes, each once.
func scopesToCheck(tok Token, o Options) []string {
	src := o.Scopes
	if len(src) == 0 {
		src = tok.Report.Scopes
	}
	if len(src) == 0 {
		src = DefaultScopes()
	}
	var out []string
	for _, s := range src {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func needsWarehouse(scopes []string) bool {
	return slices.Contains(scopes, scopeWarehouse) || slices.Contains(scopes, scopeWarehouseDocument)
}

func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	return u.Host
}
