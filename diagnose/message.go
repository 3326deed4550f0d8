package diagnose

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Message is a human message in both languages with its arguments, rendered
// only when shown, so that one result can be shown in either language and
// switched on the fly. Text is always a format string (a literal percent
// sign is %%). Arguments are language-independent values (numbers, names,
// cleaned text from the paste), or an i18n.Text or Message, rendered in the
// same language.
type Message struct {
	Text i18n.Text
	Args []any
}

// msg builds a Message.
func msg(t i18n.Text, args ...any) Message { return Message{Text: t, Args: args} }

// In renders the message in the given language.
func (m Message) In(l i18n.Lang) string {
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		switch a := a.(type) {
		case Message:
			args[i] = a.In(l)
		case i18n.Text:
			args[i] = a.In(l)
		default:
			args[i] = a
		}
	}
	return m.Text.Format(l, args...)
}

// IsZero reports whether the message is empty.
func (m Message) IsZero() bool { return m.Text.IsZero() && len(m.Args) == 0 }
