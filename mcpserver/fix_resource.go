package mcpserver

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// fixScheme is the URI scheme of the fix resources.
const fixScheme = serverName

// fixTemplate is the URI template of the fix resources: the ID, and the
// optional queries lang (en or sv; default the server's language) and as
// (integrator, customer or consultant, as for show_fix).
const fixTemplate = fixScheme + "://fix/{id}{?lang,as}"

const markdownType = "text/markdown"

// addFixResources registers every fix as a resource, listed with its
// title, and the template that also reads a fix in either language.
func addFixResources(s *mcp.Server, h handlers) {
	s.AddResourceTemplate(&mcp.ResourceTemplate{
		Name:        "fix",
		Title:       "A fix of the catalogue",
		Description: "One fix of fortnox-doctor's catalogue in Markdown: summary, who acts, where, docs URL, cause, steps and the message to the customer. {id} is a fix ID (see list_fixes); ?lang=en or ?lang=sv picks the language, and ?as=integrator, customer or consultant shows it for that person.",
		URITemplate: fixTemplate,
		MIMEType:    markdownType,
	}, h.readFix)
	for _, f := range flows.Fixes() {
		s.AddResource(&mcp.Resource{
			Name:        f.ID,
			Title:       f.Title.In(h.opts.Lang),
			Description: f.Summary.In(h.opts.Lang),
			URI:         fixURI(f.ID),
			MIMEType:    markdownType,
		}, h.readFix)
	}
}

// readFix answers fortnox-doctor://fix/{id}[?lang=sv|en][&as=…] with the
// fix in Markdown. An unknown ID, language or person is a
// resource-not-found error whose message is the command line's.
func (h handlers) readFix(_ context.Context, req *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
	uri := req.Params.URI
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != fixScheme || u.Host != "fix" {
		// Not the SDK's ResourceNotFoundError: it quotes the URI with %q,
		// whose \x1b is no JSON, and the answer could not be sent at all.
		return nil, notFound(uri, errorf(h.opts.Lang, i18n.MCPErrNoSuchResource, truncate(diagnose.Clean(uri), maxQuotedAnswer)))
	}
	l := h.opts.Lang
	if v := u.Query().Get("lang"); v != "" {
		parsed, err := i18n.Parse(v)
		if err != nil {
			return nil, notFound(uri, errorf(l, i18n.MCPErrUnknownLang, truncate(v, maxQuotedAnswer)))
		}
		l = parsed
	}
	person, err := Person(u.Query().Get("as")).role(l)
	if err != nil {
		return nil, notFound(uri, err)
	}
	fix, err := lookupFix(l, strings.TrimPrefix(u.Path, "/"))
	if err != nil {
		return nil, notFound(uri, err)
	}
	return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{{
		URI:      uri,
		MIMEType: markdownType,
		Text:     fixMarkdown(fix, l, person),
	}}}, nil
}

// notFound is the protocol's resource-not-found error with a message that
// says why.
func notFound(uri string, why error) error {
	data, _ := json.Marshal(map[string]string{"uri": uri})
	return &jsonrpc.Error{Code: jsonrpc.CodeInvalidParams, Message: why.Error(), Data: data}
}
