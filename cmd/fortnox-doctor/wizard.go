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
		var err error
		res, err = tui.Accessible(o, a.in, a.errOut)
		switch {
		case errors.Is(err, tui.ErrInputEnded):
			fmt.Fprintln(a.errOut)
			return &exitError{code: exitNegative, msg: i18n.AccEnded.In(res.Lang)}
		case err != nil:
			return usageError(i18n.ErrWizardInput.Format(res.Lang, i18n.ErrorCauseIn(res.Lang, err)))
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

// printWizardFix prints the fix the wizard ended at, as text or with --json
// as `show --json` does, and writes it to the --output file as Markdown.
// A wizard left before any fix prints nothing.
func printWizardFix(a *app, res tui.Result, output string) error {
	fix, ok := res.Fix()
	if !ok {
		return nil
	}
	if a.json {
		if err := writeJSON(a.out, newFixJSON(fix, res.Lang, res.Role)); err != nil {
			return err
		}
	} else {
		opts := flows.TextOptions{Width: a.wrapWidth(), Style: styleFixPart, Person: res.Role}
		if a.accessibleMode() {
			// A screen reader reads a sentence broken at the terminal's
			// width as two, and has nothing to do with bold: each paragraph
			// is one line, unstyled, as the accessible prompts are.
			opts.Width, opts.Style = 0, nil
		}
		text := flows.PlainText(fix, res.Lang, opts)
		if _, err := fmt.Fprint(a.stdout(), text); err != nil {
			return err
		}
	}
	if output == "" {
		return nil
	}
	return writeOutputFile(a, res.Lang, output, flows.MarkdownAs(fix, res.Lang, res.Role))
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
