package tui

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

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

// pasteEnd alone on a line ends a paste in the accessible mode.
const pasteEnd = "."
