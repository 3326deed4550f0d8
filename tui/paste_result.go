package tui

import (
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// pasteResult is what a paste turned out to be: read once, when the user
// asks, by the diagnose reader its kind calls for, and drawn in either
// language from there. It holds nothing of the paste itself, only what
// diagnose returns, which is sanitized and redacted.
type pasteResult struct {
	kind        diagnose.PasteKind
	explanation diagnose.Explanation // kind PasteText
	url         diagnose.URLReport   // kind PasteActivationURL
	token       diagnose.TokenReport // kind PasteToken
	// now is when the paste was read, for the token's relative times.
	now time.Time
	// choices are what the user can open from the result, in the order
	// shown: the fixes the result points at (or, with none sure, the
	// closest guesses), then the questions.
	choices []resultChoice
}

// resultChoice is one thing to open from a result: a fix, or, with fix
// empty, the questions from the start.
type resultChoice struct {
	fix string
}

// questions reports whether the choice leads back to the questions.
func (c resultChoice) questions() bool { return c.fix == "" }

// title is what the choice is called: the fix's title, or the way back to
// the questions.
func (c resultChoice) title(l i18n.Lang) string {
	if c.questions() {
		return i18n.WizAnswerInstead.In(l)
	}
	f, _ := flows.Lookup(c.fix)
	return f.Title.In(l)
}

// readPaste reads a paste as what it looks like (diagnose.Classify): an
// activation link is linted, a token decoded against now, anything else
// explained. The error is a *diagnose.InputError for a paste that is empty
// or larger than diagnose.MaxInputBytes; its message says what to do.
func readPaste(text string, now time.Time) (*pasteResult, error) {
	if err := diagnose.CheckInput(text); err != nil {
		return nil, err
	}
	r := &pasteResult{kind: diagnose.Classify(text), now: now}
	var err error
	switch r.kind {
	case diagnose.PasteEmpty:
		// Blank once sanitized (nothing but escape sequences, say).
		return nil, diagnose.CheckInput("")
	case diagnose.PasteActivationURL:
		r.url, err = diagnose.CheckURL(text)
		r.choices = findingChoices(r.url.Findings)
	case diagnose.PasteToken:
		r.token, err = diagnose.InspectToken(text, now)
		r.choices = findingChoices(r.token.Findings)
	default:
		r.kind = diagnose.PasteText
		r.explanation, err = diagnose.Explain(text)
		for _, m := range r.explanation.Matches {
			r.choices = append(r.choices, resultChoice{fix: m.FixID})
		}
		// With nothing sure, the closest fixes are offered as "might be".
		if !r.explanation.Confident() {
			for _, m := range r.explanation.Guesses {
				r.choices = append(r.choices, resultChoice{fix: m.FixID})
			}
		}
	}
	if err != nil {
		return nil, err
	}
	r.choices = append(r.choices, resultChoice{})
	return r, nil
}

// findingChoices are the fixes of the findings that have one, in the
// findings' order.
func findingChoices(fs []diagnose.Finding) []resultChoice {
	var out []resultChoice
	for _, f := range fs {
		if f.FixID != "" {
			out = append(out, resultChoice{fix: f.FixID})
		}
	}
	return out
}

// label names the paste by what it turned out to be, for the breadcrumb.
func (r *pasteResult) label() i18n.Text {
	switch r.kind {
	case diagnose.PasteActivationURL:
		return i18n.WizPastedURL
	case diagnose.PasteToken:
		return i18n.WizPastedToken
	}
	return i18n.WizPastedText
}
