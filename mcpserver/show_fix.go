package mcpserver

import (
	"context"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// ShowFixInput is show_fix's input.
type ShowFixInput struct {
	ID   string    `json:"id" jsonschema:"the fix's ID, as explain_error, list_fixes or next_question give it, e.g. invalid-refresh-token"`
	As   Person    `json:"as,omitempty" jsonschema:"who the user is: integrator, customer (the customer's Fortnox administrator or user) or consultant (accounting consultant); their own steps come first, then what to ask the other party, with a message to send"`
	Lang i18n.Lang `json:"lang,omitempty" jsonschema:"the language of the answer: en or sv; default the server's"`
}

// Person is who the user is, by the names `show --as` takes.
type Person string

// role is the person as flows names them; the empty Person is the zero
// Role (every step in the fix's order).
func (p Person) role(l i18n.Lang) (flows.Role, error) {
	if p == "" {
		return "", nil
	}
	r, ok := flows.ParsePerson(string(p))
	if !ok {
		return "", errorf(l, i18n.MCPErrUnknownPerson, diagnose.Quote(string(p), maxQuotedAnswer), strings.Join(flows.PersonNames(), ", "))
	}
	return r, nil
}

const showFixDescription = `Show one fix of fortnox-doctor's catalogue in full: its title, a one-line summary, the cause, every step with who does it (the integrator, the customer's Fortnox administrator, a user, the accounting consultant), where in Fortnox or the developer portal, the Fortnox documentation URL, the sources behind the advice, and the messages to pass between the parties. ` +
	`Give as (integrator, customer or consultant) when you know who the user is: the sections then list what they do themselves first, then what to ask the other party, and message is the text they can send that party. ` +
	`Relay the steps to the user as they are. An unknown ID is an error that suggests the nearest ID. Offline: no network.`

func addShowFixTool(s *mcp.Server, h handlers) {
	addTool(s, h, &mcp.Tool{
		Name:        "show_fix",
		Title:       "Show a fix",
		Description: showFixDescription,
		Annotations: readOnly("Show a fix"),
	}, h.showFix)
}

func (h handlers) showFix(_ context.Context, in ShowFixInput) (FixOutput, error) {
	l := h.lang(in.Lang)
	person, err := in.As.role(l)
	if err != nil {
		return FixOutput{}, err
	}
	fix, err := lookupFix(l, in.ID)
	if err != nil {
		return FixOutput{}, err
	}
	return newFixOutput(fix, l, person), nil
}
