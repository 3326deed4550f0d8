package mcpserver_test

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestServerImportsNothingThatReachesOut keeps the package offline by
// construction: its own files import no network, process or file-system
// package, and no terminal (Charm) package. (The SDK imports net/http for
// its HTTP transports, which this server does not use.)
func TestServerImportsNothingThatReachesOut(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	forbidden := []string{"net", "net/http", "net/rpc", "os", "os/exec", "syscall", "io/fs", "plugin"}
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if slices.Contains(forbidden, path) || strings.HasPrefix(path, "charm.land/") || strings.HasPrefix(path, "github.com/charmbracelet/") {
				t.Errorf("%s imports %s", name, path)
			}
		}
	}
	if checked < 5 {
		t.Fatalf("only %d files checked", checked)
	}
}
