package flows

import (
	"slices"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// The people who use the tool (fortnox.md §8). A person is named by the
// Role they act as: the integrator is Developer, the customer's Fortnox
// administrator or user is Customer, the accounting consultant is
// Consultant. User is an actor of steps, never a person of its own: a
// customer's user reads the fix as Customer does.

// Persons returns the three people a fix can be shown for, in the order the
// wizard asks.
func Persons() []Role { return []Role{Developer, Customer, Consultant} }

// personNames are the names `show --as` takes for each person.
var personNames = map[string]Role{
	"integrator": Developer,
	"developer":  Developer,
	"customer":   Customer,
	"user":       Customer,
	"consultant": Consultant,
}

// PersonNames lists the names ParsePerson documents, in the order of Persons.
func PersonNames() []string { return []string{"integrator", "customer", "consultant"} }

// ParsePerson reads a person's name as `show --as` takes it: integrator
// (or developer), customer (or user), consultant; ignoring letter case and
// blanks around it.
func ParsePerson(name string) (Role, bool) {
	r, ok := personNames[strings.ToLower(strings.TrimSpace(name))]
	return r, ok
}

// does reports whether a person does a step with the given actor
// themselves: a customer does the administrator's and the user's steps, a
// consultant works as a user in the client's Fortnox through Digital byrå.
func (r Role) does(actor Role) bool {
	switch r {
	case Developer:
		return actor == Developer
	case Customer, User:
		return actor == Customer || actor == User
	case Consultant:
		return actor == Consultant || actor == User
	}
	return false
}

// StepsFor splits the fix's steps for the person reading it: mine are the
// steps they do themselves, theirs the steps to ask of others, both in the
// fix's order, and other is the party to ask (the one MessageFor writes
// to). For an integrator the other party is the customer (or, when only a
// consultant is to act, the consultant); for a customer, the integrator
// (or their consultant when no integrator step is left); for a consultant,
// the client (when the client's administrator must act) or the
// integrator. A person who is not one of Persons gets every step as theirs.
func (f Fix) StepsFor(person Role) (mine, theirs []Step, other Role) {
	for _, s := range f.Steps {
		s = s.readBy(person)
		if person.does(s.Actor) {
			mine = append(mine, s)
		} else {
			theirs = append(theirs, s)
		}
	}
	if person == Customer && slices.ContainsFunc(mine, func(s Step) bool { return s.Actor == User }) {
		for i := range mine {
			mine[i].named = mine[i].Actor == Customer
		}
	}
	has := func(actors ...Role) bool {
		return slices.ContainsFunc(theirs, func(s Step) bool { return slices.Contains(actors, s.Actor) })
	}
	switch person {
	case Developer:
		other = Customer
		if !has(Customer, User) && has(Consultant) {
			other = Consultant
		}
	case Customer, User:
		other = Developer
		if !has(Developer) && has(Consultant) {
			other = Consultant
		}
	case Consultant:
		other = Developer
		if has(Customer) {
			other = Customer
		}
	default:
		other = Customer
	}
	return mine, theirs, other
}

// WhoFor is who acts on the fix as a person reads it: for a consultant,
// who does the users' steps (readBy), the consultant in place of the user.
func (f Fix) WhoFor(person Role) []Role {
	if person != Consultant || !slices.Contains(f.Who, User) {
		return f.Who
	}
	var who []Role
	for _, r := range f.Who {
		if r == User {
			r = Consultant
		}
		if !slices.Contains(who, r) {
			who = append(who, r)
		}
	}
	return who
}

// readBy is the step as a person reads it: for a consultant, in their
// words when it has them (AsConsultant), a user's step becoming the
// consultant's own.
func (s Step) readBy(person Role) Step {
	switch {
	case person != Consultant || s.AsConsultant.IsZero():
		return s
	case s.Actor == User:
		return Step{Actor: Consultant, Text: s.AsConsultant}
	}
	return Step{Actor: s.Actor, Text: s.AsConsultant}
}

// ActionsFor is the fix's steps in the order a person should read them,
// the order of Layout's sections: their own first, then those to ask of
// the other party, then those of anyone else. Without a person (the zero
// Role) it is the steps in the fix's order.
func (f Fix) ActionsFor(person Role) []Step {
	var steps []Step
	sections, _ := f.Layout(person)
	for _, s := range sections {
		steps = append(steps, s.Steps...)
	}
	return steps
}

// MessageFor is the message the person can send the other party of
// StepsFor, and who that is: the customer message for an integrator, the
// integrator (or consultant) message for a customer, the client (or
// integrator) message for a consultant.
func (f Fix) MessageFor(person Role) (to Role, message i18n.Text) {
	_, _, other := f.StepsFor(person)
	switch {
	case person == Developer:
		return other, f.CustomerMessage
	case other == Consultant:
		return other, f.ConsultantMessage
	case other == Customer && person == Consultant:
		return other, f.ClientMessage
	case other == Developer:
		return other, f.IntegratorMessageFrom(person)
	}
	return other, f.CustomerMessage
}

// IntegratorMessageFrom is the message a person sends the integrator: the
// customer's own, or for a consultant one on the client's behalf, saying
// so in place of the greeting: ConsultantToIntegrator where the fix has
// it, else the customer's words.
func (f Fix) IntegratorMessageFrom(person Role) i18n.Text {
	if person != Consultant || f.IntegratorMessage.IsZero() {
		return f.IntegratorMessage
	}
	body := f.ConsultantToIntegrator
	if body.IsZero() {
		body = f.IntegratorMessage
	}
	return body.Map(func(l i18n.Lang, message string) string {
		message = strings.TrimPrefix(message, i18n.MsgGreeting.In(l))
		return i18n.MsgOnClientsBehalf.In(l) + " " + strings.TrimSpace(message)
	})
}

// AskHeading is the heading over the steps a person asks of the other
// party: "What to ask the customer", "… your client", "… the integrator".
func AskHeading(person, other Role) i18n.Text {
	switch {
	case other == Developer:
		return i18n.FixAskIntegrator
	case other == Consultant:
		return i18n.FixAskConsultant
	case person == Consultant:
		return i18n.FixAskClient
	}
	return i18n.FixAskCustomer
}

// MessageHeading is the heading over the message a person sends the other
// party.
func MessageHeading(person, other Role) i18n.Text {
	switch {
	case other == Consultant:
		return i18n.FixMsgConsultant
	case person == Developer || person == "":
		return i18n.FixCustomerMessage
	case other == Developer:
		return i18n.FixMsgIntegrator
	case person == Consultant:
		return i18n.FixMsgClient
	}
	return i18n.FixCustomerMessage
}

// Concerns reports whether the fix has a step the person does, so that the
// wizard must lead them to it: a step of the integrator for the integrator,
// of the customer's administrator or a user for the customer, of the
// consultant for the consultant. (A consultant also does users' steps, but
// reaches those fixes through the customer's questions only when they
// concern a consultant's work.)
func (f Fix) Concerns(person Role) bool {
	return slices.ContainsFunc(f.Steps, func(s Step) bool {
		if person == Consultant {
			return s.Actor == Consultant
		}
		return person.does(s.Actor)
	})
}

var personLabels = map[Role]i18n.Text{
	Developer:  {En: "Integrator (developer)", Sv: "Integratör (utvecklare)"},
	Customer:   {En: "Fortnox administrator or user in the company", Sv: "Administratör eller användare i företagets Fortnox"},
	Consultant: {En: "Accounting consultant", Sv: "Redovisningskonsult"},
}

// PersonLabel names the person a fix is shown for; empty for a role that
// is not one of Persons. The customer reads it of themselves, so it never
// says "the customer".
func (r Role) PersonLabel() i18n.Text { return personLabels[r] }

// party is who is asked to do a step of this actor: a user's step is asked
// of the customer.
func (r Role) party() Role {
	if r == User {
		return Customer
	}
	return r
}

// messageTo is the message a person sends a party besides the other party
// of StepsFor, where the fix has one: a consultant writes to the
// integrator, a customer to their consultant. Empty otherwise.
func (f Fix) messageTo(person, party Role) i18n.Text {
	switch {
	case person == Consultant && party == Developer:
		return f.IntegratorMessageFrom(person)
	case person == Customer && party == Consultant:
		return f.ConsultantMessage
	case person == Customer && party == Developer:
		return f.IntegratorMessage
	case person == Consultant && party == Customer:
		return f.ClientMessage
	}
	var none i18n.Text
	return none
}
