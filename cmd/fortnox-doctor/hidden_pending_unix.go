//go:build unix

package main

import (
	"errors"
	"time"

	"golang.org/x/sys/unix"
)

// pasteGap is how long the hidden prompt waits, after a read that ends in a
// line break, for more of a paste without marks: a terminal writes a paste
// in bursts a few milliseconds apart, and a person presses no key this soon
// after Enter. It is a best effort: a part that comes later (a slow link)
// ends the input there. (On macOS poll does not work on /dev/tty itself:
// input redirected from it ends at the line break, as before the wait.)
const pasteGap = 100 * time.Millisecond

// inputPending reports whether the terminal fd has bytes to read now or
// within wait.
func inputPending(fd uintptr, wait time.Duration) bool {
	deadline := time.Now().Add(wait)
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}} //nolint:gosec // a descriptor fits in an int32
	for {
		left := time.Until(deadline)
		if left < 0 {
			left = 0
		}
		n, err := unix.Poll(fds, int(left.Milliseconds()))
		if errors.Is(err, unix.EINTR) {
			continue // a signal (the Go runtime sends them) is no answer
		}
		return err == nil && n > 0 && fds[0].Revents&unix.POLLIN != 0
	}
}
