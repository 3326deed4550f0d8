package livecheck

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"strings"

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
	if t, ok := tlsCause(err); ok {
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

// tlsCause names what an https request to a server that speaks plain
// http gets: the handshake dropped (EOF), or an http answer to it (an
// outside audit had "EOF" on a Swedish screen).
func tlsCause(err error) (t i18n.Text, ok bool) {
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return i18n.CauseClosed, true
	case errors.As(err, new(tls.RecordHeaderError)),
		// net/http's own words for an http answer to a TLS hello.
		strings.Contains(err.Error(), "server gave HTTP response to HTTPS client"):
		return i18n.CauseNotTLS, true
	}
	return t, false
}
