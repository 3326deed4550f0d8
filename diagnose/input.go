package diagnose

import (
	"errors"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// MaxInputBytes is the largest paste accepted: 1 MiB, far more than any error
// body or log excerpt, small enough to answer at once.
const MaxInputBytes = 1 << 20

// ErrEmpty and ErrTooLarge are the input errors, for errors.Is.
var (
	ErrEmpty    = errors.New("empty input")
	ErrTooLarge = errors.New("input too large")
)

// InputError says why a paste cannot be read, in both languages. It wraps
// ErrEmpty or ErrTooLarge.
type InputError struct {
	Kind    error
	Message Message
}

func (e *InputError) Error() string { return e.Message.In(i18n.English) }

// Unwrap returns ErrEmpty or ErrTooLarge.
func (e *InputError) Unwrap() error { return e.Kind }

// What a paste is checked as, so that an empty-input message can say what
// to paste.
type inputKind int

const (
	inputText inputKind = iota
	inputURL
	inputToken
)

// checkInput refuses a paste that is empty (only blanks) or above
// MaxInputBytes, with a message that says what to do.
func checkInput(s string, kind inputKind) error {
	if len(s) > MaxInputBytes {
		return &InputError{Kind: ErrTooLarge, Message: msg(i18n.DiagErrTooLarge, "1 MiB")}
	}
	if strings.TrimSpace(s) == "" {
		t := i18n.DiagErrEmptyText
		switch kind {
		case inputURL:
			t = i18n.DiagErrEmptyURL
		case inputToken:
			t = i18n.DiagErrEmptyToken
		}
		return &InputError{Kind: ErrEmpty, Message: msg(t)}
	}
	return nil
}

// CheckInput reports whether a paste can be read at all: it is an
// *InputError for an empty paste or one above MaxInputBytes. Callers that
// read a stream use it to refuse early with the same message.
func CheckInput(s string) error { return checkInput(s, inputText) }

// TooLarge is the error for a paste above MaxInputBytes, for readers that
// stop reading at the limit.
func TooLarge() error {
	return &InputError{Kind: ErrTooLarge, Message: msg(i18n.DiagErrTooLarge, "1 MiB")}
}
