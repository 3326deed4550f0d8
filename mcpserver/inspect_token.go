package mcpserver

import (
	"context"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// InspectTokenInput is inspect_token's input.
type InspectTokenInput struct {
	Token string    `json:"token" jsonschema:"an access token (a JWT), an Authorization: Bearer header, or a whole token-endpoint response"`
	Lang  i18n.Lang `json:"lang,omitempty" jsonschema:"the language of the answer: en or sv; default the server's"`
}

const inspectTokenDescription = `Read a Fortnox access token offline: whether it is a JWT or a refresh token, its tenantId (the Fortnox company), when it was issued and expires, the scopes granted, and findings (expired, expiring soon, no tenant), each with the fix ID that explains it. ` +
	`The signature is not verified (Fortnox does not publish the key). The token itself and its signature are never returned. ` +
	`IMPORTANT: a token pasted into a chat has left the user's machine. Always tell the user to treat it as exposed and have it replaced (the answer's exposure_warning says how), and suggest running ` + "`fortnox-doctor inspect-token`" + ` locally next time instead of pasting tokens here. ` +
	`Do not ask the user for a token just to use this tool. Offline: no network.`

func addInspectTokenTool(s *mcp.Server, h handlers) {
	addTool(s, h, &mcp.Tool{
		Name:        "inspect_token",
		Title:       "Inspect a token",
		Description: inspectTokenDescription,
		Annotations: readOnly("Inspect a token"),
	}, h.inspectToken)
}

func (h handlers) inspectToken(_ context.Context, in InspectTokenInput) (TokenOutput, error) {
	l := h.lang(in.Lang)
	r, err := diagnose.InspectToken(in.Token, h.opts.Now())
	if err != nil {
		return TokenOutput{}, inputErrorAs(l, err, i18n.ErrTokenTooLarge)
	}
	return newTokenOutput(r, l), nil
}
