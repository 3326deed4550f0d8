package mcpserver_test

import (
	"context"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// typicalPaste is what a user pastes: a log line with Fortnox's error body.
const typicalPaste = `2026-12-01 09:12:44 ERROR [sync-worker-3] FortnoxClient: GET https://api.fortnox.se/3/invoices?limit=100 failed with 403 Forbidden
{"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope","code":2000663}}
    at Acme.Fortnox.Client.SendAsync(HttpRequestMessage request) in /src/Acme.Fortnox/Client.cs:line 118`

// BenchmarkExplainErrorRoundTrip measures one explain_error call through
// the SDK's client and server over in-memory transports: encoding,
// validation, the matcher and decoding (target: at most 1 ms).
func BenchmarkExplainErrorRoundTrip(b *testing.B) {
	cs := connect(b, i18n.English)
	ctx := context.Background()
	params := &mcp.CallToolParams{Name: "explain_error", Arguments: map[string]any{"text": typicalPaste}}
	b.ReportAllocs()
	for b.Loop() {
		res, err := cs.CallTool(ctx, params)
		if err != nil || res.IsError {
			b.Fatal(err, res)
		}
	}
}

// BenchmarkExplainAlone is the matcher without the protocol, to tell the
// two costs apart.
func BenchmarkExplainAlone(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := diagnose.Explain(typicalPaste); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNextQuestionRoundTrip measures a call a walk makes at each step.
func BenchmarkNextQuestionRoundTrip(b *testing.B) {
	cs := connect(b, i18n.English)
	ctx := context.Background()
	params := &mcp.CallToolParams{Name: "next_question", Arguments: map[string]any{"answers": []string{}}}
	b.ReportAllocs()
	for b.Loop() {
		if res, err := cs.CallTool(ctx, params); err != nil || res.IsError {
			b.Fatal(err, res)
		}
	}
}
