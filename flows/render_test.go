package flows

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

// golden compares got with testdata/golden/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./flows -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (run with -update if the change is intended):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// The fixes whose rendering is pinned: one per topic, with and without a note.
var goldenFixes = []string{"invalid-refresh-token", "account-not-found", "consultant-activation", "rate-limited", "missing-license"}

func TestRenderGolden(t *testing.T) {
	for _, id := range goldenFixes {
		f, _ := Lookup(id)
		for _, l := range i18n.Langs() {
			golden(t, id+"."+string(l)+".txt", PlainText(f, l, TextOptions{}))
			golden(t, id+"."+string(l)+".80.txt", PlainText(f, l, TextOptions{Width: 80}))
			golden(t, id+"."+string(l)+".md", Markdown(f, l))
		}
	}
	// The same fix for each person: what they do, then what to ask.
	for _, id := range []string{"invalid-refresh-token", "missing-rights"} {
		f, _ := Lookup(id)
		for _, p := range Persons() {
			for _, l := range i18n.Langs() {
				golden(t, id+".as-"+string(p)+"."+string(l)+".80.txt", PlainText(f, l, TextOptions{Width: 80, Person: p}))
			}
		}
		golden(t, id+".as-customer.sv.md", MarkdownAs(f, i18n.Swedish, Customer))
	}
}

func TestPlainTextWrapsWithinTheWidth(t *testing.T) {
	for _, f := range Fixes() {
		for _, l := range i18n.Langs() {
			for _, width := range []int{40, 72, 100} {
				for _, line := range strings.Split(PlainText(f, l, TextOptions{Width: width}), "\n") {
					// Only a single unbreakable word (a URL, an ID), alone or
					// after its label, may overflow.
					_, value, labelled := strings.Cut(line, ": ")
					unbreakable := !strings.Contains(strings.TrimSpace(line), " ") || (labelled && !strings.Contains(value, " "))
					if n := utf8.RuneCountInString(line); n > width && !unbreakable {
						t.Errorf("%s (%s) at %d columns has a %d-column line: %q", f.ID, l, width, n, line)
					}
				}
			}
		}
	}
}

func TestPlainTextHasEverySection(t *testing.T) {
	f, _ := Lookup("invalid-refresh-token")
	for _, l := range i18n.Langs() {
		text := PlainText(f, l, TextOptions{})
		for _, want := range []string{
			f.Title.In(l), f.Summary.In(l), f.Cause.In(l), f.Where.In(l), f.DocsURL, f.CustomerMessage.In(l), f.Note.In(l), f.ID,
			i18n.FixWho.In(l), i18n.FixSteps.In(l), "1. " + f.Steps[0].StepText(l), "6. " + f.Steps[5].StepText(l),
			i18n.FixSources.In(l), f.Sources[0].URL,
		} {
			if !strings.Contains(text, want) {
				t.Errorf("%s text lacks %q", l, want)
			}
		}
	}
}

func TestPlainTextStyleHook(t *testing.T) {
	f, _ := Lookup("missing-license")
	seen := map[Part]int{}
	text := PlainText(f, i18n.English, TextOptions{Width: 60, Style: func(p Part, s string) string {
		seen[p]++
		return "<" + s + ">"
	}})
	if seen[PartTitle] != 1 || seen[PartHeading] < 3 || seen[PartLabel] < 4 {
		t.Errorf("style hook calls: %v", seen)
	}
	for _, want := range []string{"<Missing license>\n", "<Cause>\n", "<Who acts:> Customer"} {
		if !strings.Contains(text, want) {
			t.Errorf("styled text lacks %q:\n%s", want, text)
		}
	}
}

func TestStepsText(t *testing.T) {
	f, _ := Lookup("missing-license")
	got := f.StepsText(i18n.Swedish)
	lines := strings.Split(got, "\n")
	if len(lines) != len(f.Steps) || !strings.HasPrefix(lines[0], "1. "+f.Steps[0].StepText(i18n.Swedish)) || !strings.HasPrefix(lines[2], "3. ") {
		t.Errorf("StepsText = %q", got)
	}
}

func TestMarkdownEscapesRunningText(t *testing.T) {
	got := markdownEscape("grant_type=refresh_token *now* <b> [x](y) `c` #1 a|b")
	want := `grant\_type=refresh\_token \*now\* \<b\> \[x\](y) \` + "`c\\`" + ` \#1 a\|b`
	if got != want {
		t.Errorf("markdownEscape = %s\nwant             %s", got, want)
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		text, first, rest string
		width             int
		want              string
	}{
		{"one two three", "", "", 0, "one two three"},
		{"one two three", "", "", 7, "one two\nthree"},
		{"one two three", "1. ", "   ", 10, "1. one two\n   three"},
		{"averyveryverylongword x", "", "", 5, "averyveryverylongword\nx"},
		{"", "> ", "  ", 10, ""},
		{"åäö åäö", "", "", 7, "åäö åäö"},
		{"https://x.se/abcdefghij", "Docs: ", "  ", 25, "Docs:\n  https://x.se/abcdefghij"},
		{"https://www.fortnox.se/developer/faq", "Docs: ", "      ", 20, "Docs: https://www.fortnox.se/developer/faq"},
		{"short", "Docs: ", "      ", 20, "Docs: short"},
	}
	for _, tt := range tests {
		if got := wrap(tt.text, tt.width, tt.first, tt.rest); got != tt.want {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}

// TestWhoTextLowersLaterRolesInSwedish: in Swedish only the first role of
// "Vem åtgärdar" starts with a capital; the others continue the list in
// lower case, except a label that starts with the name Fortnox. English
// keeps every label as it is.
func TestWhoTextLowersLaterRoles(t *testing.T) {
	f := Fix{Who: []Role{Developer, Customer, User, Consultant}}
	sv := strings.Split(f.WhoTextAs(i18n.Swedish, ""), ", ")
	en := strings.Split(f.WhoTextAs(i18n.English, ""), ", ")
	if len(sv) != len(f.Who) || len(en) != len(f.Who) {
		t.Fatalf("want %d roles, got %q and %q", len(f.Who), sv, en)
	}
	for i, r := range f.Who {
		if want := r.Label().En; i == 0 && en[i] != want || i > 0 && en[i] != lowerFirst(want) {
			t.Errorf("English role %d: got %q, from %q", i, en[i], want)
		}
		label := r.Label().Sv
		if i == 0 {
			if sv[i] != label {
				t.Errorf("Swedish first role: got %q, want %q", sv[i], label)
			}
			continue
		}
		first, n := utf8.DecodeRuneInString(sv[i])
		if !unicode.IsLower(first) || !strings.EqualFold(sv[i], label) || sv[i][n:] != label[n:] {
			t.Errorf("Swedish role %d: got %q, want %q with a lower-case first letter", i, sv[i], label)
		}
	}
	for in, want := range map[string]string{"Användare": "användare", "Åtgärd": "åtgärd", "Fortnox support": "Fortnox support", "": ""} {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPlainTextSpoken: the spoken form of every fix has no decoration a
// screen reader reads aloud (the title's underline, a menu path's arrow)
// and is otherwise the same text.
func TestPlainTextSpoken(t *testing.T) {
	for _, f := range Fixes() {
		for _, l := range i18n.Langs() {
			shown := PlainText(f, l, TextOptions{})
			spoken := PlainText(f, l, TextOptions{Spoken: true})
			if strings.Contains(spoken, "→") || strings.Contains(spoken, "\n==") {
				t.Errorf("%s (%s): the spoken text has decoration:\n%s", f.ID, l, spoken)
			}
			underline := "\n" + strings.Repeat("=", len([]rune(f.Title.In(l)))) + "\n"
			if !strings.Contains(shown, underline) {
				t.Errorf("%s (%s): the shown text lost its underline", f.ID, l)
			}
			if want := strings.ReplaceAll(strings.Replace(shown, underline, "\n", 1), " → ", " > "); spoken != want {
				t.Errorf("%s (%s): the spoken text differs by more than its decoration:\n%s", f.ID, l, spoken)
			}
		}
	}
}

// TestEmptyAskSectionHasItsMessage: a section with no steps for the other
// party says the message below is what to tell them, so for every fix and
// person such a section has a message after it.
func TestEmptyAskSectionHasItsMessage(t *testing.T) {
	for _, f := range Fixes() {
		for _, person := range Roles() {
			sections, messages := f.Layout(person)
			for _, s := range sections {
				if s.Empty != i18n.FixNothingToAsk || len(s.Steps) > 0 {
					continue
				}
				if len(messages) == 0 || messages[0].Text.IsZero() {
					t.Errorf("%s as %s: %q with no message below it", f.ID, person, s.Empty.In(i18n.English))
				}
			}
		}
	}
}
