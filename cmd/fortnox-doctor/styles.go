package main

import (
	"charm.land/lipgloss/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

// The CLI's few styles use the terminal's own 16-colour palette, which the
// user's theme already fits to a light or dark background, so no terminal
// query is needed. colorProfile strips them where colour is unwanted.
var (
	titleStyle   = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Magenta)
	headingStyle = lipgloss.NewStyle().Bold(true)
	idStyle      = lipgloss.NewStyle().Foreground(lipgloss.Cyan)
)

// styleFixPart styles the parts of a fix rendered by flows.PlainText.
func styleFixPart(p flows.Part, s string) string {
	switch p {
	case flows.PartTitle:
		return titleStyle.Render(s)
	case flows.PartHeading, flows.PartLabel:
		return headingStyle.Render(s)
	}
	return s
}
