package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/textwrap"
)

// TestUnreadableStdinIsSaidInTheUsersLanguage: standard input that is a
// folder, or a descriptor open for writing only (`<&3` with 3 opened for
// writing), is unreadable input: exit 2, its cause in the user's language.
// mcp said Go's "read /dev/stdin: is a directory" and exited 1; the others
// said "bad file descriptor" in English for the write-only descriptor.
func TestUnreadableStdinIsSaidInTheUsersLanguage(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("a folder cannot be opened as a file on Windows")
	}
	dir := t.TempDir()
	writeOnly := filepath.Join(dir, "out")
	for _, in := range []struct {
		name  string
		open  func() (*os.File, error)
		cause i18n.Text
	}{
		{"a folder", func() (*os.File, error) { return os.Open(dir) }, i18n.CauseIsDir},
		{"write-only", func() (*os.File, error) { return os.OpenFile(writeOnly, os.O_WRONLY|os.O_CREATE, 0o600) }, i18n.CauseNotReadable},
	} {
		for _, l := range i18n.Langs() {
			for _, cmd := range []string{"explain", "check-url", "inspect-token", "mcp"} {
				f, err := in.open()
				if err != nil {
					t.Fatal(err)
				}
				var out, errOut bytes.Buffer
				a := &app{in: f, out: &out, errOut: &errOut, termWidth: func() int { return 0 }, lang: i18n.English}
				code := run(context.Background(), []string{cmd, "--lang", string(l)}, a)
				_ = f.Close()
				want := "fortnox-doctor: " + i18n.CmdErrRead.Format(l, in.cause.In(l)) + "\n"
				if code != exitUsage || errOut.String() != want {
					t.Errorf("%s --lang %s < %s: exit %d, stderr %q; want %d, %q", cmd, l, in.name, code, errOut.String(), exitUsage, want)
				}
				if out.Len() > 0 {
					t.Errorf("%s < %s: stdout %q", cmd, in.name, out.String())
				}
			}
		}
	}
}

// TestCompletionShellTakesNoArguments: `completion bash extra` gave cobra's
// English `unknown command "extra" for "fortnox-doctor completion bash"`.
func TestCompletionShellTakesNoArguments(t *testing.T) {
	for _, l := range i18n.Langs() {
		r := cli(t, "completion", "bash", "extra", "--lang", string(l))
		want := "fortnox-doctor: " + i18n.ErrNoArgs.Format(l, "completion bash", "extra") + "\n"
		if r.code != exitUsage || r.stderr != want || r.stdout != "" {
			t.Errorf("%s: exit %d, stderr %q, want %q", l, r.code, r.stderr, want)
		}
	}
}

// TestCompletionNamesItsShell: the help says `completion SHELL` (SKAL in
// Swedish) and which shells there are, not `completion [command]`; the
// shells still run, have help, and are offered to shell completion.
func TestCompletionNamesItsShell(t *testing.T) {
	for _, l := range i18n.Langs() {
		arg := i18n.CmdCompletionArg.In(l)
		root := cli(t, "--help", "--lang", string(l))
		if !strings.Contains(root.stdout, "    completion "+arg+"  ") || strings.Contains(root.stdout, "completion [") {
			t.Errorf("%s: --help does not list completion with its shell:\n%s", l, root.stdout)
		}
		help := cli(t, "completion", "--help", "--lang", string(l))
		for _, want := range []string{"fortnox-doctor completion " + arg, "bash, fish, powershell, zsh", "--no-descriptions"} {
			if !strings.Contains(help.stdout, want) {
				t.Errorf("%s: completion --help lacks %q:\n%s", l, want, help.stdout)
			}
		}
		if shell := cli(t, "completion", "zsh", "--help", "--lang", string(l)); shell.code != 0 || !strings.Contains(shell.stdout, "--no-descriptions") {
			t.Errorf("%s: completion zsh --help: exit %d\n%s", l, shell.code, shell.stdout)
		}
	}
	r := cli(t, "__complete", "completion", "")
	for _, shell := range []string{"bash", "fish", "powershell", "zsh"} {
		if !strings.Contains(r.stdout, "\n"+shell+"\t") && !strings.HasPrefix(r.stdout, shell+"\t") {
			t.Errorf("completion does not offer %s:\n%s", shell, r.stdout)
		}
	}
	if r := cli(t, "completion", "fish"); r.code != 0 || !strings.Contains(r.stdout, "fish completion") {
		t.Errorf("completion fish: exit %d, %.80q", r.code, r.stdout)
	}
}

// TestSwedishHelpSaysItsPlaceholdersInSwedish: the Swedish help wrote the
// use line as `fortnox-doctor [command] [--flags]`. Its placeholders are
// Swedish, and the descriptions of the lists still start in one column.
func TestSwedishHelpSaysItsPlaceholdersInSwedish(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help"}, {"show", "--help"}, {"check", "--help"}, {"help", "completion"}} {
		r := cli(t, append([]string{"--lang", "sv"}, args...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
		}
		for _, p := range i18n.HelpPlaceholders() {
			if strings.Contains(r.stdout, p.En) {
				t.Errorf("%v: the Swedish help says %s:\n%s", args, p.En, r.stdout)
			}
		}
		checkListColumns(t, args, r.stdout)
	}
	r := cli(t, "--lang", "sv", "--help")
	for _, want := range []string{"fortnox-doctor [kommando] [--flaggor]", "    show ID [--flaggor]  ", "    help [kommando]  "} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the Swedish help lacks %q:\n%s", want, r.stdout)
		}
	}
	en := cli(t, "--lang", "en", "--help")
	if !strings.Contains(en.stdout, "fortnox-doctor [command] [--flags]") {
		t.Errorf("the English help lost its use line:\n%s", en.stdout)
	}
	checkListColumns(t, []string{"en"}, en.stdout)
}

// checkListColumns fails unless every entry of the help's lists of
// commands and flags has its description start in the same column.
func checkListColumns(t *testing.T, args []string, help string) {
	t.Helper()
	column := -1
	for _, line := range strings.Split(help, "\n") {
		line = strings.TrimRight(line, " ")
		at := descriptionColumn([]byte(line))
		if at < 0 {
			continue
		}
		// The column in characters, after the blanks.
		rest := strings.TrimLeft(line[at:], " ")
		col := textwrap.Width(line[:len(line)-len(rest)])
		if column < 0 {
			column = col
		} else if col != column {
			t.Errorf("%v: a description starts in column %d, not %d: %q", args, col, column, line)
		}
	}
	if column < 0 {
		t.Errorf("%v: no list in the help:\n%s", args, help)
	}
}

// TestUnreadableAnswersAreSaidInTheUsersLanguage: the accessible wizard on
// a descriptor open for writing only names it, as the commands do,
// instead of Go's "bad file descriptor".
func TestUnreadableAnswersAreSaidInTheUsersLanguage(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no write-only standard input on Windows")
	}
	for _, l := range i18n.Langs() {
		f, err := os.OpenFile(filepath.Join(t.TempDir(), "out"), os.O_WRONLY|os.O_CREATE, 0o600)
		if err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		a := &app{in: f, out: &out, errOut: &errOut, termWidth: func() int { return 0 }, lang: i18n.English}
		code := run(context.Background(), []string{"--accessible", "--lang", string(l)}, a)
		_ = f.Close()
		want := "fortnox-doctor: " + i18n.ErrWizardInput.Format(l, i18n.CauseNotReadable.In(l)) + "\n"
		if code != exitUsage || !strings.HasSuffix(errOut.String(), want) {
			t.Errorf("%s: exit %d, stderr %q; want %d, …%q", l, code, errOut.String(), exitUsage, want)
		}
	}
}
