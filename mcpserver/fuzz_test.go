package mcpserver

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// FuzzTools gives one arbitrary string to every tool handler and the fix
// resource, as an assistant might pass anything: none may panic, and an
// error is one line. Plain `go test` runs the seeds.
func FuzzTools(f *testing.F) {
	for _, s := range []string{
		"", " ", "invalid-refresh-token", "start", "Invalid refresh token",
		`{"ErrorInformation":{"error":1,"message":"Kunde inte hitta konto","code":2001304}}`,
		"https://apps.fortnox.se/oauth-v1/auth?client_id=a&scope=invoice,customer&state=x&response_type=code",
		"eyJhbGciOiJub25lIn0.eyJ0ZW5hbnRJZCI6MX0.", `{"access_token":"a.b.c","refresh_token":"r"}`,
		"\x1b]52;c;ZXZpbA==\x07\u202e\xff", "fortnox-doctor://fix/x?lang=sv&lang=en", "%zz?lang=%",
	} {
		f.Add(s)
	}
	h := handlers{opts: Options{Lang: i18n.Swedish, Now: func() time.Time { return time.Unix(1_800_000_000, 0) }}}
	ctx := context.Background()
	oneLine := func(t *testing.T, tool string, err error) {
		if err != nil && strings.ContainsAny(err.Error(), "\n\r") {
			t.Fatalf("%s: the error is not one line: %q", tool, err)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range []i18n.Lang{"", i18n.English, i18n.Swedish} {
			_, err := h.explain(ctx, ExplainInput{Text: s, Lang: l})
			oneLine(t, "explain_error", err)
			_, err = h.showFix(ctx, ShowFixInput{ID: s, Lang: l})
			oneLine(t, "show_fix", err)
			_, err = h.checkURL(ctx, CheckURLInput{URL: s, Lang: l})
			oneLine(t, "check_activation_url", err)
			_, err = h.inspectToken(ctx, InspectTokenInput{Token: s, Lang: l})
			oneLine(t, "inspect_token", err)
			_, err = h.nextQuestion(ctx, NextQuestionInput{Answers: []string{s}, Lang: l})
			oneLine(t, "next_question", err)
			_, err = h.nextQuestion(ctx, NextQuestionInput{Answers: []string{"api-auth", s, s}, Lang: l})
			oneLine(t, "next_question", err)
		}
		for _, uri := range []string{s, fixScheme + "://fix/" + s, fixScheme + "://fix/missing-license?lang=" + s} {
			_, err := h.readFix(ctx, &mcp.ReadResourceRequest{Params: &mcp.ReadResourceParams{URI: uri}})
			oneLine(t, "resource", err)
		}
	})
}

// FuzzJSONLines feeds any bytes to the stdio reader: what it passes on is
// JSON-RPC lines only, each one the SDK reads (a line it cannot read would
// end the session) with any id it gives back unchanged; every line that
// is not passed on gets exactly one answer, a JSON-RPC error for its id or
// null, in the order of the lines.
func FuzzJSONLines(f *testing.F) {
	for _, s := range []string{
		"{}\n", "x\n{}\n", "\n\n", `{"a":1}` + "\r\n" + "[1,2]", "{", "\xff\n\"s\"\n", strings.Repeat("a", 70000) + "\n{}",
		`{"jsonrpc":"2.0","id":1,"method":"ping"}` + "\n" + `{"jsonrpc":"2.0","id":true,"method":"ping"}`,
		`{"jsonrpc":"2.0","id":"r","method":"resources/read","params":{"uri":"a\u001b"}}`, `{"jsonrpc":"2.0","id":2,"result":{}}`,
		`{"jsonrpc":"2.0","id":44.5,"method":"ping"}`, `{"jsonrpc":"2.0","id":7e0,"method":"ping"}`, `{"jsonrpc":"2.0","id":1e400,"result":{}}`,
		`{"jsonrpc":"2.0","id":3,"error":"x"}`, `{"jsonrpc":2,"id":4,"method":"ping"}`, `{"jsonrpc":"2.0","id":5,"method":"tools/list","params":[]}`,
		`{"jsonrpc":"2.0","id":6,"method":"p","params":{"a":` + strings.Repeat("[", 1001) + strings.Repeat("]", 1001) + `}}`,
		`{"jsonrpc":"2.0","id":8,"method":"p","params":` + strings.Repeat("[", 1001) + `}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var answers strings.Builder
		r := &jsonLines{r: bufio.NewReaderSize(strings.NewReader(s), 16), errOut: &answers}
		passed, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		var wantAnswers strings.Builder
		for _, line := range strings.Split(s, "\n") {
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			if _, answer := r.vet([]byte(line)); answer != nil {
				wantAnswers.Write(answer)
				continue
			}
			want++
		}
		got := strings.Split(strings.TrimSuffix(string(passed), "\n"), "\n")
		if len(passed) == 0 {
			got = nil
		}
		if len(got) != want {
			t.Fatalf("%d lines passed on, want %d", len(got), want)
		}
		for _, line := range got {
			msg, err := jsonrpc.DecodeMessage([]byte(line))
			if err != nil {
				t.Fatalf("passed on %q, which the SDK cannot read: %v", line, err)
			}
			if id := sdkID(msg); id.IsValid() {
				var sent map[string]json.RawMessage
				_ = json.Unmarshal([]byte(line), &sent)
				back, _ := json.Marshal(id.Raw())
				if !jsonSame(sent["id"], back) {
					t.Fatalf("passed on id %s, which the SDK gives back as %s", sent["id"], back)
				}
			}
		}
		if answers.String() != wantAnswers.String() {
			t.Fatalf("answers %q, want %q", answers.String(), wantAnswers.String())
		}
		for _, line := range strings.Split(strings.TrimSuffix(answers.String(), "\n"), "\n") {
			if line != "" && !json.Valid([]byte(line)) {
				t.Fatalf("answered with %q, which is no JSON", line)
			}
		}
	})
}

// sdkID is the id of a message as the SDK reads it.
func sdkID(msg jsonrpc.Message) jsonrpc.ID {
	switch m := msg.(type) {
	case *jsonrpc.Request:
		return m.ID
	case *jsonrpc.Response:
		return m.ID
	}
	return jsonrpc.ID{}
}

// jsonSame reports whether two JSON values are the same value: the same
// string, or numbers of the same value however they are written.
func jsonSame(a, b []byte) bool {
	var x, y any
	dec := json.NewDecoder(bytes.NewReader(a))
	dec.UseNumber()
	if dec.Decode(&x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	if n, ok := x.(json.Number); ok {
		r1, ok1 := new(big.Rat).SetString(n.String())
		r2, ok2 := new(big.Rat).SetString(string(b))
		return ok1 && ok2 && r1.Cmp(r2) == 0
	}
	return x == y
}
