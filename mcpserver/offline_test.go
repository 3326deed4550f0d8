package mcpserver_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestServerImportsNothingThatReachesOut keeps the package offline by
// construction: its own files import no network, process or file-system
// package, and no terminal (Charm) package. (The SDK imports net/http for
// its HTTP transports, which this server does not use.)
func TestServerImportsNothingThatReachesOut(t *testing.T) {
	forbidden := []string{"net", "net/http", "net/rpc", "os", "os/exec", "syscall", "io/fs", "plugin"}
	files := testkit.Imports(t, ".")
	if len(files) < 5 {
		t.Fatalf("only %d files checked", len(files))
	}
	for name, paths := range files {
		for _, path := range paths {
			if slices.Contains(forbidden, path) || strings.HasPrefix(path, "charm.land/") || strings.HasPrefix(path, "github.com/charmbracelet/") {
				t.Errorf("%s imports %s", name, path)
			}
		}
	}
}
