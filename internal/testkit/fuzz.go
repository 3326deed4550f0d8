package testkit

import (
	"runtime/debug"
	"testing"
	"time"
)

// FuzzMaxBytes is the largest input a fuzz target reads. Every reader is
// linear, so this bounds the time one input may take; larger inputs are
// the benchmarks' business.
const FuzzMaxBytes = 64 << 10

// FuzzLimit is the most time one fuzz input may take before the target
// fails as hung. It is generous (inputs take milliseconds) so that a busy
// machine never fails it; a reader gone quadratic or into a loop does.
const FuzzLimit = 10 * time.Second

// Bounded runs f on one fuzz input, skipping inputs above FuzzMaxBytes
// bytes in all, and fails when f takes more than FuzzLimit.
func Bounded(t testing.TB, size int, f func()) {
	t.Helper()
	if size > FuzzMaxBytes {
		t.Skip("input larger than FuzzMaxBytes")
	}
	done := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(done)
		// A panic here would end the whole fuzzing process without saying
		// which input caused it: report it as this input's failure.
		defer func() {
			if r := recover(); r != nil {
				t.Errorf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		f()
	}()
	select {
	case <-done:
	case <-time.After(FuzzLimit):
		t.Fatalf("an input of %d bytes took more than %v: a reader is not linear, or loops", size, time.Since(start).Round(time.Second))
	}
}
