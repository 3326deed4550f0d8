package main

import (
	"context"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// mcpToolError calls a tool that must fail and returns its message.
func mcpToolError(t *testing.T, cs *mcp.ClientSession, tool string, args map[string]any) string {
	t.Helper()
	res, err := cs.CallTool(context.Background(), &mcp.CallToolParams{Name: tool, Arguments: args})
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	if !res.IsError || len(res.Content) != 1 {
		t.Fatalf("%s: not one tool error: %+v", tool, res.Content)
	}
	text, _ := res.Content[0].(*mcp.TextContent)
	if text == nil {
		t.Fatalf("%s: the error is no text: %+v", tool, res.Content[0])
	}
	return text.Text
}

// TestTooLargeSaysTheSameAsTheCommandLine: inspect_token and
// check_activation_url refused input above 1 MiB with explain's words
// ("paste only the error message…"), where inspect-token and check-url say
// what they want instead.
func TestTooLargeSaysTheSameAsTheCommandLine(t *testing.T) {
	huge := strings.Repeat("a", diagnose.MaxInputBytes+1)
	cs := connectMCPAt(t, shapesNow)
	for _, tc := range []struct{ command, tool, arg string }{
		{"check-url", "check_activation_url", "url"},
		{"inspect-token", "inspect_token", "token"},
		{"explain", "explain_error", "text"},
	} {
		for _, l := range i18n.Langs() {
			code, _, stderr := runApp(t, huge, nil, tc.command, "--lang", string(l))
			cliMsg, ok := strings.CutPrefix(strings.TrimSuffix(stderr, "\n"), "fortnox-doctor: ")
			if code != exitUsage || !ok {
				t.Fatalf("%s: exit %d, %q", tc.command, code, stderr)
			}
			msg := mcpToolError(t, cs, tc.tool, map[string]any{tc.arg: huge, "lang": string(l)})
			if msg != cliMsg {
				t.Errorf("%s: %s says %q, %s says %q", l, tc.tool, msg, tc.command, cliMsg)
			}
		}
	}
}
