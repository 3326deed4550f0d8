// Command fortnox-doctor takes a person from a Fortnox integration problem to
// the exact fix: an interactive wizard, and scriptable commands that expose
// the same fix catalogue.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], systemApp()))
}
