package main

import (
	"errors"
	"testing"

	"github.com/spf13/cobra"
)

func TestSilentExitsDoNotReachFang(t *testing.T) {
	code := exitOK
	root := &cobra.Command{Use: "root"}
	quiet := &cobra.Command{Use: "quiet", RunE: func(*cobra.Command, []string) error { return interrupted() }}
	loud := &cobra.Command{Use: "loud", RunE: func(*cobra.Command, []string) error { return usageError("bad") }}
	root.AddCommand(quiet, loud)
	keepSilentExitsFromFang(root, &code)

	if err := quiet.RunE(quiet, nil); err != nil || code != exitInterrupted {
		t.Errorf("a silent exit returned %v and code %d; want nil and %d", err, code, exitInterrupted)
	}
	err := loud.RunE(loud, nil)
	var e *exitError
	if !errors.As(err, &e) || e.code != exitUsage {
		t.Errorf("a usage error was swallowed: %v", err)
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
