package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fix is one problem and its remedy: what the user sees, why it happens and
// what to do, in both languages. IDs are part of the public interface
// (`show ID`, JSON output) and are never renamed.
type Fix struct {
	// ID is the stable kebab-case name, e.g. "invalid-refresh-token".
	ID string
	// Title names the problem the way the user meets it, usually the error text.
	Title i18n.Text
	// Summary is the fix in one line.
	Summary i18n.Text
	// Cause explains why it happens.
	Cause i18n.Text
	// Steps are the numbered things to do, in order.
	Steps []i18n.Text
	// Who lists the people who must act, the first one acting first.
	Who []Role
	// Where is the place in Fortnox or the developer portal where the fix is
	// made, as a menu path using Fortnox's own terms.
	Where i18n.Text
	// DocsURL is an https Fortnox page that documents the problem.
	DocsURL string
	// CustomerMessage is a short message the integrator can send the customer.
	CustomerMessage i18n.Text
	// Note is optional: a caveat, such as where Fortnox contradicts itself.
	Note i18n.Text
	// Signals identify the fix in pasted text.
	Signals Signals
}

// Signals are what identifies a fix in an error body, a log line or a
// callback URL. They are declared on the fix so the matcher in diagnose needs
// no Fortnox knowledge of its own.
type Signals struct {
	// Codes are Fortnox ErrorInformation codes, e.g. 2000663. The strongest signal.
	Codes []int
	// OAuthErrors are `error` values from the authorization server, e.g.
	// "invalid_grant". Several fixes may share one; phrases then decide.
	OAuthErrors []string
	// Phrases are error texts as Fortnox sends them, in whatever language
	// Fortnox uses for that message. Matching ignores letter case and å/ä/ö.
	Phrases []string
	// HTTPStatuses are HTTP status codes that point at the fix on their own
	// (429), a weak signal used only when nothing stronger matched.
	HTTPStatuses []int
}

// Empty reports whether the fix has no signals at all (it is reached only
// through the wizard's questions).
func (s Signals) Empty() bool {
	return len(s.Codes) == 0 && len(s.OAuthErrors) == 0 && len(s.Phrases) == 0 && len(s.HTTPStatuses) == 0
}
