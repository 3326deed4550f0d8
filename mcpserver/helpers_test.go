package mcpserver_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// testNow is the clock every test server reads, so that token expiry is
// the same on every run.
var testNow = time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)

// connect starts a server with the default language l and returns a client
// session to it over the SDK's in-memory transports.
func connect(t testing.TB, l i18n.Lang) *mcp.ClientSession {
	t.Helper()
	return testkit.ConnectMCP(t, mcpserver.New(mcpserver.Options{Lang: l, Version: "test", Now: func() time.Time { return testNow }}))
}

// call calls a tool and returns its result; a protocol error fails the test
// (tool errors are results).
func call(t testing.TB, cs *mcp.ClientSession, tool string, args map[string]any) *mcp.CallToolResult {
	t.Helper()
	res, err := cs.CallTool(context.Background(), &mcp.CallToolParams{Name: tool, Arguments: args})
	if err != nil {
		t.Fatalf("%s: protocol error: %v", tool, err)
	}
	return res
}

// callOK calls a tool that must succeed and decodes its structured output
// into out.
func callOK(t testing.TB, cs *mcp.ClientSession, tool string, args map[string]any, out any) {
	t.Helper()
	res := call(t, cs, tool, args)
	if res.IsError {
		t.Fatalf("%s %v: tool error %q", tool, args, resultText(res))
	}
	raw, err := json.Marshal(res.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("%s: structured content does not decode: %v\n%s", tool, err, raw)
	}
	// The text content is the same JSON, for clients that read only text.
	if text := resultText(res); !jsonEqual(t, text, string(raw)) {
		t.Errorf("%s: text content differs from the structured content:\n%s\n%s", tool, text, raw)
	}
}

// callError calls a tool that must fail and returns its one-line message.
func callError(t testing.TB, cs *mcp.ClientSession, tool string, args map[string]any) string {
	t.Helper()
	res := call(t, cs, tool, args)
	if !res.IsError {
		t.Fatalf("%s %v: want a tool error, got %s", tool, args, resultText(res))
	}
	msg := resultText(res)
	if strings.Contains(msg, "\n") {
		t.Errorf("%s: the error is not one line: %q", tool, msg)
	}
	return msg
}

// resultText joins a result's text contents.
func resultText(res *mcp.CallToolResult) string {
	var parts []string
	for _, c := range res.Content {
		if tc, ok := c.(*mcp.TextContent); ok {
			parts = append(parts, tc.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// rawResult is everything a result carries on the wire, to search for
// secrets.
func rawResult(t testing.TB, res *mcp.CallToolResult) string {
	t.Helper()
	raw, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

func jsonEqual(t testing.TB, a, b string) bool {
	t.Helper()
	var x, y any
	if json.Unmarshal([]byte(a), &x) != nil || json.Unmarshal([]byte(b), &y) != nil {
		return false
	}
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return string(xa) == string(ya)
}

// langs are both languages, for tests that run in each.
var langs = []i18n.Lang{i18n.English, i18n.Swedish}
