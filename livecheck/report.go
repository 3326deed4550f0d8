package livecheck

import "github.com/fortnox-doctor/fortnox-doctor/diagnose"

// The checks' IDs, stable (they are in `check --json`). A scope's check is
// ScopeCheckID(scope).
const (
	CheckToken             = "token-decoded"
	CheckReachable         = "fortnox-reachable"
	CheckAccepted          = "token-accepted"
	CheckUser              = "token-user"
	CheckWarehouse         = "warehouse-activated"
	CheckClientCredentials = "client-credentials"
)

// ScopeCheckID is the ID of the check of one scope, e.g. "scope-invoice".
func ScopeCheckID(scope string) string { return "scope-" + scope }

// Check is one line of the report.
type Check struct {
	ID string
	// Name says what was checked, in both languages.
	Name diagnose.Message
	// Scope is the scope a scope check is about; empty for the others.
	Scope  string
	Status Status
	// Summary says what was found, in both languages; any text from Fortnox
	// in it is sanitized, redacted and cut short, and comes only from the
	// code and message of an error body: of a body in no error shape only
	// the content type and size are told.
	Summary  diagnose.Message
	Evidence Evidence
	// FixID names the fix for a failed check (and for some warnings);
	// empty otherwise.
	FixID string
	// NoProbe marks a scope's check skipped because no read-only request
	// is known for the scope: skipped by design on every run, not because
	// something stood in the way, so it does not make a run incomplete.
	NoProbe bool
}

// Evidence is what Fortnox answered: the HTTP status (0 when nothing
// came), its error code (a number such as 2000663, or the warehouse API's
// id such as missing.rights) and its message, cleaned and cut short, with
// e-mail addresses and personal and organisation numbers hidden. Code and
// Message are empty when the body was not a Fortnox error.
type Evidence struct {
	HTTP    int
	Code    string
	Message string
}

// Company is the company a token belongs to, from /3/companyinformation.
type Company struct {
	Name               string
	OrganisationNumber string
	// Tenant is the DatabaseNumber.
	Tenant string
}

// User is the user a token belongs to, from /3/me. The e-mail address is
// never read into it.
type User struct {
	Name     string
	SysAdmin bool
	Locale   string
}

// Report is everything a check run found. It holds no token, secret or
// e-mail address.
type Report struct {
	Checks []Check
	// Company and User are nil when they could not be read.
	Company *Company
	User    *User
	// Requests is how many requests were sent.
	Requests int
	// Capped reports that the cap on requests (Options.MaxRequests) left
	// checks unrun.
	Capped bool
}

// Failed reports whether any check failed.
func (r Report) Failed() bool {
	for _, c := range r.Checks {
		if c.Status == StatusFailed {
			return true
		}
	}
	return false
}

// NothingChecked reports whether no check got an answer that says
// something about the integration, and none failed: the network, a timeout
// or unexpected answers stood in the way of all of them. The offline
// decoding of the token does not count, since it asks Fortnox nothing.
func (r Report) NothingChecked() bool {
	for _, c := range r.Checks {
		if c.Status == StatusFailed {
			return false
		}
		if c.ID != CheckToken && c.ID != CheckReachable && c.Status.answered() {
			return false
		}
	}
	return true
}

// Unchecked counts the checks that were not run (the cap on requests, a
// refused token, an unreachable Fortnox) or could not be checked (a
// timeout, an unexpected answer), leaving out a scope that has no
// read-only request. A run with none failed and some unchecked is
// incomplete: it is no all-clear.
func (r Report) Unchecked() int {
	n := 0
	for _, c := range r.Checks {
		if (c.Status == StatusSkipped || c.Status == StatusCouldNotCheck) && !c.NoProbe {
			n++
		}
	}
	return n
}

// Incomplete reports whether no check failed, something was checked, and
// some checks were still not run or could not be checked.
func (r Report) Incomplete() bool {
	return !r.Failed() && !r.NothingChecked() && r.Unchecked() > 0
}

// FixIDs lists the fixes of the failed checks, each once, in check order.
func (r Report) FixIDs() []string {
	var ids []string
	seen := map[string]bool{}
	for _, c := range r.Checks {
		if c.Status == StatusFailed && c.FixID != "" && !seen[c.FixID] {
			seen[c.FixID] = true
			ids = append(ids, c.FixID)
		}
	}
	return ids
}
