package mcpserver

import (
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/google/jsonschema-go/jsonschema"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// Options configure a server.
type Options struct {
	// Lang is the language of the answers when a call names none; the
	// command passes the language detected like every other command's
	// (--lang, FORTNOX_DOCTOR_LANG, the locale).
	Lang i18n.Lang
	// Version is the program's version, announced to the client.
	Version string
	// Now is the clock inspect_token measures expiry against; nil means
	// time.Now. Tests inject a fixed one.
	Now func() time.Time
}

// serverName is the name the server announces, and the scheme of its
// resources.
const serverName = "fortnox-doctor"

// instructions tell the assistant what the server is for and how to treat
// what the person pastes. Clients pass them to the model.
const instructions = `fortnox-doctor diagnoses Fortnox integration problems (OAuth2 activation, tokens, scopes, licences, rights, API errors) offline, from its own catalogue of fixes. ` +
	`Send an error text to explain_error, an activation link to check_activation_url and a token to inspect_token; show a matched fix with show_fix (or read fortnox-doctor://fix/{id}); ` +
	`when the person has no error text, walk the decision tree with next_question, asking the person each question with its options. ` +
	`Nothing here uses the network. Secrets in pasted text are redacted before any answer, but whatever the person pastes into the chat has already left their machine: ` +
	`tell them to replace any token or secret they pasted, and prefer that they run fortnox-doctor locally for tokens.`

// New builds the MCP server with every tool and resource. The server is
// not connected; run it with Server.Run on a transport.
func New(opts Options) *mcp.Server {
	if opts.Lang == "" {
		opts.Lang = i18n.English
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := mcp.NewServer(&mcp.Implementation{
		Name:    serverName,
		Title:   "Fortnox Doctor",
		Version: opts.Version,
	}, &mcp.ServerOptions{
		Instructions: instructions,
		// No logging capability: the server has nothing to log to the
		// client, and nothing may reach stdout but protocol messages.
		Capabilities: &mcp.ServerCapabilities{},
	})
	h := handlers{opts: opts, tools: map[string]*jsonschema.Schema{}}
	s.AddReceivingMiddleware(h.inLanguage)
	addExplainTool(s, h)
	addShowFixTool(s, h)
	addListFixesTool(s, h)
	addCheckURLTool(s, h)
	addInspectTokenTool(s, h)
	addNextQuestionTool(s, h)
	addFixResources(s, h)
	return s
}

// handlers carry the options every tool needs.
type handlers struct {
	opts Options
	// tools are the input schemas of the tools, by name.
	tools map[string]*jsonschema.Schema
}

// lang is the language a call asked for, in any letter case, or the
// server's default.
func (h handlers) lang(requested i18n.Lang) i18n.Lang {
	if l, err := i18n.Parse(string(requested)); err == nil {
		return l
	}
	return h.opts.Lang
}
