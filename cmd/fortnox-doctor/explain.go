package main

import (
	"slices"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/report"
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
	// AnyServer: the best match rests on an OAuth error every OAuth
	// server sends, and nothing in the text says it is Fortnox's.
	AnyServer bool `json:"any_server"`
	// SharedPhrase: the best match rests on a Fortnox message in words
	// other software says too, and nothing in the text says it is Fortnox's.
	SharedPhrase bool `json:"shared_phrase"`
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
		AnyServer:     ex.AnyServer,
		SharedPhrase:  ex.SharedPhrase,
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
		writeReport(a, report.Explanation(ex, diagnose.Classify(paste), report.Command, a.lang))
	}
	if !ex.Confident() {
		return negative()
	}
	return nil
}
