package livecheck

import (
	"errors"
	"net"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

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
