package livecheck

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/flows"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

func msg(t i18n.Text, args ...any) diagnose.Message { return diagnose.Message{Text: t, Args: args} }

// runner carries one run: its options, the token, the pacer and what
// stopped the run early, if anything did.
type runner struct {
	o      Options
	tok    Token
	pacer  *pacer
	report Report
	// stopped, when set, is why the remaining network checks do not run,
	// with the status they get.
	stopped     diagnose.Message
	stopStatus  Status
	budgetSpent bool
}

// Run performs the checks, in order: the token decoded offline; Fortnox
// reachable and the token accepted (/3/companyinformation, its
// DatabaseNumber against the expected tenant); the token's user (/3/me);
// one limit=1 list GET per scope; Fortnox Lager's activation when a
// warehouse scope is checked; and the client-credentials token request when
// asked for. Requests go one at a time, Options.Interval apart, at most
// Options.MaxRequests of them; a 429 is waited out once (when it asks for
// at most 30 s), a second one stops the run. A 401 stops it too: the other
// checks could only repeat it. The context ends the run early; the checks
// not run are then skipped.
func Run(ctx context.Context, tok Token, o Options) Report {
	o = o.withDefaults()
	r := &runner{o: o, tok: tok, pacer: &pacer{clock: o.Clock, interval: o.Interval, budget: o.MaxRequests}}
	if o.ClientCredentials != nil {
		// Keep one request for the client-credentials check.
		r.pacer.budget--
	}
	r.add(r.tokenCheck())
	r.companyChecks(ctx)
	r.add(r.userCheck(ctx))
	scopes := scopesToCheck(tok, o)
	for _, s := range scopes {
		if s == scopeCompanyInformation || s == scopeProfile || s == scopeWarehouse {
			continue
		}
		r.add(r.scopeCheck(ctx, s))
	}
	if needsWarehouse(scopes) {
		r.add(r.warehouseCheck(ctx))
	}
	if o.ClientCredentials != nil {
		r.pacer.budget++
		r.add(r.clientCredentialsCheck(ctx))
	}
	r.report.Requests = r.pacer.sent
	r.report.Capped = r.budgetSpent
	return r.report
}

func (r *runner) add(c Check) {
	r.report.Checks = append(r.report.Checks, c)
	if r.o.OnCheck != nil {
		r.o.OnCheck(c)
	}
}

func (r *runner) stop(status Status, why diagnose.Message) {
	if r.stopped.IsZero() {
		r.stopStatus, r.stopped = status, why
	}
}

// tokenCheck reads the token offline: kind, tenant and expiry.
func (r *runner) tokenCheck() Check {
	c := Check{ID: CheckToken, Name: msg(i18n.CheckNameToken), Status: StatusOK}
	rep := r.tok.Report
	now := r.o.Clock.Now().In(rep.ExpiresAt.Location())
	tenant := r.tok.Tenant()
	switch {
	case rep.Expired:
		c.Status, c.FixID = StatusFailed, FixAccessTokenExpired
		c.Summary = msg(i18n.CheckTokenExpired, diagnose.Relative(rep.ExpiresAt, now))
	case rep.ExpiresAt.IsZero():
		c.Status = StatusWarning
		c.Summary = msg(i18n.CheckTokenNoExpiry, tenant)
	case rep.ExpiresAt.Sub(now) < 5*time.Minute:
		c.Status = StatusWarning
		c.Summary = msg(i18n.CheckTokenExpiresSoon, diagnose.Relative(rep.ExpiresAt, now))
	case tenant == "":
		c.Summary = msg(i18n.CheckTokenNoTenant, diagnose.Relative(rep.ExpiresAt, now))
	default:
		c.Summary = msg(i18n.CheckTokenOK, tenant, diagnose.Relative(rep.ExpiresAt, now))
	}
	return c
}

// get sends one GET to the API with the token, honouring the pacer and one
// 429. ok is false when the request was not sent (the run stopped, the
// budget ran out or ctx ended); the check then takes skipped(...).
func (r *runner) get(ctx context.Context, path string, list bool) (answer, bool) {
	u := strings.TrimRight(r.o.BaseURL, "/") + path
	if list {
		u += "?limit=1"
	}
	return r.do(ctx, func() (*http.Request, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+r.tok.value)
		req.Header.Set("Accept", "application/json")
		req.Header.Set("User-Agent", r.o.UserAgent)
		return req, nil
	})
}

// do sends a request built by build, waiting out one 429.
func (r *runner) do(ctx context.Context, build func() (*http.Request, error)) (answer, bool) {
	for attempt := 0; ; attempt++ {
		if !r.stopped.IsZero() || ctx.Err() != nil {
			return answer{}, false
		}
		ok, err := r.pacer.wait(ctx)
		if err != nil {
			return answer{}, false
		}
		if !ok {
			r.budgetSpent = true
			return answer{}, false
		}
		req, err := build()
		if err != nil {
			return answer{err: err}, true
		}
		a := send(ctx, r.o.Client, req, r.o.Timeout)
		if a.err == nil && a.status == http.StatusTooManyRequests {
			wait := a.retryAfter
			if wait == 0 {
				wait = defaultRetryAfter
			}
			if attempt == 0 && wait <= maxRetryAfter {
				if r.o.Clock.Sleep(ctx, wait) != nil {
					return answer{}, false
				}
				continue
			}
			r.stop(StatusCouldNotCheck, msg(i18n.CheckSkipRateLimited))
			return a, true
		}
		return a, true
	}
}

// skipped is a check that did not run, saying why.
func (r *runner) skipped(c Check) Check {
	switch {
	case !r.stopped.IsZero():
		c.Status, c.Summary = r.stopStatus, r.stopped
	case r.budgetSpent:
		c.Status, c.Summary = StatusSkipped, msg(i18n.CheckSkipBudget, r.o.MaxRequests)
	default:
		c.Status, c.Summary = StatusSkipped, msg(i18n.CheckSkipUnreachable)
	}
	return c
}

// companyChecks sends the first request, /3/companyinformation: any answer
// shows Fortnox reachable, and its content whether the token is accepted and
// for which company.
func (r *runner) companyChecks(ctx context.Context) {
	reach := Check{ID: CheckReachable, Name: msg(i18n.CheckNameReachable)}
	acc := Check{ID: CheckAccepted, Name: msg(i18n.CheckNameAccepted)}
	a, sent := r.get(ctx, companyInformationPath, false)
	if !sent {
		r.add(r.skipped(reach))
		r.add(r.skipped(acc))
		return
	}
	apiHost := host(r.o.BaseURL)
	if a.err != nil {
		reach.Status = StatusCouldNotCheck
		if a.timeout {
			reach.Summary = msg(i18n.CheckReachableTimeout, apiHost, r.o.Timeout.String())
		} else {
			reach.Summary = msg(i18n.CheckReachableNetwork, apiHost, networkError(a.err))
		}
		r.add(reach)
		r.stop(StatusSkipped, msg(i18n.CheckSkipUnreachable))
		r.add(r.skipped(acc))
		return
	}
	reach.Status, reach.Summary = StatusOK, msg(i18n.CheckReachableOK, apiHost, a.status)
	reach.Evidence.HTTP = a.status
	r.add(reach)

	if a.status/100 != 2 {
		v := r.classify(a)
		acc.Status, acc.Summary, acc.Evidence, acc.FixID = v.status, v.summary, v.evidence, v.fix
		if v.fix == FixTokenMissingScope {
			acc.Status, acc.Summary, acc.FixID = StatusWarning, msg(i18n.CheckAcceptedNoScope), ""
		}
		r.add(acc)
		return
	}
	acc.Evidence.HTTP = a.status
	var body struct {
		CompanyInformation map[string]any
	}
	company, ok := map[string]any(nil), false
	dec := json.NewDecoder(bytes.NewReader(a.body))
	dec.UseNumber()
	if dec.Decode(&body) == nil && body.CompanyInformation != nil {
		company, ok = body.CompanyInformation, true
	}
	if !ok {
		// Not shown: a body that is not the company's details may be
		// anything, customer data too.
		v := unexpected(a, acc.Evidence)
		acc.Status, acc.Summary = v.status, v.summary
		r.add(acc)
		return
	}
	co := &Company{
		Name:               quote(text(field(company, "CompanyName"))),
		OrganisationNumber: quote(text(field(company, "OrganizationNumber"))),
		Tenant:             quote(text(field(company, "DatabaseNumber"))),
	}
	r.report.Company = co
	want := r.o.Tenant
	if want == "" {
		want = r.tok.Tenant()
	}
	if want != "" && co.Tenant != "" && want != co.Tenant {
		acc.Status, acc.FixID = StatusFailed, FixWrongCompanyAuthorized
		acc.Summary = msg(i18n.CheckAcceptedWrong, co.Name, co.Tenant, want)
		r.add(acc)
		return
	}
	acc.Status, acc.Summary = StatusOK, msg(i18n.CheckAcceptedOK, co.Name, co.OrganisationNumber, co.Tenant)
	r.add(acc)
}

// userCheck asks /3/me whom the token belongs to: name, system
// administrator or not, locale. The e-mail address in the answer is never
// read.
func (r *runner) userCheck(ctx context.Context) Check {
	c := Check{ID: CheckUser, Name: msg(i18n.CheckNameOwner)}
	a, sent := r.get(ctx, mePath, false)
	if !sent {
		return r.skipped(c)
	}
	if a.err != nil || a.status/100 != 2 {
		v := r.classify(a)
		c.Status, c.Summary, c.Evidence, c.FixID = v.status, v.summary, v.evidence, v.fix
		if v.fix == FixTokenMissingScope {
			c.Status, c.Summary, c.FixID = StatusWarning, msg(i18n.CheckOwnerNoScope), ""
		}
		return c
	}
	c.Evidence.HTTP = a.status
	var body struct {
		MeInformation struct {
			Name     string
			SysAdmin *bool
			Locale   string
		}
	}
	if json.Unmarshal(a.body, &body) != nil || body.MeInformation.SysAdmin == nil {
		c.Status, c.Summary = StatusCouldNotCheck, msg(i18n.CheckUnexpected, a.status, "MeInformation")
		return c
	}
	me := body.MeInformation
	u := &User{Name: quote(me.Name), SysAdmin: *me.SysAdmin, Locale: quote(me.Locale)}
	r.report.User = u
	if !u.SysAdmin {
		c.Status, c.Summary = StatusWarning, msg(i18n.CheckOwnerNotAdmin, u.Name, u.Locale)
		return c
	}
	c.Status, c.Summary = StatusOK, msg(i18n.CheckOwnerOK, u.Name, u.Locale)
	return c
}

// scopeCheck sends one limit=1 list GET on the scope's resource.
func (r *runner) scopeCheck(ctx context.Context, scope string) Check {
	c := Check{ID: ScopeCheckID(scope), Name: msg(i18n.CheckNameScope, scope), Scope: scope}
	path, ok := probePath(scope)
	if !ok {
		c.Status, c.Summary, c.NoProbe = StatusSkipped, msg(i18n.CheckScopeNoProbe), true
		return c
	}
	a, sent := r.get(ctx, path, true)
	if !sent {
		return r.skipped(c)
	}
	v := r.classify(a)
	c.Status, c.Summary, c.Evidence, c.FixID = v.status, v.summary, v.evidence, v.fix
	return c
}

// warehouseCheck asks whether Fortnox Lager is activated.
func (r *runner) warehouseCheck(ctx context.Context) Check {
	c := Check{ID: CheckWarehouse, Name: msg(i18n.CheckNameWarehouse), Scope: scopeWarehouse}
	a, sent := r.get(ctx, warehouseTenantPath, false)
	if !sent {
		return r.skipped(c)
	}
	if a.err != nil || a.status/100 != 2 {
		v := r.classify(a)
		c.Status, c.Summary, c.Evidence, c.FixID = v.status, v.summary, v.evidence, v.fix
		return c
	}
	c.Evidence.HTTP = a.status
	var body struct {
		Activated *bool `json:"activated"`
	}
	if json.Unmarshal(a.body, &body) != nil || body.Activated == nil {
		c.Status, c.Summary = StatusCouldNotCheck, msg(i18n.CheckUnexpected, a.status, "activated")
		return c
	}
	if !*body.Activated {
		c.Status, c.Summary = StatusWarning, msg(i18n.CheckWarehouseOff)
		return c
	}
	c.Status, c.Summary = StatusOK, msg(i18n.CheckWarehouseOK)
	return c
}

// verdict is what an answer says.
type verdict struct {
	status   Status
	fix      string
	summary  diagnose.Message
	evidence Evidence
}

// missingRightsCodes are the "Saknar behörighet" codes, as the catalogue
// declares them on the missing-rights fix: the connected user lacks a
// permission.
var missingRightsCodes = sync.OnceValue(func() []string {
	f, _ := flows.Lookup(FixMissingRights)
	codes := make([]string, len(f.Signals.Codes))
	for i, c := range f.Signals.Codes {
		codes[i] = strconv.Itoa(c)
	}
	return codes
})

// classify reads an answer on the Fortnox code, never on the HTTP status
// alone (fortnox.md §3, §9). A 401 stops the run.
func (r *runner) classify(a answer) verdict {
	if a.err != nil {
		if a.timeout {
			return verdict{status: StatusCouldNotCheck, summary: msg(i18n.CheckTimeout, r.o.Timeout.String())}
		}
		return verdict{status: StatusCouldNotCheck, summary: msg(i18n.CheckNetwork, networkError(a.err))}
	}
	ev := Evidence{HTTP: a.status}
	if a.status == http.StatusTooManyRequests {
		wait := a.retryAfter
		if wait == 0 {
			wait = defaultRetryAfter
		}
		return verdict{status: StatusCouldNotCheck, summary: msg(i18n.CheckRateLimited, wait.String()), evidence: ev}
	}
	if a.status/100 == 2 {
		if bytes.Contains(a.body, []byte("API_NORIGHT")) {
			ev.Message = "API_NORIGHT"
			return verdict{status: StatusWarning, fix: FixNotLicensedForScope, summary: msg(i18n.CheckScopeNoRight), evidence: ev}
		}
		return verdict{status: StatusOK, summary: msg(i18n.CheckScopeOK, a.status), evidence: ev}
	}
	// Of an error body only its code and message are shown, with personal
	// data hidden; a body in no error shape is not shown at all
	// (unexpected).
	fe, ok := readError(a.body)
	said := diagnose.Message{}
	if ok {
		ev.Code = quoteError(fe.code)
		said = msg(i18n.CheckFortnoxCodeInText, ev.Code, a.status, describeBody(a))
		if !fe.hidden {
			ev.Message = quoteError(fe.message)
			said = msg(i18n.CheckFortnoxCode, ev.Code, ev.Message, a.status)
		}
	}
	failed := func(fix string) verdict {
		return verdict{status: StatusFailed, fix: fix, evidence: ev, summary: said}
	}
	folded := strings.ToLower(fe.message)
	switch {
	case ok && fe.code == "2000663":
		return failed(FixTokenMissingScope)
	case ok && fe.code == "2001101":
		return failed(FixNotLicensedForScope)
	case ok && fe.code == "2001103":
		return failed(FixMissingLicense)
	case ok && (containsString(missingRightsCodes(), fe.code) || strings.Contains(folded, "saknar behörighet")):
		return failed(FixMissingRights)
	case ok && strings.EqualFold(fe.code, "missing.rights"):
		return failed(FixMissingRightsWarehouse)
	case ok && (fe.code == "2000310" || fe.code == "2000311"):
		r.stop(StatusSkipped, msg(i18n.CheckSkipRefused))
		return failed(FixInvalidLogin)
	case a.status == http.StatusUnauthorized:
		r.stop(StatusSkipped, msg(i18n.CheckSkipRefused))
		if r.tok.Report.Expired {
			return verdict{status: StatusFailed, fix: FixAccessTokenExpired, evidence: ev, summary: msg(i18n.CheckUnauthorized)}
		}
		return verdict{status: StatusFailed, fix: FixInvalidLogin, evidence: ev, summary: msg(i18n.CheckUnauthorizedValid)}
	case ok:
		return verdict{status: StatusCouldNotCheck, evidence: ev, summary: msg(i18n.CheckUnexpected, a.status, said)}
	}
	return unexpected(a, ev)
}

// unexpected is an answer in no shape a check knows: an empty body, an
// HTML page (a maintenance or outage page), anything else. Such a body may
// hold anything, a customer list too, so nothing of it is shown: only its
// content type and size.
func unexpected(a answer, ev Evidence) verdict {
	body := bytes.TrimSpace(a.body)
	switch {
	case len(body) == 0:
		return verdict{status: StatusCouldNotCheck, evidence: ev, summary: msg(i18n.CheckEmptyBody, a.status)}
	case isHTML(body) || strings.HasPrefix(a.contentType, "text/html"):
		return verdict{status: StatusCouldNotCheck, evidence: ev, summary: msg(i18n.CheckHTMLPage, a.status)}
	}
	return verdict{status: StatusCouldNotCheck, evidence: ev, summary: msg(i18n.CheckUnexpected, a.status, msg(i18n.CheckBodyNotShown, describeBody(a)))}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// networkError says why a request failed: a common cause (a name that
// did not resolve, a connection refused, a network out of reach) in both
// languages, else the innermost error's text, "connection refused", not
// the whole chain with the URL.
func networkError(err error) any {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		if dns.IsTimeout {
			return msg(i18n.CauseDNSTimeout, quote(dns.Name))
		}
		return msg(i18n.CauseDNS, quote(dns.Name))
	}
	if t, ok := i18n.ErrorCause(err); ok {
		return t
	}
	for {
		inner := errors.Unwrap(err)
		if inner == nil {
			return quote(err.Error())
		}
		err = inner
	}
}
