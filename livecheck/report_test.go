package livecheck_test

import (
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

func TestReportIncomplete(t *testing.T) {
	ok := livecheck.Check{ID: livecheck.CheckAccepted, Status: livecheck.StatusOK}
	token := livecheck.Check{ID: livecheck.CheckToken, Status: livecheck.StatusOK}
	skipped := livecheck.Check{ID: "scope-invoice", Status: livecheck.StatusSkipped}
	noProbe := livecheck.Check{ID: "scope-noxfinansinvoice", Status: livecheck.StatusSkipped, NoProbe: true}
	unknown := livecheck.Check{ID: "scope-order", Status: livecheck.StatusCouldNotCheck}
	failed := livecheck.Check{ID: "scope-offer", Status: livecheck.StatusFailed}
	for _, tt := range []struct {
		name       string
		checks     []livecheck.Check
		incomplete bool
		unchecked  int
	}{
		{"all ok", []livecheck.Check{token, ok}, false, 0},
		{"one skipped", []livecheck.Check{token, ok, skipped}, true, 1},
		{"one could not be checked", []livecheck.Check{token, ok, unknown}, true, 1},
		{"no probe is by design", []livecheck.Check{token, ok, noProbe}, false, 0},
		{"a failure wins", []livecheck.Check{token, ok, skipped, failed}, false, 1},
		{"nothing checked is its own outcome", []livecheck.Check{token, skipped}, false, 1},
	} {
		r := livecheck.Report{Checks: tt.checks}
		if r.Incomplete() != tt.incomplete || r.Unchecked() != tt.unchecked {
			t.Errorf("%s: Incomplete %v Unchecked %d, want %v %d", tt.name, r.Incomplete(), r.Unchecked(), tt.incomplete, tt.unchecked)
		}
	}
}
