package flows

import (
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/internal/textwrap"
)

// wrap breaks text into lines of at most width columns at spaces, the first
// line after first and the others after rest, by the project's one wrapping
// rule (textwrap.Indent): never inside a URL, a flag or a hyphenated name.
// Width 0 or less means no wrapping; text without words gives nothing, not
// even first.
func wrap(text string, width int, first, rest string) string {
	if strings.TrimSpace(text) == "" {
		return ""
	}
	return strings.Join(textwrap.Indent(text, width, first, rest), "\n")
}
