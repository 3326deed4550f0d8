package mcpserver

import (
	"context"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// sdkArgumentsPrefix starts the SDK's own error for a tool call whose
// arguments do not fit the tool's input schema; the SDK answers it before
// the tool's handler runs, in English.
const sdkArgumentsPrefix = `validating "arguments": `

// argumentsInLanguage says the SDK's schema errors in the server's
// language: what is wrong in words, and the validator's detail after it,
// which names the argument and the rule.
func argumentsInLanguage(l i18n.Lang) mcp.Middleware {
	return func(next mcp.MethodHandler) mcp.MethodHandler {
		return func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
			res, err := next(ctx, method, req)
			call, ok := res.(*mcp.CallToolResult)
			if err != nil || !ok || !call.IsError || len(call.Content) != 1 {
				return res, err
			}
			if text, ok := call.Content[0].(*mcp.TextContent); ok && strings.HasPrefix(text.Text, sdkArgumentsPrefix) {
				text.Text = i18n.MCPErrArguments.Format(l, strings.TrimPrefix(text.Text, sdkArgumentsPrefix))
			}
			return res, err
		}
	}
}
