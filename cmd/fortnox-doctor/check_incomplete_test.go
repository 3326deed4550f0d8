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

// TestCheckAccessibleQuestionInWords: under --accessible or ACCESSIBLE=1,
// check's question is said in words a screen reader reads well, not
// "[y/N]", and its answer still decides.
func TestCheckAccessibleQuestionInWords(t *testing.T) {
	for _, tt := range []struct {
		ci   checkInvocation
		args []string
	}{
		{checkInvocation{}, []string{"--accessible"}},
		{checkInvocation{env: []string{"ACCESSIBLE=1"}}, nil},
	} {
		for _, l := range i18n.Langs() {
			ci := tt.ci
			ci.scenario, ci.terminal, ci.stdin = fortnoxdouble.Healthy, true, map[i18n.Lang]string{i18n.English: "y\n", i18n.Swedish: "j\n"}[l]
			r, d := ci.run(t, append([]string{"--lang", string(l)}, tt.args...)...)
			if !strings.Contains(r.stderr, i18n.CheckConfirmAccessible.In(l)) || strings.Contains(r.stderr, i18n.CheckConfirm.In(l)) {
				t.Errorf("%v %s: the question is not in words:\n%s", tt.args, l, r.stderr)
			}
			if r.code != 0 || len(d.Requests()) == 0 {
				t.Errorf("%v %s: exit %d, %d requests after yes", tt.args, l, r.code, len(d.Requests()))
			}
		}
	}
}
