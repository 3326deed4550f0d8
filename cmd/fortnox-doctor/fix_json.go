package main

import (
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// fixJSON is a fix in one language as `show --json` prints it. Field names
// are part of the command-line contract.
type fixJSON struct {
	ID              string       `json:"id"`
	Lang            i18n.Lang    `json:"lang"`
	Title           string       `json:"title"`
	Summary         string       `json:"summary"`
	Cause           string       `json:"cause"`
	Steps           []string     `json:"steps"`
	Who             []flows.Role `json:"who"`
	Where           string       `json:"where"`
	DocsURL         string       `json:"docs_url"`
	CustomerMessage string       `json:"customer_message"`
	Note            string       `json:"note,omitempty"`
}

func newFixJSON(f flows.Fix, l i18n.Lang) fixJSON {
	steps := make([]string, len(f.Steps))
	for i, s := range f.Steps {
		steps[i] = s.In(l)
	}
	return fixJSON{
		ID:              f.ID,
		Lang:            l,
		Title:           f.Title.In(l),
		Summary:         f.Summary.In(l),
		Cause:           f.Cause.In(l),
		Steps:           steps,
		Who:             f.Who,
		Where:           f.Where.In(l),
		DocsURL:         f.DocsURL,
		CustomerMessage: f.CustomerMessage.In(l),
		Note:            f.Note.In(l),
	}
}
