package mcpserver

import (
	"context"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// CheckURLInput is check_activation_url's input.
type CheckURLInput struct {
	URL  string    `json:"url" jsonschema:"the OAuth2 activation link the integration sends the customer to, https://apps.fortnox.se/oauth-v1/auth?…"`
	Lang i18n.Lang `json:"lang,omitempty" jsonschema:"the language of the answer: en or sv; default the server's"`
}

const checkURLDescription = `Lint a Fortnox OAuth2 activation link (https://apps.fortnox.se/oauth-v1/auth?client_id=…) offline, without opening it. ` +
	`It checks the host and path, client_id, response_type=code, state, the scope list (space-separated and URL-encoded; commas, unknown or miscased scope names are errors, with suggestions), access_type=offline, account_type=service, redirect_uri, duplicate and unknown parameters, and secrets that do not belong in a link. ` +
	`It answers ok (no errors), the decoded parameters and scopes, the findings worst first, each with the fix ID that explains it, and a verdict. ` +
	`Use it on AI-written or hand-built links before anyone clicks them. A callback URL (with code= or error=) goes to explain_error instead. Offline: no network.`

func addCheckURLTool(s *mcp.Server, h handlers) {
	addTool(s, h, &mcp.Tool{
		Name:        "check_activation_url",
		Title:       "Check an activation link",
		Description: checkURLDescription,
		Annotations: readOnly("Check an activation link"),
	}, h.checkURL)
}

func (h handlers) checkURL(_ context.Context, in CheckURLInput) (URLOutput, error) {
	l := h.lang(in.Lang)
	r, err := diagnose.CheckURL(in.URL)
	if err != nil {
		return URLOutput{}, inputErrorAs(l, err, i18n.ErrURLTooLarge)
	}
	return newURLOutput(r, l), nil
}
