package mcpserver_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// TestResourceReadWritesBackNoSecret: a read of a fix's URI with a secret
// in its query answered with that URI, and an error's data held the URI as
// it was (a password, a client secret, bidi characters), though its
// message was cleaned. A read answers under the canonical URI of what was
// read, and an error's data holds the URI sanitized and redacted.
func TestResourceReadWritesBackNoSecret(t *testing.T) {
	const secret = "Zx9Qw8Er7Ty6Ui5Op4As3Df2"
	s := startRaw(t)
	for _, tc := range []struct{ uri, canonical string }{
		{"fortnox-doctor://fix/invalid-refresh-token?client_secret=" + secret, "fortnox-doctor://fix/invalid-refresh-token"},
		{"fortnox-doctor://fix/invalid-refresh-token?as=Developer&lang=SV&password=" + secret + "#" + secret, "fortnox-doctor://fix/invalid-refresh-token?lang=sv&as=integrator"},
		{"FORTNOX-DOCTOR://FIX/invalid-refresh-token?as=user", "fortnox-doctor://fix/invalid-refresh-token?as=customer"},
		{"https://u:" + secret + "@apps.fortnox.se/x", ""},
		{"fortnox-doctor://user:" + secret + "@fix/invalid-refresh-token", ""},
		{"fortnox-doctor://fix/nope?client_secret=" + secret, ""},
		{"fortnox-doctor://fix/x?as=nobody&client_secret=" + secret, ""},
		{"fortnox-doctor://fix/x\u202e\u200b", ""},
	} {
		params, _ := json.Marshal(map[string]string{"uri": tc.uri})
		s.send(`{"jsonrpc":"2.0","id":1,"method":"resources/read","params":` + string(params) + `}`)
		line := s.nextLine()
		for _, leak := range []string{secret, "\u202e", "\u200b", `\u202e`, `\u200b`} {
			if strings.Contains(line, leak) {
				t.Errorf("%q: the answer holds %q: %.300s", tc.uri, leak, line)
			}
		}
		var a struct {
			Result *mcp.ReadResourceResult
			Error  *struct{ Data struct{ URI *string } }
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		switch {
		case tc.canonical != "" && (a.Result == nil || len(a.Result.Contents) != 1 || a.Result.Contents[0].URI != tc.canonical):
			t.Errorf("%q: answered %.300s, want the fix under %s", tc.uri, line, tc.canonical)
		case tc.canonical == "" && (a.Error == nil || a.Error.Data.URI == nil):
			t.Errorf("%q: answered %.300s, want resource not found with the URI in its data", tc.uri, line)
		}
	}
}

// TestResourceErrorsInTheSessionsLanguage: a URI that no template
// matched (a fragment, capitals, none at all) got the SDK's English
// "Resource not found" in a Swedish session. Such a URI that names a fix
// reads it (scheme and host take either case, a fragment is the client's),
// and one that names none is said not to exist in the session's language.
func TestResourceErrorsInTheSessionsLanguage(t *testing.T) {
	ctx := context.Background()
	for _, l := range langs {
		cs := connect(t, l)
		for _, uri := range []string{"fortnox-doctor://fix/invalid-refresh-token#frag", "FORTNOX-DOCTOR://FIX/invalid-refresh-token"} {
			res, err := cs.ReadResource(ctx, &mcp.ReadResourceParams{URI: uri})
			if err != nil || res.Contents[0].URI != "fortnox-doctor://fix/invalid-refresh-token" {
				t.Errorf("%s: %s: %v", l, uri, err)
			}
		}
		for _, uri := range []string{"", "fortnox-doctor://other/x", "fortnox-doctor:fix/x", "fortnox-doctor://fix:1/x"} {
			_, err := cs.ReadResource(ctx, &mcp.ReadResourceParams{URI: uri})
			var wire *jsonrpc.Error
			if !errors.As(err, &wire) || wire.Code != jsonrpc.CodeInvalidParams || wire.Message != i18n.MCPErrNoSuchResource.Format(l, uri) {
				t.Errorf("%s: %q: %v, want %q", l, uri, err, i18n.MCPErrNoSuchResource.Format(l, uri))
			}
		}
	}
}

// TestToolErrorsInTheCallsLanguage: an unknown tool got the SDK's English;
// a schema error stayed in the session's language when the call asked for
// another; a null argument was "<invalid reflect.Value>"; and lang "SV" was
// refused though --lang SV is taken.
func TestToolErrorsInTheCallsLanguage(t *testing.T) {
	ctx := context.Background()
	for _, l := range langs {
		cs := connect(t, l)
		_, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "nope\u200b"})
		if want := i18n.MCPErrUnknownTool.Format(l, "nope<U+200B>"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: an unknown tool: %v, want %q", l, err, want)
		}
		for _, other := range langs {
			msg := callError(t, cs, "show_fix", map[string]any{"id": 5, "lang": strings.ToUpper(string(other))})
			if prefix, _, _ := strings.Cut(i18n.MCPErrArguments.In(other), "%s"); !strings.HasPrefix(msg, prefix) {
				t.Errorf("%s: a schema error with lang %s: %q", l, other, msg)
			}
		}
		if msg, want := callError(t, cs, "show_fix", map[string]any{"id": nil}), i18n.MCPErrArgumentNull.Format(l, "id", i18n.MCPTypeString.In(l)); msg != want {
			t.Errorf("%s: a null id: %q, want %q", l, msg, want)
		}
		if msg := callError(t, cs, "next_question", map[string]any{"answers": []any{nil}}); strings.Contains(msg, "reflect") || !strings.Contains(msg, "null") {
			t.Errorf("%s: a null answer: %q", l, msg)
		}
		if msg := callError(t, cs, "show_fix", map[string]any{"id": "missing-license", "as": 7}); strings.Contains(msg, "reflect") {
			t.Errorf("%s: as 7: %q", l, msg)
		}
		if msg, want := callError(t, cs, "list_fixes", map[string]any{"lang": []string{"sv"}}), i18n.MCPErrArguments.In(l); !strings.HasPrefix(msg, strings.TrimSuffix(want, "%s")) {
			t.Errorf("%s: lang as a list: %q", l, msg)
		}
		for _, lang := range []string{"SV", " Sv ", "svenska", "EN", "English"} {
			var out mcpserver.FixOutput
			callOK(t, cs, "show_fix", map[string]any{"id": "missing-license", "lang": lang}, &out)
			if want, _ := i18n.Parse(lang); out.Lang != want {
				t.Errorf("%s: lang %q answered in %s", l, lang, out.Lang)
			}
		}
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "show_fix", Arguments: "missing-license"})
		if err != nil || !res.IsError || resultText(res) != i18n.MCPErrArgumentsNotObject.In(l) {
			t.Errorf("%s: arguments that are a string: %v %v", l, err, res)
		}
	}
}

// TestErrorsShowInvisibleCharacters: an ID or an answer with an invisible
// character got a message that contradicted itself ("unknown fix ID
// "invalid-refresh-token"; did you mean "invalid-refresh-token"?"). What
// the client sent is quoted as the command line quotes it, with each
// invisible character as its code point.
func TestErrorsShowInvisibleCharacters(t *testing.T) {
	ctx := context.Background()
	for _, l := range langs {
		cs := connect(t, l)
		if msg, want := callError(t, cs, "show_fix", map[string]any{"id": "invalid-refresh-token\u200b"}),
			i18n.MCPErrUnknownFixSuggest.Format(l, "invalid-refresh-token<U+200B>", "invalid-refresh-token"); msg != want {
			t.Errorf("%s: %q, want %q", l, msg, want)
		}
		for _, tc := range []struct {
			tool string
			args map[string]any
		}{
			{"next_question", map[string]any{"answers": []string{"developer\u200b"}}},
			{"next_question", map[string]any{"answers": []string{"developer", "x\u202e"}}},
			{"show_fix", map[string]any{"id": "missing-license", "as": "customer\u2060"}},
		} {
			msg := callError(t, cs, tc.tool, tc.args)
			if !strings.Contains(msg, "<U+") || strings.ContainsAny(msg, "\u200b\u202e\u2060") {
				t.Errorf("%s: %s %v: %q does not show the invisible character", l, tc.tool, tc.args, msg)
			}
		}
		_, err := cs.ReadResource(ctx, &mcp.ReadResourceParams{URI: "fortnox-doctor://fix/missing-license?lang=sv\u200b"})
		if err == nil || !strings.Contains(err.Error(), `"sv<U+200B>"`) {
			t.Errorf("%s: a language with a zero-width space: %v", l, err)
		}
	}
}
