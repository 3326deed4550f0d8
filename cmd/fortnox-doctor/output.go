package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/charmbracelet/colorprofile"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// maxTextWidth caps wrapped text so long lines stay readable on wide terminals.
const maxTextWidth = 100

// colorProfile decides how much styling standard output may carry: none when
// it is not a terminal, no colour (but bold) under --no-color or NO_COLOR,
// else what the terminal supports.
func (a *app) colorProfile() colorprofile.Profile {
	if !a.outIsTerminal {
		return colorprofile.NoTTY
	}
	p := colorprofile.Env(a.environ)
	// NO_COLOR means any non-empty value (no-color.org); colorprofile only
	// honours values that parse as true, so check it here as well.
	if a.noColor || a.getenv("NO_COLOR") != "" {
		p = min(p, colorprofile.Ascii)
	}
	return p
}

// stdout is standard output, downsampling any styling to what colorProfile allows.
func (a *app) stdout() io.Writer {
	return &colorprofile.Writer{Forward: a.out, Profile: a.colorProfile()}
}

// wrapWidth is the width to wrap text at: the terminal's, capped, or 0 (do
// not wrap) when output goes to a file or a pipe.
func (a *app) wrapWidth() int {
	if !a.outIsTerminal || a.termWidth == nil {
		return 0
	}
	return min(a.termWidth(), maxTextWidth)
}

// writeJSON writes v as indented JSON without HTML escaping, so that arrows
// and angle brackets in texts stay readable.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// checkOutputPath fails at once, before the walk, when --output names a
// file in a folder that does not exist, a folder, a symbolic link (which
// could point anywhere, such as at a file the user did not mean to
// replace) or anything else that is not a regular file; and, as the file
// is written by renaming a new one over it (writeOutputFile), when the
// file exists and the user may not write it (else a read-only file, or
// another user's, would be replaced), or the user may not create a file
// in its folder (else the walk would end in "permission denied").
func checkOutputPath(l i18n.Lang, path string) error {
	if path == "" {
		return nil
	}
	shown := quoteArg(path)
	dir := filepath.Dir(path)
	info, err := os.Lstat(path)
	exists := err == nil
	if exists {
		switch {
		case info.Mode()&fs.ModeSymlink != 0:
			return usageError(i18n.ErrOutputSymlink.Format(l, shown))
		case info.IsDir():
			return usageError(i18n.ErrOutputDir.Format(l, shown, i18n.CauseIsDir.In(l)))
		case !info.Mode().IsRegular():
			return usageError(i18n.ErrOutputNotRegular.Format(l, shown))
		}
	}
	if info, err := os.Stat(dir); err != nil {
		return usageError(i18n.ErrOutputDir.Format(l, shown, i18n.ErrorCauseIn(l, err)))
	} else if !info.IsDir() {
		return usageError(i18n.ErrOutputDir.Format(l, shown, i18n.CauseParentNotDir.Format(l, quoteArg(dir))))
	}
	if exists {
		// Opened for writing, and closed unwritten: the file is left as it
		// was, and the operating system says whether this user may write
		// it (its mode, its owner, an ACL, a read-only mount).
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if errors.Is(err, fs.ErrPermission) {
			return usageError(i18n.ErrOutputReadOnly.Format(l, shown))
		} else if err != nil {
			return usageError(i18n.ErrOutputDir.Format(l, shown, i18n.ErrorCauseIn(l, err)))
		}
		_ = f.Close()
	}
	// The file is written as a new one in the same folder, renamed over
	// the target: try to make one there, as writeOutputFile will.
	probe, err := os.CreateTemp(dir, ".fortnox-doctor-*")
	if errors.Is(err, fs.ErrPermission) {
		return usageError(i18n.ErrOutputFolderReadOnly.Format(l, shown, quoteArg(dir)))
	} else if err != nil {
		return usageError(i18n.ErrOutputDir.Format(l, shown, i18n.ErrorCauseIn(l, err)))
	}
	_ = probe.Close()
	_ = os.Remove(probe.Name())
	return nil
}

// writeOutputFile writes text to the --output file. A new file is created
// only if nothing is there (O_EXCL), mode 0644; an existing regular file is
// replaced by renaming a new one over it, so that a symbolic link put
// there meanwhile is replaced, never followed; and the user is told it was
// replaced.
func writeOutputFile(a *app, l i18n.Lang, path, text string) error {
	shown := quoteArg(path)
	if err := checkOutputPath(l, path); err != nil {
		return err
	}
	// The path was checked above: what fails now fails at run time.
	fail := func(err error) error {
		return failure(i18n.ErrOutputDir.Format(l, shown, i18n.ErrorCauseIn(l, err)), err)
	}
	existing, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return fail(err)
		}
		if _, err := f.WriteString(text); err != nil {
			_ = f.Close()
			return fail(err)
		}
		if err := f.Close(); err != nil {
			return fail(err)
		}
		return nil
	}
	if err != nil {
		return fail(err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".fortnox-doctor-*")
	if err != nil {
		return fail(err)
	}
	defer func() { _ = os.Remove(tmp.Name()) }()
	_, werr := tmp.WriteString(text)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr, os.Chmod(tmp.Name(), existing.Mode().Perm()&0o666)); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fail(err)
	}
	fmt.Fprintln(a.errOut, i18n.CmdOutputReplaced.Format(l, shown))
	return nil
}
