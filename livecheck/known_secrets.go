package livecheck

import "regexp"

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

// hideKnown replaces, in an answer's body, the run's own secrets by their
// placeholders. Everything a check shows of a server's words comes from
// the body, which do hides before anything reads it.
func (r *runner) hideKnown(body []byte) []byte {
	for _, k := range r.known {
		body = k.value.ReplaceAllLiteral(body, []byte(k.placeholder))
	}
	return body
}
