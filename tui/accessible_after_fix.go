package tui

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

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
