package main

import (
	"context"
	"errors"
	"go/parser"
	"go/token"
	"io/fs"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/tui"
)

// networkTrap fails the test on any HTTP request or DNS lookup made through
// the process's defaults.
type networkTrap struct{ t *testing.T }

var errTrapped = errors.New("no network outside fortnox-doctor check")

func (n networkTrap) RoundTrip(r *http.Request) (*http.Response, error) {
	n.t.Errorf("a request to %s was sent", r.URL.Host)
	return nil, errTrapped
}

// trapNetwork replaces http.DefaultTransport and net.DefaultResolver for
// the test. The test must not run in parallel with others.
func trapNetwork(t *testing.T) {
	oldTransport, oldResolver := http.DefaultTransport, net.DefaultResolver
	http.DefaultTransport = networkTrap{t}
	net.DefaultResolver = &net.Resolver{PreferGo: true, Dial: func(_ context.Context, network, address string) (net.Conn, error) {
		t.Errorf("a %s connection to %s was dialled", network, address)
		return nil, errTrapped
	}}
	t.Cleanup(func() { http.DefaultTransport, net.DefaultResolver = oldTransport, oldResolver })
}

// TestOtherCommandsOpenNoSocket runs every command but an agreed check with
// the network trapped: none may send a request or look a name up. Commands
// added later are run with --help at least.
func TestOtherCommandsOpenNoSocket(t *testing.T) {
	trapNetwork(t)
	tok := fortnoxdouble.Token(fortnoxdouble.Tenant, time.Now().Add(time.Hour))
	invocations := []struct {
		args  []string
		stdin string
	}{
		{args: []string{"list"}},
		{args: []string{"list", "--json"}},
		{args: []string{"show", "invalid-refresh-token"}},
		{args: []string{"show", "missing-license", "--json"}},
		{args: []string{"graph"}},
		{args: []string{"graph", "--format", "dot"}},
		{args: []string{"graph", "--format", "json"}},
		{args: []string{"explain", `{"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope","code":2000663}} from https://api.fortnox.se/3/invoices`}},
		{args: []string{"explain", "--json"}, stdin: "POST https://apps.fortnox.se/oauth-v1/token invalid_grant Invalid refresh token"},
		{args: []string{"check-url", "https://apps.fortnox.se/oauth-v1/auth?client_id=abc&scope=invoice&state=x&response_type=code&redirect_uri=https://example.com/cb"}},
		{args: []string{"inspect-token"}, stdin: tok},
		{args: []string{"inspect-token", "--json"}, stdin: `{"access_token":"` + tok + `","scope":"invoice"}`},
		{args: []string{"completion", "bash"}},
		{args: []string{"--version"}},
		{args: []string{"--help"}},
		{args: []string{"--accessible"}, stdin: "1\n1\n1\n1\n"},
		// check itself sends nothing until the user agrees.
		{args: []string{"check"}, stdin: tok},
		{args: []string{"check", "--json"}, stdin: `{"refresh_token":"8b2c0f3a9d4e4f5a"}`},
	}
	ran := map[string]bool{}
	for _, inv := range invocations {
		a, _, _ := newWizardTestApp(inv.stdin)
		a.terminal = func() (tui.Terminal, error) { return tui.Terminal{}, errNoTerminal }
		_ = run(context.Background(), inv.args, a)
		if len(inv.args) > 0 {
			ran[inv.args[0]] = true
		}
	}
	a, _, _ := newWizardTestApp("")
	for _, c := range newRootCmd(a).Commands() {
		if !ran[c.Name()] {
			b, _, _ := newWizardTestApp("")
			_ = run(context.Background(), []string{c.Name(), "--help"}, b)
		}
	}
}

// TestOnlyTheLiveCheckImportsTheNetwork keeps the network in one room: of
// the module's source, only livecheck, the test double and the check
// command may import a network package, and only the check command (and
// the wizard's check screen) may import livecheck.
func TestOnlyTheLiveCheckImportsTheNetwork(t *testing.T) {
	network := []string{"net", "net/http", "net/http/httptest", "net/rpc", "net/smtp", "crypto/tls", "net/http/httputil"}
	allowedNetwork := func(path string) bool {
		return strings.HasPrefix(path, "livecheck/") || strings.HasPrefix(path, "internal/fortnoxdouble/") ||
			path == "cmd/fortnox-doctor/check.go"
	}
	// The check command's files, check-url's (check_url.go) not among them.
	checkCommand := []string{"check.go", "check_consent.go", "check_json.go", "check_lines.go", "check_secrets.go"}
	allowedLivecheck := func(path string) bool {
		dir, file := filepath.Split(path)
		return dir == "cmd/fortnox-doctor/" && slices.Contains(checkCommand, file) ||
			strings.HasPrefix(path, "tui/screen_check") || strings.HasPrefix(path, "tui/check")
	}
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == ".git" || name == "testdata" || name == "dist" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if slices.Contains(network, p) && !allowedNetwork(rel) {
				t.Errorf("%s imports %s: only fortnox-doctor check may use the network", rel, p)
			}
			if strings.HasSuffix(p, "/livecheck") && !allowedLivecheck(rel) && !strings.HasPrefix(rel, "livecheck/") {
				t.Errorf("%s imports livecheck", rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("only %d files walked; the walk is broken", checked)
	}
}

// countingTransport counts the requests sent through it and answers none.
type countingTransport struct{ hosts *[]string }

func (c countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	*c.hosts = append(*c.hosts, r.URL.Host)
	return nil, errTrapped
}

// TestTheTrapCatchesTheLiveCheck shows that the trap above would see a
// command that uses the network: an agreed check goes through
// http.DefaultTransport's place to api.fortnox.se, and ends with exit 3.
func TestTheTrapCatchesTheLiveCheck(t *testing.T) {
	var hosts []string
	old := http.DefaultTransport
	http.DefaultTransport = countingTransport{&hosts}
	t.Cleanup(func() { http.DefaultTransport = old })
	a, _, _ := newWizardTestApp(fortnoxdouble.Token(fortnoxdouble.Tenant, time.Now().Add(time.Hour)))
	if code := run(context.Background(), []string{"check", "--yes"}, a); code != exitNothingChecked {
		t.Errorf("exit %d", code)
	}
	if !slices.Equal(hosts, []string{"api.fortnox.se"}) {
		t.Errorf("requests went to %v", hosts)
	}
}
