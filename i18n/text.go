package i18n

import "fmt"

// Text is one user-visible string in both languages. Every string a user
// reads is a Text, so that no screen exists in one language only; a test
// walks the source and checks that every Text literal has both.
type Text struct {
	En string
	Sv string
}

// In returns the text in the given language, falling back to English for a
// language the tool does not speak.
func (t Text) In(l Lang) string {
	if l == Swedish {
		return t.Sv
	}
	return t.En
}

// Format formats the text in the given language with fmt.Sprintf verbs.
func (t Text) Format(l Lang, args ...any) string {
	return fmt.Sprintf(t.In(l), args...)
}

// Complete reports whether the text exists in both languages.
func (t Text) Complete() bool { return t.En != "" && t.Sv != "" }

// IsZero reports whether the text is empty in both languages (an optional
// field left out).
func (t Text) IsZero() bool { return t.En == "" && t.Sv == "" }

// Map is the text with f applied in each language: a text made from
// others keeps both languages without a literal of its own.
func (t Text) Map(f func(l Lang, s string) string) Text {
	var out Text
	out.En, out.Sv = f(English, t.En), f(Swedish, t.Sv)
	return out
}
