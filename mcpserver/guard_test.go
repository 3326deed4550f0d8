package mcpserver

import (
	"context"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/google/jsonschema-go/jsonschema"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type boomInput struct {
	Text string `json:"text" jsonschema:"anything"`
}

type boomOutput struct {
	Text string `json:"text"`
}

// TestPanicBecomesAToolError registers a tool that panics with its input
// and checks that the client gets a tool error that does not quote it, and
// that the server goes on answering.
func TestPanicBecomesAToolError(t *testing.T) {
	ctx := context.Background()
	for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
		s := New(Options{Lang: l})
		addTool(s, handlers{opts: Options{Lang: l}, tools: map[string]*jsonschema.Schema{}}, &mcp.Tool{Name: "boom", Description: "panics"}, func(_ context.Context, in boomInput) (boomOutput, error) {
			panic("leaked " + in.Text)
		})
		cs := testkit.ConnectMCP(t, s)
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "boom", Arguments: map[string]any{"text": "s3cr3t"}})
		if err != nil {
			t.Fatalf("%s: protocol error %v", l, err)
		}
		text := res.Content[0].(*mcp.TextContent).Text
		if !res.IsError || text != i18n.MCPErrInternal.Format(l, "boom") || strings.Contains(text, "s3cr3t") {
			t.Errorf("%s: result %v %q", l, res.IsError, text)
		}
		if _, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "list_fixes"}); err != nil {
			t.Errorf("%s: the server stopped answering after a panic: %v", l, err)
		}
	}
}
