//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"testing"
)

// TestBrokenPipeExitsOneQuietly: when the reader of standard output has
// gone (`fortnox-doctor list | head -1`), the write fails and the process
// exits 1, as the contract says for a failed write, instead of dying of
// SIGPIPE (141); and it says nothing, since nobody asked for more.
func TestBrokenPipeExitsOneQuietly(t *testing.T) {
	bin := buildBinary(t, t.TempDir())
	for _, args := range [][]string{
		{"list"},
		{"list", "--json"},
		{"graph"},
		{"show", "missing-license"},
		{"explain", "Invalid refresh token"},
		{"--help"},
		{"list", "--help"},
		{"completion", "bash"},
		{"--version"},
	} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		_ = r.Close()
		var stderr bytes.Buffer
		cmd := exec.Command(bin, append(args, "--lang", "en")...)
		cmd.Env = []string{"LANG=C"}
		cmd.Stdout, cmd.Stderr = w, &stderr
		err = cmd.Run()
		_ = w.Close()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode() // -1 when a signal ended it
		} else if err != nil {
			t.Fatal(err)
		}
		if code != exitNegative || stderr.Len() != 0 {
			t.Errorf("%v into a closed pipe: exit %d (%v), stderr %q; want 1 and nothing", args, code, err, stderr.String())
		}
	}
}
