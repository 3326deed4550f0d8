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
	// Steps are the numbered things to do, in order, each with who does it.
	Steps []Step
	// Who lists the people who must act, the first one acting first.
	Who []Role
	// Where is the place in Fortnox or the developer portal where the fix is
	// made, as a menu path using Fortnox's own terms.
	Where i18n.Text
	// DocsURL is an https Fortnox page that documents the problem.
	DocsURL string
	// CustomerMessage is a short message the integrator can send the
	// customer ("ni" in Swedish).
	CustomerMessage i18n.Text
	// IntegratorMessage is a short message the customer (or a consultant on
	// the client's behalf) can send the integrator who built the app.
	IntegratorMessage i18n.Text
	// ConsultantToIntegrator is what an accounting consultant writes the
	// integrator on the client's behalf, after i18n.MsgOnClientsBehalf,
	// where IntegratorMessage, written as the customer ("our chart of
	// accounts", "we approved"), does not read right from a consultant.
	// Empty where it does: the consultant then sends its words.
	ConsultantToIntegrator i18n.Text
	// ClientMessage is a short message an accounting consultant can send
	// the client, for the steps only the client's own administrator can
	// do. Empty when the fix has no such step.
	ClientMessage i18n.Text
	// ConsultantMessage is a short message the customer can send their
	// accounting consultant, for a fix only the consultant can carry out.
	// Empty when the fix has no such step.
	ConsultantMessage i18n.Text
	// Note is optional: a caveat, such as where Fortnox contradicts itself.
	Note i18n.Text
	// Related are the IDs of the fixes this one points to ("a callback
	// without code usually has another cause"), shown under "See also"
	// with their titles, so that no text has to cite an ID.
	Related []string
	// Sources are the pages that support the fix's advice: Fortnox's own
	// first, then third-party pages where Fortnox says nothing.
	Sources []Source
	// Signals identify the fix in pasted text.
	Signals Signals
}

// Step is one thing to do and who does it.
type Step struct {
	// Actor is the person who does the step.
	Actor Role
	// Text says what to do.
	Text i18n.Text
	// AsConsultant is the step as an accounting consultant reads it. On a
	// User's step, set on every one, it is the step as the consultant does
	// it: a consultant works in the client's Fortnox through Digital byrå,
	// never as a user created for them in the company (fortnox.md §8; the
	// FAQ: "the consultant has to log in with Digital byrå"), so "log in
	// as a user who has the permission" reads for them as "log in with
	// your Digital byrå and choose the client". On another actor's step it
	// is what the consultant asks of that actor, where that differs from
	// what the customer would.
	AsConsultant i18n.Text
	// named is set by StepsFor on a customer's administrator's step that
	// the customer reads beside a user's: it is then named too
	// ("Administrator: …" above "User: …"), as not every user is one.
	named bool
}

// Source is a page that supports a fix's advice.
type Source struct {
	// URL is the page's https address.
	URL string
	// Title is the page's own title, in the page's language, or where a
	// page's title says nothing of what it is cited for (an issue's, a
	// pull request's, a repository's), the page named: its repository
	// and number.
	Title string
	// About says, in both languages, what a page named by Title alone
	// shows; empty where the title says it.
	About i18n.Text
}

// Label is the source as a reader sees it: its title, and what it shows
// in the reader's language where About says it.
func (s Source) Label(l i18n.Lang) string {
	if s.About.IsZero() {
		return s.Title
	}
	return s.Title + ": " + s.About.In(l)
}

// Signals are what identifies a fix in an error body, a log line or a
// callback URL. They are declared on the fix so the matcher in diagnose needs
// no Fortnox knowledge of its own. Matching ignores letter case and å/ä/ö.
//
// The matcher ranks evidence: a Fortnox code is strongest, then a phrase or a
// body, then an OAuth error name, then an HTTP status. Generic evidence (the
// GenericPhrases and HTTP statuses) needs a Fortnox context, so that the same
// word from Kubernetes, npm or Stripe points at nothing.
type Signals struct {
	// Codes are Fortnox ErrorInformation codes, e.g. 2000663. The strongest signal.
	Codes []int
	// OAuthErrors are `error` values from the authorization server, e.g.
	// "invalid_grant". Several fixes may share one; a phrase then decides:
	// a fix whose phrase is in the paste takes the OAuth error from the
	// fixes whose phrase is not.
	OAuthErrors []string
	// OAuthErrorsNeedPhrase makes the OAuthErrors count for this fix only
	// when one of its Phrases (or ContextPhrases, in a paste about
	// Fortnox) is in the paste too, or when the paste's
	// words are more about this fix than about the broader one the error
	// name alone belongs to (invalid_grant without "Invalid refresh token"
	// is any dead code or refresh token).
	OAuthErrorsNeedPhrase bool
	// Phrases are error texts as Fortnox sends them, in whatever language
	// Fortnox uses for that message, specific enough to count anywhere.
	Phrases []string
	// ContextPhrases are Fortnox's messages in words other software says
	// too: "Saknar behörighet för" is Fortnox's for a user without a
	// right, and a Swedish health record system's for a record the reader
	// may not open; "Invalid refresh token" is also what OAuth server
	// libraries send. In a paste about Fortnox (it names Fortnox or a
	// fortnox.se address, or holds a Fortnox code or one of its Phrases)
	// they count as Phrases do; elsewhere they are a lead that never makes
	// a match confident.
	ContextPhrases []string
	// Bodies are whole messages of a one-key JSON body such as
	// {"message":"unauthorized"}, a shape Fortnox uses outside
	// ErrorInformation. The body must hold that key alone, so a Kubernetes
	// Status with the same message but more keys does not count.
	Bodies []string
	// GenericPhrases are words other software says too ("Unauthorized",
	// "Too Many Requests"). They count only when the paste is about Fortnox
	// (it names Fortnox or a fortnox.se address) and add to other evidence.
	GenericPhrases []string
	// HTTPStatuses are HTTP status codes that support the fix's other
	// signals. Weak: a status alone is never enough.
	HTTPStatuses []int
	// DecisiveHTTPStatuses point at the fix on their own (429, which Fortnox
	// answers only for its rate limit), unless the paste is about another
	// service's address.
	DecisiveHTTPStatuses []int
	// CallbackWithoutCode marks the fix an activation callback points at
	// when its query string has state but neither code nor error.
	CallbackWithoutCode bool
	// Synonyms are words and short phrases, in English and Swedish, that
	// people and apps use for the problem without Fortnox's own wording
	// ("throttled", "licence", "behörighet saknas"). They count only in the
	// ranked word search, never as exact evidence, so they may be as broad
	// as a person's description.
	Synonyms []string
	// RequiresAny, when set, lets the fix's exact signals count only in a
	// paste that holds one of these texts (ignoring letter case and
	// accents, escapes decoded), such as the request header that tells two
	// fixes sharing a code apart: 2000310 with `Access-Token:` is the legacy
	// method, without it not. Its words still count, as a person describing
	// the problem names no header.
	RequiresAny []string
	// ExcludedBy stops the fix from matching a paste that holds one of
	// these texts (compared as RequiresAny).
	ExcludedBy []string
}

// Empty reports whether the fix has no exact signals (it is reached only
// through the wizard's questions, or by its Synonyms in the word search).
func (s Signals) Empty() bool {
	return len(s.Codes) == 0 && len(s.OAuthErrors) == 0 && len(s.Phrases) == 0 &&
		len(s.ContextPhrases) == 0 && len(s.Bodies) == 0 && len(s.GenericPhrases) == 0 && len(s.HTTPStatuses) == 0 &&
		len(s.DecisiveHTTPStatuses) == 0 && !s.CallbackWithoutCode
}
