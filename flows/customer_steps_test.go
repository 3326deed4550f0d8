package flows

import (
	"regexp"
	"slices"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// customerNamed is the customer named as a third party: "the customer",
// "a customer's", "this customer's", "kunden", "kundens", "en kund".
var customerNamed = map[i18n.Lang]*regexp.Regexp{
	i18n.English: regexp.MustCompile(`(?i)\b(the|a|this|that) customer('s)?\b`),
	i18n.Swedish: regexp.MustCompile(`(?i)\bkunden(s)?\b|\ben kunds?\b`),
}

// TestACustomersOwnStepsDoNotNameTheCustomer: the customer reads the steps
// of the customer's administrator and of a user as "What you do"; none of
// them speaks of the customer as someone else ("When the customer has
// checked …, activate …").
func TestACustomersOwnStepsDoNotNameTheCustomer(t *testing.T) {
	for _, f := range Fixes() {
		for i, s := range f.Steps {
			if !Customer.does(s.Actor) {
				continue
			}
			for _, l := range i18n.Langs() {
				if m := customerNamed[l].FindString(s.Text.In(l)); m != "" {
					t.Errorf("%s step %d (%s), the customer's own, names %q: %s", f.ID, i+1, l, m, s.Text.In(l))
				}
			}
		}
	}
}

// TestStepsAskedOfOthersNameNoCustomer: the customer reads the
// integrator's steps under "What to ask the integrator", and a consultant
// reads them for the client; neither is "the customer" there ("When the
// customer has approved again, …", "ask the customer whether …"). The
// steps speak of the company, the connection or the activation instead.
func TestStepsAskedOfOthersNameNoCustomer(t *testing.T) {
	for _, f := range Fixes() {
		for _, person := range []Role{Customer, Consultant} {
			_, theirs, _ := f.StepsFor(person)
			for _, s := range theirs {
				for _, l := range i18n.Langs() {
					if m := customerNamed[l].FindString(s.Text.In(l)); m != "" {
						t.Errorf("%s, read by the %s: a step of the %s names %q: %s", f.ID, person, s.Actor, m, s.Text.In(l))
					}
				}
			}
		}
	}
}

// TestSummariesNameNoCustomer: a fix's title, summary, cause, where it is
// made and its note are read by the customer, who is not "the customer" to themselves,
// and by a consultant, to whom they are the client: they speak of the
// company and of a user instead.
func TestSummariesNameNoCustomer(t *testing.T) {
	for _, f := range Fixes() {
		for name, text := range map[string]i18n.Text{"title": f.Title, "summary": f.Summary, "cause": f.Cause, "where": f.Where, "note": f.Note} {
			for _, l := range i18n.Langs() {
				if m := customerNamed[l].FindString(text.In(l)); m != "" {
					t.Errorf("%s %s (%s) names %q: %s", f.ID, name, l, m, text.In(l))
				}
			}
		}
	}
}

// TestPersonLabelsNameNoCustomer: "Shown for" is read by the person it
// names; the customer is not "the customer" to themselves.
func TestPersonLabelsNameNoCustomer(t *testing.T) {
	for _, p := range Persons() {
		for _, l := range i18n.Langs() {
			if m := customerNamed[l].FindString(p.PersonLabel().In(l)); m != "" {
				t.Errorf("%s's label (%s) names %q: %s", p, l, m, p.PersonLabel().In(l))
			}
		}
	}
}

// TestWhoActsNamesNoCustomerToTheCustomer: the customer reads who acts of
// every fix with no "customer" in it (an outside audit read "Customer's
// Fortnox administrator, user in the customer's Fortnox" as the customer),
// and a consultant reads the client where the customer was.
func TestWhoActsNamesNoCustomerToTheCustomer(t *testing.T) {
	customerWord := map[i18n.Lang]*regexp.Regexp{
		i18n.English: regexp.MustCompile(`(?i)\bcustomer`),
		i18n.Swedish: regexp.MustCompile(`(?i)\bkund`),
	}
	for _, f := range Fixes() {
		for _, person := range []Role{Customer, Consultant} {
			for _, l := range i18n.Langs() {
				if who := f.WhoTextAs(l, person); customerWord[l].MatchString(who) {
					t.Errorf("%s (%s): the %s reads who acts as %q", f.ID, l, person, who)
				}
			}
		}
	}
}

// TestACustomersMixedStepsAreNamed: where the customer's own steps mix an
// administrator's and a user's, each names who does it, not only the
// user's (an outside audit: a user who is no administrator read "Log in
// as a system administrator" as theirs); where they do not, none does.
func TestACustomersMixedStepsAreNamed(t *testing.T) {
	mixed := 0
	for _, f := range Fixes() {
		mine, _, _ := f.StepsFor(Customer)
		hasUser := slices.ContainsFunc(mine, func(s Step) bool { return s.Actor == User })
		hasAdmin := slices.ContainsFunc(mine, func(s Step) bool { return s.Actor == Customer })
		if hasUser && hasAdmin {
			mixed++
		}
		for _, s := range mine {
			for _, l := range i18n.Langs() {
				named := s.ActorFor(Customer).In(l) != ""
				if want := hasUser && hasAdmin || s.Actor != Customer; named != want {
					t.Errorf("%s (%s): the customer's step %q named %v, want %v", f.ID, l, s.Text.In(l), named, want)
				}
			}
		}
	}
	if mixed == 0 {
		t.Error("no fix mixes an administrator's and a user's steps: the test tests nothing")
	}
}
