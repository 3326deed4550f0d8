package testkit

import (
	"os"
	"testing"
	"time"
)

// InCI reports whether the tests run in CI: the variable CI is set, as
// GitHub Actions and most CI services set it.
func InCI() bool { return os.Getenv("CI") != "" }

// SkipUnlessCI skips a test whose environment lacks something it needs (a
// pseudo-terminal, time zone data), and fails it in CI, where the
// environment is ours to give and a skip would hide a test that no longer
// runs.
func SkipUnlessCI(t testing.TB, reason string) {
	t.Helper()
	if InCI() {
		t.Fatalf("%s (CI is set: this test must run here)", reason)
		return
	}
	t.Skip(reason)
}

// LoadLocation loads the named time zone, or skips the test when the
// machine has no time zone data (fails it in CI, by SkipUnlessCI).
func LoadLocation(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		SkipUnlessCI(t, "no time zone data: "+err.Error())
	}
	return loc
}
