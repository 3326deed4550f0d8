package tui

import (
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/report"
)

// pasteResult is what a paste turned out to be: read once, when the user
// asks, through diagnose.Read, and drawn in either language from there. It
// holds nothing of the paste itself, only what diagnose returns, which is
// sanitized and redacted.
type pasteResult struct {
	reading diagnose.Reading
	kind    diagnose.PasteKind
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

// questionsID is the ID of the choice that goes back to the questions.
const questionsID = "questions"

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

// readPaste reads a paste through diagnose.Read. The error is a
// *diagnose.InputError for a paste that is empty or larger than
// diagnose.MaxInputBytes; its message says what to do.
func readPaste(text string, now time.Time) (*pasteResult, error) {
	reading, err := diagnose.Read(text, now)
	if err != nil {
		return nil, err
	}
	r := &pasteResult{reading: reading, kind: reading.Kind}
	for _, id := range r.document(i18n.English).Choices() {
		if id == questionsID {
			id = ""
		}
		r.choices = append(r.choices, resultChoice{fix: id})
	}
	return r, nil
}

// document is the result as the wizard shows it in l: the report of what
// was read, then the way back to the questions.
func (r *pasteResult) document(l i18n.Lang) report.Document {
	d := report.Reading(r.reading, report.Wizard, l)
	d.Add(report.Action{ID: questionsID, Text: i18n.WizAnswerInstead.In(l)})
	return d
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
