package mcpserver_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
)

// inspectBounded calls inspect_token, which must answer, and returns the
// answer as the SDK's client reads it and as JSON.
func inspectBounded(t *testing.T, token string, l i18n.Lang) (mcpserver.TokenOutput, string) {
	t.Helper()
	res := call(t, connect(t, i18n.English), "inspect_token", map[string]any{"token": token, "lang": string(l)})
	if res.IsError {
		t.Fatalf("tool error %q", resultText(res))
	}
	raw, err := json.Marshal(res.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	var out mcpserver.TokenOutput
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("the answer does not decode: %v", err)
	}
	return out, string(raw)
}

func hasFinding(out mcpserver.TokenOutput, code, message string) bool {
	for _, f := range out.Findings {
		if f.Code == code && f.Message == message {
			return true
		}
	}
	return false
}

// Claims nested 1000 deep or more are answered, cut, with a finding in the
// user's language: the SDK refused the answer ("validating tool output: …
// exceeded maximum nesting depth of 1000"), a protocol error.
func TestInspectTokenDeepClaims(t *testing.T) {
	for _, n := range []int{1000, 10000, 100000} {
		token := testkit.JWTFromJSON(`{"tenantId":1,"a":` + strings.Repeat(`{"a":`, n) + "1" + strings.Repeat("}", n) + "}")
		for _, l := range langs {
			out, raw := inspectBounded(t, token, l)
			want := i18n.DiagTokenTooDeep.Format(l, diagnose.MaxClaimDepth, diagnose.CutMarker)
			if out.Kind != diagnose.TokenJWT || !hasFinding(out, "claims-too-deep", want) || len(raw) > 4<<10 {
				t.Errorf("%d levels, %s: %d bytes: %.600s", n, l, len(raw), raw)
			}
		}
	}
}

// Integers beyond 2^53 in magnitude are given exactly, as their text, in
// the claims and in tenant_id: the SDK reads every number as a float64, and
// answered 1.2345678901234568e+29 for 123456789012345678901234567890.
func TestInspectTokenBigIntegers(t *testing.T) {
	token := testkit.JWTFromJSON(`{"n":123456789012345678901234567890,"tenantId":12345678901234567890123,"m":-9007199254740993,"ok":9007199254740992}`)
	_, raw := inspectBounded(t, token, i18n.English)
	for _, want := range []string{`"n":"123456789012345678901234567890"`, `"tenantId":"12345678901234567890123"`, `"tenant_id":"12345678901234567890123"`, `"m":"-9007199254740993"`, `"ok":9007199254740992`} {
		if !strings.Contains(raw, want) {
			t.Errorf("the answer lacks %s:\n%s", want, raw)
		}
	}
}

// A 2,048-character value is cut to diagnose.MaxEchoRunes characters, and
// of 5,000 claims diagnose.MaxParams are answered, the rest counted in a
// finding: both were answered whole.
func TestInspectTokenEchoBounds(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"v":"` + strings.Repeat("x", 2048) + `"`)
	for i := range 5000 {
		fmt.Fprintf(&b, `,"c%d":%d`, i, i)
	}
	b.WriteString(`,"tenantId":5}`)
	for _, l := range langs {
		out, _ := inspectBounded(t, testkit.JWTFromJSON(b.String()), l)
		if out.Claims["v"] != strings.Repeat("x", diagnose.MaxEchoRunes-1)+"…" || len(out.Claims) != diagnose.MaxParams || out.TenantID != float64(5) {
			t.Errorf("%s: %d claims, tenant %v, v = %v", l, len(out.Claims), out.TenantID, out.Claims["v"])
		}
		want := i18n.DiagTokenClaimsLeftOut.Format(l, 5002, diagnose.MaxParams, 5002-diagnose.MaxParams)
		if !hasFinding(out, "claims-left-out", want) {
			t.Errorf("%s: findings %+v", l, out.Findings)
		}
	}
}
