package report

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// tokenText is inspect-token's text for a JWT with these claims.
func tokenText(t *testing.T, claims string, l i18n.Lang) string {
	t.Helper()
	enc := base64.RawURLEncoding.EncodeToString
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	r, err := diagnose.InspectToken(enc([]byte(`{"alg":"RS256"}`))+"."+enc([]byte(claims))+".c2ln", now)
	if err != nil {
		t.Fatal(err)
	}
	return Plain(Token(r, now, l), 0)
}

// claimRows are the label and value of each row of a token's text that
// is indented (the other claims) or not (the summary).
func claimRows(out string) map[string]string {
	rows := map[string]string{}
	for line := range strings.SplitSeq(out, "\n") {
		label, value, ok := strings.Cut(strings.TrimPrefix(line, "  "), "  ")
		if ok && label != "" && !strings.HasPrefix(label, " ") {
			rows[label] = strings.TrimLeft(value, " ")
		}
	}
	return rows
}

// A claim's value is shown as a person reads it: an empty one as "" (it
// printed "empty         empty", the label again and out of line), an
// object, a list and null as compact JSON (they printed in Go's syntax:
// map[x:1 y:<nil>], [a b], <nil>), a number as the token writes it.
func TestTokenClaimsAreShownAsJSON(t *testing.T) {
	claims := `{"tenantId":{"id":7},"exp":1900000000,"empty":"","blank":" ","obj":{"y":null,"x":1},"arr":["a","b"],"nul":null,` +
		`"yes":true,"big":123456789012345678901234567890,"":"nameless","s":"plain text"}`
	for _, l := range i18n.Langs() {
		out := tokenText(t, claims, l)
		rows := claimRows(out)
		for label, want := range map[string]string{
			"tenantId": `{"id":7}`, "arr": `["a","b"]`, "blank": `" "`, "empty": `""`, "nul": "null", "obj": `{"x":1,"y":null}`,
			"yes": "true", "big": "123456789012345678901234567890", `""`: "nameless", "s": "plain text",
		} {
			if rows[label] != want {
				t.Errorf("%s: %s shows %q, want %q, in\n%s", l, label, rows[label], want, out)
			}
		}
		for _, bad := range []string{"map[", "<nil>", "[a b]", "empty  empty"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: %q in\n%s", l, bad, out)
			}
		}
	}
}

// An object's JSON is cut to diagnose.MaxEchoRunes characters like any
// value, and what nests too deep shows as diagnose.CutMarker.
func TestTokenClaimJSONIsCut(t *testing.T) {
	deep := strings.Repeat(`{"a":`, 10000) + "1" + strings.Repeat("}", 10000)
	wide := `{` + strings.Repeat(`"k":"`+strings.Repeat("v", 150)+`",`, 3) + `"z":[` + strings.Repeat(`"`+strings.Repeat("w", 150)+`",`, 5) + `1]}`
	out := tokenText(t, `{"tenantId":1,"deep":`+deep+`,"wide":`+wide+`}`, i18n.Swedish)
	rows := claimRows(out)
	// The claims object is the first level.
	want := strings.Repeat(`{"a":`, diagnose.MaxClaimDepth-1) + `"…"` + strings.Repeat("}", diagnose.MaxClaimDepth-1)
	if rows["deep"] != want {
		t.Errorf("deep shows %s, want %s", rows["deep"], want)
	}
	if value := rows["wide"]; len([]rune(value)) != diagnose.MaxEchoRunes || !strings.HasSuffix(value, "…") {
		t.Errorf("wide is %d characters: %s", len([]rune(value)), value)
	}
	if !strings.Contains(out, i18n.DiagTokenTooDeep.Format(i18n.Swedish, diagnose.MaxClaimDepth, diagnose.CutMarker)) {
		t.Errorf("no finding on what was cut:\n%s", out)
	}
}
