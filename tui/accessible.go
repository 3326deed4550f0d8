package tui

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// ErrInputEnded is returned by Accessible when the input ends before the
// walk reaches a fix.
var ErrInputEnded = errors.New("input ended before the wizard reached a fix")

// ErrInputEndedAtResult is ErrInputEnded where a paste's result was listed
// and a fix was to be chosen from it: most often a text piped in, which
// explain reads better.
var ErrInputEndedAtResult = fmt.Errorf("%w: at a paste's result", ErrInputEnded)

// maxLine bounds one line of input as it is kept: an answer is a number,
// but a line of a paste may be as long as a whole paste. The rest of a
// longer line is read and dropped.
const maxLine = diagnose.MaxInputBytes + 1

// backWords go back one question in the accessible mode, besides 0.
var backWords = []string{"0", "b", "back", "tillbaka"}

// Accessible walks the tree as plain numbered prompts for screen readers,
// dumb terminals and pipes: each question is written to out as a numbered
// list in the chosen language and answered by a line read from in holding
// the option's number. 0 (or b) goes back one question. A line that is not
// a choice is answered with a clear message and the question is asked
// again (quoted only when it could have been meant as an answer: a short
// word or number, never a line of a paste); on a question that offers the
// paste, a line of text that is no answer begins the paste, as a paste on
// the wizard's question does. On the paste screen the lines
// up to one holding only a dot (or the end of the input) are the paste,
// blank lines and all; its result is written as plain text, sanitized
// and redacted, with a numbered list of the fixes it points at. It ends at
// a fix, for the caller to print; with Options.ShowFix it shows each fix
// as it reaches it and asks whether to end, go back or start over. When the
// input ends before any fix it returns ErrInputEnded.
func Accessible(o Options, in io.Reader, out io.Writer) (walked Result, err error) {
	// shown is the last fix ShowFix showed: once one was, the end of the
	// input, wherever the user went next, ends the walk there.
	var shown Result
	defer func() {
		if errors.Is(err, ErrInputEnded) && shown.Shown {
			walked, err = shown, nil
		}
	}()
	lang := o.Lang
	if lang == "" {
		lang = i18n.English
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	w := newWalk(o.Tree, o.AskLang)
	lines := newLineReader(in, maxLine)
	// next reads a line as typed, and whether it was cut for being longer
	// than any paste may be; read reads an answer, without blanks around it.
	next := func() (string, bool, error) {
		line, long, err := lines.next()
		switch {
		case errors.Is(err, io.EOF):
			return "", false, ErrInputEnded
		case err != nil:
			return "", false, fmt.Errorf("read an answer: %w", err)
		}
		return line, long, nil
	}
	read := func() (string, error) {
		line, _, err := next()
		return answerOf(line), err
	}

	// checked holds the token results the check was offered on, so that
	// coming back to one does not ask again.
	checked := map[*pasteResult]bool{}
	// pasted is a line of text given as the answer to a question that
	// offers the paste: the first line of the paste that follows.
	var pasted *pastedLine
	for {
		if w.here.lang {
			answer, err := askLang(lang, read, out)
			if err != nil {
				return Result{Lang: lang}, err
			}
			lang = i18n.Langs()[answer]
			w.choose(answer)
			continue
		}
		if r := w.here.result; r != nil {
			// What the token is comes first, then the offer to check it
			// with Fortnox, then which fix to open.
			writeResult(r, lang, out)
			if o.Check != nil && r.kind == diagnose.PasteToken && holdsToken(w.role()) && !checked[r] {
				checked[r] = true
				if err := askCheck(*o.Check, w.paste.text, lang, now(), read, out); err != nil {
					return Result{Lang: lang}, err
				}
			}
			if err := askResult(w, r, lang, read, out); err != nil {
				return Result{Lang: lang}, err
			}
			continue
		}
		n, ok := w.node()
		if !ok {
			return Result{Lang: lang}, fmt.Errorf("the decision tree has no node %q", w.here.node)
		}
		var err error
		switch n.Kind {
		case flows.FixLeaf:
			res := Result{FixID: n.Fix, Lang: lang, Role: w.role()}
			if o.ShowFix == nil {
				return res, nil
			}
			last, done, err := showFixes(o.ShowFix, w, res, lang, read, out, &shown)
			if done || err != nil {
				return last, err
			}
			continue
		case flows.Paste:
			err = askPaste(w, n, lang, next, now(), out, pasted)
			pasted = nil
		default:
			pasted, err = askQuestion(w, n, lang, next, out)
		}
		if err != nil {
			return Result{Lang: lang}, err
		}
	}
}

// askLang asks for the language; Enter alone keeps the detected one.
func askLang(lang i18n.Lang, read func() (string, error), out io.Writer) (int, error) {
	langs := i18n.Langs()
	fmt.Fprintf(out, "\n%s / %s\n", i18n.WizChooseLang.In(i18n.Swedish), i18n.WizChooseLang.In(i18n.English))
	for i, l := range langs {
		fmt.Fprintf(out, "  %d. %s\n", i+1, l.Name())
	}
	for {
		fmt.Fprint(out, i18n.AccLangPrompt.Format(lang, lang.Name()))
		line, err := read()
		if err != nil {
			return 0, err
		}
		if line == "" {
			return langIndex(lang), nil
		}
		if k, ok := parseChoice(line, len(langs)); ok {
			return k - 1, nil
		}
		fmt.Fprintln(out, notAChoice(lang, line, len(langs)))
	}
}

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

// askPaste asks for the paste until it gets one that can be read, or a
// step back: the lines up to one holding only a dot (pasteEnd) or the end
// of the input, where a first line of only 0 (or b) goes back. Blank lines
// are part of the paste: an HTTP dump has one between its headers and its
// body, and the body must not be read as answers. A paste above
// diagnose.MaxInputBytes, or an empty one, is refused with diagnose's
// message and asked for again.
//
// A paste that began at a question (pasted, nil for none) has its first
// line already: the question says it is read as a paste, and the rest is
// read as usual.
func askPaste(w *walk, n flows.Node, lang i18n.Lang, next func() (string, bool, error), now time.Time, out io.Writer, pasted *pastedLine) error {
	fmt.Fprintf(out, "\n%s\n", n.Text.In(lang))
	if hint := n.Hint.In(lang); hint != "" {
		fmt.Fprintf(out, "(%s)\n", hint)
	}
	for {
		if pasted != nil {
			fmt.Fprintln(out, i18n.AccPasteTaken.In(lang))
		} else {
			fmt.Fprintln(out, i18n.AccPasteEnd.In(lang))
		}
		w.paste.clear()
		var refused error
		for first := true; ; first = false {
			var line string
			var long bool
			var err error
			if pasted != nil {
				line, long, first = pasted.text, pasted.long, false
				pasted = nil
			} else {
				line, long, err = next()
			}
			if errors.Is(err, ErrInputEnded) && !first {
				break // the end of the input ends the paste
			}
			if err != nil {
				return err
			}
			if first && isBackWord(strings.TrimSpace(line)) {
				if _, ok := w.back(); ok {
					return nil
				}
			}
			if strings.TrimSpace(line) == pasteEnd {
				break
			}
			// Past the limit the rest of the paste is still read, to its
			// end, but not kept.
			switch {
			case refused != nil:
			case long:
				refused = diagnose.TooLarge()
			case w.paste.empty():
				refused = w.paste.add(line)
			default:
				// Newlines go between the lines, not after each: a paste
				// of exactly diagnose.MaxInputBytes without a newline at
				// its end is taken, as the wizard and explain take it.
				refused = w.paste.add("\n" + line)
			}
		}
		if refused == nil {
			refused = w.read(now)
		}
		if refused == nil {
			return nil
		}
		var ie *diagnose.InputError
		if !errors.As(refused, &ie) {
			return refused
		}
		fmt.Fprintln(out, upperFirst(ie.Message.In(lang)))
	}
}

// writeResult writes what the paste turned out to be as plain text.
func writeResult(r *pasteResult, lang i18n.Lang, out io.Writer) {
	plain := newStyles(colorprofile.NoTTY, true)
	drawn := renderResult(r, lang, 0, plain, -1)
	// The last choice, the way back to the questions, is in askResult's
	// list.
	text := drawn.lines[:drawn.choices[len(drawn.choices)-1][0]]
	fmt.Fprintln(out)
	for _, line := range text {
		fmt.Fprintln(out, strings.TrimRight(ansi.Strip(line), " "))
	}
}

// askResult asks which fix of the result writeResult wrote to open (or to
// answer the questions instead), or for a step back to the paste.
func askResult(w *walk, r *pasteResult, lang i18n.Lang, read func() (string, error), out io.Writer) error {
	fmt.Fprintln(out, i18n.AccChooseFix.In(lang))
	// Two findings that point at one fix are two places to open it on a
	// screen, but said as a list they are the same choice twice: each fix
	// is listed once, and its number opens the first.
	var listed []int // number - 1 → index in r.choices
	seen := map[string]bool{}
	for i, c := range r.choices {
		if !c.questions() && seen[c.fix] {
			continue
		}
		seen[c.fix] = true
		listed = append(listed, i)
		fmt.Fprintf(out, "  %d. %s\n", len(listed), c.title(lang))
	}
	answer, err := askChoice(w, len(listed), lang, read, out, nil)
	if errors.Is(err, ErrInputEnded) {
		return ErrInputEndedAtResult
	}
	if err == nil && answer >= 0 {
		w.choose(listed[answer])
	}
	return err
}

// restartWords start over in the accessible mode, after a fix.
var restartWords = []string{"r", "restart", "start over", "börja om"}

// showFixes shows the fix the walk reached (res), then each related fix
// the user opens from its "See also"; 0 on a related fix comes back to the
// fix it was opened from, as esc does in the wizard. It returns the last
// fix shown, and done when the walk ends there (Enter, or the end of the
// input); else the walk has gone back or started over. shown follows the
// last fix shown.
func showFixes(show func(Result) error, w *walk, res Result, lang i18n.Lang, read func() (string, error), out io.Writer, shown *Result) (last Result, done bool, err error) {
	var under []Result
	for {
		if err := show(res); err != nil {
			return res, true, err
		}
		res.Shown = true
		*shown = res
		next, related, err := askAfterFix(res.FixID, lang, read, out)
		switch {
		case errors.Is(err, ErrInputEnded), err == nil && next == afterFixEnd:
			return res, true, nil
		case err != nil:
			return res, true, err
		}
		switch next {
		case afterFixRelated:
			under = append(under, res)
			res = Result{FixID: related, Lang: lang, Role: w.role()}
		case afterFixBack:
			if len(under) == 0 {
				w.back()
				return res, false, nil
			}
			res, under = under[len(under)-1], under[:len(under)-1]
			res.Shown = false
		case afterFixRestart:
			w.restart()
			return res, false, nil
		}
	}
}

// afterFix is what the user chose under a fix in the accessible mode.
type afterFix int

const (
	afterFixEnd     afterFix = iota // end here (Enter)
	afterFixBack                    // back (0 or b)
	afterFixRestart                 // start over (r)
	afterFixRelated                 // open a fix under "See also" (s, s2)
)

// askAfterFix asks, under a fix ShowFix has shown, whether to end (Enter),
// go back (0 or b), start over (r) or, where the fix lists fixes under
// "See also", open one (s the first, S or s2 the second, as the wizard's s
// and S): related is that fix's ID. The end of the input ends too, as
// ErrInputEnded.
func askAfterFix(fixID string, lang i18n.Lang, read func() (string, error), out io.Writer) (next afterFix, related string, err error) {
	fix, _ := flows.Lookup(fixID)
	prompt := i18n.AccAfterFix.In(lang)
	switch len(fix.Related) {
	case 0:
	case 1:
		prompt = i18n.AccAfterFixSeeAlso.In(lang)
	default:
		prompt = i18n.AccAfterFixSeeAlsoTwo.In(lang)
	}
	for {
		fmt.Fprint(out, "\n"+prompt)
		line, err := read()
		if err != nil {
			return afterFixEnd, "", err
		}
		switch {
		case line == "":
			return afterFixEnd, "", nil
		case isBackWord(line):
			return afterFixBack, "", nil
		case slices.ContainsFunc(restartWords, func(r string) bool { return strings.EqualFold(line, r) }):
			return afterFixRestart, "", nil
		}
		for i, words := range seeAlsoWords {
			if slices.Contains(words, line) && i < len(fix.Related) {
				return afterFixRelated, fix.Related[i], nil
			}
		}
		if plausibleAnswer(line) {
			fmt.Fprintln(out, i18n.AccAfterFixInvalid.Format(lang, diagnose.Quote(line, maxAnswerQuoted)))
		} else {
			fmt.Fprintln(out, i18n.AccAfterFixNotAnswer.In(lang))
		}
	}
}

// seeAlsoWords open the first and second fix under "See also" after a fix
// in the accessible mode: s, and S or s2, as s and S do in the wizard.
var seeAlsoWords = [][]string{{"s", "s1", "S1"}, {"S", "s2", "S2"}}

// pasteEnd alone on a line ends a paste in the accessible mode.
const pasteEnd = "."

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
