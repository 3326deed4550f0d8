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
// and its code kept; a silent one is reported as nothing.
func TestExitsDoNotReachFang(t *testing.T) {
	code := exitOK
	var reported []string
	root := &cobra.Command{Use: "root"}
	quiet := &cobra.Command{Use: "quiet", RunE: func(*cobra.Command, []string) error { return interrupted() }}
	loud := &cobra.Command{Use: "loud", RunE: func(*cobra.Command, []string) error { return usageError("bad") }}
	root.AddCommand(quiet, loud)
	keepExitsFromFang(root, &code, func(err error) {
		var b strings.Builder
		printError(&b, err)
		reported = append(reported, b.String())
	})

	if err := quiet.RunE(quiet, nil); err != nil || code != exitInterrupted || strings.Join(reported, "") != "" {
		t.Errorf("a silent exit returned %v, code %d, printed %q; want nil, %d and nothing", err, code, reported, exitInterrupted)
	}
	if err := loud.RunE(loud, nil); err != nil || code != exitUsage || strings.Join(reported, "") != "fortnox-doctor: bad\n" {
		t.Errorf("a usage error returned %v, code %d, printed %q; want nil, %d and its line", err, code, reported, exitUsage)
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
