package mcpserver_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// rawSession is a server on StdioTransport over pipes, spoken to in raw
// JSON lines.
type rawSession struct {
	t     *testing.T
	in    *io.PipeWriter
	lines chan string
	done  chan error
}

func startRaw(t *testing.T) *rawSession {
	t.Helper()
	return startRawWith(t, i18n.English, mcpserver.New(mcpserver.Options{Lang: i18n.English, Version: "test"}), true)
}

// startRawWith runs server on StdioTransport in l over pipes, after
// initialize when initialize is true.
func startRawWith(t *testing.T, l i18n.Lang, server *mcp.Server, initialize bool) *rawSession {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	s := &rawSession{t: t, in: inW, lines: make(chan string, 16), done: make(chan error, 1)}
	transport := mcpserver.StdioTransport(l, inR, outW)
	go func() {
		s.done <- server.Run(context.Background(), transport)
		_ = outW.Close()
	}()
	go func() {
		sc := bufio.NewScanner(outR)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			s.lines <- sc.Text()
		}
		close(s.lines)
	}()
	t.Cleanup(func() { _ = inW.Close() })
	if initialize {
		s.send(`{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}`)
		s.next()
		s.send(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	}
	return s
}

func (s *rawSession) send(line string) {
	s.t.Helper()
	if _, err := io.WriteString(s.in, line+"\n"); err != nil {
		s.t.Fatal(err)
	}
}

// next reads the server's next line as a JSON-RPC message.
func (s *rawSession) next() map[string]any {
	s.t.Helper()
	line := s.nextLine()
	var msg map[string]any
	if err := json.Unmarshal([]byte(line), &msg); err != nil || msg["jsonrpc"] != "2.0" {
		s.t.Fatalf("not a JSON-RPC message: %.200q", line)
	}
	return msg
}

// nextLine is the server's next line as it is.
func (s *rawSession) nextLine() string {
	s.t.Helper()
	select {
	case line, ok := <-s.lines:
		if !ok {
			s.t.Fatal("the server's output ended")
		}
		return line
	case <-time.After(20 * time.Second):
		s.t.Fatal("no answer")
	}
	return ""
}

func TestStdioAnswersALineThatIsNotJSONAndGoesOn(t *testing.T) {
	s := startRaw(t)
	for _, garbage := range []string{"hello", "{not json", "\x1b[31m", `{"jsonrpc":"2.0","id":1,`} {
		s.send(garbage)
		msg := s.next()
		e, _ := msg["error"].(map[string]any)
		if msg["id"] != nil || e["code"] != float64(-32700) {
			t.Errorf("%q: want a parse error with a null id, got %v", garbage, msg)
		}
	}
	s.send("")
	s.send(`{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"show_fix","arguments":{"id":"missing-license"}}}`)
	if msg := s.next(); msg["id"] != float64(7) || msg["result"] == nil {
		t.Errorf("the session did not go on: %v", msg)
	}
}

// TestStdioTakesAPasteJustAboveTheLimit sends a paste of 1 MiB and a byte,
// every byte escaped by JSON: the answer is the tool's "too large" error,
// not the end of the session.
func TestStdioTakesAPasteJustAboveTheLimit(t *testing.T) {
	s := startRaw(t)
	text := strings.Repeat(`\u0001`, diagnose.MaxInputBytes+1)
	s.send(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"explain_error","arguments":{"text":"` + text + `"}}}`)
	msg := s.next()
	result, _ := msg["result"].(map[string]any)
	content, _ := result["content"].([]any)
	if result["isError"] != true || len(content) == 0 || content[0].(map[string]any)["text"] != i18n.DiagErrTooLarge.Format(i18n.English, "1 MiB") {
		t.Fatalf("want the too-large tool error, got %.300v", msg)
	}
	s.send(`{"jsonrpc":"2.0","id":3,"method":"tools/list"}`)
	if msg := s.next(); msg["id"] != float64(3) {
		t.Errorf("the session did not go on: %.200v", msg)
	}
}

// TestStdioAnswersAMessageAboveItsBoundAndGoesOn: a message above
// MaxMessageBytes ended the whole session (the command exited 2), though
// bad input never stops the server. It is answered with JSON-RPC's Invalid
// Request, for its id where one is found at either end of it, and the
// session goes on.
func TestStdioAnswersAMessageAboveItsBoundAndGoesOn(t *testing.T) {
	big := strings.Repeat("a", mcpserver.MaxMessageBytes)
	params := `"params":{"name":"explain_error","arguments":{"text":"` + big + `"}}`
	for _, tc := range []struct {
		name, line string
		id         any
	}{
		{"id first", `{"jsonrpc":"2.0","id":41,"method":"tools/call",` + params + `}`, float64(41)},
		{"id last", `{"jsonrpc":"2.0","method":"tools/call",` + params + `,"id":"forty-two"}`, "forty-two"},
		{"no id", `{"x":"` + big + `"}`, nil},
		{"not JSON", big + "b", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := startRaw(t)
			written := make(chan error, 1)
			go func() { _, err := io.WriteString(s.in, tc.line+"\n"); written <- err }()
			msg := s.next()
			e, _ := msg["error"].(map[string]any)
			if e == nil || e["code"] != float64(-32600) || msg["id"] != tc.id {
				t.Errorf("got %.300v, want Invalid Request (-32600) for id %v", msg, tc.id)
			}
			if msg, _ := e["message"].(string); !strings.Contains(msg, "8 MiB") {
				t.Errorf("the error does not say why: %q", msg)
			}
			if err := <-written; err != nil {
				t.Fatalf("the server stopped reading: %v", err)
			}
			s.send(`{"jsonrpc":"2.0","id":3,"method":"tools/list"}`)
			if msg := s.next(); msg["id"] != float64(3) || msg["result"] == nil {
				t.Errorf("the session did not go on: %.200v", msg)
			}
			select {
			case err := <-s.done:
				t.Errorf("the session ended: %v", err)
			default:
			}
		})
	}
}

// TestStdioAnswersEveryRequestBeforeTheInputEnds writes its requests and
// closes its end at once, as `printf … | fortnox-doctor mcp` does: every
// request still gets its answer (the SDK alone cancels what is in flight
// when its input ends, and the process wrote nothing).
func TestStdioAnswersEveryRequestBeforeTheInputEnds(t *testing.T) {
	in := strings.Join([]string{
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pipe","version":"1"}}}`,
		`{"jsonrpc":"2.0","method":"notifications/initialized"}`,
		`{"jsonrpc":"2.0","id":2,"method":"tools/list"}`,
		`{"jsonrpc":"2.0","id":"three","method":"tools/call","params":{"name":"explain_error","arguments":{"text":"Fortnox error 2000663"}}}`,
	}, "\n") + "\n"
	for range 5 { // the race it guards against was lost most of the time, not always
		var out strings.Builder
		server := mcpserver.New(mcpserver.Options{Lang: i18n.English, Version: "test"})
		if err := server.Run(context.Background(), mcpserver.StdioTransport(i18n.English, strings.NewReader(in), &out)); err != nil && !errors.Is(err, io.EOF) {
			t.Fatalf("the session ended with %v", err)
		}
		var ids []string
		for line := range strings.Lines(out.String()) {
			var msg map[string]any
			if err := json.Unmarshal([]byte(line), &msg); err != nil {
				t.Fatalf("not JSON: %.200q", line)
			}
			if msg["error"] != nil {
				t.Errorf("request %v failed: %v", msg["id"], msg["error"])
			}
			ids = append(ids, fmt.Sprint(msg["id"]))
		}
		// Answers come in the order they are ready, not always as asked.
		if slices.Sort(ids); fmt.Sprint(ids) != "[1 2 three]" {
			t.Fatalf("answered %v, want all of [1 2 three]", ids)
		}
	}
}

// TestStdioAnswersJSONThatIsNoMessageAndGoesOn: a line that is JSON but no
// JSON-RPC 2.0 message the SDK can take ended the session without a word;
// it gets JSON-RPC's Invalid Request (or Invalid params for a resource URI
// with a control character, which the SDK could not even answer) and the
// session goes on.
func TestStdioAnswersJSONThatIsNoMessageAndGoesOn(t *testing.T) {
	for _, tc := range []struct {
		line string
		id   any
		code float64
	}{
		{`[]`, nil, -32600},
		{`null`, nil, -32600},
		{`42`, nil, -32600},
		{`"str"`, nil, -32600},
		{`{}`, nil, -32600},
		{`[{"jsonrpc":"2.0","id":4,"method":"ping"}]`, nil, -32600},
		{`{"id":5,"method":"ping"}`, float64(5), -32600},
		{`{"jsonrpc":"1.0","id":"six","method":"ping"}`, "six", -32600},
		{`{"jsonrpc":"2.0","id":true,"method":"ping"}`, nil, -32600},
		{`{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}`, nil, -32600},
		{`{"jsonrpc":"2.0","id":7}`, float64(7), -32600},
		{`{"jsonrpc":"2.0","id":"r","method":"resources/read","params":{"uri":"fortnox-doctor://fix/abc\u001b"}}`, "r", -32602},
		{`{"jsonrpc":"2.0","id":"q","method":"resources/read","params":{"uri":"fortnox-doctor://fix/x?as=\u0000"}}`, "q", -32602},
	} {
		s := startRaw(t)
		s.send(tc.line)
		msg := s.next()
		e, _ := msg["error"].(map[string]any)
		if e == nil || e["code"] != tc.code || msg["id"] != tc.id {
			t.Errorf("%s: got %.200v, want error %v for id %v", tc.line, msg, tc.code, tc.id)
		}
		s.send(`{"jsonrpc":"2.0","id":99,"method":"ping"}`)
		if msg := s.next(); msg["id"] != float64(99) {
			t.Errorf("%s: the session did not go on: %.200v", tc.line, msg)
		}
	}
}
