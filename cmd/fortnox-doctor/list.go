package main

import (
	"fmt"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/spf13/cobra"
)

func newListCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "list",
		Short:   i18n.CmdListShort.In(a.lang),
		Example: "fortnox-doctor list\nfortnox-doctor list --json --lang sv",
		Args:    noArgs(a),
		RunE:    func(*cobra.Command, []string) error { return runList(a) },
	}
}

// listEntry is one element of `list --json`.
type listEntry struct {
	ID    string       `json:"id"`
	Title string       `json:"title"`
	Who   []flows.Role `json:"who"`
}

func runList(a *app) error {
	fixes := flows.Fixes()
	if a.json {
		entries := make([]listEntry, len(fixes))
		for i, f := range fixes {
			entries[i] = listEntry{ID: f.ID, Title: f.Title.In(a.lang), Who: f.Who}
		}
		return writeJSON(a.out, entries)
	}
	idWidth := 0
	for _, f := range fixes {
		idWidth = max(idWidth, len(f.ID))
	}
	w := a.stdout()
	pad := func(s string) string { return s + strings.Repeat(" ", idWidth-len(s)+2) }
	fmt.Fprintln(w, headingStyle.Render(pad(i18n.ListHeaderID.In(a.lang))+i18n.ListHeaderTitle.In(a.lang)))
	for _, f := range fixes {
		fmt.Fprintln(w, idStyle.Render(f.ID)+strings.Repeat(" ", idWidth-len(f.ID)+2)+f.Title.In(a.lang))
	}
	return nil
}
