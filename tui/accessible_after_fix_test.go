package tui

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestAccessibleAfterFix walks to a fix with ShowFix set: the fix is shown
// as it is reached, and the walk then goes back (0), starts over (r), asks
// again after a wrong answer, or ends (Enter, or the end of the input,
// even after the user went on to a question).
func TestAccessibleAfterFix(t *testing.T) {
	tree := flows.DecisionTree()
	first, second := "unsupported-scope", "legacy-token-invalid"
	// Fixes with one and two fixes under See also.
	cwc, locked, revoked := "callback-without-code", "fortnox-account-locked", "connection-revoked"
	to := func(id string) string {
		return strings.Join(numbersFor(testkit.PathTo(t, tree, id)), "\n") + "\n"
	}
	last := func(id string) string {
		path := numbersFor(testkit.PathTo(t, tree, id))
		return path[len(path)-1] + "\n"
	}
	cases := []struct {
		name  string
		input string
		shown []string // the fixes ShowFix got, in order
		said  []i18n.Text
	}{
		{name: "Enter ends", input: to(first) + "\n", shown: []string{first}},
		{name: "the end of the input ends", input: to(first), shown: []string{first}},
		{name: "0 goes back one question", input: to(first) + "0\n" + last(first) + "\n", shown: []string{first, first}},
		{name: "r starts over", input: to(first) + "r\n" + to(second), shown: []string{first, second}},
		{name: "the end of the input after going on", input: to(first) + "r\n1\n", shown: []string{first}},
		{name: "a wrong answer is asked again", input: to(first) + "x\n\n", shown: []string{first}, said: []i18n.Text{i18n.AccAfterFix}},
		{name: "a paste is no answer", input: to(first) + "{\"error\":\"invalid_grant\"}\n\n", shown: []string{first}, said: []i18n.Text{i18n.AccAfterFixNotAnswer}},
		{name: "s opens the fix under See also", input: to(cwc) + "s\n\n", shown: []string{cwc, locked}, said: []i18n.Text{i18n.AccAfterFixSeeAlso}},
		{name: "s2 opens the second", input: to(revoked) + "s2\n\n", shown: []string{revoked, "legacy-token-invalid"}},
		{name: "s2 with one fix under See also is no choice", input: to(cwc) + "s2\n\n", shown: []string{cwc}, said: []i18n.Text{i18n.AccAfterFixSeeAlso}},
		{name: "0 after a related fix comes back to the fix", input: to(cwc) + "s\n0\n\n", shown: []string{cwc, locked, cwc}},
		{name: "0 on that fix goes back one question", input: to(cwc) + "s\n0\n0\n" + last(cwc) + "\n", shown: []string{cwc, locked, cwc, cwc}},
		{name: "S opens the second, as in the wizard", input: to(revoked) + "S\n\n", shown: []string{revoked, "legacy-token-invalid"}},
	}
	for _, c := range cases {
		for _, l := range i18n.Langs() {
			var shown []string
			show := func(r Result) error {
				if r.Lang != l || r.Shown {
					t.Errorf("%s (%s): ShowFix got %+v", c.name, l, r)
				}
				shown = append(shown, r.FixID)
				return nil
			}
			var out strings.Builder
			res, err := Accessible(Options{Tree: tree, Lang: l, ShowFix: show}, strings.NewReader(c.input), &out)
			want := c.shown[len(c.shown)-1]
			if err != nil || res.FixID != want || !res.Shown {
				t.Errorf("%s (%s): got %+v, %v; want %s, shown", c.name, l, res, err, want)
			}
			if !slices.Equal(shown, c.shown) {
				t.Errorf("%s (%s): shown %q, want %q", c.name, l, shown, c.shown)
			}
			rest := out.String()
			// The prompt after a fix, the one naming See also where the
			// fix lists related fixes, then what the case expects.
			prompt := i18n.AccAfterFix
			if f, _ := flows.Lookup(c.shown[0]); len(f.Related) > 0 {
				prompt = i18n.AccAfterFixSeeAlso
				if len(f.Related) > 1 {
					prompt = i18n.AccAfterFixSeeAlsoTwo
				}
			}
			for _, s := range append([]i18n.Text{prompt}, c.said...) {
				i := strings.Index(rest, s.In(l))
				if i < 0 {
					t.Fatalf("%s (%s): the output lacks %q (in order):\n%s", c.name, l, s.In(l), out.String())
				}
				rest = rest[i+len(s.In(l)):]
			}
		}
	}
}

// TestAccessibleAfterFixQuotesOnlyAnswers: a short wrong answer is quoted
// back; a line of a paste, which may hold a secret, is not.
func TestAccessibleAfterFixQuotesOnlyAnswers(t *testing.T) {
	tree := flows.DecisionTree()
	to := strings.Join(numbersFor(testkit.PathTo(t, tree, "unsupported-scope")), "\n") + "\n"
	const secret = "client_secret=SuperSecret123456"
	var out strings.Builder
	show := func(Result) error { return nil }
	if _, err := Accessible(Options{Tree: tree, Lang: i18n.English, ShowFix: show}, strings.NewReader(to+"x\n"+secret+"\n"), &out); err != nil {
		t.Fatal(err)
	}
	if want := i18n.AccAfterFixInvalid.Format(i18n.English, "x"); !strings.Contains(out.String(), want) {
		t.Errorf("the output lacks %q:\n%s", want, out.String())
	}
	if strings.Contains(out.String(), "SuperSecret") {
		t.Errorf("a pasted secret was quoted back:\n%s", out.String())
	}
}

// TestAccessibleShowFixError: a fix that cannot be shown (standard output
// closed) ends the walk with that error.
func TestAccessibleShowFixError(t *testing.T) {
	tree := flows.DecisionTree()
	to := strings.Join(numbersFor(testkit.PathTo(t, tree, "unsupported-scope")), "\n") + "\n"
	broken := errBroken("stdout closed")
	_, err := Accessible(Options{Tree: tree, Lang: i18n.English, ShowFix: func(Result) error { return broken }}, strings.NewReader(to+"\n"), &strings.Builder{})
	if !errors.Is(err, broken) {
		t.Errorf("err = %v, want %v", err, broken)
	}
}

type errBroken string

func (e errBroken) Error() string { return string(e) }
