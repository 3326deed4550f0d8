package diagnose

import (
	"strconv"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// EvidenceKind is what kind of thing in a paste pointed at a fix. The names
// are stable.
type EvidenceKind string

// The kinds of evidence, strongest first.
const (
	// EvidenceCode is a Fortnox ErrorInformation code, e.g. 2000663.
	EvidenceCode EvidenceKind = "code"
	// EvidenceBody is Fortnox's one-key JSON body, e.g. {"message":"unauthorized"}.
	EvidenceBody EvidenceKind = "body"
	// EvidencePhrase is a Fortnox error text, e.g. "Invalid refresh token".
	EvidencePhrase EvidenceKind = "phrase"
	// EvidenceOAuthError is an OAuth2 error name, e.g. invalid_grant.
	EvidenceOAuthError EvidenceKind = "oauth-error"
	// EvidenceCallback is an activation callback with state but neither
	// code nor error.
	EvidenceCallback EvidenceKind = "callback"
	// EvidenceDecisiveStatus is an HTTP status that points at one fix on its
	// own (429).
	EvidenceDecisiveStatus EvidenceKind = "decisive-http-status"
	// EvidenceGenericPhrase is a word other software says too, counted
	// because the paste is about Fortnox.
	EvidenceGenericPhrase EvidenceKind = "generic-phrase"
	// EvidenceSharedPhrase is a Fortnox message in words other software
	// says too (flows.Signals.ContextPhrases), in a paste that does not
	// say it is about Fortnox: a lead, never an answer on its own.
	EvidenceSharedPhrase EvidenceKind = "shared-phrase"
	// EvidenceHTTPStatus is an HTTP status that supports other evidence.
	EvidenceHTTPStatus EvidenceKind = "http-status"
	// EvidenceWords are words of the fix's texts found in the paste (any of
	// its texts, in either language and any inflection, or a word of the
	// same shared concept), for the ranked word search.
	EvidenceWords EvidenceKind = "words"
)

// Evidence is one thing in a paste that points at a fix: its kind and the
// signal as the fix declares it (the code, the phrase, the error name), not
// the pasted text, so evidence never carries a secret.
type Evidence struct {
	Kind  EvidenceKind
	Value string
}

// weight is the evidence's part of a match's score. A code outweighs
// anything else; a phrase or body is certain on its own; an OAuth error
// name is shared across providers; an HTTP status only supports. A match
// needs confidentScore to be shown.
func (e Evidence) weight() int {
	switch e.Kind {
	case EvidenceWords:
		return 15 // for order only: the words' points are the match's own
	case EvidenceCode:
		return 100
	case EvidenceBody, EvidencePhrase:
		return 60
	case EvidenceOAuthError, EvidenceCallback, EvidenceDecisiveStatus:
		return 40
	case EvidenceGenericPhrase, EvidenceSharedPhrase:
		return 20
	}
	return 10
}

// specific reports whether the evidence names the problem itself rather
// than supporting something else.
func (e Evidence) specific() bool {
	switch e.Kind {
	case EvidenceGenericPhrase, EvidenceSharedPhrase, EvidenceHTTPStatus, EvidenceWords:
		return false
	}
	return true
}

// confidentScore is the least score of a match worth showing: any one
// specific signal, or a generic phrase with its HTTP status.
const confidentScore = 30

// Message says what matched, for the evidence line of a result.
func (e Evidence) Message() Message {
	switch e.Kind {
	case EvidenceCode:
		return msg(i18n.DiagEvidenceCode, e.Value)
	case EvidenceBody:
		return msg(i18n.DiagEvidenceBody, strconv.Quote(e.Value))
	case EvidencePhrase:
		return msg(i18n.DiagEvidencePhrase, e.Value)
	case EvidenceOAuthError:
		return msg(i18n.DiagEvidenceOAuthError, e.Value)
	case EvidenceCallback:
		return msg(i18n.DiagEvidenceCallback)
	case EvidenceGenericPhrase:
		return msg(i18n.DiagEvidenceGenericPhrase, e.Value)
	case EvidenceSharedPhrase:
		return msg(i18n.DiagEvidenceSharedPhrase, e.Value)
	case EvidenceWords:
		return msg(i18n.DiagEvidenceWords, e.Value)
	}
	return msg(i18n.DiagEvidenceHTTPStatus, e.Value)
}
