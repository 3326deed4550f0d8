package livecheck

import (
	"regexp"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
)

// Secrets the run itself holds: the client secret it sends for the
// client-credentials check and the access token it sends with every
// request. The redactor (diagnose.Clean) finds secrets by their shape and
// their keys; a server that echoes one of these in an error's text ("bad
// client secret MyClientSecretValue987") gives it neither, but the run
// knows them by value, and hides them in every answer's body before any of
// it is read, quoted or cut (an outside audit had the secret back in the
// summary and the evidence; a code review, its first half before a cut).
const (
	redactedClientSecret = "[redacted:client-secret]"
	redactedAccessToken  = "[redacted:access-token]"
)

// minKnownSecret is the shortest value hidden by value: a shorter one
// would hide ordinary words of a message.
const minKnownSecret = 4

// knownSecret is one secret the run holds, found in any letter case.
type knownSecret struct {
	value       *regexp.Regexp
	placeholder string
}

// knownSecrets are the run's secrets to hide (see hideKnown).
func knownSecrets(tok Token, o Options) []knownSecret {
	var known []knownSecret
	add := func(secret, placeholder string) {
		if len(secret) >= minKnownSecret {
			known = append(known, knownSecret{regexp.MustCompile("(?i)" + regexp.QuoteMeta(secret)), placeholder})
		}
	}
	if cc := o.ClientCredentials; cc != nil {
		add(cc.ClientSecret, redactedClientSecret)
	}
	add(tok.value, redactedAccessToken)
	return known
}

// hideKnown replaces, in s, the run's own secrets by their placeholders.
func (r *runner) hideKnown(s string) string {
	for _, k := range r.known {
		s = k.value.ReplaceAllLiteralString(s, k.placeholder)
	}
	return s
}

// hideKnownBytes is hideKnown of an answer's body.
func (r *runner) hideKnownBytes(b []byte) []byte {
	for _, k := range r.known {
		b = k.value.ReplaceAllLiteral(b, []byte(k.placeholder))
	}
	return b
}

// hideKnownIn is hideKnown over every text of a check a server's words can
// reach, a second time: its evidence and its summary's arguments, and the
// arguments of a message among them.
func (r *runner) hideKnownIn(c Check) Check {
	c.Evidence.Code = r.hideKnown(c.Evidence.Code)
	c.Evidence.Message = r.hideKnown(c.Evidence.Message)
	c.Summary = r.hideKnownInMessage(c.Summary)
	return c
}

func (r *runner) hideKnownInMessage(m diagnose.Message) diagnose.Message {
	if len(m.Args) == 0 {
		return m
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		switch a := a.(type) {
		case string:
			args[i] = r.hideKnown(a)
		case diagnose.Message:
			args[i] = r.hideKnownInMessage(a)
		default:
			args[i] = a
		}
	}
	m.Args = args
	return m
}
