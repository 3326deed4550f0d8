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
// fix in Markdown, under the URI that names what was read (see
// parseFixURI). An unknown ID, language or person is a resource-not-found
// error whose message is the command line's.
func (h handlers) readFix(_ context.Context, req *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
	read, err := h.parseFixURI(req.Params.URI)
	if err != nil {
		return nil, err
	}
	return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{{
		URI:      read.uri,
		MIMEType: markdownType,
		Text:     fixMarkdown(read.fix, read.lang, read.person),
	}}}, nil
}

// fixRead is what a fix resource's URI asks for, and the URI that names
// it canonically.
type fixRead struct {
	fix    flows.Fix
	lang   i18n.Lang
	person flows.Role
	// uri is fortnox-doctor://fix/{id} with the lang and as the URI gave,
	// each as the template names it (lang=sv, as=integrator), and nothing
	// else of it: a query parameter the template does not take, which may
	// hold a secret, is ignored and never written back, nor is a fragment.
	uri string
}

// parseFixURI reads a fix resource's URI. The scheme and the host take
// letters of either case, as URIs do (RFC 3986 §6.2.2.1), and so does
// lang, as --lang does. Its errors are the protocol's resource-not-found,
// in the URI's language (or else the server's), and whatever of the URI
// they quote or hold is sanitized and redacted.
func (h handlers) parseFixURI(uri string) (fixRead, error) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != fixScheme || !strings.EqualFold(u.Host, "fix") || u.User != nil {
		return fixRead{}, notFound(uri, errorf(h.opts.Lang, i18n.MCPErrNoSuchResource, diagnose.Quote(uri, maxQuotedAnswer)))
	}
	query := u.Query()
	read := fixRead{lang: h.opts.Lang}
	// The canonical query, in the template's order: lang, then as.
	var canonical []string
	if v := query.Get("lang"); v != "" {
		parsed, err := i18n.Parse(v)
		if err != nil {
			return fixRead{}, notFound(uri, errorf(read.lang, i18n.MCPErrUnknownLang, diagnose.Quote(v, maxQuotedAnswer)))
		}
		read.lang = parsed
		canonical = append(canonical, "lang="+string(parsed))
	}
	if v := query.Get("as"); v != "" {
		if read.person, err = Person(v).role(read.lang); err != nil {
			return fixRead{}, notFound(uri, err)
		}
		canonical = append(canonical, "as="+personName(read.person))
	}
	if read.fix, err = lookupFix(read.lang, strings.TrimPrefix(u.Path, "/")); err != nil {
		return fixRead{}, notFound(uri, err)
	}
	read.uri = fixURI(read.fix.ID)
	if len(canonical) > 0 {
		read.uri += "?" + strings.Join(canonical, "&")
	}
	return read, nil
}

// personName is the name show_fix's as and the template's as give a
// person by: the first of flows.PersonNames that names the role.
func personName(r flows.Role) string {
	for _, name := range flows.PersonNames() {
		if role, _ := flows.ParsePerson(name); role == r {
			return name
		}
	}
	return string(r)
}

// maxDataURI bounds the URI an error's data quotes back.
const maxDataURI = 2048

// notFound is the protocol's resource-not-found error with a message that
// says why. Its data holds the URI as it was asked for, sanitized,
// redacted and cut (diagnose.Quote), as every message quotes what the
// client sent: the URI may hold a secret, or characters that reorder what
// is shown. Not the SDK's ResourceNotFoundError, which holds the URI as
// it is, and is English.
func notFound(uri string, why error) error {
	data, _ := json.Marshal(map[string]string{"uri": diagnose.Quote(uri, maxDataURI)})
	return &jsonrpc.Error{Code: jsonrpc.CodeInvalidParams, Message: why.Error(), Data: data}
}
