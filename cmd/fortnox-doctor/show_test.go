package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// show --as puts the person's own steps first, says what to ask the other
// party, and orders --json's actions the same way.
func TestShowAs(t *testing.T) {
	fix, _ := flows.Lookup("invalid-refresh-token")
	for _, tc := range []struct {
		as     string
		person flows.Role
	}{{"integrator", flows.Developer}, {"customer", flows.Customer}, {"consultant", flows.Consultant}} {
		for _, l := range i18n.Langs() {
			r := cli(t, "show", fix.ID, "--as", tc.as, "--lang", string(l))
			mine, theirs, other := fix.StepsFor(tc.person)
			_, msg := fix.MessageFor(tc.person)
			said := []string{i18n.FixYouDo.In(l)}
			if len(mine) > 0 {
				said = append(said, startOf(mine[0].Text.In(l)))
			}
			said = append(said, flows.AskHeading(tc.person, other).In(l))
			if len(theirs) > 0 {
				said = append(said, startOf(theirs[0].Text.In(l)))
			}
			said = append(said, flows.MessageHeading(tc.person, other).In(l), startOf(msg.In(l)))
			if r.code != 0 {
				t.Fatalf("show --as %s: code %d: %s", tc.as, r.code, r.stderr)
			}
			inOrder(t, r.stdout, said)

			var got fixJSON
			if err := json.Unmarshal([]byte(cli(t, "show", fix.ID, "--as", tc.as, "--json", "--lang", string(l)).stdout), &got); err != nil {
				t.Fatal(err)
			}
			actions := fix.ActionsFor(tc.person)
			if got.As != tc.person || len(got.Actions) != len(actions) || got.Actions[0].Actor != actions[0].Actor || got.Actions[0].Text != actions[0].Text.In(l) {
				t.Errorf("show --as %s --json: as %q, actions %+v", tc.as, got.As, got.Actions)
			}
		}
	}
	// Without --as every step is listed with its actor, in the fix's order.
	r := cli(t, "show", fix.ID, "--lang", "en")
	inOrder(t, r.stdout, []string{i18n.FixSteps.In(i18n.English), fix.Steps[0].StepText(i18n.English)[:30], fix.Steps[1].StepText(i18n.English)[:30]})
}

// A person --as does not know is a one-line usage error that quotes the
// value sanitized and cut short.
func TestShowAsUnknownPerson(t *testing.T) {
	long := "\x1b[31madmin" + strings.Repeat("x", 200)
	r := cli(t, "show", "missing-license", "--as", long)
	if r.code != exitUsage {
		t.Fatalf("code %d, want %d", r.code, exitUsage)
	}
	line := strings.TrimSpace(r.stderr)
	if strings.Contains(line, "\n") || strings.Contains(line, "\x1b") || strings.Contains(line, strings.Repeat("x", 60)) || !strings.Contains(line, "admin") || !strings.Contains(line, "integrator, customer, consultant") {
		t.Errorf("stderr = %q", r.stderr)
	}
}

// startOf is the first words of a text, short enough not to be wrapped.
func startOf(s string) string {
	words := strings.Fields(s)
	return strings.Join(words[:min(4, len(words))], " ")
}

// inOrder checks that output holds each text, each after the one before.
func inOrder(t *testing.T, output string, said []string) {
	t.Helper()
	rest := output
	for _, s := range said {
		i := strings.Index(rest, s)
		if i < 0 {
			t.Errorf("output lacks %q (in order):\n%s", s, output)
			return
		}
		rest = rest[i+len(s):]
	}
}

// TestShowTrimsTheID: an ID copied with blanks around it (a line's
// newline) is the ID, rather than "unknown fix ID; did you mean" itself.
func TestShowTrimsTheID(t *testing.T) {
	f := flows.Fixes()[0]
	r := cli(t, "show", " "+f.ID+"\n", "--lang", "en")
	if r.code != exitOK || !strings.Contains(r.stdout, f.Title.In(i18n.English)) {
		t.Errorf("show %q: code %d, stderr %q", " "+f.ID+"\n", r.code, r.stderr)
	}
}
