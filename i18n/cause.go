package i18n

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// ErrorCause names, in words of both languages, the common causes of an
// error from the operating system: a file not found, a permission denied, a
// folder where a file was expected, a full disk, a name too long, a
// timeout, a connection
// refused, a network out of reach. It classifies with errors.Is and
// errors.As, never on Go's English text, and imports no network package
// (only check may: livecheck names a failed DNS look-up itself, with
// CauseDNS). ok is false when no cause is known; the caller then shows the
// error's own text.
func ErrorCause(err error) (t Text, ok bool) {
	switch {
	case err == nil:
		return t, false
	case isTimeout(err):
		return CauseTimeout, true
	case errors.Is(err, syscall.ECONNREFUSED):
		return CauseRefused, true
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return CauseUnreachable, true
	case errors.Is(err, syscall.ECONNRESET):
		return CauseReset, true
	case errors.Is(err, syscall.EISDIR):
		return CauseIsDir, true
	case errors.Is(err, syscall.ENOTDIR):
		return CauseNotDir, true
	case errors.Is(err, fs.ErrNotExist):
		return CauseNotFound, true
	case errors.Is(err, fs.ErrPermission):
		return CausePermission, true
	case errors.Is(err, syscall.ENOSPC):
		return CauseNoSpace, true
	case errors.Is(err, syscall.ENAMETOOLONG):
		return CauseNameTooLong, true
	}
	return t, false
}

// ErrorCauseIn is ErrorCause in one language, or else the innermost
// error's own text ("no such file or directory" rather than the whole
// chain with the path, which the message around it names already).
func ErrorCauseIn(l Lang, err error) string {
	if t, ok := ErrorCause(err); ok {
		return t.In(l)
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
	// net.Error's Timeout, without importing net.
	var te interface{ Timeout() bool }
	return errors.As(err, &te) && te.Timeout()
}
