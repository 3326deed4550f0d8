package mcpserver_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
	fdreport "github.com/fortnox-doctor/fortnox-doctor/report"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func TestCheckActivationURL(t *testing.T) {
	const good = "https://apps.fortnox.se/oauth-v1/auth?client_id=AbCdEf123456&redirect_uri=https%3A%2F%2Fapp.example.se%2Fcb&scope=invoice%20customer&state=x1y2&access_type=offline&response_type=code"
	const commas = "https://apps.fortnox.se/oauth-v1/auth?client_id=AbCdEf123456&scope=invoice,customer&state=x&response_type=code"
	many := good
	for i := range diagnose.MaxParams {
		many += fmt.Sprintf("&p%d=%d", i, i)
	}
	for _, l := range langs {
		cs := connect(t, i18n.English)
		for _, link := range []string{good, commas, many} {
			report, err := diagnose.CheckURL(link)
			if err != nil {
				t.Fatal(err)
			}
			var out mcpserver.URLOutput
			callOK(t, cs, "check_activation_url", map[string]any{"url": link, "lang": string(l)}, &out)
			if out.OK != report.OK || out.URL != report.URL || out.Lang != l {
				t.Errorf("%s: ok %v url %q, want %v %q", link, out.OK, out.URL, report.OK, report.URL)
			}
			if !slices.Equal(out.Scopes, report.Scopes) || len(out.Findings) != len(report.Findings) {
				t.Fatalf("%s: scopes %v, %d findings; want %v, %d", link, out.Scopes, len(out.Findings), report.Scopes, len(report.Findings))
			}
			for i, f := range report.Findings {
				got := out.Findings[i]
				if got.Severity != f.Severity || got.Code != f.Code || got.FixID != f.FixID || got.Message != f.Message.In(l) {
					t.Errorf("%s: finding %d = %+v, want %+v", link, i, got, f)
				}
			}
			sev, verdict := fdreport.Verdict(report, l)
			if out.Verdict.Severity != sev || out.Verdict.Message != verdict {
				t.Errorf("%s: verdict %+v", link, out.Verdict)
			}
			if v, _ := report.Param("client_id"); out.Params["client_id"] != v {
				t.Errorf("%s: params %v", link, out.Params)
			}
			// Whether params holds them all is said, as check-url --json does.
			if out.ParamsLeftOut != report.ParamsLeftOut || link == many && out.ParamsLeftOut == 0 {
				t.Errorf("%.60s…: %d params left out, want %d", link, out.ParamsLeftOut, report.ParamsLeftOut)
			}
		}
	}
}

func TestCheckActivationURLRefusesBadInput(t *testing.T) {
	for _, l := range langs {
		cs := connect(t, l)
		if msg := callError(t, cs, "check_activation_url", map[string]any{"url": "  "}); msg != i18n.DiagErrEmptyURL.In(l) {
			t.Errorf("%s: empty URL: %q", l, msg)
		}
		huge := "https://apps.fortnox.se/oauth-v1/auth?state=" + strings.Repeat("x", diagnose.MaxInputBytes)
		if msg := callError(t, cs, "check_activation_url", map[string]any{"url": huge}); msg != i18n.ErrURLTooLarge.Format(l, "1 MiB") {
			t.Errorf("%s: huge URL: %q", l, msg)
		}
		callError(t, cs, "check_activation_url", map[string]any{})
	}
}

func TestInspectToken(t *testing.T) {
	expired := testkit.JWT(testkit.ExpiringClaims(testNow, -2*time.Hour))
	valid := testkit.JWT(testkit.ExpiringClaims(testNow, 45*time.Minute))
	const refresh = "4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098"
	response := `{"access_token":"` + valid + `","refresh_token":"` + refresh + `","scope":"invoice customer","expires_in":3600,"token_type":"bearer"}`
	tests := []struct {
		name, token string
		kind        diagnose.TokenKind
		expired     bool
		refresh     bool
		finding     string // a finding code that must be there
	}{
		{"expired JWT", expired, diagnose.TokenJWT, true, false, "expired"},
		{"Bearer header", "Authorization: Bearer " + valid, diagnose.TokenJWT, false, false, "signature-not-verified"},
		{"token response", response, diagnose.TokenJWT, false, true, "refresh-token"},
		{"refresh token alone", "refresh_token=" + refresh, diagnose.TokenRefresh, false, true, "refresh-token"},
		{"not a token", "hello", diagnose.TokenUnknown, false, false, "not-a-jwt"},
	}
	for _, l := range langs {
		cs := connect(t, l)
		for _, tc := range tests {
			t.Run(string(l)+"/"+tc.name, func(t *testing.T) {
				report, err := diagnose.InspectToken(tc.token, testNow)
				if err != nil {
					t.Fatal(err)
				}
				var out mcpserver.TokenOutput
				callOK(t, cs, "inspect_token", map[string]any{"token": tc.token}, &out)
				if out.Kind != tc.kind || out.Expired != tc.expired || out.RefreshToken != tc.refresh {
					t.Errorf("kind %q expired %v refresh %v", out.Kind, out.Expired, out.RefreshToken)
				}
				if !slices.ContainsFunc(out.Findings, func(f mcpserver.FindingOutput) bool { return f.Code == tc.finding }) {
					t.Errorf("no %q finding in %+v", tc.finding, out.Findings)
				}
				if len(out.Findings) != len(report.Findings) {
					t.Errorf("%d findings, diagnose has %d", len(out.Findings), len(report.Findings))
				}
				for i, f := range report.Findings {
					if out.Findings[i].Message != f.Message.In(l) || out.Findings[i].FixID != f.FixID {
						t.Errorf("finding %d = %+v", i, out.Findings[i])
					}
				}
				if out.Exposed != i18n.MCPTokenExposed.In(l) {
					t.Errorf("no exposure warning in %s: %q", l, out.Exposed)
				}
				if tc.kind == diagnose.TokenJWT {
					// tenant_id is the claim as the token holds it: a number.
					if out.TenantID != 1234567.0 || out.TenantID != out.Claims["tenantId"] {
						t.Errorf("tenant_id = %#v, claim %#v", out.TenantID, out.Claims["tenantId"])
					}
					if out.ExpiresAt == nil || *out.ExpiresAt != report.ExpiresAt.Format(time.RFC3339) || out.IssuedAt == nil {
						t.Errorf("expires_at %v issued_at %v", out.ExpiresAt, out.IssuedAt)
					}
				}
			})
		}
	}
	cs := connect(t, i18n.English)
	var out mcpserver.TokenOutput
	callOK(t, cs, "inspect_token", map[string]any{"token": expired}, &out)
	for _, f := range out.Findings {
		if f.Code == "expired" && f.FixID != "access-token-expired" {
			t.Errorf("an expired token points at %q", f.FixID)
		}
	}
}

func TestInspectTokenRefusesBadInput(t *testing.T) {
	for _, l := range langs {
		cs := connect(t, l)
		if msg := callError(t, cs, "inspect_token", map[string]any{"token": ""}); msg != i18n.DiagErrEmptyToken.In(l) {
			t.Errorf("%s: empty token: %q", l, msg)
		}
		huge := strings.Repeat("a", diagnose.MaxInputBytes+1)
		if msg := callError(t, cs, "inspect_token", map[string]any{"token": huge}); msg != i18n.ErrTokenTooLarge.Format(l, "1 MiB") {
			t.Errorf("%s: huge token: %q", l, msg)
		}
		callError(t, cs, "inspect_token", map[string]any{"token": json.Number("1")})
	}
}

// TestInspectTokenUnknownTimesAreNull: a token without iat and exp is
// answered with "issued_at": null and "expires_at": null, as
// `inspect-token --json` prints it, not with the fields left out; the
// output schema the SDK infers says so (required, string or null) and the
// SDK's check of the answer against it lets the call through.
func TestInspectTokenUnknownTimesAreNull(t *testing.T) {
	cs := connect(t, i18n.English)
	tools, err := cs.ListTools(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(tools.Tools, func(tool *mcp.Tool) bool { return tool.Name == "inspect_token" })
	if i < 0 {
		t.Fatal("no inspect_token tool")
	}
	schema := schemaOf(t, tools.Tools[i].OutputSchema)
	for _, field := range []string{"issued_at", "expires_at"} {
		p := schema.Properties[field]
		if p == nil || !slices.Equal(p.Types, []string{"null", "string"}) || !slices.Contains(schema.Required, field) {
			t.Errorf("%s: want a required string or null in the output schema, got %+v (required %v)", field, p, schema.Required)
		}
	}
	token := testkit.JWT(map[string]any{"tenantId": testkit.TenantID, "userId": testkit.UserID})
	res := call(t, cs, "inspect_token", map[string]any{"token": token})
	if res.IsError {
		t.Fatalf("tool error %q", resultText(res))
	}
	var answer map[string]json.RawMessage
	raw, _ := json.Marshal(res.StructuredContent)
	if err := json.Unmarshal(raw, &answer); err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"issued_at", "expires_at"} {
		if got, ok := answer[field]; !ok || string(got) != "null" {
			t.Errorf("%s = %s (present %v), want null", field, got, ok)
		}
	}
}

// TestInspectTokenHugeNumbers: a claim number no float64 holds (1e400) is
// answered, not refused by the SDK's check of the answer; the number is
// given as its text, as the command line gives it.
func TestInspectTokenHugeNumbers(t *testing.T) {
	cs := connect(t, i18n.English)
	token := testkit.JWTFromJSON(`{"tenantId":1e400,"exp":1e400,"nested":{"n":-1e999,"ok":5}}`)
	res := call(t, cs, "inspect_token", map[string]any{"token": token})
	if res.IsError {
		t.Fatalf("tool error %q", resultText(res))
	}
	raw, _ := json.Marshal(res.StructuredContent)
	for _, want := range []string{`"exp":"1e400"`, `"n":"-1e999"`, `"ok":5`, `"tenant_id":"1e400"`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("the answer lacks %s:\n%s", want, raw)
		}
	}
}
