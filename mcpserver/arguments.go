package mcpserver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/google/jsonschema-go/jsonschema"
	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// sdkArgumentsPrefix starts the SDK's own error for a tool call whose
// arguments do not fit the tool's input schema; the SDK answers it before
// the tool's handler runs, in English.
const sdkArgumentsPrefix = `validating "arguments": `

// inLanguage is the server's receiving middleware. It answers in the
// session's language, or the call's, what the SDK would answer in English
// before any tool or resource handler of ours runs: a resource URI that
// names no fix (the SDK's "Resource not found", which also echoes the URI
// as it is, secrets and all), an unknown tool, arguments that are no
// object or hold a null, and the SDK's schema errors. A call's lang is
// read in any letter case, as --lang is (i18n.Parse), and a fix resource is
// read under its canonical URI (see parseFixURI).
func (h handlers) inLanguage(next mcp.MethodHandler) mcp.MethodHandler {
	return func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
		switch r := req.(type) {
		case *mcp.ReadResourceRequest:
			if r.Params != nil {
				read, err := h.parseFixURI(r.Params.URI)
				if err != nil {
					return nil, err
				}
				// The SDK matches the canonical URI to the resource
				// or the template, and answers with it.
				r.Params.URI = read.uri
			}
		case *mcp.CallToolRequest:
			if r.Params != nil {
				return h.callTool(ctx, method, r, next)
			}
		}
		return next(ctx, method, req)
	}
}

// callTool vets a call of one of the server's tools (see addTool) before
// the SDK runs it (see inLanguage), and says the SDK's errors about it in
// the call's language: an unknown tool, and arguments that do not fit the
// tool's schema.
func (h handlers) callTool(ctx context.Context, method string, r *mcp.CallToolRequest, next mcp.MethodHandler) (mcp.Result, error) {
	l := h.opts.Lang
	schema, known := h.tools[r.Params.Name]
	if args := r.Params.Arguments; known && present(args) {
		named, ok := members(args)
		if !ok {
			return toolError(i18n.MCPErrArgumentsNotObject.In(l)), nil
		}
		var lang string
		if json.Unmarshal(named["lang"], &lang) == nil {
			if parsed, err := i18n.Parse(lang); err == nil {
				l = parsed
				if lang != string(parsed) {
					named["lang"], _ = json.Marshal(parsed)
					r.Params.Arguments, _ = json.Marshal(named)
				}
			}
		}
		names := make([]string, 0, len(named))
		for name := range named {
			names = append(names, name)
		}
		slices.Sort(names)
		for _, name := range names {
			if prop := schema.Properties[name]; string(named[name]) == "null" && prop != nil && !takesNull(prop) {
				return toolError(i18n.MCPErrArgumentNull.Format(l, quote(name), typeWords(prop).In(l))), nil
			}
		}
	}
	res, err := next(ctx, method, r)
	var wire *jsonrpc.Error
	if errors.As(err, &wire) && wire.Code == jsonrpc.CodeInvalidParams && wire.Message == fmt.Sprintf("unknown tool %q", r.Params.Name) {
		return nil, &jsonrpc.Error{Code: jsonrpc.CodeInvalidParams, Message: i18n.MCPErrUnknownTool.Format(l, quote(r.Params.Name))}
	}
	call, ok := res.(*mcp.CallToolResult)
	if err != nil || !ok || !call.IsError || len(call.Content) != 1 {
		return res, err
	}
	if text, ok := call.Content[0].(*mcp.TextContent); ok && strings.HasPrefix(text.Text, sdkArgumentsPrefix) {
		detail := strings.TrimPrefix(text.Text, sdkArgumentsPrefix)
		// The validator calls a null "<invalid reflect.Value>".
		detail = strings.ReplaceAll(detail, "<invalid reflect.Value>", "null")
		text.Text = i18n.MCPErrArguments.Format(l, schemaDetail(detail))
	}
	return res, err
}

// maxSchemaDetail bounds, in characters, what an answer keeps of the
// SDK's schema error, which quotes the arguments it was given whole.
const maxSchemaDetail = 300

// quotedValues are the validator's messages that quote the value given,
// each with what stays of it: the value is what the client sent, and the
// redactor cannot tell a secret in Go's %v of a list (["client_secret",
// "S3cret…"] reads as [client_secret S3cret…]).
var quotedValues = []struct {
	value *regexp.Regexp
	keep  string
}{
	{regexp.MustCompile(`(?s)type: .* (has type "[^"]*", want .*)$`), "type: the value given $1"},
	{regexp.MustCompile(`(?s)type: .* (of type \S+ is not a valid JSON value)$`), "type: the value given $1"},
	{regexp.MustCompile(`(?s)enum: .* (does not equal any of: .*)$`), "enum: the value given $1"},
	{regexp.MustCompile(`(?s)const: .* (does not equal .*)$`), "const: the value given $1"},
	{regexp.MustCompile(`(?s)(minLength|maxLength): .* (contains \d+ Unicode code points, .*)$`), "$1: the value given $2"},
	{regexp.MustCompile(`(?s)pattern: .* (does not match regular expression .*)$`), "pattern: the value given $1"},
}

// schemaDetail is the SDK's schema error as an answer may say it: the
// values it quotes are left out (quotedValues), and what is left, which
// may still name an argument the client sent, is sanitized and redacted
// as any paste (diagnose.Clean) and cut.
func schemaDetail(detail string) string {
	for _, q := range quotedValues {
		detail = q.value.ReplaceAllString(detail, q.keep)
	}
	detail = diagnose.Clean(detail)
	if utf8.RuneCountInString(detail) <= maxSchemaDetail {
		return detail
	}
	runes := []rune(detail)
	return string(runes[:maxSchemaDetail-1]) + "…"
}

// members are the members of a JSON object, and whether raw is one.
func members(raw json.RawMessage) (map[string]json.RawMessage, bool) {
	var m map[string]json.RawMessage
	ok := len(raw) > 0 && raw[0] == '{' && json.Unmarshal(raw, &m) == nil
	return m, ok
}

// toolError is a tool result that is an error with the given text.
func toolError(text string) *mcp.CallToolResult {
	return &mcp.CallToolResult{IsError: true, Content: []mcp.Content{&mcp.TextContent{Text: text}}}
}

// takesNull reports whether a property's schema allows null.
func takesNull(s *jsonschema.Schema) bool {
	return s.Type == "null" || slices.Contains(s.Types, "null")
}

// typeWords names what a property's schema wants, in words.
func typeWords(s *jsonschema.Schema) i18n.Text {
	switch s.Type {
	case "string":
		return i18n.MCPTypeString
	case "array":
		return i18n.MCPTypeList
	}
	return i18n.MCPTypeValue
}
