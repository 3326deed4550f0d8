package main

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/report"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// mcpToolError calls a tool that must fail and returns its message.
func mcpToolError(t *testing.T, cs *mcp.ClientSession, tool string, args map[string]any) string {
	t.Helper()
	res, err := cs.CallTool(context.Background(), &mcp.CallToolParams{Name: tool, Arguments: args})
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	if !res.IsError || len(res.Content) != 1 {
		t.Fatalf("%s: not one tool error: %+v", tool, res.Content)
	}
	text, _ := res.Content[0].(*mcp.TextContent)
	if text == nil {
		t.Fatalf("%s: the error is no text: %+v", tool, res.Content[0])
	}
	return text.Text
}

// TestTooLargeSaysTheSameAsTheCommandLine: inspect_token and
// check_activation_url refused input above 1 MiB with explain's words
// ("paste only the error message…"), where inspect-token and check-url say
// what they want instead.
func TestTooLargeSaysTheSameAsTheCommandLine(t *testing.T) {
	huge := strings.Repeat("a", diagnose.MaxInputBytes+1)
	cs := connectMCPAt(t, shapesNow)
	for _, tc := range []struct{ command, tool, arg string }{
		{"check-url", "check_activation_url", "url"},
		{"inspect-token", "inspect_token", "token"},
		{"explain", "explain_error", "text"},
	} {
		for _, l := range i18n.Langs() {
			code, _, stderr := runApp(t, huge, nil, tc.command, "--lang", string(l))
			cliMsg, ok := strings.CutPrefix(strings.TrimSuffix(stderr, "\n"), "fortnox-doctor: ")
			if code != exitUsage || !ok {
				t.Fatalf("%s: exit %d, %q", tc.command, code, stderr)
			}
			msg := mcpToolError(t, cs, tc.tool, map[string]any{tc.arg: huge, "lang": string(l)})
			if msg != cliMsg {
				t.Errorf("%s: %s says %q, %s says %q", l, tc.tool, msg, tc.command, cliMsg)
			}
		}
	}
}

// TestCheckURLJSONHasLangAndVerdict: `check-url --json` gives the language
// and the verdict that the text output and check_activation_url give.
func TestCheckURLJSONHasLangAndVerdict(t *testing.T) {
	cs := connectMCPAt(t, shapesNow)
	for _, link := range []string{goodLink, "notaurl", "https://apps.fortnox.se/oauth-v1/auth?client_id=abc&scope=invoice,Customer&state=x"} {
		for _, l := range i18n.Langs() {
			_, stdout, _ := runApp(t, "", nil, "check-url", "--json", "--lang", string(l), link)
			var got struct {
				Lang    i18n.Lang `json:"lang"`
				Verdict *struct {
					Severity diagnose.Severity `json:"severity"`
					Message  string            `json:"message"`
				} `json:"verdict"`
			}
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatalf("%s: %v\n%s", link, err, stdout)
			}
			r, _ := diagnose.CheckURL(link)
			sev, msg := report.Verdict(r, l)
			if got.Lang != l || got.Verdict == nil || got.Verdict.Severity != sev || got.Verdict.Message != msg {
				t.Errorf("%s %.40s: lang %q, verdict %+v; want %q, %s %q", l, link, got.Lang, got.Verdict, l, sev, msg)
			}
			_, text, _ := runApp(t, "", nil, "check-url", "--lang", string(l), link)
			if !strings.Contains(text, msg) {
				t.Errorf("%s %.40s: the text output does not give the verdict %q:\n%s", l, link, msg, text)
			}
			answer := mcpAnswer(t, cs, "check_activation_url", map[string]any{"url": link, "lang": string(l)})
			var cli map[string]any
			_ = json.Unmarshal([]byte(stdout), &cli)
			for _, k := range []string{"lang", "verdict"} {
				if !reflect.DeepEqual(answer[k], cli[k]) {
					t.Errorf("%s %.40s: %s: check_activation_url %v, check-url --json %v", l, link, k, answer[k], cli[k])
				}
			}
		}
	}
}
