package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// skipAsRoot skips a test of file permissions where they do not hold:
// root may write any file and any folder.
func skipAsRoot(t *testing.T) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("file modes are not permissions on Windows")
	}
	if os.Geteuid() == 0 {
		t.Skip("root bypasses file permissions")
	}
}

// TestOutputNotWritableIsRefusedUpFront: --output names a file the user
// may not write, or one in a folder where they may not create a file. The
// fix is written by renaming a new file over the target, which would
// replace a read-only file and fail in a read-only folder only after the
// whole walk; both are refused before the first question, exit 2, in the
// user's language, and the file is left as it was.
func TestOutputNotWritableIsRefusedUpFront(t *testing.T) {
	skipAsRoot(t)
	for _, l := range i18n.Langs() {
		t.Run(string(l), func(t *testing.T) {
			readOnly := filepath.Join(t.TempDir(), "fix.md")
			if err := os.WriteFile(readOnly, []byte("keep me\n"), 0o444); err != nil {
				t.Fatal(err)
			}
			lockedDir := filepath.Join(t.TempDir(), "locked")
			if err := os.Mkdir(lockedDir, 0o755); err != nil {
				t.Fatal(err)
			}
			inLocked := filepath.Join(lockedDir, "fix.md")
			existingInLocked := filepath.Join(lockedDir, "old.md")
			if err := os.WriteFile(existingInLocked, []byte("keep me\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(lockedDir, 0o555); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = os.Chmod(lockedDir, 0o755) })

			for _, tc := range []struct {
				path string
				want string
			}{
				{readOnly, i18n.ErrOutputReadOnly.Format(l, quoteArg(readOnly))},
				{inLocked, i18n.ErrOutputFolderReadOnly.Format(l, quoteArg(inLocked), quoteArg(lockedDir))},
				{existingInLocked, i18n.ErrOutputFolderReadOnly.Format(l, quoteArg(existingInLocked), quoteArg(lockedDir))},
			} {
				a, stdout, stderr := newWizardTestApp("2\n1\n3\n")
				code := run(context.Background(), []string{"--accessible", "--lang", string(l), "--output", tc.path}, a)
				if code != exitUsage {
					t.Errorf("--output %s: exit %d, want %d; stderr:\n%s", tc.path, code, exitUsage, stderr)
				}
				if got := stderr.String(); got != "fortnox-doctor: "+tc.want+"\n" {
					t.Errorf("--output %s: stderr\n%q\nwant\n%q", tc.path, got, "fortnox-doctor: "+tc.want+"\n")
				}
				if stdout.Len() > 0 {
					t.Errorf("--output %s: the walk ran and printed:\n%s", tc.path, stdout)
				}
			}
			for _, kept := range []string{readOnly, existingInLocked} {
				if got, err := os.ReadFile(kept); err != nil || string(got) != "keep me\n" {
					t.Errorf("%s was touched: %q, %v", kept, got, err)
				}
			}
			if entries, _ := os.ReadDir(filepath.Dir(readOnly)); len(entries) != 1 {
				t.Errorf("the check left files behind: %v", entries)
			}
		})
	}
}

// TestOutputWritableFileStillReplaced: a file the user may write, in a
// folder they may write, is still replaced (and the check leaves nothing
// behind in the folder).
func TestOutputWritableFileStillReplaced(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fix.md")
	if err := os.WriteFile(path, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	a, _, stderr := newWizardTestApp("2\n1\n3\n")
	if code := run(context.Background(), []string{"--accessible", "--lang", "en", "--output", path}, a); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(got), "unsupported scope") {
		t.Errorf("--output not replaced with the fix: %q, %v", got, err)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("mode after replacing: %v, %v", info.Mode(), err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left behind: %v", entries)
	}
}
