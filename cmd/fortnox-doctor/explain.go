package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/spf13/cobra"
)

func newExplainCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "explain [TEXT…]",
		Short: i18n.CmdExplainShort.In(a.lang),
		Long:  i18n.CmdExplainLong.In(a.lang),
		Example: "fortnox-doctor explain 'Har inte behörighet för scope'\n" +
			"pbpaste | fortnox-doctor explain\n" +
			"fortnox-doctor explain --json < error.log",
		Args: cobra.ArbitraryArgs,
		RunE: func(_ *cobra.Command, args []string) error { return runExplain(a, args) },
	}
}

// explainJSON is `explain --json`. Field names are part of the
// command-line contract; fields are only ever added.
type explainJSON struct {
	Lang          i18n.Lang             `json:"lang"`
	Matches       []matchJSON           `json:"matches"`
	Codes         []int                 `json:"codes"`
	Redactions    int                   `json:"redactions"`
	RedactedKinds []diagnose.SecretKind `json:"redacted_kinds"`
	DataErrors    []dataErrorJSON       `json:"data_errors"`
	UnknownCodes  []int                 `json:"unknown_codes"`
}

type matchJSON struct {
	ID         string              `json:"id"`
	Title      string              `json:"title"`
	Summary    string              `json:"summary"`
	Score      int                 `json:"score"`
	Confidence diagnose.Confidence `json:"confidence"`
	Evidence   []string            `json:"evidence"`
}

type dataErrorJSON struct {
	Code    int    `json:"code"`
	Meaning string `json:"meaning"`
}

func newExplainJSON(ex diagnose.Explanation, l i18n.Lang) explainJSON {
	out := explainJSON{
		Lang:          l,
		Matches:       []matchJSON{},
		Codes:         append([]int{}, ex.Codes...),
		Redactions:    ex.Redactions,
		RedactedKinds: append([]diagnose.SecretKind{}, ex.RedactedKinds...),
		DataErrors:    []dataErrorJSON{},
		UnknownCodes:  append([]int{}, ex.UnknownCodes...),
	}
	// Confident matches first, then the guesses: a "low" match is what
	// the wizard offers as "might be".
	for _, m := range append(slices.Clone(ex.Matches), ex.Guesses...) {
		fix := m.Fix()
		out.Matches = append(out.Matches, matchJSON{
			ID: m.FixID, Title: fix.Title.In(l), Summary: fix.Summary.In(l),
			Score: m.Score, Confidence: m.Confidence, Evidence: evidenceTexts(m, l),
		})
	}
	for _, d := range ex.DataErrors {
		out.DataErrors = append(out.DataErrors, dataErrorJSON{Code: d.Code, Meaning: d.Meaning.In(l)})
	}
	return out
}

func evidenceTexts(m diagnose.Match, l i18n.Lang) []string {
	out := make([]string, len(m.Evidence))
	for i, e := range m.Evidence {
		out[i] = e.Message().In(l)
	}
	return out
}

func runExplain(a *app, args []string) error {
	paste, err := readPaste(a, args)
	if err != nil {
		return err
	}
	ex, err := diagnose.Explain(paste)
	if err != nil {
		return inputError(a, err)
	}
	if a.json {
		if err := writeJSON(a.out, newExplainJSON(ex, a.lang)); err != nil {
			return err
		}
	} else {
		writeExplanation(a, ex, diagnose.Classify(paste))
	}
	if !ex.Confident() {
		return negative()
	}
	return nil
}

// writeExplanation prints the matches best first with their evidence, the
// data errors, unknown codes and redactions; or, with no answer, where to
// go instead.
func writeExplanation(a *app, ex diagnose.Explanation, kind diagnose.PasteKind) {
	w := a.stdout()
	width := a.wrapWidth()
	l := a.lang
	if len(ex.Matches) > 0 {
		fmt.Fprintln(w, headingStyle.Render(i18n.CmdExplainHeading.In(l)))
		writeMatches(a, ex.Matches)
	}
	if len(ex.DataErrors) > 0 {
		if len(ex.Matches) > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, headingStyle.Render(i18n.CmdDataErrorsHeading.In(l)))
		for _, d := range ex.DataErrors {
			fmt.Fprintln(w, hang(d.Meaning.In(l), width, "  "+idStyle.Render(strconv.Itoa(d.Code))+"  "))
		}
	}
	if len(ex.UnknownCodes) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, hang(i18n.CmdUnknownCodes.Format(l, joinInts(ex.UnknownCodes)), width, ""))
	}
	if !ex.Confident() {
		if len(ex.UnknownCodes) == 0 {
			fmt.Fprintln(w, i18n.CmdNoMatch.In(l))
		}
		if len(ex.Guesses) > 0 {
			fmt.Fprintln(w)
			fmt.Fprintln(w, headingStyle.Render(i18n.CmdGuessHeading.In(l)))
			writeMatches(a, ex.Guesses)
			fmt.Fprintln(w)
		}
		switch kind {
		case diagnose.PasteActivationURL:
			fmt.Fprintln(w, hang(i18n.CmdHintCheckURL.In(l), width, ""))
		case diagnose.PasteToken:
			fmt.Fprintln(w, hang(i18n.CmdHintInspectToken.In(l), width, ""))
		default:
			fmt.Fprintln(w, hang(i18n.CmdHintWizard.In(l), width, ""))
		}
	}
	if ex.Redactions > 0 {
		fmt.Fprintln(w)
		writeRedactionNote(w, a, ex.Redactions, ex.RedactedKinds)
	}
}

// writeMatches prints matches numbered, each with its summary, evidence and
// the command that shows the fix.
func writeMatches(a *app, ms []diagnose.Match) {
	w := a.stdout()
	width := a.wrapWidth()
	l := a.lang
	for i, m := range ms {
		fix := m.Fix()
		num := strconv.Itoa(i+1) + ". "
		fmt.Fprintln(w)
		fmt.Fprintln(w, hang(titleStyle.Render(fix.Title.In(l)), width, num))
		indent := strings.Repeat(" ", len(num))
		fmt.Fprintln(w, hang(fix.Summary.In(l), width, indent))
		label := i18n.CmdEvidence.In(l) + ": "
		fmt.Fprintln(w, hang(strings.Join(evidenceTexts(m, l), " · "), width, indent+headingStyle.Render(label)))
		fmt.Fprintln(w, indent+i18n.CmdSeeFix.Format(l, idStyle.Render("fortnox-doctor show "+m.FixID)))
	}
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}
