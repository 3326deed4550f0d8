package main

import (
	"fmt"

	"charm.land/lipgloss/v2"
	"github.com/fortnox-doctor/fortnox-doctor/report"
)

// Output pieces shared by explain, check-url and inspect-token.

// writeReport prints a report of a paste (explain, check-url,
// inspect-token) as the wizard shows it, drawn by package report for the
// command line: wrapped to the terminal (or not at all into a pipe), in the
// terminal's own colours unless colour is off.
func writeReport(a *app, d report.Document) {
	r := report.Renderer{Width: a.wrapWidth(), Style: cliStyle, Cursor: -1, On: report.Command}
	fmt.Fprintln(a.stdout(), r.Draw(d).String())
}

// Report styles from the terminal's 16-colour palette, like styles.go's;
// each severity mark also carries a word, so nothing depends on colour.
var (
	errorStyle   = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Red)
	warningStyle = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Yellow)
	goodStyle    = lipgloss.NewStyle().Foreground(lipgloss.Green)
	mutedStyle   = lipgloss.NewStyle().Faint(true)
)

// cliStyle styles a report's text for its role.
func cliStyle(role report.Role, s string) string {
	switch role {
	case report.RoleHeading, report.RoleLabel:
		return headingStyle.Render(s)
	case report.RoleTitle, report.RoleChoice:
		return titleStyle.Render(s)
	case report.RoleMuted:
		return mutedStyle.Render(s)
	case report.RoleGood:
		return goodStyle.Render(s)
	case report.RoleWarning:
		return warningStyle.Render(s)
	case report.RoleBad:
		return errorStyle.Render(s)
	}
	return s
}
