package tui

import (
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
)

// pasteBuffer is the text on the paste screen. What arrives is sanitized at
// once, so that no escape sequence or invisible character is ever kept (a
// link's are percent-encoded first, as check-url reads them), and
// the text never grows beyond diagnose.MaxInputBytes. The walk keeps it, so
// that going back to the paste screen shows it again; the screen shows
// only its redacted preview, and nothing prints or copies it.
type pasteBuffer struct {
	text string
	// redaction caches diagnose.Redact(text) for the preview; valid when
	// redacted is true.
	redaction diagnose.Redaction
	redacted  bool
	// meter weighs what arrived before it was sanitized, which drops the
	// controls and bytes that tell binary data from text.
	meter diagnose.TextMeter
}

// add appends pasted or typed text. Text that would take the buffer past
// diagnose.MaxInputBytes is refused whole, with the error that says so.
func (b *pasteBuffer) add(s string) error {
	// The raw length first, so that a huge paste is not even sanitized;
	// then the clean one, as sanitizing can lengthen control characters.
	if len(b.text)+len(s) > diagnose.MaxInputBytes {
		return diagnose.TooLarge()
	}
	clean := diagnose.Sanitize(diagnose.KeepLinkInvisibles(s))
	if len(b.text)+len(clean) > diagnose.MaxInputBytes {
		return diagnose.TooLarge()
	}
	b.meter.Add(s)
	if clean != "" {
		b.text += clean
		b.redacted = false
	}
	return nil
}

// replace puts a new paste in place of the text: a second paste is a new
// question, not more of the first, whose fix would otherwise win. A paste
// refused for its size leaves the text as it was.
func (b *pasteBuffer) replace(s string) error {
	old := *b
	b.clear()
	if err := b.add(s); err != nil {
		*b = old
		return err
	}
	return nil
}

// backspace deletes the last character.
func (b *pasteBuffer) backspace() {
	if b.text == "" {
		return
	}
	_, size := utf8.DecodeLastRuneInString(b.text)
	b.text = b.text[:len(b.text)-size]
	b.redacted = false
}

// readable is the error of a paste that is binary data rather than text
// (diagnose.TextMeter), else nil.
func (b *pasteBuffer) readable() error { return b.meter.Err() }

// clear empties the buffer.
func (b *pasteBuffer) clear() { *b = pasteBuffer{} }

// empty reports whether nothing has been pasted or typed.
func (b *pasteBuffer) empty() bool { return b.text == "" }

// redactedText is the text with its secrets replaced, as the preview shows
// it, and what was replaced. It is worked out again only after a change.
func (b *pasteBuffer) redactedText() diagnose.Redaction {
	if !b.redacted {
		b.redaction = diagnose.Redact(b.text)
		b.redacted = true
	}
	return b.redaction
}
