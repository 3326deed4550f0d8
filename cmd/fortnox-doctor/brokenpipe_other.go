//go:build !unix && !windows

package main

import (
	"errors"
	"syscall"
)

// keepBrokenPipeAnError does nothing where there is no SIGPIPE: a write to
// a closed pipe already fails with an error.
func keepBrokenPipeAnError() {}

// isBrokenPipe reports whether a write failed because the reader of the
// pipe has gone.
func isBrokenPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }
