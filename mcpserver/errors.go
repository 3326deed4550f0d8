package mcpserver

import (
	"errors"
	"unicode/utf8"

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

// maxFixIDLen bounds the ID a suggestion is looked for; the longest real
// one has fewer than 40 characters.
const maxFixIDLen = 80

// truncate cuts s to at most n bytes at a rune boundary, marking the cut.
// (Its two limits happen to be equal today.)
//
//nolint:unparam // n is a limit of its own at each call: an ID, an answer.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// lookupFix finds a fix by ID, or fails with the command line's message,
// suggesting the nearest ID.
func lookupFix(l i18n.Lang, id string) (flows.Fix, error) {
	if fix, ok := flows.Lookup(id); ok {
		return fix, nil
	}
	id = diagnose.Clean(id)
	if len(id) > maxFixIDLen {
		// No ID is this long: no suggestion (its cost grows with the
		// length), and only the start is quoted back.
		return flows.Fix{}, errorf(l, i18n.MCPErrUnknownFix, truncate(id, maxFixIDLen))
	}
	if near, ok := nearest.Match(id, flows.IDs(), nearestFixDistance); ok {
		return flows.Fix{}, errorf(l, i18n.MCPErrUnknownFixSuggest, id, near)
	}
	return flows.Fix{}, errorf(l, i18n.MCPErrUnknownFix, id)
}
