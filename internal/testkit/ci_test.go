package testkit

import (
	"testing"
)

// recorder is a testing.TB that records whether it was failed or skipped
// instead of stopping the test.
type recorder struct {
	testing.TB
	failed, skipped bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Skip(...any)           { r.skipped = true }
func (r *recorder) Skipf(string, ...any)  { r.skipped = true }
func (r *recorder) Fatal(...any)          { r.failed = true }
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Logf(string, ...any)   {}

// TestSkipUnlessCI: a missing pseudo-terminal or zone skips a test on a
// workstation and fails it in CI.
func TestSkipUnlessCI(t *testing.T) {
	for _, ci := range []string{"", "true"} {
		t.Setenv("CI", ci)
		r := &recorder{TB: t}
		SkipUnlessCI(r, "no pseudo-terminal here")
		if wantFail := ci != ""; r.failed != wantFail || r.skipped == wantFail {
			t.Errorf("CI=%q: failed %v, skipped %v", ci, r.failed, r.skipped)
		}
	}
}
