package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// A command's error never reaches fang, which would ask the terminal for
// its background to style it: it is reported here, once, in plain text,
// and its code kept; a silent one is reported as nothing. So are its
// arguments' errors and its flags', and the command then does not run.
func TestExitsDoNotReachFang(t *testing.T) {
	type kept struct {
		root, quiet, loud, strict *cobra.Command
		code                      int
		reported                  []string
		ran                       bool
	}
	build := func() *kept {
		k := &kept{code: exitOK}
		k.root = &cobra.Command{Use: "root"}
		k.quiet = &cobra.Command{Use: "quiet", RunE: func(*cobra.Command, []string) error { return interrupted() }}
		k.loud = &cobra.Command{Use: "loud", RunE: func(*cobra.Command, []string) error { return usageError("bad") }}
		k.strict = &cobra.Command{
			Use:  "strict",
			Args: func(*cobra.Command, []string) error { return usageError("no arguments") },
			RunE: func(*cobra.Command, []string) error { k.ran = true; return nil },
		}
		k.root.AddCommand(k.quiet, k.loud, k.strict)
		k.root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err.Error()) })
		keepExitsFromFang(k.root, &k.code, func(err error) {
			var b strings.Builder
			printError(&b, err)
			k.reported = append(k.reported, b.String())
		})
		return k
	}

	k := build()
	if err := k.quiet.RunE(k.quiet, nil); err != nil || k.code != exitInterrupted || strings.Join(k.reported, "") != "" {
		t.Errorf("a silent exit returned %v, code %d, printed %q; want nil, %d and nothing", err, k.code, k.reported, exitInterrupted)
	}
	k = build()
	if err := k.loud.RunE(k.loud, nil); err != nil || k.code != exitUsage || strings.Join(k.reported, "") != "fortnox-doctor: bad\n" {
		t.Errorf("a usage error returned %v, code %d, printed %q; want nil, %d and its line", err, k.code, k.reported, exitUsage)
	}
	for _, args := range [][]string{{"strict", "x"}, {"strict", "--frobnicate"}} {
		k = build()
		k.root.SetArgs(args)
		err := k.root.Execute()
		if err != nil || k.code != exitUsage || len(k.reported) != 1 || k.ran {
			t.Errorf("%v: returned %v, code %d, printed %q, ran %v; want nil, %d, one line, not run", args, err, k.code, k.reported, k.ran, exitUsage)
		}
	}
}

func TestExitCodeMapping(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, exitOK},
		{negative(), exitNegative},
		{interrupted(), exitInterrupted},
		{usageError("x"), exitUsage},
		{errors.New(`unknown shorthand flag: 'x' in -x`), exitUsage},
	}
	for _, tt := range tests {
		if got := exitCode(tt.err); got != tt.want {
			t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

// A failure at run time exits 1 and keeps its cause; cobra's complaints
// about the command line exit 2; any other error failed at run time.
func TestExitCodesOfErrors(t *testing.T) {
	cause := os.ErrPermission
	err := failure("cannot write fix.md", cause)
	if exitCode(err) != exitNegative || !errors.Is(err, cause) {
		t.Errorf("failure: exit %d, errors.Is(cause) = %v", exitCode(err), errors.Is(err, cause))
	}
	if got := exitCode(fmt.Errorf("wrapped: %w", usageError("x"))); got != exitUsage {
		t.Errorf("a wrapped usage error exits %d", got)
	}
	for _, msg := range []string{`unknown command "x" for "fortnox-doctor"`, "accepts at most 1 arg(s), received 2", "invalid argument \"x\" for \"--timeout\" flag"} {
		if got := exitCode(errors.New(msg)); got != exitUsage {
			t.Errorf("%q exits %d, want %d", msg, got, exitUsage)
		}
	}
	if got := exitCode(errors.New("terminal: input/output error")); got != exitNegative {
		t.Errorf("a run-time error exits %d, want %d", got, exitNegative)
	}
}
