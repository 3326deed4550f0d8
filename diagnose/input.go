package diagnose

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// MaxInputBytes is the largest paste accepted: 1 MiB, far more than any error
// body or log excerpt, small enough to answer at once.
const MaxInputBytes = 1 << 20

// ErrEmpty, ErrTooLarge and ErrNotText are the input errors, for errors.Is.
var (
	ErrEmpty    = errors.New("empty input")
	ErrTooLarge = errors.New("input too large")
	ErrNotText  = errors.New("input is not text")
)

// InputError says why a paste cannot be read, in both languages. It wraps
// ErrEmpty, ErrTooLarge or ErrNotText.
type InputError struct {
	Kind    error
	Message Message
}

func (e *InputError) Error() string { return e.Message.In(i18n.English) }

// Unwrap returns ErrEmpty, ErrTooLarge or ErrNotText.
func (e *InputError) Unwrap() error { return e.Kind }

// What a paste is checked as, so that an empty-input message can say what
// to paste.
type inputKind int

const (
	inputText inputKind = iota
	inputURL
	inputToken
)

// checkInput refuses a paste that is empty (only blanks or invisible
// characters), above
// MaxInputBytes or not text at all, with a message that says what to do.
func checkInput(s string, kind inputKind) error {
	if len(s) > MaxInputBytes {
		return &InputError{Kind: ErrTooLarge, Message: msg(i18n.DiagErrTooLarge, "1 MiB")}
	}
	var m TextMeter
	m.Add(s)
	if err := m.Err(); err != nil {
		// Say what to give instead: the link, the token.
		switch kind {
		case inputURL:
			return &InputError{Kind: ErrNotText, Message: msg(i18n.DiagErrNotTextURL)}
		case inputToken:
			return &InputError{Kind: ErrNotText, Message: msg(i18n.DiagErrNotTextToken)}
		}
		return err
	}
	// Nothing to read: only blanks, or only what is never shown (an
	// escape sequence, a zero-width space, a byte order mark).
	if !showsAnything(s) {
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

// showsAnything reports whether a paste has a character that shows once
// sanitized. Its first character other than a blank almost always
// decides; only a paste that starts with a control or format character
// (an escape sequence, a zero-width space) is sanitized whole to tell.
func showsAnything(s string) bool {
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return strings.TrimSpace(Sanitize(s)) != ""
		}
		return true
	}
	return false
}

// CheckInput reports whether a paste can be read at all: it is an
// *InputError for an empty paste, one above MaxInputBytes or one that is
// not text. Callers that
// read a stream use it to refuse early with the same message.
func CheckInput(s string) error { return checkInput(s, inputText) }

// TooLarge is the error for a paste above MaxInputBytes, for readers that
// stop reading at the limit.
func TooLarge() error {
	return &InputError{Kind: ErrTooLarge, Message: msg(i18n.DiagErrTooLarge, "1 MiB")}
}

// TextMeter tells binary data from text over a paste that arrives in
// pieces (the wizard's pastes and typed keys, the accessible mode's
// lines), before they are sanitized: it is binary when at least
// notTextShare of its bytes are control characters (but for tab, newline,
// carriage return and the escape that starts a colour code) or not UTF-8.
// Random bytes found words ("nå", "ta") to guess from; a paste with a few
// stray bytes, such as Latin-1's ö in UTF-8 text, is still text.
type TextMeter struct{ bad, total int }

// Add counts a piece of the paste.
func (m *TextMeter) Add(s string) {
	m.bad += notTextBytes(s)
	m.total += len(s)
}

// Err is the *InputError of ErrNotText when what was added is binary
// data, else nil.
func (m TextMeter) Err() error {
	if m.bad > 0 && m.bad*notTextShare[1] >= m.total*notTextShare[0] {
		return &InputError{Kind: ErrNotText, Message: msg(i18n.DiagErrNotText)}
	}
	return nil
}

// notTextBytes counts the bytes of s that text does not have.
func notTextBytes(s string) int {
	bad := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x1b || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		i += size
	}
	return bad
}

// notTextShare is the share of bad bytes, as a fraction, above which a
// paste is not text: random bytes have about three in four.
var notTextShare = [2]int{3, 10}
