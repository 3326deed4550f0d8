//go:build !unix

package main

import "time"

// pasteGap: see hidden_pending_unix.go.
const pasteGap = 100 * time.Millisecond

// inputPending cannot ask a console here whether more has come: a read
// that ends in a line break ends the input.
func inputPending(uintptr, time.Duration) bool { return false }
