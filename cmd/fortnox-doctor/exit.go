package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"

	"github.com/spf13/cobra"
)

// Exit codes of the command-line contract.
const (
	exitOK          = 0
	exitNegative    = 1   // no confident match, a URL or token with errors, a failure at run time
	exitUsage       = 2   // unknown flag or fix ID, unreadable input
	exitInterrupted = 130 // the user pressed ctrl+c
)

// exitError carries an exit code with the one-line message to print, and
// the error that caused it, if any, for errors.Is and errors.As. A silent
// exitError has already said what it had to say on stdout.
type exitError struct {
	code   int
	msg    string
	silent bool
	cause  error
}

func (e *exitError) Error() string { return e.msg }

// Unwrap is the cause.
func (e *exitError) Unwrap() error { return e.cause }

// failure is a failure at run time, after the command line was understood
// (a file that cannot be written, a terminal that broke): exit code 1 with
// the message, keeping its cause.
func failure(msg string, cause error) error {
	return &exitError{code: exitNegative, msg: msg, cause: cause}
}

// usageError is a usage error: exit code 2 with the message on stderr.
func usageError(msg string) error {
	return &exitError{code: exitUsage, msg: msg}
}

// negative ends a command whose output already answered "no": exit code 1,
// nothing more printed.
func negative() error { return &exitError{code: exitNegative, silent: true} }

// exitCode maps a command's error to the process exit code. Ours say their
// code. Of the others, cobra's complaints about the command line are usage
// errors (our own argument checks and flag error handler catch nearly all
// of them first); anything else failed at run time.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	if cobraUsage(err) {
		return exitUsage
	}
	return exitNegative
}

// cobraUsage reports whether an error is cobra's or pflag's about the
// command line.
func cobraUsage(err error) bool {
	msg := err.Error()
	for _, prefix := range []string{
		"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument",
		"invalid argument", "bad flag syntax", "accepts ", "requires ", "required flag",
	} {
		if strings.HasPrefix(msg, prefix) {
			return true
		}
	}
	return false
}

// maxErrorLine is the most characters of an error message printed.
const maxErrorLine = 400

// printError writes an error as one line on w, unless it is silent. The
// line is sanitized, redacted and cut short whatever made it: cobra's and
// pflag's own messages quote the arguments, which may be a whole paste,
// and each string they quote with %q is cleaned as an argument is.
func printError(w io.Writer, err error) {
	var e *exitError
	if errors.As(err, &e) && e.silent {
		return
	}
	fmt.Fprintln(w, "fortnox-doctor: "+diagnose.Quote(requoteArgs(err.Error()), maxErrorLine))
}

// interrupted ends a command the user stopped with ctrl+c: exit code 130,
// nothing more printed.
func interrupted() error { return &exitError{code: exitInterrupted, silent: true} }

// keepExitsFromFang wraps every command so that the error a command
// returns reaches run as a code in *code instead of as an error, reported
// (unless silent) by report. fang styles every error it is handed, and to
// pick its colours it asks the terminal for its background: after ctrl+c,
// or the end of the accessible wizard's input, that query and its answer
// would trail the user back to the shell, and a terminal that does not
// answer stalls every typo for 4 s (an outside audit). Our errors are one
// plain line and need no styling, and cobra's own are ours too: a flag it
// cannot parse (the flag error function), arguments a command does not
// take (Args) and the checks before a command runs (PersistentPreRunE)
// are kept the same way, and the command then does not run. Only what
// cobra checks without asking us (required flags) still reaches fang.
func keepExitsFromFang(cmd *cobra.Command, code *int, report func(error)) {
	k := &keptExits{code: code, report: report}
	flagError := cmd.FlagErrorFunc()
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		k.fail(flagError(c, err))
		// nil: cobra then runs nothing and returns nothing to fang.
		return nil
	})
	k.wrap(cmd)
}

// keptExits is keepExitsFromFang's state: the first error kept, after
// which nothing else of the command runs.
type keptExits struct {
	code    *int
	report  func(error)
	stopped bool
}

// fail reports the first error and keeps its code.
func (k *keptExits) fail(err error) {
	if err == nil || k.stopped {
		return
	}
	k.stopped = true
	k.report(err)
	*k.code = exitCode(err)
}

// wrap keeps the errors of cmd and its subcommands from fang (see
// keepExitsFromFang).
func (k *keptExits) wrap(cmd *cobra.Command) {
	if args := cmd.Args; args != nil {
		cmd.Args = func(c *cobra.Command, rest []string) error {
			k.fail(args(c, rest))
			return nil
		}
	}
	if pre := cmd.PersistentPreRunE; pre != nil {
		cmd.PersistentPreRunE = func(c *cobra.Command, rest []string) error {
			if !k.stopped {
				k.fail(pre(c, rest))
			}
			return nil
		}
	}
	if inner := cmd.RunE; inner != nil {
		cmd.RunE = func(c *cobra.Command, args []string) error {
			if !k.stopped {
				k.fail(inner(c, args))
			}
			return nil
		}
	}
	if inner := cmd.Run; inner != nil {
		cmd.Run = func(c *cobra.Command, args []string) {
			if !k.stopped {
				inner(c, args)
			}
		}
	}
	for _, sub := range cmd.Commands() {
		k.wrap(sub)
	}
}
