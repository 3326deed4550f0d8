//go:build unix

package main

import (
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// keepBrokenPipeAnError asks for SIGPIPE, so that a write to a closed
// pipe on standard output (`fortnox-doctor list | head -1`) fails with
// EPIPE, which run turns into exit code 1, instead of the Go runtime
// ending the process with SIGPIPE (exit 141). The signals themselves are
// dropped. Notify, unlike Ignore, is not inherited by programs we start.
func keepBrokenPipeAnError() {
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
}

// isBrokenPipe reports whether a write failed because the reader of the
// pipe has gone.
func isBrokenPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }
