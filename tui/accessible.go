package tui

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// ErrInputEnded is returned by Accessible when the input ends before the
// walk reaches a fix.
var ErrInputEnded = errors.New("input ended before the wizard reached a fix")

// maxAnswerLine bounds one line of input; an answer is a number.
const maxAnswerLine = 64 * 1024

// backWords go back one question in the accessible mode, besides 0.
var backWords = []string{"0", "b", "back", "tillbaka"}

// Accessible walks the tree as plain numbered prompts for screen readers,
// dumb terminals and pipes: each question is written to out as a numbered
// list in the chosen language and answered by a line read from in holding
// the option's number. 0 (or b) goes back one question. A line that is not
// a choice is answered with a clear message and the question is asked
// again. It ends at a fix; the caller prints it. When the input ends first
// it returns ErrInputEnded.
func Accessible(o Options, in io.Reader, out io.Writer) (Result, error) {
	lang := o.Lang
	if lang == "" {
		lang = i18n.English
	}
	w := newWalk(o.Tree, o.AskLang)
	lines := bufio.NewScanner(in)
	lines.Buffer(make([]byte, 0, 1024), maxAnswerLine)
	read := func() (string, error) {
		if !lines.Scan() {
			if err := lines.Err(); err != nil {
				return "", fmt.Errorf("read an answer: %w", err)
			}
			return "", ErrInputEnded
		}
		return strings.TrimSpace(lines.Text()), nil
	}

	for {
		if w.here.lang {
			answer, err := askLang(w, lang, read, out)
			if err != nil {
				return Result{Lang: lang}, err
			}
			lang = i18n.Langs()[answer]
			w.choose(answer)
			continue
		}
		n, ok := w.node()
		if !ok {
			return Result{Lang: lang}, fmt.Errorf("the decision tree has no node %q", w.here.node)
		}
		if n.Kind == flows.FixLeaf {
			return Result{FixID: n.Fix, Lang: lang}, nil
		}
		if err := askQuestion(w, n, lang, read, out); err != nil {
			return Result{Lang: lang}, err
		}
	}
}

// askLang asks for the language; Enter alone keeps the detected one.
func askLang(w *walk, lang i18n.Lang, read func() (string, error), out io.Writer) (int, error) {
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
		fmt.Fprintln(out, i18n.AccInvalid.Format(lang, line, len(langs)))
	}
}

// askQuestion asks one question until it gets an answer or a step back.
func askQuestion(w *walk, n flows.Node, lang i18n.Lang, read func() (string, error), out io.Writer) error {
	shown := shownOptions(w.tree, n)
	fmt.Fprintf(out, "\n%s\n", n.Text.In(lang))
	if hint := n.Hint.In(lang); hint != "" {
		fmt.Fprintf(out, "(%s)\n", hint)
	}
	for i, opt := range shown {
		fmt.Fprintf(out, "  %d. %s\n", i+1, n.Options[opt].Label.In(lang))
	}
	for {
		prompt := i18n.AccPrompt
		if len(w.history) == 0 {
			prompt = i18n.AccPromptFirst
		}
		fmt.Fprint(out, prompt.Format(lang, len(shown)))
		line, err := read()
		if err != nil {
			return err
		}
		switch k, ok := parseChoice(line, len(shown)); {
		case ok:
			w.choose(shown[k-1])
			return nil
		case isBackWord(line):
			if _, ok := w.back(); ok {
				return nil
			}
			fmt.Fprintln(out, i18n.AccNoBack.In(lang))
		case line == "":
			fmt.Fprintln(out, i18n.AccEmpty.Format(lang, len(shown)))
		default:
			fmt.Fprintln(out, i18n.AccInvalid.Format(lang, line, len(shown)))
		}
	}
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
