package flows

import (
	"net/url"
	"slices"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Every fix splits its steps for each person without losing one, and has a
// message for the party that person asks.
func TestStepsForEveryPerson(t *testing.T) {
	for _, f := range Fixes() {
		for _, p := range Persons() {
			mine, theirs, other := f.StepsFor(p)
			if len(mine)+len(theirs) != len(f.Steps) {
				t.Errorf("%s as %s: %d mine + %d theirs, want %d steps", f.ID, p, len(mine), len(theirs), len(f.Steps))
			}
			for _, s := range mine {
				if !p.does(s.Actor) {
					t.Errorf("%s as %s: a step of %s is called theirs own", f.ID, p, s.Actor)
				}
			}
			if other == p {
				t.Errorf("%s as %s: the other party is themselves", f.ID, p)
			}
			to, msg := f.MessageFor(p)
			if to != other || !msg.Complete() {
				t.Errorf("%s as %s: message to %s is %+v, want a message to %s in both languages", f.ID, p, to, msg, other)
			}
			got := f.ActionsFor(p)
			if len(got) != len(f.Steps) || !slices.Equal(got[:len(mine)], mine) {
				t.Errorf("%s as %s: ActionsFor is not mine first, then the rest", f.ID, p)
			}
			for _, s := range f.Steps {
				// named only says how the step is labelled.
				if !slices.ContainsFunc(got, func(g Step) bool { g.named = false; return g == s.readBy(p) }) {
					t.Errorf("%s as %s: ActionsFor lost step %q", f.ID, p, s.Text.En)
				}
			}
		}
		for _, s := range f.Steps {
			if !slices.Contains(Roles(), s.Actor) || !s.Actor.ActorName().Complete() {
				t.Errorf("%s: step %q has no known actor (%q)", f.ID, s.Text.En, s.Actor)
			}
			if !slices.Contains(f.Who, s.Actor) {
				t.Errorf("%s: step actor %s is not in Who %v", f.ID, s.Actor, f.Who)
			}
		}
		for _, r := range f.Who {
			if !slices.ContainsFunc(f.Steps, func(s Step) bool { return s.Actor == r }) {
				t.Errorf("%s: %s is in Who but does no step", f.ID, r)
			}
		}
	}
}

// A fix's steps for the integrator come before the customer's, and the
// message goes to the customer; for the customer it is the other way round.
func TestStepsForOrdersByPerson(t *testing.T) {
	f, _ := Lookup("invalid-refresh-token")
	for _, tc := range []struct {
		person, other Role
		first         Role
	}{
		{Developer, Customer, Developer},
		{Customer, Developer, User},
	} {
		mine, _, other := f.StepsFor(tc.person)
		if other != tc.other || len(mine) == 0 || !tc.person.does(mine[0].Actor) {
			t.Errorf("as %s: other %s, mine %v", tc.person, other, mine)
		}
	}
	if to, msg := f.MessageFor(Developer); to != Customer || msg != f.CustomerMessage {
		t.Errorf("the integrator's message goes to %s: %q", to, msg.En)
	}
	if to, msg := f.MessageFor(Customer); to != Developer || msg != f.IntegratorMessage {
		t.Errorf("the customer's message goes to %s: %q", to, msg.En)
	}
	if heading := AskHeading(Consultant, Customer); heading != i18n.FixAskClient {
		t.Errorf("a consultant asks %q", heading.En)
	}
}

// Every fix cites at least one https source, Fortnox's pages first.
func TestEveryFixHasSources(t *testing.T) {
	for _, f := range Fixes() {
		if len(f.Sources) == 0 {
			t.Errorf("%s has no sources", f.ID)
		}
		thirdParty := false
		for _, s := range f.Sources {
			u, err := url.Parse(s.URL)
			if err != nil || u.Scheme != "https" || u.Host == "" || s.Title == "" {
				t.Errorf("%s: source %+v is not an https page with a title", f.ID, s)
				continue
			}
			fortnox := IsFortnoxHost(u.Host)
			if fortnox && thirdParty {
				t.Errorf("%s: Fortnox page %s comes after a third-party page", f.ID, s.URL)
			}
			thirdParty = thirdParty || !fortnox
		}
	}
}

func TestParsePerson(t *testing.T) {
	for name, want := range map[string]Role{"integrator": Developer, " Customer ": Customer, "consultant": Consultant, "developer": Developer} {
		if got, ok := ParsePerson(name); !ok || got != want {
			t.Errorf("ParsePerson(%q) = %q, %v", name, got, ok)
		}
	}
	if _, ok := ParsePerson("admin"); ok {
		t.Error("ParsePerson accepted admin")
	}
}
