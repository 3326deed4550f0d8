package mcpserver

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
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
// JSON-RPC lines only; every line that is not JSON gets exactly one parse
// error, and every JSON line that is no message the SDK can take exactly
// one answer of vetMessage, in the order of the lines.
func FuzzJSONLines(f *testing.F) {
	for _, s := range []string{
		"{}\n", "x\n{}\n", "\n\n", `{"a":1}` + "\r\n" + "[1,2]", "{", "\xff\n\"s\"\n", strings.Repeat("a", 70000) + "\n{}",
		`{"jsonrpc":"2.0","id":1,"method":"ping"}` + "\n" + `{"jsonrpc":"2.0","id":true,"method":"ping"}`,
		`{"jsonrpc":"2.0","id":"r","method":"resources/read","params":{"uri":"a\u001b"}}`, `{"jsonrpc":"2.0","id":2,"result":{}}`,
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
			switch line = strings.TrimSpace(line); {
			case line == "":
			case !json.Valid([]byte(line)):
				wantAnswers.Write(parseError)
			case vetMessage([]byte(line)) != nil:
				wantAnswers.Write(vetMessage([]byte(line)))
			default:
				want++
			}
		}
		got := strings.Split(strings.TrimSuffix(string(passed), "\n"), "\n")
		if len(passed) == 0 {
			got = nil
		}
		if len(got) != want {
			t.Fatalf("%d lines passed on, want %d", len(got), want)
		}
		for _, line := range got {
			if !json.Valid([]byte(line)) {
				t.Fatalf("passed on %q", line)
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
