package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/tui"
)

// errNoTerminal stands for a process without any terminal.
var errNoTerminal = errors.New("no terminal in the test")

// newWizardTestApp is an app for in-process wizard tests: stdin holds the
// typed answers, the environment is only what is given, and there is no
// terminal to open.
func newWizardTestApp(stdin string, env ...string) (a *app, stdout, stderr *bytes.Buffer) {
	stdout, stderr = &bytes.Buffer{}, &bytes.Buffer{}
	a = &app{
		in:       strings.NewReader(stdin),
		out:      stdout,
		errOut:   stderr,
		environ:  env,
		terminal: func() (tui.Terminal, error) { return tui.Terminal{}, errNoTerminal },
		lang:     i18n.English,
	}
	return a, stdout, stderr
}

func TestWizardAccessible(t *testing.T) {
	fix, _ := flows.Lookup("unsupported-scope")
	cases := []struct {
		name   string
		args   []string
		env    []string
		stdin  string
		lang   i18n.Lang
		code   int
		stderr []string // in order
	}{
		{
			name: "the issue's example", args: []string{"--accessible", "--lang", "sv"}, stdin: "2\n1\n3\n",
			lang: i18n.Swedish, stderr: []string{"Vem är du?", "  4. Jag är redovisningskonsult (Digital byrå)", "Var går det fel?", "Vad säger aktiveringen?"},
		},
		{
			name: "ACCESSIBLE=1", env: []string{"ACCESSIBLE=1", "FORTNOX_DOCTOR_LANG=en"}, stdin: "2\n1\n3\n",
			lang: i18n.English, stderr: []string{"Who are you?"},
		},
		{
			name: "TERM=dumb", env: []string{"TERM=dumb"}, args: []string{"--lang", "en"}, stdin: "2\n1\n3\n",
			lang: i18n.English,
		},
		{
			name: "bad input is asked again", args: []string{"--accessible", "--lang", "en"}, stdin: "x\n9\n2\n1\n3\n",
			lang: i18n.English, stderr: []string{`"x" is not one of the choices`, `"9" is not one of the choices`, "What does the activation say?"},
		},
		{
			name: "the locale preselects the language", args: []string{"--accessible"}, env: []string{"LANG=sv_SE.UTF-8"}, stdin: "\n2\n1\n3\n",
			lang: i18n.Swedish, stderr: []string{"Välj språk / Choose a language", "bara Enter behåller Svenska", "Vem är du?"},
		},
		{
			name: "English chosen over the locale", args: []string{"--accessible"}, env: []string{"LANG=sv_SE.UTF-8"}, stdin: "2\n2\n1\n3\n",
			lang: i18n.English, stderr: []string{"Who are you?"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, stdout, stderr := newWizardTestApp(c.stdin, c.env...)
			if code := run(context.Background(), c.args, a); code != 0 {
				t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
			}
			// The walk said the user is the integrator: the fix is for them.
			want := flows.PlainText(fix, c.lang, flows.TextOptions{Person: flows.Developer, Spoken: true})
			if stdout.String() != want {
				t.Errorf("stdout is not the fix in %s:\n%s\nwant:\n%s", c.lang, stdout, want)
			}
			rest := stderr.String()
			for _, s := range c.stderr {
				i := strings.Index(rest, s)
				if i < 0 {
					t.Fatalf("stderr lacks %q (in order):\n%s", s, stderr)
				}
				rest = rest[i+len(s):]
			}
		})
	}
}

// TestWizardAccessibleInputEnds: the end of the input before a fix is exit
// 1 with a message; where it ends at a paste's result, most often a text
// piped in, the message points at explain.
func TestWizardAccessibleInputEnds(t *testing.T) {
	for _, l := range i18n.Langs() {
		for _, c := range []struct {
			input string
			msg   i18n.Text
		}{
			{"1\n", i18n.AccEnded},
			{"1\nerror 2000663 when creating invoice\n", i18n.AccEndedAtResult},
		} {
			a, stdout, stderr := newWizardTestApp(c.input, "FORTNOX_DOCTOR_LANG="+string(l))
			if code := run(context.Background(), []string{"--accessible"}, a); code != exitNegative {
				t.Errorf("%s %q: exit %d when the input ends, want %d", l, c.input, code, exitNegative)
			}
			if stdout.Len() != 0 {
				t.Errorf("%s %q: printed %q without a fix", l, c.input, stdout)
			}
			msg := "fortnox-doctor: " + c.msg.In(l) + "\n"
			if !strings.HasSuffix(stderr.String(), msg) || strings.Contains(stderr.String(), "goroutine") {
				t.Errorf("%s %q: stderr does not end with %q (or has a stack trace):\n%s", l, c.input, msg, stderr)
			}
		}
	}
}

func TestWizardJSON(t *testing.T) {
	a, stdout, _ := newWizardTestApp("2\n3\n3\n")
	if code := run(context.Background(), []string{"--accessible", "--lang", "sv", "--json"}, a); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got fixJSON
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, stdout)
	}
	if got.ID != "legacy-token-invalid" || got.Lang != i18n.Swedish || len(got.Steps) == 0 || got.As != flows.Developer {
		t.Errorf("JSON fix = %+v", got)
	}
}

// TestWizardAccessiblePaste pastes a log with a token on the paste screen:
// the fix it leads to is printed and written, and the token shows nowhere.
func TestWizardAccessiblePaste(t *testing.T) {
	const token = "eyJhbGciOiJSUzI1NiJ9.eyJ0ZW5hbnRJZCI6MTIzNDU2NywidXNlcklkIjoiOGYzZSJ9.c2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlci1iZS1zaG93bg"
	paste := "Authorization: Bearer " + token + "\n" + `{"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope","code":2000663}}`
	fix, _ := flows.Lookup("token-missing-scope")
	for _, l := range i18n.Langs() {
		path := filepath.Join(t.TempDir(), "fix.md")
		a, stdout, stderr := newWizardTestApp("1\n"+paste+"\n.\n1\n", "FORTNOX_DOCTOR_LANG="+string(l))
		if code := run(context.Background(), []string{"--accessible", "--output", path}, a); code != 0 {
			t.Fatalf("%s: exit %d: %s", l, code, stderr)
		}
		if want := flows.PlainText(fix, l, flows.TextOptions{Spoken: true}); stdout.String() != want {
			t.Errorf("%s: stdout is not the fix:\n%s", l, stdout)
		}
		written, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for name, out := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String(), "--output": string(written)} {
			if strings.Contains(out, "c2lnbmF0dXJl") || strings.Contains(out, "eyJ0ZW5hbnRJZCI6") {
				t.Errorf("%s: %s shows the token:\n%s", l, name, out)
			}
		}
		if !strings.Contains(stderr.String(), i18n.CmdExplainHeading.In(l)) {
			t.Errorf("%s: stderr lacks the result:\n%s", l, stderr)
		}
	}
}

func TestWizardOutputFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fix.md")
	a, stdout, stderr := newWizardTestApp("2\n1\n3\n")
	if code := run(context.Background(), []string{"--accessible", "--lang", "en", "--output", path}, a); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	fix, _ := flows.Lookup("unsupported-scope")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != flows.MarkdownAs(fix, i18n.English, flows.Developer) {
		t.Errorf("--output file is not the fix as Markdown:\n%s", got)
	}
	if !strings.Contains(stdout.String(), fix.Title.In(i18n.English)) {
		t.Error("with --output the fix is no longer printed")
	}

	// A path that cannot be written fails before any question is asked.
	for _, bad := range []string{filepath.Join(dir, "missing", "fix.md"), dir} {
		a, _, stderr := newWizardTestApp("2\n1\n3\n")
		code := run(context.Background(), []string{"--accessible", "--lang", "sv", "--output", bad}, a)
		if code != exitUsage {
			t.Errorf("--output %s: exit %d, want %d", bad, code, exitUsage)
		}
		if !strings.Contains(stderr.String(), "kan inte skriva --output") || strings.Contains(stderr.String(), "Vem är du?") {
			t.Errorf("--output %s: stderr:\n%s", bad, stderr)
		}
	}
}

func TestWizardWithoutTerminal(t *testing.T) {
	for _, l := range i18n.Langs() {
		a, stdout, stderr := newWizardTestApp("", "FORTNOX_DOCTOR_LANG="+string(l))
		if code := run(context.Background(), nil, a); code != exitUsage {
			t.Errorf("%s: exit %d without a terminal, want %d", l, code, exitUsage)
		}
		msg := stderr.String()
		for _, want := range []string{i18n.ErrNoTerminal.In(l), "--accessible", "explain"} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: message lacks %q:\n%s", l, want, msg)
			}
		}
		if stdout.Len() != 0 {
			t.Errorf("%s: stdout %q", l, stdout)
		}
	}
}

func TestAccessibleMode(t *testing.T) {
	cases := []struct {
		flag bool
		env  []string
		want bool
	}{
		{false, nil, false},
		{true, nil, true},
		{false, []string{"ACCESSIBLE=1"}, true},
		{false, []string{"ACCESSIBLE=true"}, true},
		{false, []string{"ACCESSIBLE=0"}, false},
		{false, []string{"ACCESSIBLE=false"}, false},
		{false, []string{"ACCESSIBLE="}, false},
		{false, []string{"TERM=dumb"}, true},
		{false, []string{"TERM=xterm-256color"}, false},
	}
	for _, c := range cases {
		a, _, _ := newWizardTestApp("", c.env...)
		a.accessible = c.flag
		if got := a.accessibleMode(); got != c.want {
			t.Errorf("--accessible=%v %v: accessibleMode() = %v, want %v", c.flag, c.env, got, c.want)
		}
	}
}

// The accessible mode prints the fix it ends at with each paragraph on one
// line and no styling, on a terminal too: a screen reader reads a sentence
// broken at the terminal's width as two.
func TestAccessibleFixIsNotWrapped(t *testing.T) {
	tree := flows.DecisionTree()
	fix, _ := flows.Lookup("redirect-uri-mismatch")
	var answers []string
	for _, i := range testkit.PathTo(t, tree, fix.ID) {
		answers = append(answers, strconv.Itoa(i+1))
	}
	r := invocation{tty: true, stdin: strings.Join(answers, "\n") + "\n"}.run(t, "--accessible", "--lang", "en")
	if r.code != 0 {
		t.Fatalf("code %d: %s", r.code, r.stderr)
	}
	if strings.Contains(r.stdout, "\x1b") {
		t.Errorf("the fix is styled:\n%q", r.stdout)
	}
	if summary := fix.Summary.In(i18n.English); len(summary) <= 80 || !strings.Contains(r.stdout, summary) {
		t.Errorf("the summary (%d characters) is not on one line:\n%s", len(summary), r.stdout)
	}
}

// TestWizardAccessibleSecondFix reads a fix, starts over (r) and reads
// another in one run: both are printed as they are reached, apart by a
// blank line, and --output holds the one the walk ended at.
func TestWizardAccessibleSecondFix(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fix.md")
	a, stdout, stderr := newWizardTestApp("2\n1\n3\nr\n2\n3\n3\n")
	if code := run(context.Background(), []string{"--accessible", "--lang", "en", "--output", path}, a); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	first, _ := flows.Lookup("unsupported-scope")
	second, _ := flows.Lookup("legacy-token-invalid")
	spoken := flows.TextOptions{Person: flows.Developer, Spoken: true}
	if want := flows.PlainText(first, i18n.English, spoken) + "\n" + flows.PlainText(second, i18n.English, spoken); stdout.String() != want {
		t.Errorf("stdout is not the two fixes:\n%s\nwant:\n%s", stdout, want)
	}
	// The second fix lists a fix under See also, so its prompt offers s.
	if n := strings.Count(stderr.String(), i18n.AccAfterFix.In(i18n.English)) + strings.Count(stderr.String(), i18n.AccAfterFixSeeAlso.In(i18n.English)); n != 2 {
		t.Errorf("asked what next %d times, want 2:\n%s", n, stderr)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != flows.MarkdownAs(second, i18n.English, flows.Developer) {
		t.Errorf("--output file is not the last fix:\n%s", got)
	}
}
