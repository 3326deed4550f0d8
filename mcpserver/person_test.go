package mcpserver_test

import (
	"context"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
)

// TestShowFixTakesThePersonsShowTakes: show_fix's as takes every name
// `show --as` takes (flows.ParsePerson): "user" and "developer" beside the
// documented names, in either case and with blanks around it. Its schema
// refused "user", which `show --as user` accepts. Any other name is refused
// with the command line's message, which lists the valid names.
func TestShowFixTakesThePersonsShowTakes(t *testing.T) {
	names := append([]string{}, flows.PersonNames()...)
	for _, r := range flows.Roles() {
		names = append(names, string(r))
	}
	names = append(names, "User", " Integrator ", "CONSULTANT")
	for _, l := range langs {
		cs := connect(t, l)
		for _, name := range names {
			want, ok := flows.ParsePerson(name)
			if !ok {
				t.Fatalf("show --as %q is refused; the test's names are wrong", name)
			}
			var out mcpserver.FixOutput
			callOK(t, cs, "show_fix", map[string]any{"id": "missing-license", "as": name}, &out)
			if out.As != want {
				t.Errorf("%s: as %q shows the fix for %q, want %q", l, name, out.As, want)
			}
		}
		msg := callError(t, cs, "show_fix", map[string]any{"id": "missing-license", "as": "boss"})
		if want := i18n.MCPErrUnknownPerson.Format(l, "boss", strings.Join(flows.PersonNames(), ", ")); msg != want {
			t.Errorf("%s: as boss: %q, want %q", l, msg, want)
		}
	}
}

// The schema names the persons for an assistant to choose from.
func TestShowFixSchemaNamesThePersons(t *testing.T) {
	cs := connect(t, i18n.English)
	res, err := cs.ListTools(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tool := range res.Tools {
		if tool.Name != "show_fix" {
			continue
		}
		schema := schemaOf(t, tool.InputSchema)
		as := schema.Properties["as"]
		if as == nil {
			t.Fatal("show_fix has no as")
		}
		var got []string
		for _, e := range as.Examples {
			got = append(got, e.(string))
		}
		for _, name := range append(flows.PersonNames(), "developer", "user") {
			if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+name+" ") {
				t.Errorf("as's schema does not name %q: %v", name, got)
			}
		}
		return
	}
	t.Fatal("no show_fix")
}
