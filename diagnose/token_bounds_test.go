package diagnose

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// nested is `{"a":` n times around v: claims that nest n objects deep.
func nested(n int, v string) string {
	return strings.Repeat(`{"a":`, n) + v + strings.Repeat("}", n)
}

// depthOf is how deep objects and lists nest in v, v itself counted.
func depthOf(v any) int {
	deepest := 0
	switch v := v.(type) {
	case map[string]any:
		for _, x := range v {
			deepest = max(deepest, depthOf(x))
		}
	case []any:
		for _, x := range v {
			deepest = max(deepest, depthOf(x))
		}
	default:
		return 0
	}
	return deepest + 1
}

func findingOf(r TokenReport, code string) (Finding, bool) {
	i := slices.IndexFunc(r.Findings, func(f Finding) bool { return f.Code == code })
	if i < 0 {
		return Finding{}, false
	}
	return r.Findings[i], true
}

// Claims nested thousands deep are read, cut at MaxClaimDepth with
// CutMarker, and said so in both languages: 10000 deep was read whole (and
// made the CLI's JSON quadratic in size, then refused by its own encoder
// with "invalid character '{' exceeded max depth"); 10001 deep was a
// "broken" token; neither ever shows Go's error text.
func TestInspectTokenCutsDeepClaims(t *testing.T) {
	for _, n := range []int{MaxClaimDepth, 1000, 10000, 10001, 100000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			r, err := InspectToken(testkit.JWTFromJSON(nested(n, "1")), testNow)
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != TokenJWT {
				t.Fatalf("kind %s, findings %+v", r.Kind, r.Findings)
			}
			// The claims object is the first level.
			if got := depthOf(r.Claims); got != min(n, MaxClaimDepth) {
				t.Errorf("claims nest %d deep, want %d", got, min(n, MaxClaimDepth))
			}
			f, cut := findingOf(r, "claims-too-deep")
			if cut != (n > MaxClaimDepth) {
				t.Fatalf("claims-too-deep finding %v for %d levels: %+v", cut, n, r.Findings)
			}
			out, err := json.Marshal(r.Claims)
			if err != nil {
				t.Fatal(err)
			}
			if !cut {
				return
			}
			if len(out) > 10*MaxClaimDepth || !strings.Contains(string(out), `{"a":"`+CutMarker+`"}`) {
				t.Errorf("claims of %d bytes: %s", len(out), out)
			}
			for _, l := range i18n.Langs() {
				text := f.Message.In(l)
				if !strings.Contains(text, fmt.Sprint(MaxClaimDepth)) || !strings.Contains(text, CutMarker) || strings.Contains(text, "exceeded") {
					t.Errorf("%s: %q", l, text)
				}
			}
			if f.Message.In(i18n.Swedish) != i18n.DiagTokenTooDeep.Format(i18n.Swedish, MaxClaimDepth, CutMarker) {
				t.Errorf("the Swedish finding is %q", f.Message.In(i18n.Swedish))
			}
		})
	}
}

// A header nested deep, a list of lists and a token response with a deep
// field are read the same way.
func TestInspectTokenCutsDeepHeaderAndResponse(t *testing.T) {
	// testkit.JWT's header is a map, which encoding/json will not write
	// this deep.
	enc := base64.RawURLEncoding.EncodeToString
	deep := enc([]byte(`{"alg":"RS256","x":`+nested(20000, "null")+`}`)) + "." +
		enc([]byte(`{"tenantId":1,"l":`+strings.Repeat("[", 20000)+strings.Repeat("]", 20000)+`}`)) + ".c2ln"
	r, err := InspectToken(deep, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := findingOf(r, "claims-too-deep"); !ok || r.Kind != TokenJWT || r.Header["alg"] != "RS256" {
		t.Fatalf("kind %s, header %v, findings %+v", r.Kind, r.Header, r.Findings)
	}
	if depthOf(r.Header) != MaxClaimDepth || depthOf(r.Claims) != MaxClaimDepth {
		t.Errorf("header %d deep, claims %d deep", depthOf(r.Header), depthOf(r.Claims))
	}

	jwt := testkit.JWT(testkit.AccessClaims(testNow.Add(-time.Minute)))
	resp := `{"x":` + nested(20000, "1") + `,"access_token":"` + jwt + `","scope":"invoice"}`
	r, err = InspectToken(resp, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != TokenJWT || !slices.Equal(r.Scopes, []string{"invoice"}) {
		t.Errorf("token response: kind %s, scopes %v, findings %+v", r.Kind, r.Scopes, r.Findings)
	}
}

// A value is echoed to MaxEchoRunes characters, as a parameter of a link
// is: a 2048-character claim was shown whole. Names, numbers written out
// too long and header values alike.
func TestInspectTokenCutsLongValues(t *testing.T) {
	long := strings.Repeat("é", 2048)
	digits := strings.Repeat("7", 5000)
	token := testkit.JWTFromJSON(`{"tenantId":1,"v":"`+long+`","`+long+`":1,"n":`+digits+`,"list":["`+long+`"]}`,
		testkit.WithHeader(map[string]any{"alg": "RS256", "kid": long}))
	r, err := InspectToken(token, testNow)
	if err != nil {
		t.Fatal(err)
	}
	cutLong := strings.Repeat("é", MaxEchoRunes-1) + "…"
	want := map[string]any{
		"tenantId": json.Number("1"), "v": cutLong, cutLong: json.Number("1"),
		"n": strings.Repeat("7", MaxEchoRunes-1) + "…", "list": []any{cutLong},
	}
	if !reflect.DeepEqual(r.Claims, want) {
		t.Errorf("claims = %v", r.Claims)
	}
	if r.Header["kid"] != cutLong {
		t.Errorf("header kid = %v", r.Header["kid"])
	}
}

// At most MaxParams claims are shown, the rest counted in a finding: the
// claims the report reads first are kept wherever they stand. A token of
// 5,000 claims showed them all.
func TestInspectTokenCapsClaims(t *testing.T) {
	var b strings.Builder
	b.WriteString("{")
	for i := range 5000 {
		fmt.Fprintf(&b, `"c%04d":%d,`, i, i)
	}
	exp := testNow.Add(time.Hour).Unix()
	fmt.Fprintf(&b, `"tenantId":7,"userId":"u","iat":%d,"nbf":%d,"exp":%d,"scope":"invoice customer"}`, exp-3600, exp-3600, exp)
	r, err := InspectToken(testkit.JWTFromJSON(b.String()), testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Claims) != MaxParams {
		t.Errorf("%d claims shown, want %d", len(r.Claims), MaxParams)
	}
	for _, name := range keptClaims {
		if _, ok := r.Claims[name]; !ok {
			t.Errorf("claim %s left out", name)
		}
	}
	// The others kept are the first in the token.
	for i := range MaxParams - len(keptClaims) {
		if _, ok := r.Claims[fmt.Sprintf("c%04d", i)]; !ok {
			t.Errorf("claim c%04d left out", i)
		}
	}
	if !r.OK() || r.ExpiresAt.IsZero() || !slices.Equal(r.Scopes, []string{"invoice", "customer"}) {
		t.Errorf("ok %v, expires %v, scopes %v, findings %+v", r.OK(), r.ExpiresAt, r.Scopes, r.Findings)
	}
	f, ok := findingOf(r, "claims-left-out")
	if !ok || f.Severity != SeverityInfo {
		t.Fatalf("findings %+v", r.Findings)
	}
	total := 5000 + len(keptClaims)
	for _, l := range i18n.Langs() {
		want := i18n.DiagTokenClaimsLeftOut.Format(l, total, MaxParams, total-MaxParams)
		if got := f.Message.In(l); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
	if _, ok := findingOf(r, "values-left-out"); ok {
		t.Errorf("values-left-out without values left out: %+v", r.Findings)
	}
}

// Inside the claims, an object keeps its first MaxParams entries and a list
// its first MaxScopes items; what is left out is counted.
func TestInspectTokenCapsNestedValues(t *testing.T) {
	var obj, list []string
	for i := range MaxParams + 10 {
		obj = append(obj, fmt.Sprintf(`"k%03d":{"deep":[%d]}`, i, i))
	}
	for i := range MaxScopes + 5 {
		list = append(list, fmt.Sprintf(`[%d,{"x":%d}]`, i, i))
	}
	claims := `{"tenantId":1,"o":{` + strings.Join(obj, ",") + `},"l":[` + strings.Join(list, ",") + `]}`
	r, err := InspectToken(testkit.JWTFromJSON(claims), testNow)
	if err != nil {
		t.Fatal(err)
	}
	o, _ := r.Claims["o"].(map[string]any)
	l, _ := r.Claims["l"].([]any)
	if len(o) != MaxParams || o["k000"] == nil || o[fmt.Sprintf("k%03d", MaxParams)] != nil || len(l) != MaxScopes {
		t.Fatalf("o has %d entries, l %d items", len(o), len(l))
	}
	f, ok := findingOf(r, "values-left-out")
	if !ok || f.Message.In(i18n.English) != i18n.DiagTokenValuesLeftOut.Format(i18n.English, 15, MaxParams, MaxScopes) {
		t.Errorf("findings %+v", r.Findings)
	}
	if _, ok := findingOf(r, "claims-left-out"); ok {
		t.Errorf("claims-left-out with every claim shown: %+v", r.Findings)
	}
}

// A header keeps its first MaxParams fields, alg among them wherever it
// stands; the others count as values left out.
func TestInspectTokenCapsHeader(t *testing.T) {
	var fields []string
	for i := range MaxParams + 36 {
		fields = append(fields, fmt.Sprintf(`"h%03d":%d`, i, i))
	}
	enc := base64.RawURLEncoding.EncodeToString
	token := enc([]byte(`{`+strings.Join(fields, ",")+`,"alg":"RS256"}`)) + "." + enc([]byte(`{"tenantId":1}`)) + ".c2ln"
	r, err := InspectToken(token, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Header) != MaxParams || r.Header["alg"] != "RS256" || r.Header["h000"] == nil || r.Header[fmt.Sprintf("h%03d", MaxParams-1)] != nil {
		t.Errorf("header of %d fields: alg %v", len(r.Header), r.Header["alg"])
	}
	f, ok := findingOf(r, "values-left-out")
	if !ok || f.Message.Args[0] != 37 {
		t.Errorf("findings %+v", r.Findings)
	}
	if _, ok := findingOf(r, "claims-left-out"); ok {
		t.Errorf("the header's fields counted as claims: %+v", r.Findings)
	}
}

// An error answer's error is quoted to MaxEchoRunes characters.
func TestInspectTokenCutsTheErrorQuoted(t *testing.T) {
	r, err := InspectToken(`{"error":"`+strings.Repeat("x", 5000)+`"}`, testNow)
	if err != nil {
		t.Fatal(err)
	}
	f, ok := findingOf(r, "error-response")
	if !ok || !strings.Contains(f.Message.In(i18n.English), "("+strings.Repeat("x", MaxEchoRunes-1)+"…)") {
		t.Errorf("findings %+v", r.Findings)
	}
}

// The report of a token nested deep, with many claims and long values, is
// linear in the paste: bounded whatever the paste.
func TestInspectTokenOutputIsBounded(t *testing.T) {
	size := func(paste string) int {
		r, err := InspectToken(paste, testNow)
		if err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal(struct {
			H, C map[string]any
		}{r.Header, r.Claims})
		if err != nil {
			t.Fatal(err)
		}
		return len(out)
	}
	small, big := size(testkit.JWTFromJSON(nested(20, "1"))), size(testkit.JWTFromJSON(nested(100000, "1")))
	if small != big {
		t.Errorf("20 levels: %d bytes; 100000 levels: %d bytes", small, big)
	}
}

// FuzzDecodeBounded: decodeBounded reads what json.Decoder.Decode reads,
// the same, unless it cut something, which it then counted; it refuses
// what Decode refuses, but for nesting too deep for Decode, which it cuts;
// what it keeps is within the bounds.
func FuzzDecodeBounded(f *testing.F) {
	for _, s := range []string{
		`{}`, `{"a":1,"b":[1,2,{"c":null}],"d":"x\u00e9"}`, `{"a":1,"a":{"b":2}}`, `null`, `[]`, `{"a":1} trailing`,
		`{"a":[1,]}`, `{"a" 1}`, `{"a":1e400,"b":-0.5e-3}`, nested(40, "[]"), `{"x":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "}",
		"{\"a\":\"\xff\"}", `{"tenantId":1}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		testkit.Bounded(t, len(raw), func() {
			var cuts claimCuts
			got, err := decodeBounded(raw, keptClaims, &cuts, &cuts.claims)
			var want map[string]any
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.UseNumber()
			wantErr := dec.Decode(&want)
			if wantErr == nil && want == nil {
				wantErr = errNotObject
			}
			switch {
			case err != nil && wantErr == nil:
				t.Fatalf("refused %q: %v", raw, err)
			case err == nil && wantErr != nil && !strings.Contains(wantErr.Error(), "exceeded max depth"):
				t.Fatalf("read %q, which Decode refuses: %v", raw, wantErr)
			case err != nil:
				return
			}
			assertBounded(t, got, 1, false)
			if cuts == (claimCuts{total: cuts.total}) && wantErr == nil && !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: read %#v, Decode reads %#v", raw, got, want)
			}
			if cuts.total != len(got)+cuts.claims {
				t.Errorf("%d claims counted, %d kept and %d left out", cuts.total, len(got), cuts.claims)
			}
			assertBounded(t, cleanJSON(got), 1, true)
		})
	})
}

// assertBounded fails when v, at depth, breaks a bound: of structure,
// and once cleaned (cut) of the length of strings and numbers.
func assertBounded(t *testing.T, v any, depth int, cut bool) {
	t.Helper()
	long := func(s string) bool { return cut && utf8.RuneCountInString(s) > MaxEchoRunes }
	switch v := v.(type) {
	case map[string]any:
		if depth > MaxClaimDepth || len(v) > MaxParams {
			t.Fatalf("an object of %d entries at depth %d", len(v), depth)
		}
		for k, x := range v {
			if long(k) {
				t.Fatalf("a name of %d characters", utf8.RuneCountInString(k))
			}
			assertBounded(t, x, depth+1, cut)
		}
	case []any:
		if depth > MaxClaimDepth || len(v) > MaxScopes {
			t.Fatalf("a list of %d items at depth %d", len(v), depth)
		}
		for _, x := range v {
			assertBounded(t, x, depth+1, cut)
		}
	case string:
		if long(v) {
			t.Fatalf("a string of %d characters", utf8.RuneCountInString(v))
		}
	case json.Number:
		if long(string(v)) {
			t.Fatalf("a number of %d characters", len(v))
		}
	}
}
