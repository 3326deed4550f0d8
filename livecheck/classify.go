package livecheck

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

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
