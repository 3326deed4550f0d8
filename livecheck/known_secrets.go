package livecheck

import "strings"

// Secrets the run itself holds: the client secret it sends for the
// client-credentials check and the access token it sends with every
// request. The redactor (diagnose.Clean) finds secrets by their shape and
// their keys; a server that echoes one of these in an error's text ("bad
// client secret MyClientSecretValue987") gives it neither, but the run
// knows them by value, and hides them wherever it repeats a server's
// words (an outside audit had the secret back in the summary and the
// evidence, text and --json alike).
const (
	redactedClientSecret = "[redacted:client-secret]"
	redactedAccessToken  = "[redacted:access-token]"
)

// minKnownSecret is the shortest value hidden by value: a shorter one
// would hide ordinary words of a message, and is no secret worth the name.
const minKnownSecret = 6

// hideKnown replaces, in s, the run's own secrets by their placeholders.
func (r *runner) hideKnown(s string) string {
	if cc := r.o.ClientCredentials; cc != nil && len(cc.ClientSecret) >= minKnownSecret {
		s = strings.ReplaceAll(s, cc.ClientSecret, redactedClientSecret)
	}
	if len(r.tok.value) >= minKnownSecret {
		s = strings.ReplaceAll(s, r.tok.value, redactedAccessToken)
	}
	return s
}

// hideKnownIn is hideKnown over every text of a check a server's words can
// reach: its evidence, and its summary's arguments.
func (r *runner) hideKnownIn(c Check) Check {
	c.Evidence.Code = r.hideKnown(c.Evidence.Code)
	c.Evidence.Message = r.hideKnown(c.Evidence.Message)
	if len(c.Summary.Args) > 0 {
		args := make([]any, len(c.Summary.Args))
		for i, a := range c.Summary.Args {
			if s, ok := a.(string); ok {
				a = r.hideKnown(s)
			}
			args[i] = a
		}
		c.Summary.Args = args
	}
	return c
}
