package tui

import (
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
)

// Terminal is where the wizard reads keys and draws: the process's standard
// input and standard error when they are terminals, else the controlling
// terminal. Standard output is never drawn on, so that it stays clean for
// the fix printed at the end (fortnox-doctor | tee fix.txt works).
type Terminal struct {
	In  io.Reader
	Out io.Writer
	// Close releases a controlling terminal that was opened; it is safe to
	// call when nothing was.
	Close func() error
}

// OpenTerminal finds the terminal to run the wizard on, given the process's
// standard input and standard error. It fails at once when there is no
// terminal at all (a pipe in CI, a cron job), rather than wait for one.
func OpenTerminal(stdin, stderr *os.File) (Terminal, error) {
	inTTY := stdin != nil && term.IsTerminal(stdin.Fd())
	outTTY := stderr != nil && term.IsTerminal(stderr.Fd())
	if inTTY && outTTY {
		return Terminal{In: stdin, Out: stderr, Close: func() error { return nil }}, nil
	}
	ttyIn, ttyOut, err := tea.OpenTTY()
	if err != nil {
		return Terminal{}, fmt.Errorf("open the controlling terminal: %w", err)
	}
	t := Terminal{In: ttyIn, Out: ttyOut, Close: func() error {
		err := ttyIn.Close()
		if ttyOut != ttyIn {
			if e := ttyOut.Close(); err == nil {
				err = e
			}
		}
		return err
	}}
	if inTTY {
		t.In = stdin
	}
	if outTTY {
		t.Out = stderr
	}
	return t, nil
}
