package i18n

import (
	"context"
	"errors"
	"io/fs"
	"net"
	"os"
	"syscall"
)

// ErrorCause names, in words of both languages, the common causes of an
// error from the operating system or the network: a file not found, a
// permission denied, a folder where a file was expected, a full disk, a
// name that did not resolve, a connection refused, a network out of reach,
// a timeout. It classifies with errors.Is and errors.As, never on Go's
// English text. ok is false when no cause is known; the caller then shows
// the error's own text. args fill the text's verbs (the host of a failed
// look-up).
func ErrorCause(err error) (t Text, args []any, ok bool) {
	if err == nil {
		return Text{}, nil, false
	}
	var dns *net.DNSError
	switch {
	case errors.As(err, &dns):
		if dns.IsTimeout {
			return CauseDNSTimeout, []any{dns.Name}, true
		}
		return CauseDNS, []any{dns.Name}, true
	case isTimeout(err):
		return CauseTimeout, nil, true
	case errors.Is(err, syscall.ECONNREFUSED):
		return CauseRefused, nil, true
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return CauseUnreachable, nil, true
	case errors.Is(err, syscall.ECONNRESET):
		return CauseReset, nil, true
	case errors.Is(err, syscall.EISDIR):
		return CauseIsDir, nil, true
	case errors.Is(err, syscall.ENOTDIR):
		return CauseNotDir, nil, true
	case errors.Is(err, fs.ErrNotExist):
		return CauseNotFound, nil, true
	case errors.Is(err, fs.ErrPermission):
		return CausePermission, nil, true
	case errors.Is(err, syscall.ENOSPC):
		return CauseNoSpace, nil, true
	}
	return Text{}, nil, false
}

// ErrorCauseIn is ErrorCause in one language, or else the innermost
// error's own text ("no such file or directory" rather than the whole
// chain with the path, which the message around it names already).
func ErrorCauseIn(l Lang, err error) string {
	if t, args, ok := ErrorCause(err); ok {
		return t.Format(l, args...)
	}
	for {
		inner := errors.Unwrap(err)
		if inner == nil {
			return err.Error()
		}
		err = inner
	}
}

func isTimeout(err error) bool {
	if errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
