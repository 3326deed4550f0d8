//go:build windows

package main

import (
	"errors"
	"syscall"
)

// keepBrokenPipeAnError does nothing on Windows, which has no SIGPIPE: a
// write to a closed pipe already fails with an error.
func keepBrokenPipeAnError() {}

// errorNoData is ERROR_NO_DATA, "the pipe is being closed", what a write
// to a pipe whose reader has gone fails with on Windows.
const errorNoData = syscall.Errno(232)

// isBrokenPipe reports whether a write failed because the reader of the
// pipe has gone.
func isBrokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.ERROR_BROKEN_PIPE) || errors.Is(err, errorNoData)
}
