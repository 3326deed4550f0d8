package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"

	"github.com/charmbracelet/x/term"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// readPaste returns what a paste command reads: its arguments joined by
// spaces, or standard input when there are none or the only one is "-".
func readPaste(a *app, args []string) (string, error) {
	if len(args) > 0 && !(len(args) == 1 && args[0] == "-") {
		return strings.Join(args, " "), nil
	}
	return readStdin(a)
}

// readStdin reads standard input up to diagnose.MaxInputBytes, refusing
// more. On a terminal it first says how to end the paste.
func readStdin(a *app) (string, error) {
	if isTerminal(a.in) {
		fmt.Fprintln(a.errOut, i18n.CmdPasteHint.In(a.lang))
	}
	data, err := io.ReadAll(io.LimitReader(a.in, diagnose.MaxInputBytes+1))
	if err != nil {
		return "", readError(a.lang, err)
	}
	if len(data) > diagnose.MaxInputBytes {
		return "", inputError(a, diagnose.TooLarge())
	}
	return string(data), nil
}

// readToken reads a token from standard input. On a terminal it reads it
// hidden, like a password prompt, a paste whole (readHidden); from a pipe
// or file it reads it all.
func readToken(a *app) (string, error) {
	f, ok := a.in.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(f.Fd()) {
		return readStdin(a)
	}
	text, over, err := readHidden(f.Fd(), a.in, a.errOut, i18n.CmdTokenHint.In(a.lang)+" ", diagnose.MaxInputBytes)
	fmt.Fprintln(a.errOut)
	if err != nil {
		return "", readError(a.lang, err)
	}
	if over {
		return "", inputError(a, diagnose.TooLarge())
	}
	return string(text), nil
}

// readError is a usage error for standard input that cannot be read (a
// folder, a descriptor open for writing only), its cause in l.
func readError(l i18n.Lang, err error) error {
	return &exitError{code: exitUsage, msg: i18n.CmdErrRead.Format(l, readCause(l, err)), cause: err}
}

// readCause is i18n.ErrorCauseIn for an error reading standard input,
// which also names a descriptor that is not open for reading (`<&3` with
// 3 opened for writing: EBADF), where Go says "bad file descriptor".
func readCause(l i18n.Lang, err error) string {
	if errors.Is(err, syscall.EBADF) {
		return i18n.CauseNotReadable.In(l)
	}
	return i18n.ErrorCauseIn(l, err)
}

// trackedReader passes reads on and keeps the first error other than the
// end of the input, for a reader (the MCP transport) that does not say
// which of its errors came from reading.
type trackedReader struct {
	r   io.Reader
	err error
}

func (t *trackedReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) && t.err == nil {
		t.err = err
	}
	return n, err
}

// inputError turns diagnose's input errors (empty, too large) into usage
// errors in the user's language, keeping the error, so that errors.Is
// still tells diagnose.ErrEmpty from diagnose.ErrTooLarge.
func inputError(a *app, err error) error {
	var ie *diagnose.InputError
	if errors.As(err, &ie) {
		return &exitError{code: exitUsage, msg: ie.Message.In(a.lang), cause: err}
	}
	return err
}

// inputErrorAs is inputError with a command's own words for input over
// the limit, which say what that command wants instead.
func inputErrorAs(a *app, err error, tooLarge i18n.Text) error {
	if errors.Is(err, diagnose.ErrTooLarge) {
		return &exitError{code: exitUsage, msg: tooLarge.Format(a.lang, maxInputSize), cause: err}
	}
	return inputError(a, err)
}

// maxInputSize is diagnose.MaxInputBytes as messages say it.
const maxInputSize = "1 MiB"

// readHidden shows prompt and reads a token with the terminal in raw mode,
// nothing echoed, a paste whole (hiddenInput), so that neither the token
// nor a line of a pasted token response stays on the screen, in the
// scrollback or in the terminal's input for the shell. The terminal is put
// back as it was however the read ends: Enter, ctrl+d, ctrl+c (exit 130),
// or SIGINT or SIGTERM meanwhile, which are caught before the prompt
// shows. More than limit bytes is reported as over, the paste read to its
// end all the same. Where raw mode cannot be had, it reads a line with
// echo off (term.ReadPassword).
func readHidden(fd uintptr, in io.Reader, errOut io.Writer, prompt string, limit int) (text []byte, over bool, err error) {
	state, err := term.GetState(fd)
	if err != nil {
		return readLineHidden(fd, errOut, prompt, limit)
	}
	// Bracketed paste is asked of the terminal the prompt shows on, and
	// not of a Windows console, which may print the request as text.
	marks := runtime.GOOS != "windows" && isTerminal(errOut)
	// mu is held while the terminal is being put in raw mode, so that a
	// signal then restores it after, not before.
	var mu sync.Mutex
	restore := func() {
		if marks {
			fmt.Fprint(errOut, pasteModeOff)
		}
		_ = term.Restore(fd, state)
	}
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	defer func() {
		signal.Stop(signals)
		close(done)
	}()
	go func() {
		select {
		case <-signals:
			mu.Lock()
			restore()
			fmt.Fprintln(errOut)
			os.Exit(exitInterrupted)
		case <-done:
		}
	}()
	mu.Lock()
	if _, err := term.MakeRaw(fd); err != nil {
		mu.Unlock()
		return readLineHidden(fd, errOut, prompt, limit)
	}
	defer restore()
	fmt.Fprint(errOut, prompt)
	if marks {
		fmt.Fprint(errOut, pasteModeOn)
	}
	mu.Unlock()
	h := hiddenInput{limit: limit}
	out, err := h.readFrom(in, func() bool { return inputPending(fd, pasteGap) })
	switch {
	case out == hiddenInterrupted:
		mu.Lock() // no signal restores it meanwhile
		restore()
		fmt.Fprintln(errOut)
		os.Exit(exitInterrupted)
	case err != nil:
		return nil, false, err
	}
	return h.text, h.over, nil
}

// readLineHidden is readHidden where raw mode cannot be had: a line read
// with echo off, cut to limit bytes.
func readLineHidden(fd uintptr, errOut io.Writer, prompt string, limit int) ([]byte, bool, error) {
	fmt.Fprint(errOut, prompt)
	line, err := term.ReadPassword(fd)
	return line[:min(len(line), limit)], len(line) > limit, err
}

// isTerminal reports whether a reader or writer is a terminal.
func isTerminal(rw any) bool {
	f, ok := rw.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}
