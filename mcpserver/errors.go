package mcpserver

import (
	"errors"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/nearest"
)

// A tool's error reaches the assistant as a tool result marked isError with
// the error's text: the same one line the command line prints after
// "fortnox-doctor: ", in the call's language.

// errorf is a tool error from a bilingual text.
func errorf(l i18n.Lang, t i18n.Text, args ...any) error {
	return errors.New(t.Format(l, args...))
}

// inputError turns diagnose's input errors (empty, too large) into tool
// errors in l, with the command line's words.
func inputError(l i18n.Lang, err error) error {
	var ie *diagnose.InputError
	if errors.As(err, &ie) {
		return errors.New(ie.Message.In(l))
	}
	return err
}

// inputErrorAs is inputError with a tool's own words for input over the
// limit, which say what that tool wants instead: the command line's words
// for the same input (check-url's, inspect-token's).
func inputErrorAs(l i18n.Lang, err error, tooLarge i18n.Text) error {
	if errors.Is(err, diagnose.ErrTooLarge) {
		return errorf(l, tooLarge, maxInputSize)
	}
	return inputError(l, err)
}

// maxInputSize is diagnose.MaxInputBytes as messages say it.
const maxInputSize = "1 MiB"

// nearestFixDistance is how many edits away an unknown ID may be for a
// "did you mean", as for `show`.
const nearestFixDistance = 4

// maxFixIDLen bounds the ID a suggestion is looked for, in bytes, and the
// characters of an unknown ID an error quotes back; the longest real ID
// has fewer than 40 characters.
const maxFixIDLen = 80

// lookupFix finds a fix by ID, or fails with the command line's message,
// suggesting the nearest ID. The ID is quoted as the command line quotes
// it (diagnose.Quote): sanitized, redacted, cut, and with an invisible
// character shown as its code point, so that "invalid-refresh-token" and a
// zero-width space is not said to be unknown and to mean itself.
func lookupFix(l i18n.Lang, id string) (flows.Fix, error) {
	if fix, ok := flows.Lookup(id); ok {
		return fix, nil
	}
	quoted := diagnose.Quote(id, maxFixIDLen)
	if len(id) > maxFixIDLen {
		// No ID is this long: no suggestion (its cost grows with the
		// length).
		return flows.Fix{}, errorf(l, i18n.MCPErrUnknownFix, quoted)
	}
	if near, ok := nearest.Match(id, flows.IDs(), nearestFixDistance); ok {
		return flows.Fix{}, errorf(l, i18n.MCPErrUnknownFixSuggest, quoted, near)
	}
	return flows.Fix{}, errorf(l, i18n.MCPErrUnknownFix, quoted)
}
