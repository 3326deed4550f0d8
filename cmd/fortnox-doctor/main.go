// Command fortnox-doctor takes a person from a Fortnox integration problem to
// the exact fix: an interactive wizard, and scriptable commands that expose
// the same fix catalogue.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(processMain())
}

// processMain runs fortnox-doctor as a process of its own, on the real
// standard streams and arguments, and returns its exit code.
func processMain() int {
	keepBrokenPipeAnError()
	return run(context.Background(), os.Args[1:], systemApp())
}
