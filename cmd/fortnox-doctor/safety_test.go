package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// fullDisk is standard output on a full disk.
type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// TestWriteErrorsExitOne: a command whose output cannot be written exits 1
// and says why, as `list > /dev/full` must.
func TestWriteErrorsExitOne(t *testing.T) {
	for _, args := range [][]string{
		{"list"},
		{"list", "--json"},
		{"show", "missing-license"},
		{"show", "missing-license", "--json"},
		{"graph"},
		{"explain", "Invalid refresh token"},
		{"--version"},
		{"--version", "--json"},
		{"completion", "bash"},
		{"list", "--help"},
	} {
		for _, l := range i18n.Langs() {
			a, _, stderr := newWizardTestApp("")
			a.out = fullDisk{}
			code := run(context.Background(), append(args, "--lang", string(l)), a)
			// Said once, in the user's language, cause and all.
			want := "fortnox-doctor: " + i18n.ErrWriteOutput.Format(l, i18n.CauseNoSpace.In(l)) + "\n"
			if code != exitNegative || stderr.String() != want {
				t.Errorf("%v in %s: exit %d, stderr %q; want 1 and %q", args, l, code, stderr, want)
			}
		}
	}
}

// TestOutputFileIsSafe: --output refuses a symbolic link (before any
// question), creates a new file 0644, and says when it replaces one.
func TestOutputFileIsSafe(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target")
	if err := os.WriteFile(target, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	a, _, stderr := newWizardTestApp("2\n1\n3\n")
	if code := run(context.Background(), []string{"--accessible", "--lang", "en", "--output", link}, a); code != exitUsage {
		t.Errorf("--output a symlink: exit %d, want %d", code, exitUsage)
	}
	if got, _ := os.ReadFile(target); string(got) != "keep me" || !strings.Contains(stderr.String(), "symbolic link") {
		t.Errorf("--output a symlink: the target is now %q; stderr %q", got, stderr)
	}

	fresh := filepath.Join(dir, "fresh.md")
	a, _, stderr = newWizardTestApp("2\n1\n3\n")
	if code := run(context.Background(), []string{"--accessible", "--lang", "sv", "--output", fresh}, a); code != 0 {
		t.Fatalf("--output a new file: exit %d: %s", code, stderr)
	}
	if info, err := os.Stat(fresh); err != nil || info.Mode().Perm()&^0o022 != 0o644&^0o022 {
		t.Errorf("new --output file: %v, %v", info, err)
	}
	replaced := i18n.CmdOutputReplaced.Format(i18n.Swedish, quoteArg(fresh))
	if strings.Contains(stderr.String(), replaced) {
		t.Errorf("a new file was said to be replaced")
	}
	a, _, stderr = newWizardTestApp("2\n1\n3\n")
	if code := run(context.Background(), []string{"--accessible", "--lang", "sv", "--output", fresh}, a); code != 0 || !strings.Contains(stderr.String(), replaced) {
		t.Errorf("--output an existing file: exit %d, stderr lacks %q:\n%s", code, replaced, stderr)
	}
	entries, _ := os.ReadDir(dir)
	if names := dirNames(entries); !slices.Equal(names, []string{"fresh.md", "link.md", "target"}) {
		t.Errorf("the folder holds %v: a temporary file was left behind", names)
	}
}

func dirNames(entries []os.DirEntry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// TestExplainReadsADashedPasteAsText: a paste that starts with a dash is
// text, not a flag; a flag error under explain says how to pipe the text in.
func TestExplainReadsADashedPasteAsText(t *testing.T) {
	for _, paste := range []string{"- Fortnox: Invalid refresh token", "---\nFortnox: Invalid refresh token", "-- Fortnox: Invalid refresh token\n"} {
		r := cli(t, "explain", "--lang", "en", paste)
		if r.code != 0 || !strings.Contains(r.stdout, "fortnox-doctor show invalid-refresh-token") {
			t.Errorf("explain %q: exit %d\n%s%s", paste, r.code, r.stdout, r.stderr)
		}
	}
	if got := pasteArgsAsText([]string{"explain", "--json", "- a b"}); !slices.Equal(got, []string{"explain", "--json", "--", "- a b"}) {
		t.Errorf("pasteArgsAsText = %q", got)
	}
	if got := pasteArgsAsText([]string{"list", "- a b"}); !slices.Equal(got, []string{"list", "- a b"}) {
		t.Errorf("pasteArgsAsText outside explain = %q", got)
	}
}

// TestUsageErrorsAreShort: an error quoting a whole paste stays one short
// line.
func TestUsageErrorsAreShort(t *testing.T) {
	paste := strings.Repeat(testkit.Secrets()[3].Paste+" ", 5000)
	for _, args := range [][]string{{paste}, {"show", paste}, {"list", paste}, {"graph", "--format", paste}, {"--lang", paste, "list"}, {"list", "--" + paste}} {
		r := cli(t, args...)
		if r.code != exitUsage || strings.Count(r.stderr, "\n") != 1 || len(r.stderr) > 4*maxErrorLine {
			t.Errorf("%.20q: exit %d, %d bytes of stderr:\n%.300s", args, r.code, len(r.stderr), r.stderr)
		}
	}
}

// TestOutputIsBoundedOnAdversarialShapes: every paste command prints a
// bounded amount for 1 MiB of any adversarial shape, text or JSON.
func TestOutputIsBoundedOnAdversarialShapes(t *testing.T) {
	for _, sh := range testkit.Shapes() {
		paste := sh.Build(1 << 20)
		for _, json := range []bool{false, true} {
			args := []string{sh.Reader}
			if json {
				args = append(args, "--json")
			}
			r := invocation{stdin: paste}.run(t, args...)
			if size := len(r.stdout) + len(r.stderr); size > 256<<10 {
				t.Errorf("%s %v: %d bytes of output for %d of paste", sh.Name, args, size, len(paste))
			}
		}
	}
}

// TestExplainFlagErrorSaysToPipe: a flag error under explain that is no
// flag at all says how to give the text on standard input.
func TestExplainFlagErrorSaysToPipe(t *testing.T) {
	for _, l := range i18n.Langs() {
		r := cli(t, "explain", "--lang", string(l), "--=client_secret="+testkit.ClientSecret)
		if r.code != exitUsage || !strings.Contains(r.stderr, "fortnox-doctor explain - <") || strings.Contains(r.stderr, testkit.ClientSecret) {
			t.Errorf("%s: exit %d, stderr %q", l, r.code, r.stderr)
		}
	}
}

// TestRequoteArgs: a %q-quoted argument is cleaned as its text, so that an
// escaped newline cannot hide a secret's key.
func TestRequoteArgs(t *testing.T) {
	got := requoteArgs(`invalid argument "client_secret:\n ` + testkit.ClientSecret + `" for "--json" flag`)
	if strings.Contains(got, testkit.ClientSecret) || !strings.Contains(got, `for "--json" flag`) {
		t.Errorf("requoteArgs = %q", got)
	}
	if got := requoteArgs(`a "broken quote`); got != `a "broken quote` {
		t.Errorf("requoteArgs on an unclosed quote = %q", got)
	}
}
