package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// TestCheckCappedRunIsNoSuccess: a run that --max-requests cut short, with
// no check failed, is no all-clear. Exit 0 means every check ok, so it
// exits 3 (could not check), says so in its own words instead of "No check
// failed.", and its JSON outcome is "incomplete", in both languages.
func TestCheckCappedRunIsNoSuccess(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
		text, d := checkInvocation{scenario: fortnoxdouble.Healthy}.run(t, "--yes", "--lang", string(l), "--max-requests", "1")
		if text.code != exitNothingChecked {
			t.Errorf("%s text: exit %d, want %d\n%s", l, text.code, exitNothingChecked, text.stdout)
		}
		if n := len(d.Requests()); n != 1 {
			t.Errorf("%s: %d requests, want 1", l, n)
		}
		if strings.Contains(text.stdout, i18n.CheckAllPassed.In(l)) {
			t.Errorf("%s: a capped run says %q:\n%s", l, i18n.CheckAllPassed.In(l), text.stdout)
		}
		for _, want := range []string{
			i18n.CheckIncomplete.Format(l, 5, 8),
			i18n.CheckIncompleteCapped.Format(l, 1),
		} {
			if !strings.Contains(text.stdout, want) {
				t.Errorf("%s: stdout lacks %q:\n%s", l, want, text.stdout)
			}
		}
		js, _ := checkInvocation{scenario: fortnoxdouble.Healthy}.run(t, "--yes", "--lang", string(l), "--max-requests", "1", "--json")
		if js.code != exitNothingChecked {
			t.Errorf("%s json: exit %d, want %d", l, js.code, exitNothingChecked)
		}
		var got checkJSON
		if err := json.Unmarshal([]byte(js.stdout), &got); err != nil {
			t.Fatalf("%s: %v\n%s", l, err, js.stdout)
		}
		if got.Outcome != "incomplete" {
			t.Errorf("%s: outcome %q, want incomplete", l, got.Outcome)
		}
	}
}

// TestCheckUnprobeableScopeKeepsSuccess: a scope with no read-only request
// is skipped on every run by design; it does not make a run incomplete.
func TestCheckUnprobeableScopeKeepsSuccess(t *testing.T) {
	r, _ := checkInvocation{scenario: fortnoxdouble.Healthy}.run(t, "--yes", "--scopes", "invoice,noxfinansinvoice", "--json")
	var got checkJSON
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	skipped := false
	for _, c := range got.Checks {
		skipped = skipped || c.Status == livecheck.StatusSkipped
	}
	if r.code != 0 || got.Outcome != "ok" || !skipped {
		t.Errorf("exit %d, outcome %q, a skipped check %v; want 0, ok, true\n%s", r.code, got.Outcome, skipped, r.stdout)
	}
}
