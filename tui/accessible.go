package tui

import (
	"errors"
	"fmt"
	"io"
	"time"

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
