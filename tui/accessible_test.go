package tui

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// numbersFor turns answers into the lines a user types: each answer's
// 1-based position among the options.
func numbersFor(answers []int) []string {
	lines := make([]string, len(answers))
	for i, a := range answers {
		lines[i] = fmt.Sprint(a + 1)
	}
	return lines
}

func TestAccessibleReachesEveryFix(t *testing.T) {
	tree := flows.DecisionTree()
	for _, fix := range flows.Fixes() {
		for _, l := range i18n.Langs() {
			lines := numbersFor(testkit.PathTo(t, tree, fix.ID))
			var out strings.Builder
			res, err := Accessible(Options{Tree: tree, Lang: l}, strings.NewReader(strings.Join(lines, "\n")+"\n"), &out)
			if err != nil || res.FixID != fix.ID || res.Lang != l {
				t.Errorf("%s in %s: typing %q gave %+v, %v", fix.ID, l, lines, res, err)
			}
			if !strings.Contains(out.String(), tree.Root().Text.In(l)) {
				t.Errorf("%s in %s: first question not asked in that language:\n%s", fix.ID, l, out.String())
			}
		}
	}
}

func TestAccessible(t *testing.T) {
	tree := flows.DecisionTree()
	root := tree.Root()
	developer, _ := tree.Node("developer")
	tokenError, _ := tree.Node("token-error")
	cases := []struct {
		name    string
		lang    i18n.Lang
		askLang bool
		input   string
		fix     string
		err     error
		lang2   i18n.Lang // the language at the end, when it differs
		// said must all appear in the output, in this order.
		said []string
	}{
		{
			name: "the issue's example in Swedish", lang: i18n.Swedish,
			input: "2\n1\n3\n", fix: "unsupported-scope",
			said: []string{root.Text.In(i18n.Swedish), "  1. " + root.Options[0].Label.In(i18n.Swedish), i18n.AccPromptFirst.Format(i18n.Swedish, len(root.Options))},
		},
		{
			name: "numbers with spaces, a dot and CRLF", lang: i18n.English,
			input: " 2 \r\n3\r\n3.\r\n", fix: "legacy-token-invalid",
		},
		{
			name: "not a number is asked again", lang: i18n.English,
			input: "two\n2\n3\n3\n", fix: "legacy-token-invalid",
			said: []string{i18n.AccInvalid.Format(i18n.English, "two", len(root.Options)), developer.Text.In(i18n.English)},
		},
		{
			name: "out of range is asked again, in Swedish", lang: i18n.Swedish,
			input: "8\n-1\n2\n3\n3\n", fix: "legacy-token-invalid",
			said: []string{
				i18n.AccInvalid.Format(i18n.Swedish, "8", len(root.Options)),
				i18n.AccInvalid.Format(i18n.Swedish, "-1", len(root.Options)),
			},
		},
		{
			name: "an empty line is asked again", lang: i18n.English,
			input: "\n2\n3\n3\n", fix: "legacy-token-invalid",
			said: []string{i18n.AccEmpty.Format(i18n.English, len(root.Options))},
		},
		{
			name: "an arrow key is an empty answer, not a paste", lang: i18n.English,
			input: "2\n\x1b[A\n3\n3\n", fix: "legacy-token-invalid",
			said: []string{i18n.AccEmpty.Format(i18n.English, len(developer.Options))},
		},
		{
			name: "a byte order mark before the first answer", lang: i18n.English,
			input: "\ufeff2\n3\n3\n", fix: "legacy-token-invalid",
		},
		{
			name: "one choice left: type 1", lang: i18n.Swedish,
			input: "1\nhello world\n.\n", err: ErrInputEnded,
			said: []string{i18n.AccPromptOne.In(i18n.Swedish)},
		},
		{
			name: "0 on the first question has nowhere to go", lang: i18n.Swedish,
			input: "0\n2\n3\n3\n", fix: "legacy-token-invalid",
			said: []string{i18n.AccNoBack.In(i18n.Swedish)},
		},
		{
			name: "0 and b go back one question", lang: i18n.English,
			input: "2\n0\n2\n2\nb\nb\n2\n3\n3\n", fix: "legacy-token-invalid",
			said: []string{developer.Text.In(i18n.English), root.Text.In(i18n.English), i18n.AccPromptFirst.Format(i18n.English, len(root.Options)), tokenError.Text.In(i18n.English), root.Text.In(i18n.English)},
		},
		{
			name: "the input ends before a fix", lang: i18n.English,
			input: "3\n", err: ErrInputEnded,
		},
		{
			name: "no input at all", lang: i18n.Swedish,
			input: "", err: ErrInputEnded,
		},
		{
			name: "language question: Enter keeps the detected language", lang: i18n.Swedish, askLang: true,
			input: "\n2\n1\n3\n", fix: "unsupported-scope",
			said: []string{"Välj språk / Choose a language", "  1. Svenska", "  2. English", i18n.AccLangPrompt.Format(i18n.Swedish, "Svenska"), root.Text.In(i18n.Swedish)},
		},
		{
			name: "language question: 2 is English", lang: i18n.Swedish, askLang: true,
			input: "2\n2\n1\n3\n", fix: "unsupported-scope", lang2: i18n.English,
			said: []string{root.Text.In(i18n.English)},
		},
		{
			name: "language question: bad input", lang: i18n.English, askLang: true,
			input: "svenska\n1\n2\n1\n3\n", fix: "unsupported-scope", lang2: i18n.Swedish,
			said: []string{i18n.AccInvalid.Format(i18n.English, "svenska", 2), root.Text.In(i18n.Swedish)},
		},
		{
			name: "back from the first question returns to the language", lang: i18n.English, askLang: true,
			input: "2\n0\n1\n2\n1\n3\n", fix: "unsupported-scope", lang2: i18n.Swedish,
			said: []string{root.Text.In(i18n.English), "Välj språk", root.Text.In(i18n.Swedish)},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out strings.Builder
			res, err := Accessible(Options{Tree: tree, Lang: c.lang, AskLang: c.askLang}, strings.NewReader(c.input), &out)
			if !errors.Is(err, c.err) {
				t.Fatalf("error %v, want %v\n%s", err, c.err, out.String())
			}
			if res.FixID != c.fix {
				t.Errorf("ended at %q, want %q\n%s", res.FixID, c.fix, out.String())
			}
			want := c.lang
			if c.lang2 != "" {
				want = c.lang2
			}
			if res.Lang != want {
				t.Errorf("language %s at the end, want %s", res.Lang, want)
			}
			saidInOrder(t, out.String(), c.said)
			if strings.Contains(out.String(), "%!") {
				t.Errorf("a text is formatted wrongly:\n%s", out.String())
			}
		})
	}
}

func TestAccessibleReadError(t *testing.T) {
	broken := iotest.ErrReader(io.ErrClosedPipe)
	_, err := Accessible(Options{Tree: flows.DecisionTree(), Lang: i18n.English}, broken, io.Discard)
	if err == nil || errors.Is(err, ErrInputEnded) || !errors.Is(err, io.ErrClosedPipe) {
		t.Errorf("read error gave %v, want it wrapped", err)
	}
	// A line far longer than any answer or paste is refused as an answer,
	// quoted back only in part, and the reading goes on after it.
	long := strings.Repeat("9", maxLine+10) + "\n"
	var out strings.Builder
	res, err := Accessible(Options{Tree: flows.DecisionTree(), Lang: i18n.English}, strings.NewReader(long+"2\n3\n3\n"), &out)
	if err != nil || res.FixID != "legacy-token-invalid" {
		t.Errorf("an endless line then 3, 2: %+v, %v", res, err)
	}
	if want := i18n.AccNotAnswer.Format(i18n.English, len(flows.DecisionTree().Root().Options)); !strings.Contains(out.String(), want) || out.Len() > 10000 {
		t.Errorf("an endless line is not refused in short (%d bytes of output); want %q", out.Len(), want)
	}
}

func TestAccessibleShowsHints(t *testing.T) {
	tree := flows.DecisionTree()
	for _, n := range tree.Nodes() {
		if n.Kind != flows.Question || n.Hint.IsZero() {
			continue
		}
		for _, l := range i18n.Langs() {
			var out strings.Builder
			lines := numbersFor(testkit.PathToNode(t, tree, n.ID))
			_, _ = Accessible(Options{Tree: tree, Lang: l}, strings.NewReader(strings.Join(lines, "\n")+"\n"), &out)
			if !strings.Contains(out.String(), n.Hint.In(l)) {
				t.Errorf("%s in %s: hint %q not shown", n.ID, l, n.Hint.In(l))
			}
		}
	}
}

// FuzzAccessible feeds arbitrary input to the prompts: they must end with a
// fix or an error, never panic or loop, and what they write must hold no
// control sequence, invisible character or secret, whatever the input.
func FuzzAccessible(f *testing.F) {
	for _, seed := range []string{"2\n3\n", "1\nInvalid refresh token\n.\n1\n", "1\nHTTP/1.1 401\n\nclient_secret=Z8yQp3LmN7vR2sT9wX4k\n.\n1\n", "0\nb\nback\n", "\n\n\n", "999999999999999999999\n", "2\r\n2\r\n", "\x00\xff\n"} {
		f.Add(seed, false)
	}
	for _, h := range testkit.All() {
		f.Add(h.Paste+"\n1\n"+h.Paste+"\n.\n1\n", true)
	}
	tree := flows.DecisionTree()
	f.Fuzz(func(t *testing.T, input string, askLang bool) {
		testkit.Bounded(t, len(input), func() {
			var out strings.Builder
			res, err := Accessible(Options{Tree: tree, Lang: i18n.Swedish, AskLang: askLang, Now: func() time.Time { return testNow }}, strings.NewReader(input), &out)
			if err == nil {
				if _, ok := res.Fix(); !ok {
					t.Errorf("no error and no fix for %q: %+v", input, res)
				}
			}
			var secrets []string
			for _, h := range testkit.Secrets() {
				if strings.Contains(input, h.Paste) {
					secrets = append(secrets, h.Secrets...)
				}
			}
			for _, leak := range testkit.Leaks(out.String(), secrets) {
				t.Errorf("input %q: the output holds %s:\n%s", input, leak, out.String())
			}
		})
	})
}

// saidInOrder fails unless output holds every one of said, in that order.
func saidInOrder(t *testing.T, output string, said []string) {
	t.Helper()
	rest := output
	for _, s := range said {
		i := strings.Index(rest, s)
		if i < 0 {
			t.Fatalf("output lacks %q (in order):\n%s", s, output)
		}
		rest = rest[i+len(s):]
	}
}
