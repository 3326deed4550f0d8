package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
	"testing"
)

func TestErrorCause(t *testing.T) {
	path := func(errno error) error { return &fs.PathError{Op: "open", Path: "/x", Err: errno} }
	for _, tt := range []struct {
		err  error
		want Text
	}{
		{path(syscall.ENOENT), CauseNotFound},
		{path(syscall.EACCES), CausePermission},
		{fmt.Errorf("reading: %w", path(syscall.EISDIR)), CauseIsDir},
		{path(syscall.ENOTDIR), CauseNotDir},
		{path(syscall.ENOSPC), CauseNoSpace},
		{path(syscall.ENAMETOOLONG), CauseNameTooLong},
		{os.NewSyscallError("connect", syscall.ECONNREFUSED), CauseRefused},
		{os.ErrDeadlineExceeded, CauseTimeout},
	} {
		if got, ok := ErrorCause(tt.err); !ok || got != tt.want {
			t.Errorf("%v: %v %v, want %v", tt.err, got, ok, tt.want)
		}
		if got := ErrorCauseIn(Swedish, tt.err); got != tt.want.Sv {
			t.Errorf("%v in Swedish: %q", tt.err, got)
		}
	}
	odd := path(errors.New("something odd"))
	if _, ok := ErrorCause(odd); ok {
		t.Errorf("%v has a cause", odd)
	}
	if got := ErrorCauseIn(Swedish, odd); got != "something odd" {
		t.Errorf("unknown cause: %q, want the innermost text", got)
	}
}
