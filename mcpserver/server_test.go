package mcpserver_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/google/jsonschema-go/jsonschema"
)

// theTools are the tools of issue 13; the live check is deliberately not
// among them.
var theTools = []string{"explain_error", "show_fix", "list_fixes", "check_activation_url", "inspect_token", "next_question"}

func TestToolsAreListedWithSchemasAndReadOnly(t *testing.T) {
	cs := connect(t, i18n.English)
	res, err := cs.ListTools(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tool := range res.Tools {
		names = append(names, tool.Name)
		if len(tool.Description) < 100 {
			t.Errorf("%s: the description is too short to guide an assistant: %q", tool.Name, tool.Description)
		}
		if !strings.Contains(tool.Description, "no network") {
			t.Errorf("%s: the description does not say it stays offline", tool.Name)
		}
		a := tool.Annotations
		if a == nil || !a.ReadOnlyHint || !a.IdempotentHint || a.OpenWorldHint == nil || *a.OpenWorldHint || a.DestructiveHint == nil || *a.DestructiveHint {
			t.Errorf("%s: want read-only, idempotent, closed-world, non-destructive annotations, got %+v", tool.Name, a)
		}
		in, out := schemaOf(t, tool.InputSchema), schemaOf(t, tool.OutputSchema)
		if in.Type != "object" || out.Type != "object" {
			t.Errorf("%s: input and output schemas must be objects, got %q and %q", tool.Name, in.Type, out.Type)
		}
		lang, ok := in.Properties["lang"]
		if !ok {
			t.Errorf("%s: no lang argument", tool.Name)
		} else if !slices.Equal(lang.Enum, []any{"en", "sv"}) || slices.Contains(in.Required, "lang") {
			t.Errorf("%s: lang must be optional and one of en, sv; got enum %v, required %v", tool.Name, lang.Enum, in.Required)
		}
		for name, p := range in.Properties {
			if p.Description == "" {
				t.Errorf("%s: argument %s has no description", tool.Name, name)
			}
		}
	}
	slices.Sort(names)
	want := slices.Sorted(slices.Values(theTools))
	if !slices.Equal(names, want) {
		t.Errorf("tools = %v, want %v", names, want)
	}
}

func TestRequiredArguments(t *testing.T) {
	cs := connect(t, i18n.English)
	res, err := cs.ListTools(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"explain_error":        {"text"},
		"show_fix":             {"id"},
		"list_fixes":           nil,
		"check_activation_url": {"url"},
		"inspect_token":        {"token"},
		"next_question":        nil,
	}
	for _, tool := range res.Tools {
		if got := schemaOf(t, tool.InputSchema).Required; !slices.Equal(got, want[tool.Name]) {
			t.Errorf("%s: required %v, want %v", tool.Name, got, want[tool.Name])
		}
	}
}

func TestInspectTokenDescriptionWarnsTheTokenLeftTheMachine(t *testing.T) {
	cs := connect(t, i18n.English)
	res, err := cs.ListTools(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tool := range res.Tools {
		if tool.Name != "inspect_token" {
			continue
		}
		for _, phrase := range []string{"pasted into a chat", "left the user's machine", "replaced", "never returned"} {
			if !strings.Contains(tool.Description, phrase) {
				t.Errorf("inspect_token's description does not say %q", phrase)
			}
		}
		return
	}
	t.Fatal("no inspect_token tool")
}

func TestServerAnnouncesItselfWithInstructions(t *testing.T) {
	cs := connect(t, i18n.English)
	init := cs.InitializeResult()
	if init.ServerInfo.Name != "fortnox-doctor" || init.ServerInfo.Version != "test" {
		t.Errorf("server info = %+v", init.ServerInfo)
	}
	if !strings.Contains(init.Instructions, "left their machine") {
		t.Errorf("the instructions do not warn about pasted secrets: %q", init.Instructions)
	}
	if init.Capabilities.Logging != nil { //nolint:staticcheck // checks that the deprecated capability stays off
		t.Error("the server offers logging, but has nothing to log")
	}
}

func TestUnknownArgumentIsAToolError(t *testing.T) {
	cs := connect(t, i18n.English)
	callError(t, cs, "list_fixes", map[string]any{"verbose": true})
}

func TestUnknownLanguageIsAToolError(t *testing.T) {
	cs := connect(t, i18n.English)
	for _, tool := range theTools {
		// Each tool's own arguments, valid, plus the bad language.
		var args map[string]any
		switch tool {
		case "explain_error":
			args = map[string]any{"lang": "de", "text": "Invalid refresh token"}
		case "show_fix":
			args = map[string]any{"lang": "de", "id": "invalid-refresh-token"}
		case "check_activation_url":
			args = map[string]any{"lang": "de", "url": "https://apps.fortnox.se/oauth-v1/auth"}
		case "inspect_token":
			args = map[string]any{"lang": "de", "token": "abc"}
		default:
			args = map[string]any{"lang": "de"}
		}
		callError(t, cs, tool, args)
	}
}

// schemaOf decodes a tool's schema as the client received it.
func schemaOf(t *testing.T, v any) *jsonschema.Schema {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var s jsonschema.Schema
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	return &s
}
