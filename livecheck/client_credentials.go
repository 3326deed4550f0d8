package livecheck

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// clientCredentialsCheck sends one client-credentials token request
// (fortnox.md §2: POST to the token endpoint, Basic base64(ClientId:
// ClientSecret), TenantId header, grant_type=client_credentials). It rotates
// nothing; the token it returns is dropped unread beyond its presence.
func (r *runner) clientCredentialsCheck(ctx context.Context) Check {
	c := Check{ID: CheckClientCredentials, Name: msg(i18n.CheckNameClientCredentials)}
	cc := r.o.ClientCredentials
	tenant := cc.Tenant
	if tenant == "" {
		tenant = r.o.Tenant
	}
	if tenant == "" {
		tenant = r.tok.Tenant()
	}
	if tenant == "" {
		c.Status, c.Summary = StatusSkipped, msg(i18n.CheckCCNoTenant)
		return c
	}
	// A 401 on the access token says nothing about the client's
	// credentials, so only the rate limit stops this check.
	if r.stopStatus != StatusCouldNotCheck {
		r.stopped = diagnose.Message{}
	}
	a, sent := r.do(ctx, func() (*http.Request, error) {
		form := url.Values{"grant_type": {"client_credentials"}}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.o.TokenURL, strings.NewReader(form.Encode()))
		if err != nil {
			return nil, err
		}
		req.SetBasicAuth(cc.ClientID, cc.ClientSecret)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Accept", "application/json")
		req.Header.Set("TenantId", tenant)
		req.Header.Set("User-Agent", r.o.UserAgent)
		return req, nil
	})
	if !sent {
		return r.skipped(c)
	}
	if a.err != nil {
		v := r.classify(a)
		c.Status, c.Summary = v.status, v.summary
		return c
	}
	c.Evidence.HTTP = a.status
	var body struct {
		AccessToken      string `json:"access_token"`
		Error            string `json:"error"`
		ErrorDescription string `json:"error_description"`
	}
	decoded := json.Unmarshal(a.body, &body) == nil
	hasToken := body.AccessToken != ""
	body.AccessToken = ""
	switch {
	case a.status/100 == 2 && hasToken:
		c.Status, c.Summary = StatusOK, msg(i18n.CheckCCOK)
	case decoded && body.Error != "":
		// The token endpoint's error shape (RFC 6749 §5.2): only its two
		// fields are shown, as an API error's code and message are.
		c.Evidence.Code, c.Evidence.Message = quoteError(body.Error), quoteError(body.ErrorDescription)
		what := c.Evidence.Code
		if c.Evidence.Message != "" {
			what += ": " + c.Evidence.Message
		}
		c.Status, c.Summary, c.FixID = StatusFailed, msg(i18n.CheckCCFailed, what), FixClientCredentialsProblem
		if body.Error == "invalid_client" {
			c.FixID = FixInvalidClientCredentials
		}
	case a.status/100 == 2:
		c.Status, c.Summary = StatusCouldNotCheck, msg(i18n.CheckUnexpected, a.status, "access_token")
	default:
		v := unexpected(a, c.Evidence)
		c.Status, c.Summary = v.status, v.summary
	}
	return c
}
