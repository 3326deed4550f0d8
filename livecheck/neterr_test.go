package livecheck

import (
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestNetworkErrorInBothLanguages: the common network failures are named
// in the user's language, never in Go's English; an unknown one keeps its
// own innermost text.
func TestNetworkErrorInBothLanguages(t *testing.T) {
	dial := func(errno error) error {
		return fmt.Errorf("Get \"https://api.fortnox.se/3/me\": %w",
			&net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", errno)})
	}
	dns := &net.DNSError{Err: "dial udp 192.0.2.53:53: connect: network is unreachable", Name: "api.fortnox.se"}
	for _, tt := range []struct {
		name string
		err  error
		want i18n.Text
		arg  []any
	}{
		{"dns", fmt.Errorf("Get \"https://api.fortnox.se/3/me\": %w", &net.OpError{Op: "dial", Net: "tcp", Err: dns}), i18n.CauseDNS, []any{"api.fortnox.se"}},
		{"refused", dial(syscall.ECONNREFUSED), i18n.CauseRefused, nil},
		{"network unreachable", dial(syscall.ENETUNREACH), i18n.CauseUnreachable, nil},
		{"host unreachable", dial(syscall.EHOSTUNREACH), i18n.CauseUnreachable, nil},
		{"timeout", fmt.Errorf("read: %w", os.ErrDeadlineExceeded), i18n.CauseTimeout, nil},
		// https to a plain-http server (an outside audit had "EOF").
		{"closed", fmt.Errorf("Get \"https://127.0.0.1:1/3/me\": %w", io.EOF), i18n.CauseClosed, nil},
		{"not tls", fmt.Errorf("Get \"https://127.0.0.1:1/3/me\": %w", tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}), i18n.CauseNotTLS, nil},
		{"http answer", errors.New("Get \"https://127.0.0.1:1/3/me\": http: server gave HTTP response to HTTPS client"), i18n.CauseNotTLS, nil},
	} {
		for _, l := range i18n.Langs() {
			got := diagnose.Message{Text: i18n.CheckNetwork, Args: []any{networkError(tt.err)}}.In(l)
			want := i18n.CheckNetwork.Format(l, tt.want.Format(l, tt.arg...))
			if got != want {
				t.Errorf("%s in %s: %q, want %q", tt.name, l, got, want)
			}
			if l == i18n.Swedish && strings.Contains(got, "network is") {
				t.Errorf("%s in Swedish holds English: %q", tt.name, got)
			}
		}
	}
	odd := fmt.Errorf("Get x: %w", errors.New("tls: something odd"))
	if got := networkError(odd); got != "tls: something odd" {
		t.Errorf("unknown error: %v", got)
	}
}
