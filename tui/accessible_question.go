package tui

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// pastedLine is a line read as the first line of a paste, and whether it
// was cut for being longer than any paste may be.
type pastedLine struct {
	text string
	long bool
}

// askQuestion asks one question until it gets an answer or a step back.
// On a question that offers the paste (the first says "Or paste …"), a
// line of text that is no answer is taken as the paste's first line, as
// the wizard takes a paste there: the walk goes to the paste, which reads
// the rest.
func askQuestion(w *walk, n flows.Node, lang i18n.Lang, next func() (string, bool, error), out io.Writer) (*pastedLine, error) {
	fmt.Fprintf(out, "\n%s\n", n.Text.In(lang))
	if hint := n.Hint.In(lang); hint != "" {
		fmt.Fprintf(out, "(%s)\n", hint)
	}
	for i, opt := range n.Options {
		fmt.Fprintf(out, "  %d. %s\n", i+1, opt.Label.In(lang))
	}
	paste := pasteOption(w.tree, n)
	var pasted *pastedLine
	read := func() (string, error) {
		line, long, err := next()
		if paste >= 0 && looksPasted(line) {
			pasted = &pastedLine{text: line, long: long}
		}
		return answerOf(line), err
	}
	answer, err := askChoice(w, len(n.Options), lang, read, out, func() bool { return pasted != nil })
	switch {
	case err != nil:
		return nil, err
	case pasted != nil:
		w.choose(paste)
		return pasted, nil
	case answer >= 0:
		w.choose(answer)
	}
	return nil, nil
}

// pasteOption is the index of the question's option that leads to the
// paste, -1 for none.
func pasteOption(tree flows.Tree, n flows.Node) int {
	for i, o := range n.Options {
		if next, ok := tree.Node(o.Next); ok && next.Kind == flows.Paste {
			return i
		}
	}
	return -1
}

// looksPasted reports whether a line given as an answer is text rather
// than a mistyped answer, and is not a way back: it holds a letter and is
// more than a short word (see plausibleAnswer), or, short, it is an error
// the matcher knows by more than its words ("2000663", "Missing license",
// "HTTP 429").
func looksPasted(line string) bool {
	line = answerOf(line)
	if isBackWord(line) {
		return false
	}
	if plausibleAnswer(line) {
		return knownError(line)
	}
	return strings.IndexFunc(line, unicode.IsLetter) >= 0
}

// answerOf is a line as typed for an answer: sanitized (an arrow key's
// escape sequence, a byte order mark are no part of it) and without blanks
// around it. An arrow key alone is then an empty answer, not a paste.
func answerOf(line string) string { return strings.TrimSpace(diagnose.Sanitize(line)) }

// knownError reports whether the matcher finds in a short line evidence
// other than words: a Fortnox code, one of its messages, an HTTP status.
func knownError(line string) bool {
	ex, err := diagnose.Explain(line)
	if err != nil {
		return false
	}
	for _, m := range append(ex.Matches, ex.Guesses...) {
		for _, e := range m.Evidence {
			if e.Kind != diagnose.EvidenceWords {
				return true
			}
		}
	}
	return len(ex.DataErrors) > 0
}

// askChoice reads a number from 1 to count and returns it 0-based, or, for
// a step back, goes back and returns -1. Anything else is answered with a
// message and asked again, unless taken (the line was taken as a paste),
// when it returns -1 at once.
func askChoice(w *walk, count int, lang i18n.Lang, read func() (string, error), out io.Writer, taken func() bool) (int, error) {
	for {
		fmt.Fprint(out, choicePrompt(lang, count, len(w.history) == 0))
		line, err := read()
		if err != nil {
			return 0, err
		}
		if taken != nil && taken() {
			return -1, nil
		}
		switch k, ok := parseChoice(line, count); {
		case ok:
			return k - 1, nil
		case isBackWord(line):
			if _, ok := w.back(); ok {
				return -1, nil
			}
			fmt.Fprintln(out, i18n.AccNoBack.In(lang))
		case line == "":
			fmt.Fprintln(out, i18n.AccEmpty.Format(lang, count))
		default:
			fmt.Fprintln(out, notAChoice(lang, line, count))
		}
	}
}

// choicePrompt is the prompt for a number from 1 to count, without "0
// goes back" on the first question, and "Type 1" where 1 is all there is.
func choicePrompt(lang i18n.Lang, count int, first bool) string {
	switch {
	case count == 1 && first:
		return i18n.AccPromptOneFirst.In(lang)
	case count == 1:
		return i18n.AccPromptOne.In(lang)
	case first:
		return i18n.AccPromptFirst.Format(lang, count)
	}
	return i18n.AccPrompt.Format(lang, count)
}

// maxAnswerQuoted is the longest wrong answer quoted back: longer lines
// are not answers but text, perhaps a paste that arrived at a question.
const maxAnswerQuoted = 16

// notAChoice says that line is not one of the count choices, quoting it
// only when it is a plausible answer (a short word or number), and then
// sanitized and redacted: a line of a paste, a secret among them, is never
// repeated.
func notAChoice(lang i18n.Lang, line string, count int) string {
	if !plausibleAnswer(line) {
		return i18n.AccNotAnswer.Format(lang, count)
	}
	return i18n.AccInvalid.Format(lang, diagnose.Quote(line, maxAnswerQuoted), count)
}

// plausibleAnswer reports whether a line could have been typed as an
// answer: at most maxAnswerQuoted letters, digits, blanks, dots and
// dashes.
func plausibleAnswer(line string) bool {
	if utf8.RuneCountInString(line) > maxAnswerQuoted {
		return false
	}
	for _, r := range line {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// parseChoice reads a 1-based option number from 1 to n.
func parseChoice(s string, n int) (int, bool) {
	k, err := strconv.Atoi(strings.TrimSuffix(s, "."))
	if err != nil || k < 1 || k > n {
		return 0, false
	}
	return k, true
}

func isBackWord(s string) bool {
	for _, w := range backWords {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
