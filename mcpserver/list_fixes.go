package mcpserver

import (
	"context"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// ListFixesInput is list_fixes's input.
type ListFixesInput struct {
	Lang i18n.Lang `json:"lang,omitempty" jsonschema:"the language of the answer: en or sv; default the server's"`
}

const listFixesDescription = `List every fix in fortnox-doctor's catalogue of Fortnox integration problems: ID, title, one-line summary and who acts, in the catalogue's order. ` +
	`Use it to find a fix by its title when the user names the problem; show one with show_fix. Offline: no network.`

func addListFixesTool(s *mcp.Server, h handlers) {
	addTool(s, h, &mcp.Tool{
		Name:        "list_fixes",
		Title:       "List the fixes",
		Description: listFixesDescription,
		Annotations: readOnly("List the fixes"),
	}, h.listFixes)
}

func (h handlers) listFixes(_ context.Context, in ListFixesInput) (ListOutput, error) {
	return newListOutput(flows.Fixes(), h.lang(in.Lang)), nil
}
