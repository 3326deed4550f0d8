package mcpserver

import (
	"context"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// ShowFixInput is show_fix's input.
type ShowFixInput struct {
	ID   string    `json:"id" jsonschema:"the fix's ID, as explain_error, list_fixes or next_question give it, e.g. invalid-refresh-token"`
	Lang i18n.Lang `json:"lang,omitempty" jsonschema:"the language of the answer: en or sv; default the server's"`
}

const showFixDescription = `Show one fix of fortnox-doctor's catalogue in full: its title, a one-line summary, the cause, the steps in order, who must act (the integrator, the customer's Fortnox administrator, a user, the accounting consultant), where in Fortnox or the developer portal, the Fortnox documentation URL, and a message the integrator can send the customer. ` +
	`Relay the steps to the user as they are. An unknown ID is an error that suggests the nearest ID. Offline: no network.`

func addShowFixTool(s *mcp.Server, h handlers) {
	addTool(s, h.opts.Lang, &mcp.Tool{
		Name:        "show_fix",
		Title:       "Show a fix",
		Description: showFixDescription,
		Annotations: readOnly("Show a fix"),
	}, h.showFix)
}

func (h handlers) showFix(_ context.Context, in ShowFixInput) (FixOutput, error) {
	l := h.lang(in.Lang)
	fix, err := lookupFix(l, in.ID)
	if err != nil {
		return FixOutput{}, err
	}
	return newFixOutput(fix, l), nil
}
