package main

import (
	"encoding/json"
	"io"

	"github.com/charmbracelet/colorprofile"
)

// maxTextWidth caps wrapped text so long lines stay readable on wide terminals.
const maxTextWidth = 100

// colorProfile decides how much styling standard output may carry: none when
// it is not a terminal, no colour (but bold) under --no-color or NO_COLOR,
// else what the terminal supports.
func (a *app) colorProfile() colorprofile.Profile {
	if !a.outIsTerminal {
		return colorprofile.NoTTY
	}
	p := colorprofile.Env(a.environ)
	// NO_COLOR means any non-empty value (no-color.org); colorprofile only
	// honours values that parse as true, so check it here as well.
	if a.noColor || a.getenv("NO_COLOR") != "" {
		p = min(p, colorprofile.Ascii)
	}
	return p
}

// stdout is standard output, downsampling any styling to what colorProfile allows.
func (a *app) stdout() io.Writer {
	return &colorprofile.Writer{Forward: a.out, Profile: a.colorProfile()}
}

// wrapWidth is the width to wrap text at: the terminal's, capped, or 0 (do
// not wrap) when output goes to a file or a pipe.
func (a *app) wrapWidth() int {
	if !a.outIsTerminal || a.termWidth == nil {
		return 0
	}
	return min(a.termWidth(), maxTextWidth)
}

// writeJSON writes v as indented JSON without HTML escaping, so that arrows
// and angle brackets in texts stay readable.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
