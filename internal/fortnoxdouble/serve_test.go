package fortnoxdouble

import (
	"os"
	"testing"
	"time"
)

// TestServe runs a double for trying check by hand, when asked:
//
//	FORTNOX_DOUBLE=scope-missing-403 FORTNOX_DOUBLE_TOKEN=/tmp/token go test ./internal/fortnoxdouble -run TestServe -timeout 10m -v
//
// prints the URL and writes the token the double accepts to the file; it
// serves until the test's timeout.
func TestServe(t *testing.T) {
	sc := os.Getenv("FORTNOX_DOUBLE")
	if sc == "" {
		t.Skip("set FORTNOX_DOUBLE to a scenario to serve a double by hand")
	}
	d := Start(t, Scenario(sc), NewClock(time.Now()))
	if path := os.Getenv("FORTNOX_DOUBLE_TOKEN"); path != "" {
		if err := os.WriteFile(path, []byte(d.Token+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%s serving at %s", d, d.URL)
	deadline, ok := t.Deadline()
	if !ok {
		deadline = time.Now().Add(10 * time.Minute)
	}
	time.Sleep(time.Until(deadline) - 5*time.Second)
}
