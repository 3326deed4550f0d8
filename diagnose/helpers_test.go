package diagnose

import (
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// stockholm is the zone tests show times in; fixed so results do not
// depend on the machine. Without time zone data it falls back to CET, and
// TestStockholmHasZoneData says so (and fails in CI).
var stockholm = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Stockholm")
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return loc
}()

// testNow is the moment tests run at.
var testNow = time.Date(2025, 5, 2, 10, 0, 0, 0, stockholm)

// TestStockholmHasZoneData: the tests run in Stockholm's real zone, not
// the fallback, wherever CI runs them.
func TestStockholmHasZoneData(t *testing.T) {
	testkit.LoadLocation(t, "Europe/Stockholm")
}

// checkConfident explains each paste and checks whether it has a high
// match, as the map says.
func checkConfident(t *testing.T, pastes map[string]bool) {
	t.Helper()
	for paste, high := range pastes {
		ex, err := Explain(paste)
		if err != nil {
			t.Fatal(err)
		}
		if got := ex.Confident(); got != high {
			t.Errorf("%q: Confident() = %v, want %v (%v)", paste, got, high, ranking(ex))
		}
	}
}
