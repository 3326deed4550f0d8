package shape

import (
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Fix is a fix in one language: `show --json` (and the wizard's --json),
// and the shared part of show_fix's answer.
type Fix struct {
	ID      string       `json:"id"`
	Lang    i18n.Lang    `json:"lang"`
	Title   string       `json:"title"`
	Summary string       `json:"summary" jsonschema:"the fix in one line"`
	Cause   string       `json:"cause" jsonschema:"why it happens"`
	Steps   []string     `json:"steps" jsonschema:"what to do, in the fix's order, without who does it"`
	Actions []Action     `json:"actions" jsonschema:"every step with who does it, the person's own steps first when as is given"`
	Who     []flows.Role `json:"who" jsonschema:"who must act, the first one acting first"`
	// As is the person the actions are ordered for (`show --as`), as a
	// Role; empty keeps the fix's order.
	As                flows.Role `json:"as,omitempty" jsonschema:"the person the fix is shown for: developer (the integrator), customer or consultant"`
	Where             string     `json:"where" jsonschema:"where in Fortnox or the developer portal the fix is made, as a menu path"`
	DocsURL           string     `json:"docs_url" jsonschema:"the Fortnox page that documents the problem"`
	Sources           []Source   `json:"sources" jsonschema:"the pages that support the advice, Fortnox's first"`
	Related           []Related  `json:"related,omitempty" jsonschema:"other fixes this one points to"`
	CustomerMessage   string     `json:"customer_message" jsonschema:"a message the integrator can send the customer"`
	IntegratorMessage string     `json:"integrator_message,omitempty" jsonschema:"a message the customer can send the integrator; when as is consultant, the consultant's, on the client's behalf"`
	ClientMessage     string     `json:"client_message,omitempty" jsonschema:"a message an accounting consultant can send the client"`
	ConsultantMessage string     `json:"consultant_message,omitempty" jsonschema:"a message the customer can send their accounting consultant"`
	Note              string     `json:"note,omitempty" jsonschema:"a caveat, such as where Fortnox contradicts itself"`
}

// Action is one step and who does it.
type Action struct {
	Actor     flows.Role `json:"actor" jsonschema:"developer (the integrator), customer (the customer's administrator), user or consultant"`
	ActorName string     `json:"actor_name" jsonschema:"the actor as the reader sees it"`
	Text      string     `json:"text"`
}

// Related is another fix a fix points to, by the ID show_fix takes.
type Related struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Source is a page a fix cites.
type Source struct {
	URL   string `json:"url"`
	Title string `json:"title"`
}

// NewFix is the fix in l, its actions ordered for person (the zero Role
// keeps the fix's order).
func NewFix(f flows.Fix, l i18n.Lang, person flows.Role) Fix {
	steps := make([]string, len(f.Steps))
	for i, s := range f.Steps {
		steps[i] = s.Text.In(l)
	}
	var related []Related
	for _, r := range f.RelatedFixes() {
		related = append(related, Related{ID: r.ID, Title: r.Title.In(l)})
	}
	sources := make([]Source, len(f.Sources))
	for i, s := range f.Sources {
		sources[i] = Source{URL: s.URL, Title: s.Label(l)}
	}
	return Fix{
		ID:                f.ID,
		Lang:              l,
		Title:             f.Title.In(l),
		Summary:           f.Summary.In(l),
		Cause:             f.Cause.In(l),
		Steps:             steps,
		Actions:           NewActions(f.ActionsFor(person), l, person),
		Who:               append([]flows.Role{}, f.Who...),
		As:                person,
		Where:             f.Where.In(l),
		DocsURL:           f.DocsURL,
		Sources:           sources,
		Related:           related,
		CustomerMessage:   f.CustomerMessage.In(l),
		IntegratorMessage: f.IntegratorMessageFrom(person).In(l),
		ClientMessage:     f.ClientMessage.In(l),
		ConsultantMessage: f.ConsultantMessage.In(l),
		Note:              f.Note.In(l),
	}
}

// NewActions is each step in l with who does it, named as person reads
// it (a consultant reads "the client's administrator"; the zero Role the
// fix's own names).
func NewActions(steps []flows.Step, l i18n.Lang, person flows.Role) []Action {
	out := make([]Action, len(steps))
	for i, s := range steps {
		name := s.ActorFor(person)
		if name.IsZero() { // the person's own step: still named
			name = s.Actor.ActorName()
		}
		out[i] = Action{Actor: s.Actor, ActorName: name.In(l), Text: s.Text.In(l)}
	}
	return out
}
