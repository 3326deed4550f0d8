package main

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary be fortnox-doctor itself inside the
// testscript files, so that testdata/script/*.txtar run the real command
// line in a process of its own, with real exit codes.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"fortnox-doctor": func() { os.Exit(processMain()) },
	})
}

// TestScripts runs the command-line contract (docs/cli.md) as testscript
// files: exit codes, one-line errors in both languages, JSON shapes.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// No locale from the machine running the tests: each script
			// says its language with --lang or FORTNOX_DOCTOR_LANG.
			env.Setenv("LANG", "C.UTF-8")
			env.Setenv("NO_COLOR", "1")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": exitsCmd,
		},
	})
}

// exitsCmd is `exits CODE PROGRAM ARGS…`: it runs the program and fails
// unless it exits with CODE. Its stdout and stderr are then checked with
// the usual stdout and stderr commands. testscript's own `! exec` accepts
// any failure, and the contract gives each code a meaning.
func exitsCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("exits does not take !")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROGRAM [ARGS…]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: %q is not an exit code", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			ts.Fatalf("exits: %v", err)
		}
		got = exit.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited %d, want %d", args[1], got, want)
	}
}
