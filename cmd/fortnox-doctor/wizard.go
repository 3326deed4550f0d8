package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/tui"
)

// wizardOptions are the root command's own flags.
type wizardOptions struct {
	// output is a file to write the fix to as Markdown, besides printing it.
	output string
}

// runWizard runs the wizard, full-screen or accessible, and prints the fix
// it ends at on standard output once the terminal is restored, where it
// stays in the scrollback to copy by hand.
func runWizard(ctx context.Context, a *app, opts *wizardOptions) error {
	if err := checkOutputPath(a.lang, opts.output); err != nil {
		return err
	}
	o := tui.Options{
		Tree:    flows.DecisionTree(),
		Lang:    a.lang,
		AskLang: !a.langSource.Explicit(),
		NoColor: a.noColor || a.getenv("NO_COLOR") != "",
		Check:   &tui.CheckOptions{},
	}

	var res tui.Result
	if a.accessibleMode() {
		// Each fix is printed as the walk reaches it, so that one run can
		// go back and read another; --json prints the one it ends at.
		var shown error
		if !a.json {
			// A blank line sets the fix apart from the prompts; between
			// two fixes it goes to standard output, which holds both.
			apart := a.errOut
			o.ShowFix = func(r tui.Result) error {
				fmt.Fprintln(apart)
				apart = a.stdout()
				shown = showWizardFix(a, r)
				return shown
			}
		}
		var err error
		res, err = tui.Accessible(o, a.in, a.errOut)
		switch {
		case shown != nil:
			return shown
		case errors.Is(err, tui.ErrInputEndedAtResult):
			fmt.Fprintln(a.errOut)
			return &exitError{code: exitNegative, msg: i18n.AccEndedAtResult.In(res.Lang)}
		case errors.Is(err, tui.ErrInputEnded):
			fmt.Fprintln(a.errOut)
			return &exitError{code: exitNegative, msg: i18n.AccEnded.In(res.Lang)}
		case err != nil:
			return usageError(i18n.ErrWizardInput.Format(res.Lang, readCause(res.Lang, err)))
		}
		fmt.Fprintln(a.errOut)
	} else {
		t, err := a.terminal()
		if err != nil {
			return usageError(i18n.ErrNoTerminal.In(a.lang))
		}
		defer func() { _ = t.Close() }()
		o.Clipboard = tui.SystemClipboard(a.getenv)
		res, err = tui.Run(ctx, o, t.In, t.Out, a.environ)
		if err != nil {
			return failure(err.Error(), err)
		}
		if res.Interrupted {
			return interrupted()
		}
	}
	return printWizardFix(a, res, opts.output)
}

// printWizardFix prints the fix the wizard ended at, unless the accessible
// walk showed it already, and writes it to the --output file as Markdown.
// A wizard left before any fix prints nothing.
func printWizardFix(a *app, res tui.Result, output string) error {
	fix, ok := res.Fix()
	if !ok {
		return nil
	}
	if !res.Shown {
		if err := showWizardFix(a, res); err != nil {
			return err
		}
	}
	if output == "" {
		return nil
	}
	return writeOutputFile(a, res.Lang, output, flows.MarkdownAs(fix, res.Lang, res.Role))
}

// showWizardFix prints a fix the wizard reached on standard output, as text
// or with --json as `show --json` does.
func showWizardFix(a *app, res tui.Result) error {
	fix, ok := res.Fix()
	if !ok {
		return nil
	}
	if a.json {
		return writeJSON(a.out, newFixJSON(fix, res.Lang, res.Role))
	}
	opts := flows.TextOptions{Width: a.wrapWidth(), Style: styleFixPart, Person: res.Role}
	if a.accessibleMode() {
		// A screen reader reads a sentence broken at the terminal's width
		// as two, has nothing to do with bold, and reads decoration aloud:
		// each paragraph is one line, unstyled and undecorated, as the
		// accessible prompts are.
		opts.Width, opts.Style, opts.Spoken = 0, nil, true
	}
	_, err := fmt.Fprint(a.stdout(), flows.PlainText(fix, res.Lang, opts))
	return err
}

// accessibleMode reports whether to use plain numbered prompts instead of
// the full-screen wizard: --accessible, ACCESSIBLE set to a true value, or a
// terminal that declares itself dumb.
func (a *app) accessibleMode() bool {
	if a.accessible || a.getenv("TERM") == "dumb" {
		return true
	}
	switch strings.ToLower(strings.TrimSpace(a.getenv("ACCESSIBLE"))) {
	case "", "0", "false", "no", "off":
		return false
	}
	return true
}
