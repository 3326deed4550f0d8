package shape_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestImportsPointDown keeps the package below its two users: of this
// module it imports diagnose, flows and i18n only, never the command,
// the MCP server or the terminal interface.
func TestImportsPointDown(t *testing.T) {
	const module = "github.com/fortnox-doctor/fortnox-doctor/"
	allowed := map[string]bool{module + "diagnose": true, module + "flows": true, module + "i18n": true}
	for name, paths := range testkit.Imports(t, ".") {
		for _, path := range paths {
			if strings.HasPrefix(path, module) && !allowed[path] {
				t.Errorf("%s imports %s", name, path)
			}
		}
	}
}

// marshal is v's JSON as a map, to look at its fields.
func marshal(t *testing.T, v any) map[string]json.RawMessage {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// want fails unless each named field of m is written as given.
func want(t *testing.T, what string, m map[string]json.RawMessage, fields map[string]string) {
	t.Helper()
	for k, v := range fields {
		if got, ok := m[k]; !ok || string(got) != v {
			t.Errorf("%s: %s = %s (present %v), want %s", what, k, got, ok, v)
		}
	}
}

// An empty report is written with [] and {} and null, never a field left
// out or a list as null.
func TestEmptyValuesAreWrittenOut(t *testing.T) {
	want(t, "token", marshal(t, shape.NewToken(diagnose.TokenReport{Kind: diagnose.TokenUnknown}, i18n.English)), map[string]string{
		"header": "{}", "claims": "{}", "issued_at": "null", "expires_at": "null", "scopes": "[]", "findings": "[]",
	})
	want(t, "link", marshal(t, shape.NewLink(diagnose.URLReport{}, i18n.English)), map[string]string{
		"params": "{}", "scopes": "[]", "findings": "[]", "params_left_out": "0",
	})
	want(t, "explain", marshal(t, shape.NewExplain(diagnose.Explanation{}, i18n.Swedish)), map[string]string{
		"lang": `"sv"`, "matches": "[]", "codes": "[]", "redacted_kinds": "[]", "data_errors": "[]", "unknown_codes": "[]",
	})
}

// Every fix is written with every list present, its actions naming the
// actor as the reader sees it.
func TestFixListsAreNeverNull(t *testing.T) {
	for _, f := range flows.Fixes() {
		for _, l := range i18n.Langs() {
			for _, person := range append([]flows.Role{""}, flows.Persons()...) {
				fix := shape.NewFix(f, l, person)
				m := marshal(t, fix)
				for _, k := range []string{"steps", "actions", "who", "sources"} {
					if string(m[k]) == "null" || len(m[k]) == 0 {
						t.Errorf("%s %s %q: %s = %s", f.ID, l, person, k, m[k])
					}
				}
				steps := f.ActionsFor(person)
				for i, a := range fix.Actions {
					want := steps[i].ActorFor(person)
					if want.IsZero() {
						want = steps[i].Actor.ActorName()
					}
					if a.ActorName != want.In(l) || a.ActorName == "" {
						t.Errorf("%s %s %q: action %+v, want the actor named %q", f.ID, l, person, a, want.In(l))
					}
				}
				if person == flows.Consultant && fix.IntegratorMessage != "" && !strings.HasPrefix(fix.IntegratorMessage, i18n.MsgOnClientsBehalf.In(l)) {
					t.Errorf("%s %s: a consultant's message to the integrator does not say whose behalf it is on: %q", f.ID, l, fix.IntegratorMessage)
				}
			}
			entry := marshal(t, shape.NewListEntry(f, l))
			if string(entry["who"]) == "null" {
				t.Errorf("%s: list entry's who is null", f.ID)
			}
		}
	}
}

// TestFindingAlwaysHasFixID: cli.md lists fix_id among a finding's fields;
// a finding no fix explains has it empty, as check's checks do, rather
// than leaving it out.
func TestFindingAlwaysHasFixID(t *testing.T) {
	for _, f := range shape.NewFindings([]diagnose.Finding{{Severity: diagnose.SeverityInfo, Code: "no-fix"}}, i18n.English) {
		if got, ok := marshal(t, f)["fix_id"]; !ok || string(got) != `""` {
			t.Errorf("a finding without a fix has fix_id %s (present: %v)", got, ok)
		}
	}
}
