package main

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// The two ways the tests run fortnox-doctor: in-process, with the outside
// world described by an invocation (every in-process helper goes through
// invocation.run), and as the built binary (buildBinary), for what only a
// real process shows: a terminal, signals, stdio.

// result is what one in-process invocation printed and returned.
type result struct {
	stdout, stderr string
	code           int
}

// invocation describes the outside world of one in-process run.
type invocation struct {
	env   []string
	tty   bool
	stdin string
}

// run runs fortnox-doctor with args in this invocation's world.
func (inv invocation) run(t *testing.T, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	a := &app{
		in:            strings.NewReader(inv.stdin),
		out:           &out,
		errOut:        &errOut,
		environ:       inv.env,
		outIsTerminal: inv.tty,
		termWidth:     func() int { return 80 },
		lang:          i18n.English,
	}
	code := run(context.Background(), args, a)
	return result{stdout: out.String(), stderr: errOut.String(), code: code}
}

// cli runs fortnox-doctor with an empty environment and no terminal.
func cli(t *testing.T, args ...string) result {
	t.Helper()
	return invocation{}.run(t, args...)
}

// waitLimit bounds every wait; the program answers in milliseconds, so it
// only matters when something is broken.
const waitLimit = 20 * time.Second

// buildBinary builds fortnox-doctor into dir.
func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "fortnox-doctor")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
