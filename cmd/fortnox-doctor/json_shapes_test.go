package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// The command line's --json and the MCP server's tools answer with the
// same shapes (package internal/shape). These tests give both the same
// input and hold them to the same JSON for every field the command line
// prints: the MCP answer may add the fields mcpOnly names for its tool,
// and differ in nothing else, not in a value's form (null or left out, a
// number or a string) either.

// mcpOnly are the fields a tool's answer adds to the command line's JSON:
// at the top, and (for explain_error) in each match.
var mcpOnly = map[string]struct{ top, perMatch []string }{
	"inspect_token":        {top: []string{"lang", "tenant_id", "exposure_warning"}},
	"check_activation_url": {},
	"show_fix":             {top: []string{"sections", "message", "messages", "resource_uri"}},
	"explain_error":        {top: []string{"redaction_note", "hint"}, perMatch: []string{"resource_uri"}},
	"list_fixes":           {perMatch: []string{"summary", "resource_uri"}},
}

// shapesNow is the clock of both sides, so that a token's times and
// findings are the same.
var shapesNow = time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)

// connectMCPAt starts the MCP server with its clock at now and returns a
// client session to it.
func connectMCPAt(t *testing.T, now time.Time) *mcp.ClientSession {
	t.Helper()
	return testkit.ConnectMCP(t, mcpserver.New(mcpserver.Options{Lang: i18n.English, Version: "test", Now: func() time.Time { return now }}))
}

// mcpAnswer calls a tool that must succeed and returns its structured
// answer as the client decodes it from the wire.
func mcpAnswer(t *testing.T, cs *mcp.ClientSession, tool string, args map[string]any) map[string]any {
	t.Helper()
	res, err := cs.CallTool(context.Background(), &mcp.CallToolParams{Name: tool, Arguments: args})
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	if res.IsError {
		t.Fatalf("%s %v: tool error %v", tool, args, res.Content)
	}
	var out map[string]any
	decodeStructured(t, res, &out)
	return out
}

// decodeJSON is a command's --json output as a JSON value.
func decodeJSON(t *testing.T, what, stdout string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(stdout), &v); err != nil {
		t.Fatalf("%s: not JSON: %v\n%s", what, err, stdout)
	}
	return v
}

// sameShared fails unless the tool's answer, less the fields only the
// tool gives, is the command's JSON. matches names the answer's list whose
// elements carry the tool's per-match fields.
func sameShared(t *testing.T, what, tool string, cli any, answer map[string]any, matches string) {
	t.Helper()
	extra := mcpOnly[tool]
	shared := maps.Clone(answer)
	for _, k := range extra.top {
		delete(shared, k)
	}
	if matches != "" {
		list, _ := shared[matches].([]any)
		stripped := make([]any, len(list))
		for i, m := range list {
			m := maps.Clone(m.(map[string]any))
			for _, k := range extra.perMatch {
				if _, ok := m[k]; !ok {
					t.Errorf("%s: %s[%d] lacks %s", what, matches, i, k)
				}
				delete(m, k)
			}
			stripped[i] = m
		}
		shared[matches] = stripped
	}
	if !reflect.DeepEqual(cli, any(shared)) {
		c, _ := json.MarshalIndent(cli, "", "  ")
		m, _ := json.MarshalIndent(shared, "", "  ")
		t.Errorf("%s: the command's JSON and %s's answer differ in their shared fields:\ncommand:\n%s\n%s:\n%s", what, tool, c, tool, m)
	}
}

// inspectTokenJSON runs `inspect-token --json` on token with the clock at
// shapesNow, in UTC as the server's clock is.
func inspectTokenJSON(t *testing.T, token string, l i18n.Lang) string {
	t.Helper()
	var out, errOut bytes.Buffer
	a := &app{in: strings.NewReader(token), out: &out, errOut: &errOut, lang: l, json: true}
	opts := &inspectTokenOptions{now: func() time.Time { return shapesNow }, loc: time.UTC}
	if err := runInspectToken(a, opts, nil); exitCode(err) != exitOK && exitCode(err) != exitNegative {
		t.Fatalf("inspect-token: %v\n%s", err, errOut.String())
	}
	return out.String()
}

func TestTokenShapeIsShared(t *testing.T) {
	claims := func(with map[string]any) string {
		return testkit.JWT(testkit.Merge(testkit.AccessClaims(shapesNow.Add(-10*time.Minute)), with))
	}
	tokens := map[string]string{
		"no iat or exp":  claims(map[string]any{"iat": nil, "exp": nil}),
		"expired":        testkit.JWT(testkit.ExpiringClaims(shapesNow, -2*time.Hour)),
		"valid":          claims(nil),
		"string tenant":  claims(map[string]any{"tenantId": "abc-123"}),
		"no tenant":      claims(map[string]any{"tenantId": nil}),
		"bad exp":        testkit.JWTFromJSON(`{"tenantId":1,"iat":"yesterday","exp":-100}`),
		"huge numbers":   testkit.JWTFromJSON(`{"tenantId":1e400,"exp":1e400,"list":[1e999,2]}`),
		"token response": `{"access_token":"` + claims(nil) + `","refresh_token":"4f0c1a2b-9d8e-4c7b","scope":"invoice customer"}`,
		"refresh token":  "refresh_token=4f0c1a2b-9d8e-4c7b",
		"not a token":    "hello",
	}
	cs := connectMCPAt(t, shapesNow)
	for _, l := range i18n.Langs() {
		for name, token := range tokens {
			cli := decodeJSON(t, name, inspectTokenJSON(t, token, l))
			answer := mcpAnswer(t, cs, "inspect_token", map[string]any{"token": token, "lang": string(l)})
			sameShared(t, fmt.Sprintf("%s/%s", l, name), "inspect_token", cli, answer, "")
		}
	}
}

// TestTokenTimesAreNullWhenUnknown: a token without iat and exp gives
// "issued_at": null and "expires_at": null on both sides, never a field
// left out, and the SDK's output schema lets the tool answer so.
func TestTokenTimesAreNullWhenUnknown(t *testing.T) {
	token := testkit.JWT(map[string]any{"tenantId": testkit.TenantID, "userId": testkit.UserID})
	cli := decodeJSON(t, "inspect-token", inspectTokenJSON(t, token, i18n.English)).(map[string]any)
	answer := mcpAnswer(t, connectMCPAt(t, shapesNow), "inspect_token", map[string]any{"token": token})
	for side, v := range map[string]map[string]any{"inspect-token --json": cli, "inspect_token": answer} {
		for _, field := range []string{"issued_at", "expires_at"} {
			if got, present := v[field]; !present || got != nil {
				t.Errorf("%s: %s = %v (present %v), want null", side, field, got, present)
			}
		}
	}
}

// TestTenantIDIsTheClaim: inspect_token's tenant_id is the tenantId claim
// in the claim's own JSON form (a number stays a number, a string a
// string), the same value claims.tenantId holds; without the claim there
// is no tenant_id.
func TestTenantIDIsTheClaim(t *testing.T) {
	cs := connectMCPAt(t, shapesNow)
	for _, tenant := range []any{float64(testkit.TenantID), "abc-123", nil} {
		token := testkit.JWT(testkit.Merge(testkit.AccessClaims(shapesNow), map[string]any{"tenantId": tenant}))
		answer := mcpAnswer(t, cs, "inspect_token", map[string]any{"token": token})
		got, present := answer["tenant_id"]
		claim := answer["claims"].(map[string]any)["tenantId"]
		if present != (tenant != nil) || got != tenant || got != claim {
			t.Errorf("tenant %#v: tenant_id = %#v (present %v), claims.tenantId = %#v", tenant, got, present, claim)
		}
	}
}

func TestLinkShapeIsShared(t *testing.T) {
	many := goodLink
	for i := range 70 {
		many += fmt.Sprintf("&p%d=%d", i, i)
	}
	links := []string{
		goodLink,
		"https://apps.fortnox.se/oauth-v1/auth?client_id=abc&scope=invoice,Customer&state=x",
		"apps.fortnox.se/oauth-v1/authorize?client_id=8VurtMGDTeAI&client_secret=" + clientSec + "&scope=invoice&scope=article",
		many,
	}
	cs := connectMCPAt(t, shapesNow)
	for _, l := range i18n.Langs() {
		for _, link := range links {
			_, stdout, _ := runApp(t, "", nil, "check-url", "--json", "--lang", string(l), link)
			answer := mcpAnswer(t, cs, "check_activation_url", map[string]any{"url": link, "lang": string(l)})
			sameShared(t, fmt.Sprintf("%s/%.60s", l, link), "check_activation_url", decodeJSON(t, link, stdout), answer, "")
		}
	}
}

func TestFixShapeIsShared(t *testing.T) {
	cs := connectMCPAt(t, shapesNow)
	for _, l := range i18n.Langs() {
		for _, id := range flows.IDs() {
			for _, as := range append([]string{""}, flows.PersonNames()...) {
				args := []string{"show", id, "--json", "--lang", string(l)}
				call := map[string]any{"id": id, "lang": string(l)}
				if as != "" {
					args = append(args, "--as", as)
					call["as"] = as
				}
				r := cli(t, args...)
				if r.code != exitOK {
					t.Fatalf("show %v: exit %d: %s", args, r.code, r.stderr)
				}
				answer := mcpAnswer(t, cs, "show_fix", call)
				sameShared(t, fmt.Sprintf("%s/%s/as %q", l, id, as), "show_fix", decodeJSON(t, id, r.stdout), answer, "")
			}
		}
	}
}

func TestExplainShapeIsShared(t *testing.T) {
	pastes := []string{
		scopeError,
		`{"error":"invalid_grant","error_description":"Invalid refresh token"}`,
		"Authorization: Bearer " + jwtAt(shapesNow) + "\n" + scopeError + "\nclient_secret=" + clientSec,
		`{"ErrorInformation":{"error":1,"message":"Kan inte hitta kunden.","code":2000433}}`,
		`{"ErrorInformation":{"error":1,"message":"Okänt fel","code":2999999}}`,
		"HTTP 429 Too Many Requests",
		"Saknar behörighet för att se fakturor",
		"nothing Fortnox would say",
	}
	cs := connectMCPAt(t, shapesNow)
	for _, l := range i18n.Langs() {
		for _, paste := range pastes {
			_, stdout, _ := runApp(t, paste, nil, "explain", "--json", "--lang", string(l))
			answer := mcpAnswer(t, cs, "explain_error", map[string]any{"text": paste, "lang": string(l)})
			sameShared(t, fmt.Sprintf("%s/%.40q", l, paste), "explain_error", decodeJSON(t, paste, stdout), answer, "matches")
		}
	}
}

func TestListShapeIsShared(t *testing.T) {
	cs := connectMCPAt(t, shapesNow)
	for _, l := range i18n.Langs() {
		r := cli(t, "list", "--json", "--lang", string(l))
		answer := mcpAnswer(t, cs, "list_fixes", map[string]any{"lang": string(l)})
		// list --json is the bare list that list_fixes answers under fixes.
		if answer["lang"] != string(l) {
			t.Errorf("%s: list_fixes lang %v", l, answer["lang"])
		}
		sameShared(t, string(l), "list_fixes", map[string]any{"fixes": decodeJSON(t, "list", r.stdout)}, map[string]any{"fixes": answer["fixes"]}, "fixes")
	}
}
