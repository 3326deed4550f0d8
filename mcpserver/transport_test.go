package mcpserver_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// answer is a JSON-RPC answer with its id as the server wrote it.
type answer struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// nextAnswer reads the server's next line as an answer.
func (s *rawSession) nextAnswer() answer {
	s.t.Helper()
	line := s.nextLine()
	var a answer
	if err := json.Unmarshal([]byte(line), &a); err != nil {
		s.t.Fatalf("not JSON: %.200q", line)
	}
	return a
}

// startRawIn is startRaw with a server in l.
func startRawIn(t *testing.T, l i18n.Lang, initialize bool) *rawSession {
	t.Helper()
	return startRawWith(t, l, mcpserver.New(mcpserver.Options{Lang: l, Version: "test"}), initialize)
}

// TestStdioAnswersAWrongTypedMemberForItsID: a request whose envelope or
// params had a member of the wrong type was taken for a batch and answered
// with a null id and a reason that was not so, and a client waiting for its
// id never got an answer; params nested deeper than json.Valid reads were
// called "not JSON", and those nested deeper than the SDK reads (1,000)
// ended the session. Each is answered for its id, with what is wrong, in
// the session's language, and the session goes on.
func TestStdioAnswersAWrongTypedMemberForItsID(t *testing.T) {
	nested := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	for _, l := range langs {
		invalidRequest := func(why i18n.Text) string { return i18n.MCPRPCInvalidRequest.Format(l, why.In(l)) }
		invalidParams := func(why string) string { return i18n.MCPRPCInvalidParams.Format(l, why) }
		s := startRawIn(t, l, true)
		for _, tc := range []struct {
			line, id string
			code     int
			message  string
		}{
			{`{"jsonrpc":"2.0","id":30,"method":"tools/list","params":[]}`, "30", -32602, invalidParams(i18n.MCPRPCParamsType.In(l))},
			{`{"jsonrpc":"2.0","id":31,"method":"tools/list","params":"x"}`, "31", -32602, invalidParams(i18n.MCPRPCParamsType.In(l))},
			{`{"jsonrpc":"2.0","id":"m","method":5}`, `"m"`, -32600, invalidRequest(i18n.MCPRPCMethodType)},
			{`{"jsonrpc":2,"id":33,"method":"ping"}`, "33", -32600, invalidRequest(i18n.MCPRPCVersion)},
			{`{"jsonrpc":"2.0","id":34,"method":"resources/read","params":{"uri":5}}`, "34", -32602, invalidParams(i18n.MCPRPCParamString.Format(l, "uri"))},
			{`{"jsonrpc":"2.0","id":35,"method":"tools/call","params":{"name":["show_fix"]}}`, "35", -32602, invalidParams(i18n.MCPRPCParamString.Format(l, "name"))},
			{`{"jsonrpc":"2.0","id":"p","method":"resources/read"}`, `"p"`, -32602, invalidParams(i18n.MCPRPCParamsMissing.In(l))},
			{`{"jsonrpc":"2.0","id":"q","method":"tools/call","params":null}`, `"q"`, -32602, invalidParams(i18n.MCPRPCParamsMissing.In(l))},
			{`{"jsonrpc":"2.0","id":36,"method":"tools/list","params":{"x":` + nested(10001) + `}}`, "36", -32600, invalidRequest(i18n.MCPRPCTooDeep)},
			{`{"jsonrpc":"2.0","method":"tools/list","params":{"x":` + nested(1001) + `},"id":37}`, "37", -32600, invalidRequest(i18n.MCPRPCTooDeep)},
			{`{"jsonrpc":"2.0","id":38,"error":"x"}`, "38", -32600, invalidRequest(i18n.MCPRPCErrorMember)},
			{`{"jsonrpc":"2.0","id":39,"result":{"x":` + nested(1001) + `}}`, "39", -32600, invalidRequest(i18n.MCPRPCTooDeep)},
			{`{"jsonrpc":"2.0","id":1e400,"result":{}}`, "1e400", -32600, invalidRequest(i18n.MCPRPCIDNumber)},
			{`{"jsonrpc":"2.0","id":40,"method":"tools/list","params":` + strings.Repeat("[", 1001) + `}`, "null", -32700, i18n.MCPRPCParseError.In(l)},
		} {
			s.send(tc.line)
			a := s.nextAnswer()
			if string(a.ID) != tc.id || a.Error == nil || a.Error.Code != tc.code || a.Error.Message != tc.message {
				t.Errorf("%s: %.80s: answered id %s with %+v, want id %s, %d %q", l, tc.line, a.ID, a.Error, tc.id, tc.code, tc.message)
			}
			s.send(`{"jsonrpc":"2.0","id":99,"method":"ping"}`)
			if a := s.nextAnswer(); string(a.ID) != "99" {
				t.Fatalf("%s: %.80s: the session did not go on", l, tc.line)
			}
		}
	}
}

// TestStdioRefusesAnIDItCannotGiveBack: the SDK reads a numeric id as a
// float64 and writes it back as an integer, so 44.5 was answered as 44 and
// 2^53+1 as 2^53, and a client waiting for its id never got an answer. MCP
// takes a string or an integer: an id it cannot give back is refused with
// Invalid Request, for the id as the client wrote it (JSON-RPC answers
// null only when it cannot tell the id), and an id it takes is answered as
// the client wrote it.
func TestStdioRefusesAnIDItCannotGiveBack(t *testing.T) {
	s := startRaw(t)
	for _, id := range []string{"44.5", "1.9", "-0.5", "9007199254740992", "9007199254740993", "-9007199254740993", "12345678901234567890123", "1e400", "1e-400"} {
		s.send(`{"jsonrpc":"2.0","id":` + id + `,"method":"ping"}`)
		a := s.nextAnswer()
		if string(a.ID) != id || a.Error == nil || a.Error.Code != -32600 || !strings.Contains(a.Error.Message, i18n.MCPRPCIDNumber.In(i18n.English)) {
			t.Errorf("id %s: answered id %s with %+v, want Invalid Request for %s", id, a.ID, a.Error, id)
		}
	}
	for _, id := range []string{"7", "-7", "7.0", "70e-1", "0.7e1", "9007199254740991", "-9007199254740991", `"a"`, `"\u0061"`} {
		s.send(`{"jsonrpc":"2.0","id":` + id + `,"method":"ping"}`)
		if a := s.nextAnswer(); string(a.ID) != id || a.Error != nil || a.Result == nil {
			t.Errorf("id %s: answered id %s with %+v, want its result for %s", id, a.ID, a.Error, id)
		}
	}
}

// TestStdioEndsAtOnceAfterARefusedID: the end of the input waited 10 s
// for an answer to 44.5 that the SDK had given as 44.
func TestStdioEndsAtOnceAfterARefusedID(t *testing.T) {
	in := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pipe","version":"1"}}}` + "\n" +
		`{"jsonrpc":"2.0","method":"notifications/initialized"}` + "\n" +
		`{"jsonrpc":"2.0","id":44.5,"method":"ping"}` + "\n" +
		`{"jsonrpc":"2.0","id":9007199254740993,"method":"ping"}` + "\n" +
		`{"jsonrpc":"2.0","id":7.0,"method":"ping"}` + "\n"
	var out bytes.Buffer
	start := time.Now()
	server := mcpserver.New(mcpserver.Options{Lang: i18n.English, Version: "test"})
	_ = server.Run(context.Background(), mcpserver.StdioTransport(i18n.English, strings.NewReader(in), &out))
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("the server took %v to end after its input", took)
	}
	for _, id := range []string{"44.5", "9007199254740993", "7.0"} {
		if !strings.Contains(out.String(), `"id":`+id+`,`) {
			t.Errorf("no answer for id %s:\n%s", id, out.String())
		}
	}
}

// TestStdioRefusesAnIDInFlight: requests that share the id of one still
// in flight got no answer at all (the SDK drops them). Each gets Invalid
// Request for that id, the request in flight its own answer, and the id
// is free again once that answer is written.
func TestStdioRefusesAnIDInFlight(t *testing.T) {
	server := mcpserver.New(mcpserver.Options{Lang: i18n.English, Version: "test"})
	release := make(chan struct{})
	mcp.AddTool(server, &mcp.Tool{Name: "wait"}, func(context.Context, *mcp.CallToolRequest, struct{}) (*mcp.CallToolResult, struct{}, error) {
		<-release
		return nil, struct{}{}, nil
	})
	s := startRawWith(t, i18n.English, server, true)
	s.send(`{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"wait","arguments":{}}}`)
	s.send(`{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"wait","arguments":{}}}`)
	s.send(`{"jsonrpc":"2.0","id":5.0,"method":"ping"}`)
	for _, id := range []string{"5", "5.0"} {
		a := s.nextAnswer()
		if string(a.ID) != id || a.Error == nil || a.Error.Code != -32600 || a.Error.Message != i18n.MCPRPCInvalidRequest.Format(i18n.English, i18n.MCPRPCIDInUse.In(i18n.English)) {
			t.Errorf("answered id %s with %+v, want id already in use for %s", a.ID, a.Error, id)
		}
	}
	close(release)
	if a := s.nextAnswer(); string(a.ID) != "5" || a.Error != nil {
		t.Errorf("the request in flight got id %s, %+v", a.ID, a.Error)
	}
	s.send(`{"jsonrpc":"2.0","id":5,"method":"ping"}`)
	if a := s.nextAnswer(); string(a.ID) != "5" || a.Error != nil {
		t.Errorf("id 5 once answered is not free: %+v", a.Error)
	}
}

// TestStdioSpeaksTheSessionsLanguage: the transport's own answers were
// English in a Swedish session, a request before initialize got the SDK's
// English with the code 0, which JSON-RPC has no meaning for, and an
// unknown method the SDK's English.
func TestStdioSpeaksTheSessionsLanguage(t *testing.T) {
	for _, l := range langs {
		s := startRawIn(t, l, false)
		s.send(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"list_fixes"}}`)
		if a := s.nextAnswer(); a.Error == nil || a.Error.Code != -32600 || a.Error.Message != i18n.MCPRPCNotInitialized.Format(l, "tools/call") {
			t.Errorf("%s: a call before initialize got %+v", l, a.Error)
		}
		s.send(`not JSON`)
		if a := s.nextAnswer(); a.Error == nil || a.Error.Message != i18n.MCPRPCParseError.In(l) {
			t.Errorf("%s: a line that is not JSON got %+v", l, a.Error)
		}
		s.send(`[]`)
		if a := s.nextAnswer(); a.Error == nil || a.Error.Message != i18n.MCPRPCInvalidRequest.Format(l, i18n.MCPRPCNotAnObject.In(l)) {
			t.Errorf("%s: a batch got %+v", l, a.Error)
		}
		s.send(`{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}`)
		s.next()
		s.send(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)
		s.send(`{"jsonrpc":"2.0","id":2,"method":"nope/x"}`)
		if a := s.nextAnswer(); a.Error == nil || a.Error.Code != -32601 || a.Error.Message != i18n.MCPRPCMethodNotFound.Format(l, "nope/x") {
			t.Errorf("%s: an unknown method got %+v", l, a.Error)
		}
	}
}

// TestStdioFindsTheIDOfAMessageAboveItsBound: an id among the last members
// of a message above 8 MiB, not the very last, was not found, though the
// README promises the id found at either end; and a message of exactly 8
// MiB was refused when its line ended in CRLF.
func TestStdioFindsTheIDOfAMessageAboveItsBound(t *testing.T) {
	s := startRaw(t)
	big := strings.Repeat("a", mcpserver.MaxMessageBytes)
	for _, tc := range []struct{ line, id string }{
		{`{"jsonrpc":"2.0","method":"tools/call","params":{"name":"explain_error","arguments":{"text":"` + big + `"}},"id":6,"x":1}`, "6"},
		{`{"jsonrpc":"2.0","method":"tools/call","params":{"text":"` + big + `"},"id" : "six" , "x":{"id":7,"s":"\"}"}}`, `"six"`},
		{`{"jsonrpc":"2.0","method":"tools/call","params":{"text":"` + big + `","id":8}}`, "null"},
	} {
		go func() { _, _ = io.WriteString(s.in, tc.line+"\n") }()
		a := s.nextAnswer()
		if string(a.ID) != tc.id || a.Error == nil || a.Error.Message != i18n.MCPRPCInvalidRequest.Format(i18n.English, i18n.MCPRPCTooLarge.In(i18n.English)) {
			t.Errorf("answered id %s with %+v, want too large for %s", a.ID, a.Error, tc.id)
		}
	}
	head := `{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"explain_error","arguments":{"text":"`
	tail := `"}}}`
	exact := head + strings.Repeat("a", mcpserver.MaxMessageBytes-len(head)-len(tail)) + tail
	go func() { _, _ = io.WriteString(s.in, exact+"\r\n") }()
	if a := s.nextAnswer(); string(a.ID) != "9" || a.Error != nil {
		t.Errorf("a message of 8 MiB ending in CRLF got %+v", a.Error)
	}
	go func() { _, _ = io.WriteString(s.in, exact+" \r\n") }()
	if a := s.nextAnswer(); string(a.ID) != "9" || a.Error == nil || a.Error.Code != -32600 {
		t.Errorf("a message above 8 MiB ending in CRLF got %+v", a.Error)
	}
}
