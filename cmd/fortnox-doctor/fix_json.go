package main

import (
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// fixJSON is a fix in one language as `show --json` prints it. Field names
// are part of the command-line contract.
type fixJSON struct {
	ID      string       `json:"id"`
	Lang    i18n.Lang    `json:"lang"`
	Title   string       `json:"title"`
	Summary string       `json:"summary"`
	Cause   string       `json:"cause"`
	Steps   []string     `json:"steps"`
	Actions []actionJSON `json:"actions"`
	Who     []flows.Role `json:"who"`
	// As is the person the actions are ordered for (`show --as`), as a Role.
	As                flows.Role   `json:"as,omitempty"`
	Where             string       `json:"where"`
	DocsURL           string       `json:"docs_url"`
	Sources           []sourceJSON `json:"sources"`
	CustomerMessage   string       `json:"customer_message"`
	IntegratorMessage string       `json:"integrator_message,omitempty"`
	ClientMessage     string       `json:"client_message,omitempty"`
	ConsultantMessage string       `json:"consultant_message,omitempty"`
	Note              string       `json:"note,omitempty"`
}

// actionJSON is one step with the role that does it.
type actionJSON struct {
	Actor flows.Role `json:"actor"`
	Text  string     `json:"text"`
}

// sourceJSON is one page a fix cites.
type sourceJSON struct {
	URL   string `json:"url"`
	Title string `json:"title"`
}

// newFixJSON is the fix in one language, its actions ordered for person
// (the zero Role keeps the fix's order).
func newFixJSON(f flows.Fix, l i18n.Lang, person flows.Role) fixJSON {
	steps := make([]string, len(f.Steps))
	for i, s := range f.Steps {
		steps[i] = s.Text.In(l)
	}
	actions := []actionJSON{}
	for _, s := range f.ActionsFor(person) {
		actions = append(actions, actionJSON{Actor: s.Actor, Text: s.Text.In(l)})
	}
	sources := []sourceJSON{}
	for _, s := range f.Sources {
		sources = append(sources, sourceJSON{URL: s.URL, Title: s.Title})
	}
	return fixJSON{
		ID:                f.ID,
		Lang:              l,
		Title:             f.Title.In(l),
		Summary:           f.Summary.In(l),
		Cause:             f.Cause.In(l),
		Steps:             steps,
		Actions:           actions,
		Who:               f.Who,
		As:                person,
		Where:             f.Where.In(l),
		DocsURL:           f.DocsURL,
		Sources:           sources,
		CustomerMessage:   f.CustomerMessage.In(l),
		IntegratorMessage: f.IntegratorMessage.In(l),
		ClientMessage:     f.ClientMessage.In(l),
		ConsultantMessage: f.ConsultantMessage.In(l),
		Note:              f.Note.In(l),
	}
}
