package fortnoxdouble

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// The double's fixed identities.
const (
	// Tenant is the company the double's tokens belong to.
	Tenant = 1234567
	// OtherTenant is the company the WrongCompany scenario answers with.
	OtherTenant = 7654321
	// Email is the user's e-mail in /3/me; no output may ever contain it.
	Email = "anna.andersson@exempelbolaget.se"
	// ClientID and ClientSecret are the credentials the token endpoint
	// accepts.
	ClientID     = "double-client-id-8f3a"
	ClientSecret = "double-client-secret-Zq9xK2mP7vR4"
)

// Scenario is one kind of Fortnox answer.
type Scenario string

// The scenarios. Unless a scenario says otherwise every endpoint answers as
// a healthy Fortnox does, and the scenario's answer is given on
// /3/invoices (a scope's list) or where it names.
const (
	Healthy Scenario = "healthy"
	// Expired answers every API request 401 {"message":"unauthorized"}.
	Expired Scenario = "expired"
	// ScopeMissing403 and ScopeMissing400 answer 2000663 on /3/invoices.
	ScopeMissing403 Scenario = "scope-missing-403"
	ScopeMissing400 Scenario = "scope-missing-400"
	// NotLicensed answers 2001101 on /3/invoices.
	NotLicensed Scenario = "not-licensed-2001101"
	// NoAPILicense answers 2001103 on every API request.
	NoAPILicense Scenario = "no-api-license-2001103"
	// MissingRights answers 2001339 "Saknar behörighet" on /3/invoices.
	MissingRights Scenario = "missing-rights-2001339"
	// NoRight answers /3/invoices with API_NORIGHT values.
	NoRight Scenario = "api-noright"
	// WrongCompany answers /3/companyinformation with another DatabaseNumber.
	WrongCompany Scenario = "wrong-company"
	// WarehouseOff answers tenants-v4 with "activated": false.
	WarehouseOff Scenario = "warehouse-not-activated"
	// WarehouseMissingRights answers tenants-v4 with missing.rights.
	WarehouseMissingRights Scenario = "warehouse-missing-rights"
	// RateLimitedOnce answers the first request 429 (Retry-After: 1), then
	// as Healthy.
	RateLimitedOnce Scenario = "rate-limited-once"
	// RateLimited answers every request 429.
	RateLimited Scenario = "rate-limited"
	// ServerError answers every API request 500 with an empty body.
	ServerError Scenario = "server-error-500"
	// Maintenance answers every API request with an HTML page.
	Maintenance Scenario = "maintenance-html"
	// Slow holds every answer past any timeout.
	Slow Scenario = "slow"
	// NotAdmin answers /3/me with SysAdmin false.
	NotAdmin Scenario = "not-system-administrator"

	// The privacy scenarios: answers that hold what no output may show.

	// ErrorMessageWithEmail answers 2000663 on /3/invoices with a message
	// that holds the token, the user's e-mail (Email) and the customer data
	// of CustomerData (but not the customer's name): a Fortnox error whose
	// message echoes the request.
	ErrorMessageWithEmail Scenario = "error-message-with-email"
	// CustomerList500 answers /3/customers 500 with a customer list as its
	// body, not an error.
	CustomerList500 Scenario = "server-error-500-customer-list"
	// HTMLWithCustomerData answers /3/companyinformation 200 and
	// /3/invoices 502 with an HTML page that holds customer data.
	HTMLWithCustomerData Scenario = "html-page-with-customer-data"
	// Teapot answers /3/invoices 418 with a plain-text body that holds a
	// personnummer and customer data.
	Teapot Scenario = "teapot-418-personal-number"
	// HugeBody answers /3/invoices 500 with a customer list of more than
	// 1 MiB, far past what a check reads.
	HugeBody Scenario = "huge-body-500"
	// SecretEchoed answers the token endpoint with invalid_client and an
	// error_description that repeats the client secret it was sent, in
	// no shape or key the redactor knows.
	SecretEchoed Scenario = "secret-echoed"
)

// Scenarios lists every scenario a server answers (a closed port is
// ClosedURL).
func Scenarios() []Scenario {
	return []Scenario{
		Healthy, Expired, ScopeMissing403, ScopeMissing400, NotLicensed, NoAPILicense,
		MissingRights, NoRight, WrongCompany, WarehouseOff, WarehouseMissingRights, RateLimitedOnce,
		RateLimited, ServerError, Maintenance, Slow, NotAdmin,
		ErrorMessageWithEmail, CustomerList500, HTMLWithCustomerData, Teapot, HugeBody, SecretEchoed,
	}
}

// Request is one request the double received.
type Request struct {
	// At is the time on the double's clock.
	At     time.Time
	Method string
	Path   string
	Query  string
	// GrantType is a token request's grant_type.
	GrantType string
	// Authorization is the Authorization header as sent.
	Authorization string
	// UserAgent and TenantID are the headers of those names.
	UserAgent, TenantID string
}

// Double is a running stand-in for Fortnox.
type Double struct {
	// URL is the base URL, for --api-url.
	URL string
	// Token is the access token the double accepts.
	Token    string
	Scenario Scenario
	// Echo, when set, is how SecretEchoed writes the secret it was sent
	// into its answer (a long message before it, upper case).
	Echo  func(secret string) string
	Clock *Clock

	server *httptest.Server
	done   chan struct{}

	mu       sync.Mutex
	requests []Request
	bodies   []string
}

// Start runs a double for the scenario on the loopback interface, closed
// when the test ends. Its clock starts at start; the token it accepts is
// for Tenant and expires an hour after start.
func Start(t testing.TB, scenario Scenario, clock *Clock) *Double {
	t.Helper()
	d := &Double{Scenario: scenario, Clock: clock, done: make(chan struct{})}
	d.Token = Token(Tenant, clock.Now().Add(time.Hour))
	d.server = httptest.NewServer(http.HandlerFunc(d.serve))
	d.URL = d.server.URL
	t.Cleanup(func() {
		close(d.done)
		d.server.Close()
	})
	return d
}

// Requests returns what the double received, in order.
func (d *Double) Requests() []Request {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]Request(nil), d.requests...)
}

// Answers returns every body the double sent, for tests that show none of
// it leaks.
func (d *Double) Answers() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.bodies...)
}

// MostInWindow is the largest number of requests that fell in any window
// of the given length on the double's clock.
func (d *Double) MostInWindow(window time.Duration) int {
	reqs := d.Requests()
	most := 0
	for i := range reqs {
		n := 0
		for j := i; j < len(reqs) && reqs[j].At.Sub(reqs[i].At) < window; j++ {
			n++
		}
		most = max(most, n)
	}
	return most
}

func (d *Double) serve(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	d.mu.Lock()
	n := len(d.requests)
	d.requests = append(d.requests, Request{
		At: d.Clock.Now(), Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery,
		GrantType: r.PostForm.Get("grant_type"), Authorization: r.Header.Get("Authorization"),
		UserAgent: r.Header.Get("User-Agent"), TenantID: r.Header.Get("TenantId"),
	})
	d.mu.Unlock()
	f := d.answer(r, n)
	if f.Slow {
		select {
		case <-r.Context().Done():
		case <-d.done:
		case <-time.After(10 * time.Second):
		}
		return
	}
	for k, v := range f.Header {
		w.Header().Set(k, v)
	}
	if f.ContentType != "" {
		w.Header().Set("Content-Type", f.ContentType)
	}
	w.WriteHeader(f.Status)
	_, _ = io.WriteString(w, f.Body)
	d.mu.Lock()
	d.bodies = append(d.bodies, f.Body)
	d.mu.Unlock()
}

// answer picks the fixture for the n-th request (from 0).
func (d *Double) answer(r *http.Request, n int) Fixture {
	switch d.Scenario {
	case Slow:
		return Fixture{Slow: true}
	case RateLimited:
		return tooManyRequests
	case RateLimitedOnce:
		if n == 0 {
			return tooManyRequests
		}
	}
	if r.URL.Path == "/oauth-v1/token" {
		return d.tokenAnswer(r)
	}
	switch d.Scenario {
	case ServerError:
		return serverError
	case Maintenance:
		return maintenance
	}
	if r.Method != http.MethodGet {
		return jsonFixture(http.StatusMethodNotAllowed, `{"message":"method not allowed"}`)
	}
	if r.Header.Get("Authorization") != "Bearer "+d.Token || d.Scenario == Expired {
		return unauthorized
	}
	if d.Scenario == NoAPILicense {
		return noAPILicense
	}
	if f, ok := d.privacyAnswer(r.URL.Path); ok {
		return f
	}
	switch r.URL.Path {
	case "/3/companyinformation":
		if d.Scenario == WrongCompany {
			return companyInformation(OtherTenant)
		}
		return companyInformation(Tenant)
	case "/3/me":
		return me(d.Scenario != NotAdmin)
	case "/api/warehouse/tenants-v4":
		switch d.Scenario {
		case WarehouseOff:
			return warehouseTenant(Tenant, false)
		case WarehouseMissingRights:
			return warehouseMissingRights
		}
		return warehouseTenant(Tenant, true)
	case "/3/invoices":
		switch d.Scenario {
		case ScopeMissing403:
			return missingScope(http.StatusForbidden)
		case ScopeMissing400:
			return missingScope(http.StatusBadRequest)
		case NotLicensed:
			return notLicensed
		case MissingRights:
			return missingRights
		case NoRight:
			return noRightInvoice
		}
	}
	if key, ok := lists[r.URL.Path]; ok {
		return listBody(key, `{"@url":"https://api.fortnox.se/3/item/1"}`)
	}
	return errorInformation(http.StatusNotFound, 2000509, "Kan inte hitta sökvägen.")
}

// privacyAnswer is the answer of a privacy scenario on the path, if it
// has one there.
func (d *Double) privacyAnswer(path string) (Fixture, bool) {
	switch {
	case d.Scenario == ErrorMessageWithEmail && path == "/3/invoices":
		return errorWithEmail(d.Token), true
	case d.Scenario == CustomerList500 && path == "/3/customers":
		return customerList500, true
	case d.Scenario == HTMLWithCustomerData && path == "/3/companyinformation":
		return htmlWithCustomerData(http.StatusOK), true
	case d.Scenario == HTMLWithCustomerData && path == "/3/invoices":
		return htmlWithCustomerData(http.StatusBadGateway), true
	case d.Scenario == Teapot && path == "/3/invoices":
		return teapot, true
	case d.Scenario == HugeBody && path == "/3/invoices":
		return hugeBody, true
	}
	return Fixture{}, false
}

// tokenAnswer answers the token endpoint: client credentials with the
// double's client and a TenantId get a token; anything else is refused.
// A refresh is recorded (tests assert there is none) and refused.
func (d *Double) tokenAnswer(r *http.Request) Fixture {
	id, secret, ok := r.BasicAuth()
	if d.Scenario == SecretEchoed {
		if d.Echo != nil {
			secret = d.Echo(secret)
		}
		return secretEchoed(secret)
	}
	if !ok || id != ClientID || secret != ClientSecret {
		return invalidClient
	}
	if r.PostForm.Get("grant_type") != "client_credentials" {
		return jsonFixture(http.StatusBadRequest, `{"error":"unsupported_grant_type"}`)
	}
	if r.Header.Get("TenantId") == "" {
		return jsonFixture(http.StatusBadRequest, `{"error":"invalid_request","error_description":"Missing TenantId header"}`)
	}
	return tokenResponse(Token(Tenant, d.Clock.Now().Add(time.Hour)))
}

// ClosedURL is the URL of a loopback port nothing listens on.
func ClosedURL(t testing.TB) string {
	t.Helper()
	l, err := (&net.ListenConfig{}).Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	return "http://" + addr
}

// String names the double in test logs.
func (d *Double) String() string {
	return fmt.Sprintf("fortnox double %s at %s", d.Scenario, strings.TrimPrefix(d.URL, "http://"))
}
