package tui

import (
	"context"
	"errors"
	"fmt"
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// Run runs the wizard on a terminal until the user quits, reading keys from
// in and drawing on out (standard error or the controlling terminal, so
// that standard output stays free for the fix printed afterwards). environ
// is the process environment, for the colour profile. The terminal is
// restored before Run returns, also after ctrl+c, which is reported in the
// Result rather than as an error.
func Run(ctx context.Context, o Options, in io.Reader, out io.Writer, environ []string) (Result, error) {
	profile := colorprofile.Detect(out, environ)
	if o.NoColor {
		profile = min(profile, colorprofile.Ascii)
	}
	o.Profile = profile
	if f, ok := out.(term.File); ok && o.Width == 0 {
		if w, h, err := term.GetSize(f.Fd()); err == nil {
			o.Width, o.Height = w, h
		}
	}

	model := New(o)
	p := tea.NewProgram(model,
		tea.WithContext(ctx),
		tea.WithInput(guardPastes(in)),
		tea.WithOutput(out),
		tea.WithEnvironment(environ),
		tea.WithColorProfile(profile),
	)
	final, err := p.Run()
	if m, ok := final.(*Model); ok {
		model = m
	}
	res := model.Result()
	switch {
	case errors.Is(err, tea.ErrInterrupted):
		res.Interrupted = true
		return res, nil
	case err != nil:
		return res, fmt.Errorf("run the wizard: %w", err)
	}
	return res, nil
}
