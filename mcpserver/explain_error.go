package mcpserver

import (
	"context"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// ExplainInput is explain_error's input.
type ExplainInput struct {
	Text string    `json:"text" jsonschema:"the error as the user has it: an API response body, a log excerpt, an exception, an OAuth error or a callback URL, up to 1 MiB"`
	Lang i18n.Lang `json:"lang,omitempty" jsonschema:"the language of the answer: en or sv; default the server's"`
}

const explainDescription = `Match a Fortnox error text to the fixes it points at. ` +
	`Give it what the user sees or logs: an API error body such as {"ErrorInformation":{"code":2000663,…}}, a log line, an exception, an OAuth error or an activation callback URL, in any language. ` +
	`It answers with the matching fix IDs (best first) with their titles, confidence and the evidence that matched, the Fortnox codes found, and codes about the request's data. ` +
	`The text is sanitized and its secrets (tokens, client secrets, authorization codes) are redacted before it is read; nothing of the text itself is returned. ` +
	`If secrets were found, tell the user to replace them: they were pasted into this chat. ` +
	`Then call show_fix with a match's ID. With no match, follow the hint (an activation link goes to check_activation_url, a token to inspect_token, anything else to next_question). Offline: no network.`

func addExplainTool(s *mcp.Server, h handlers) {
	addTool(s, h, &mcp.Tool{
		Name:        "explain_error",
		Title:       "Explain a Fortnox error",
		Description: explainDescription,
		Annotations: readOnly("Explain a Fortnox error"),
	}, h.explain)
}

func (h handlers) explain(_ context.Context, in ExplainInput) (ExplainOutput, error) {
	l := h.lang(in.Lang)
	ex, err := diagnose.Explain(in.Text)
	if err != nil {
		return ExplainOutput{}, inputError(l, err)
	}
	return newExplainOutput(ex, diagnose.Classify(in.Text), l), nil
}
