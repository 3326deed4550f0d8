package main

import (
	"fmt"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
	"github.com/fortnox-doctor/fortnox-doctor/internal/textwrap"
	"github.com/spf13/cobra"
)

func newListCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "list",
		Short:   i18n.CmdListShort.In(a.lang),
		Long:    i18n.CmdListLong.In(a.lang),
		Example: "fortnox-doctor list\nfortnox-doctor list --json --lang sv",
		Args:    noArgs(a),
		RunE:    func(*cobra.Command, []string) error { return runList(a) },
	}
}

func runList(a *app) error {
	fixes := flows.Fixes()
	if a.json {
		entries := make([]shape.ListEntry, len(fixes))
		for i, f := range fixes {
			entries[i] = shape.NewListEntry(f, a.lang)
		}
		return writeJSON(a.out, entries)
	}
	idWidth := 0
	for _, f := range fixes {
		idWidth = max(idWidth, len(f.ID))
	}
	// Titles wrap under their column to the terminal's width, at spaces
	// only; when that column would be too narrow to read, each title goes
	// under its ID instead.
	width := a.wrapWidth()
	column := idWidth + 2
	stacked := width > 0 && width-column < minTitleWidth
	w := a.stdout()
	if !stacked {
		fmt.Fprintln(w, headingStyle.Render(padTo(i18n.ListHeaderID.In(a.lang), column)+i18n.ListHeaderTitle.In(a.lang)))
	}
	for _, f := range fixes {
		title := f.Title.In(a.lang)
		if stacked {
			fmt.Fprintln(w, idStyle.Render(f.ID))
			fmt.Fprintln(w, strings.Join(textwrap.Indent(title, width, "  ", "  "), "\n"))
			continue
		}
		lines := textwrap.Indent(title, width, strings.Repeat(" ", column), strings.Repeat(" ", column))
		lines[0] = idStyle.Render(f.ID) + strings.Repeat(" ", column-len(f.ID)) + lines[0][column:]
		fmt.Fprintln(w, strings.Join(lines, "\n"))
	}
	return nil
}

// minTitleWidth is the least room for a title beside the IDs.
const minTitleWidth = 24

// padTo pads s with spaces to width columns.
func padTo(s string, width int) string { return s + strings.Repeat(" ", max(width-len(s), 0)) }
