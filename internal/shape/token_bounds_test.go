package shape_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

var boundsNow = time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)

// tokenJSON is inspect-token --json's output for a paste in l, written as
// the command writes it (indented, HTML not escaped).
func tokenJSON(t *testing.T, paste string, l i18n.Lang) []byte {
	t.Helper()
	r, err := diagnose.InspectToken(paste, boundsNow)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(shape.NewToken(r, l)); err != nil {
		t.Fatalf("the token's JSON does not encode: %v", err)
	}
	return b.Bytes()
}

// deepClaims is a token whose claims nest n objects deep, the claims
// object the first.
func deepClaims(n int) string {
	return testkit.JWTFromJSON(`{"tenantId":1,"a":` + strings.Repeat(`{"a":`, n-1) + "1" + strings.Repeat("}", n-1) + "}")
}

// The JSON of a token nested deep is bounded, not quadratic in the depth
// (indented, 9,990 levels gave 199,730,878 bytes, 5,000 levels 50 MB), and
// 10,000 levels no longer fail the command's encoder with
// "invalid character '{' exceeded max depth".
func TestTokenJSONOfDeepClaimsIsBounded(t *testing.T) {
	const most = 4 << 10
	shallow := len(tokenJSON(t, deepClaims(diagnose.MaxClaimDepth+1), i18n.English))
	// Go's decoder reads 10,000 levels and no more.
	for _, n := range []int{1000, 5000, 9990, 10000, 100000} {
		out := tokenJSON(t, deepClaims(n), i18n.English)
		if len(out) > most || len(out) != shallow {
			t.Errorf("%d levels: %d bytes of JSON, want %d (at most %d)", n, len(out), shallow, most)
		}
	}
}

// A token too deep for Go's JSON decoder says what was cut in the user's
// language, in the JSON as in the text, never with Go's error in English.
func TestTokenTooDeepIsSaidInTheUsersLanguage(t *testing.T) {
	for _, n := range []int{10000, 10001, 100000} {
		for _, l := range i18n.Langs() {
			// 10,000 levels failed with Go's error when written (the JSON
			// around the claims is one level more); 10,001 were "broken".
			var got shape.Token
			out := tokenJSON(t, deepClaims(n), l)
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatal(err)
			}
			if got.Kind != diagnose.TokenJWT {
				t.Errorf("%d levels, %s: kind %s, findings %+v", n, l, got.Kind, got.Findings)
			}
			want := i18n.DiagTokenTooDeep.Format(l, diagnose.MaxClaimDepth, diagnose.CutMarker)
			found := false
			for _, f := range got.Findings {
				found = found || f.Code == "claims-too-deep" && f.Message == want
			}
			if !found || bytes.Contains(out, []byte("exceeded")) || bytes.Contains(out, []byte("invalid character")) {
				t.Errorf("%d levels, %s: findings %+v", n, l, got.Findings)
			}
		}
	}
}

// An integer beyond 2^53 in magnitude is given as its text, as a number no
// float64 holds is: a reader that reads numbers as float64 (the MCP SDK)
// rounded 123456789012345678901234567890 to 1.2345678901234568e+29. The
// integers a float64 holds, fractions and exponents stay numbers.
func TestTokenBigIntegersAreText(t *testing.T) {
	claims := `{"tenantId":12345678901234567890123,"big":123456789012345678901234567890,"neg":-123456789012345678901234567890,` +
		`"above":9007199254740993,"below":-9007199254740993,"max":9007199254740992,"min":-9007199254740992,"small":1234567,` +
		`"frac":1.5,"exp":1e21,"list":[18446744073709551616,1],"obj":{"n":99999999999999999999}}`
	token := testkit.JWTFromJSON(claims, testkit.WithHeader(map[string]any{"alg": "RS256", "kid": json.Number("77777777777777777777")}))
	var got struct {
		Header, Claims map[string]any
	}
	// Read as most readers read JSON: every number a float64.
	if err := json.Unmarshal(tokenJSON(t, token, i18n.English), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"tenantId": "12345678901234567890123", "big": "123456789012345678901234567890", "neg": "-123456789012345678901234567890",
		"above": "9007199254740993", "below": "-9007199254740993", "max": float64(1 << 53), "min": -float64(1 << 53), "small": float64(1234567),
		"frac": 1.5, "exp": 1e21,
	}
	for k, v := range want {
		if got.Claims[k] != v {
			t.Errorf("%s = %#v, want %#v", k, got.Claims[k], v)
		}
	}
	if l := got.Claims["list"].([]any); l[0] != "18446744073709551616" || l[1] != float64(1) {
		t.Errorf("list = %#v", l)
	}
	if o := got.Claims["obj"].(map[string]any); o["n"] != "99999999999999999999" {
		t.Errorf("obj = %#v", o)
	}
	if got.Header["kid"] != "77777777777777777777" {
		t.Errorf("header kid = %#v", got.Header["kid"])
	}
}

// A long value is cut to diagnose.MaxEchoRunes characters and a token's
// claims to diagnose.MaxParams, in the JSON as in the text.
func TestTokenJSONEchoesBoundedValues(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"tenantId":1,"v":"` + strings.Repeat("x", 2048) + `"`)
	for i := range 5000 {
		fmt.Fprintf(&b, `,"c%d":%d`, i, i)
	}
	b.WriteString("}")
	var got shape.Token
	if err := json.Unmarshal(tokenJSON(t, testkit.JWTFromJSON(b.String()), i18n.Swedish), &got); err != nil {
		t.Fatal(err)
	}
	if got.Claims["v"] != strings.Repeat("x", diagnose.MaxEchoRunes-1)+"…" || len(got.Claims) != diagnose.MaxParams {
		t.Errorf("%d claims, v = %v", len(got.Claims), got.Claims["v"])
	}
	want := i18n.DiagTokenClaimsLeftOut.Format(i18n.Swedish, 5002, diagnose.MaxParams, 5002-diagnose.MaxParams)
	found := false
	for _, f := range got.Findings {
		found = found || f.Code == "claims-left-out" && f.Message == want
	}
	if !found {
		t.Errorf("findings %+v", got.Findings)
	}
}
