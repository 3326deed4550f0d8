package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// accessibleOptions are the accessible mode's options for a test, with the
// clock stopped at testNow.
func accessibleOptions(l i18n.Lang) Options {
	return Options{Tree: flows.DecisionTree(), Lang: l, Now: func() time.Time { return testNow }}
}

func TestAccessiblePaste(t *testing.T) {
	tree := flows.DecisionTree()
	paste, _ := tree.Node(pasteNodeID(t))
	root := tree.Root()
	activation, _ := tree.Node("activation-error")
	apiError, _ := tree.Node("api-error")
	emptyText := inputMessage(diagnose.CheckInput(""))
	irt, _ := flows.Lookup("invalid-refresh-token")
	cases := []struct {
		name  string
		lang  i18n.Lang
		input string
		fix   string
		err   error
		// said must all appear in the output, in this order.
		said []string
	}{
		{
			name: "a paste to its fix", lang: i18n.English,
			input: "1\nFortnox: Invalid refresh token\n.\n1\n", fix: "invalid-refresh-token",
			said: []string{
				paste.Text.In(i18n.English), paste.Hint.In(i18n.English), i18n.AccPasteEnd.In(i18n.English),
				i18n.CmdExplainHeading.In(i18n.English), "1. " + irt.Title.In(i18n.English), i18n.CmdEvidence.In(i18n.English),
				i18n.AccChooseFix.In(i18n.English), "  1. " + irt.Title.In(i18n.English), "  2. " + i18n.WizAnswerInstead.In(i18n.English),
				i18n.AccPrompt.Format(i18n.English, 2),
			},
		},
		{
			name: "a multi-line paste with a secret and escape sequences, in Swedish", lang: i18n.Swedish,
			input: "1\n" + escapePaste + "\n.\n1\n", fix: "invalid-refresh-token",
			said: []string{
				paste.Text.In(i18n.Swedish), i18n.AccPasteEnd.In(i18n.Swedish), i18n.CmdExplainHeading.In(i18n.Swedish),
				i18n.CmdRedactedOne.Format(i18n.Swedish, 1, "refresh-token"), i18n.AccChooseFix.In(i18n.Swedish),
			},
		},
		{
			// Two findings point at redirect-uri-mismatch: it is listed once,
			// and the next fix is number 2.
			name: "a fix two findings point at is one choice", lang: i18n.English,
			input: "1\nhttps://apps.fortnox.se/oauth-v1/auth?client_id=AbCdEf123456&redirect_uri=http://localhost:3000/cb&scope=invoice&state=x&response_type=code\n.\n2\n", fix: "unsupported-scope",
			said: []string{
				i18n.AccChooseFix.In(i18n.English), "  1. " + fixTitle(t, "redirect-uri-mismatch"), "  2. " + fixTitle(t, "unsupported-scope"),
				"  3. " + i18n.WizAnswerInstead.In(i18n.English), i18n.AccPrompt.Format(i18n.English, 3),
			},
		},
		{
			name: "0 on the paste goes back", lang: i18n.English,
			input: "1\n0\n2\n1\n3\n", fix: "unsupported-scope",
			said: []string{i18n.AccPasteEnd.In(i18n.English), root.Text.In(i18n.English), activation.Text.In(i18n.English)},
		},
		{
			name: "0 on the result goes back to the paste", lang: i18n.Swedish,
			input: "1\nFortnox: Invalid refresh token\n.\n0\n2001304\n.\n1\n", fix: "account-not-found",
			said: []string{i18n.CmdExplainHeading.In(i18n.Swedish), i18n.AccPasteEnd.In(i18n.Swedish), "2001304"},
		},
		{
			name: "an empty paste says what to paste", lang: i18n.Swedish,
			input: "1\n.\n   \n.\nFortnox: Invalid refresh token\n.\n1\n", fix: "invalid-refresh-token",
			said: []string{upperFirst(emptyText.In(i18n.Swedish)), i18n.AccPasteEnd.In(i18n.Swedish), upperFirst(emptyText.In(i18n.Swedish)), i18n.CmdExplainHeading.In(i18n.Swedish)},
		},
		{
			name: "the end of the input ends the paste", lang: i18n.English,
			input: "1\nFortnox: Invalid refresh token", err: ErrInputEndedAtResult,
			said: []string{i18n.CmdExplainHeading.In(i18n.English), i18n.AccChooseFix.In(i18n.English)},
		},
		{
			name: "the input ends at the paste prompt", lang: i18n.English,
			input: "1\n", err: ErrInputEnded,
			said: []string{i18n.AccPasteEnd.In(i18n.English)},
		},
		{
			name: "no match: the questions instead", lang: i18n.English,
			input: "1\n" + postgresError + "\n.\n1\n2\n1\n3\n", fix: "unsupported-scope",
			said: []string{i18n.CmdNoMatch.In(i18n.English), "  1. " + i18n.WizAnswerInstead.In(i18n.English), root.Text.In(i18n.English), activation.Text.In(i18n.English)},
		},
		{
			name: "an activation link", lang: i18n.Swedish,
			input: "1\n" + badActivationURL + "\n.\n1\n", fix: "redirect-uri-mismatch",
			said: []string{i18n.WizActivationLink.In(i18n.Swedish), i18n.CmdFindingsHeading.In(i18n.Swedish), "fel", i18n.CmdParamsHeading.In(i18n.Swedish), "client_id", "8fKq3uZx"},
		},
		{
			name: "a token", lang: i18n.English,
			input: "1\nAuthorization: Bearer " + expiredToken() + "\n.\n1\n", fix: "access-token-expired",
			said: []string{"tenantId", "1234567", "2025-02-11 08:30:00 CET (1 hour ago)", i18n.CmdFindingsHeading.In(i18n.English)},
		},
		{
			name: "a choice that is not one is asked again", lang: i18n.English,
			input: "1\nFortnox: Invalid refresh token\n.\n9\nx\n\n1\n", fix: "invalid-refresh-token",
			said: []string{i18n.AccInvalid.Format(i18n.English, "9", 2), i18n.AccInvalid.Format(i18n.English, "x", 2), i18n.AccEmpty.Format(i18n.English, 2)},
		},
		{
			name: "a paste at the first question, as its hint offers", lang: i18n.English,
			input: "hello\nFortnox: Invalid refresh token\n.\n1\n", fix: "invalid-refresh-token",
			said: []string{
				root.Hint.In(i18n.English), i18n.AccInvalid.Format(i18n.English, "hello", len(root.Options)),
				paste.Text.In(i18n.English), i18n.AccPasteTaken.In(i18n.English), i18n.CmdExplainHeading.In(i18n.English),
				"1. " + irt.Title.In(i18n.English), i18n.AccChooseFix.In(i18n.English),
			},
		},
		{
			name: "a paste at the first question ends with the input, in Swedish", lang: i18n.Swedish,
			input: "Har inte behörighet för scope\n", err: ErrInputEndedAtResult,
			said: []string{root.Hint.In(i18n.Swedish), i18n.AccPasteTaken.In(i18n.Swedish), i18n.CmdExplainHeading.In(i18n.Swedish), "2000663", i18n.AccChooseFix.In(i18n.Swedish)},
		},
		{
			// Short, but an error the matcher knows by more than its words:
			// a paste, not a mistyped answer.
			name: "a short known error at the first question", lang: i18n.English,
			input: "2000663\n.\n1\n", fix: firstFix(t, "2000663"),
			said: []string{i18n.AccPasteTaken.In(i18n.English), i18n.CmdExplainHeading.In(i18n.English), i18n.AccChooseFix.In(i18n.English)},
		},
		{
			name: "a short shared message at the first question, in Swedish", lang: i18n.Swedish,
			input: "Missing license\n.\n1\n", fix: firstFix(t, "Missing license"),
			said: []string{i18n.AccPasteTaken.In(i18n.Swedish), i18n.AccChooseFix.In(i18n.Swedish)},
		},
		{
			name: "a short word is still a mistyped answer", lang: i18n.English,
			input: "yes\n" + strings.Join(numbersFor(testkit.PathTo(t, tree, "unsupported-scope")), "\n") + "\n", fix: "unsupported-scope",
			said: []string{i18n.AccInvalid.Format(i18n.English, "yes", len(root.Options))},
		},
		{
			name: "from the last option of a list of errors", lang: i18n.English,
			input: fmt.Sprintf("2\n3\n%d\nHTTP/1.1 429 Too Many Requests\n.\n1\n", len(apiError.Options)), fix: "rate-limited",
			said: []string{apiError.Text.In(i18n.English), fmt.Sprintf("  %d. ", len(apiError.Options)) + apiError.Options[len(apiError.Options)-1].Label.In(i18n.English), paste.Text.In(i18n.English)},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out strings.Builder
			res, err := Accessible(accessibleOptions(c.lang), strings.NewReader(c.input), &out)
			// Only where a fix is to be chosen from a result does the end of
			// the input say so (the command then points at explain).
			if !errors.Is(err, c.err) || errors.Is(err, ErrInputEndedAtResult) != errors.Is(c.err, ErrInputEndedAtResult) {
				t.Fatalf("error %v, want %v\n%s", err, c.err, out.String())
			}
			if res.FixID != c.fix || res.Lang != c.lang {
				t.Errorf("ended at %q in %s, want %q in %s\n%s", res.FixID, res.Lang, c.fix, c.lang, out.String())
			}
			saidInOrder(t, out.String(), c.said)
			checkClean(t, c.name, out.String())
		})
	}
}

func TestAccessiblePasteTooLarge(t *testing.T) {
	lines := strings.Repeat(strings.Repeat("x", 1000)+"\n", diagnose.MaxInputBytes/1001+2)
	oneLine := strings.Repeat("x", 3*diagnose.MaxInputBytes) + "\n"
	for _, big := range []string{lines, oneLine} {
		for _, l := range i18n.Langs() {
			tooLarge(t, l, big)
		}
	}
}

// tooLarge pastes big in the accessible mode, then a paste that can be
// read: the first is refused with diagnose's message, not echoed.
func tooLarge(t *testing.T, l i18n.Lang, big string) {
	t.Helper()
	input := "1\n" + big + ".\nInvalid refresh token\n.\n1\n"
	var out strings.Builder
	res, err := Accessible(accessibleOptions(l), strings.NewReader(input), &out)
	if err != nil || res.FixID != "invalid-refresh-token" {
		t.Errorf("%s: %+v, %v", l, res, err)
	}
	want := upperFirst(inputMessage(diagnose.TooLarge()).In(l))
	if !strings.Contains(out.String(), want) {
		t.Errorf("%s: output lacks %q", l, want)
	}
	if strings.Contains(out.String(), strings.Repeat("x", 100)) {
		t.Errorf("%s: the refused paste was echoed", l)
	}
}

// fixTitle is a fix's English title.
func fixTitle(t *testing.T, id string) string {
	t.Helper()
	f, ok := flows.Lookup(id)
	if !ok {
		t.Fatalf("no fix %q", id)
	}
	return f.Title.In(i18n.English)
}

// firstFix is the fix the matcher puts first for a paste.
func firstFix(t *testing.T, paste string) string {
	t.Helper()
	ex, err := diagnose.Explain(paste)
	if err != nil {
		t.Fatal(err)
	}
	if all := append(ex.Matches, ex.Guesses...); len(all) > 0 {
		return all[0].FixID
	}
	t.Fatalf("%q matches nothing", paste)
	return ""
}

// TestAccessiblePasteAtTheLimit: a paste of exactly diagnose.MaxInputBytes
// is taken, as the wizard and explain take it, whether or not a newline
// ends it; one byte more is refused.
func TestAccessiblePasteAtTheLimit(t *testing.T) {
	text := "Fel 2000663 " + strings.Repeat("a", diagnose.MaxInputBytes-len("Fel 2000663 "))
	for name, c := range map[string]struct {
		input string
		taken bool
	}{
		"at the limit":       {"1\n" + text + "\n.\n", true},
		"without a newline":  {"1\n" + text, true},
		"one byte more":      {"1\n" + text + "a\n.\n", false},
		"a line more at all": {"1\n" + text + "\n\n.\n", false},
	} {
		var out strings.Builder
		_, _ = Accessible(Options{Tree: flows.DecisionTree(), Lang: i18n.English}, strings.NewReader(c.input), &out)
		var tooLarge *diagnose.InputError
		if !errors.As(diagnose.TooLarge(), &tooLarge) {
			t.Fatal("TooLarge is no *InputError")
		}
		refused := strings.Contains(out.String(), upperFirst(tooLarge.Message.In(i18n.English)))
		if refused == c.taken {
			t.Errorf("%s: taken %v, want %v", name, !refused, c.taken)
		}
	}
}

// TestAccessibleResultIsSpoken: the accessible mode's result has no symbol
// a screen reader reads aloud (✗ ! · before a severity word, → before a
// fix), while the severity words and the fixes stay.
func TestAccessibleResultIsSpoken(t *testing.T) {
	link := "https://apps.fortnox.se/oauth-v1/authorize?client_id=abc&scope=invoice,customer"
	for _, l := range i18n.Langs() {
		var out strings.Builder
		_, _ = Accessible(Options{Tree: flows.DecisionTree(), Lang: l}, strings.NewReader("1\n"+link+"\n.\n"), &out)
		text := out.String()
		for _, symbol := range []string{"✗", "→", " · ", "! "} {
			if strings.Contains(text, symbol) {
				t.Errorf("%s: the result says %q:\n%s", l, symbol, text)
			}
		}
		for _, word := range []i18n.Text{i18n.DiagSeverityError, i18n.DiagSeverityWarning} {
			if !strings.Contains(text, word.In(l)) {
				t.Errorf("%s: the result lacks the word %q", l, word.In(l))
			}
		}
	}
}
