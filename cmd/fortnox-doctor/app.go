package main

import (
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/tui"
)

// app is everything a command needs from the outside world, injected so that
// tests run commands in-process without a terminal, plus the global flags
// once they are parsed.
type app struct {
	in      io.Reader
	out     io.Writer
	errOut  io.Writer
	environ []string
	// outIsTerminal reports whether standard output is a terminal; colour
	// and wrapping are only used on one.
	outIsTerminal bool
	// termWidth returns the terminal's width in columns, 0 when unknown.
	termWidth func() int
	// terminal opens the terminal the wizard runs on; it fails when there
	// is none. Tests inject one that fails, so they need no terminal.
	terminal func() (tui.Terminal, error)
	// checkEnv replaces check's clock, network and terminal in tests; nil in production.
	checkEnv *checkEnvironment

	// Global flags.
	langFlag   string
	json       bool
	noColor    bool
	accessible bool

	// lang is the language in use, settled before any command runs.
	lang       i18n.Lang
	langSource i18n.Source
}

// systemApp wires the app to the real process: its standard streams and
// environment.
func systemApp() *app {
	outFd := os.Stdout.Fd()
	return &app{
		in:            os.Stdin,
		out:           os.Stdout,
		errOut:        os.Stderr,
		environ:       os.Environ(),
		outIsTerminal: term.IsTerminal(outFd),
		termWidth: func() int {
			w, _, err := term.GetSize(outFd)
			if err != nil {
				return 0
			}
			return w
		},
		terminal: func() (tui.Terminal, error) { return tui.OpenTerminal(os.Stdin, os.Stderr) },
		lang:     i18n.English,
	}
}

// getenv looks a variable up in the app's environment.
func (a *app) getenv(key string) string {
	prefix := key + "="
	for i := len(a.environ) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(a.environ[i], prefix); ok {
			return v
		}
	}
	return ""
}

// settleLang decides the language from the --lang flag and the environment.
func (a *app) settleLang() error {
	l, src, err := i18n.Detect(a.langFlag, a.getenv)
	a.lang, a.langSource = l, src
	if err != nil {
		// Say it in the language the environment asks for, as if the
		// flag had not been given.
		a.lang, a.langSource, _ = i18n.Detect("", a.getenv)
		return usageError(i18n.ErrUnknownLang.Format(a.lang, quoteArg(a.langFlag)))
	}
	return nil
}
