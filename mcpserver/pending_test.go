package mcpserver

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// requestKey is the key a request line is tracked by, as jsonLines
// tracks it.
func requestKey(t *testing.T, line string) (string, json.RawMessage) {
	t.Helper()
	msg, answer := vetMessage([]byte(line), i18n.English)
	if answer != nil || !msg.request {
		t.Fatalf("%s: not a request passed on: %s", line, answer)
	}
	return msg.key, msg.id
}

func TestPendingRequestsPairAnswersWithRequests(t *testing.T) {
	p := newPendingRequests()
	for _, line := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`,
		`{"jsonrpc":"2.0","id":"a","method":"tools/call","params":{"name":"list_fixes"}}`,
		`{"jsonrpc":"2.0","id":70e-1,"method":"ping"}`,
	} {
		if key, id := requestKey(t, line); !p.add(key, id) {
			t.Fatalf("%s: its id was taken", line)
		}
	}
	for _, line := range []string{`{"jsonrpc":"2.0","id":1.0,"method":"ping"}`, `{"jsonrpc":"2.0","id":"\u0061","method":"ping"}`} {
		if key, id := requestKey(t, line); p.add(key, id) {
			t.Errorf("%s: the id of a request not yet answered was free", line)
		}
	}
	for _, line := range []string{
		`{"jsonrpc":"2.0","method":"notifications/initialized"}`, // no answer due
		`{"jsonrpc":"2.0","id":9,"result":{}}`,                   // the client's answer to the server
	} {
		if msg, _ := vetMessage([]byte(line), i18n.English); msg.request {
			t.Errorf("%s is taken for a request", line)
		}
	}
	for _, tc := range []struct{ answer, sent string }{
		{`{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}}`, ""}, // a parse error answers nothing
		{`{"jsonrpc":"2.0","method":"notify","id":1}`, ""},                        // a request of the server's own
		{`{"jsonrpc":"2.0","id":1,"result":{}}`, ""},
		{`{"jsonrpc":"2.0","id":"a","error":{"code":-32602,"message":"x"}}`, ""},
		{`{"jsonrpc":"2.0","id":7,"result":{}}`, "70e-1"}, // to be answered as the client wrote it
	} {
		if sent := p.written([]byte(tc.answer)); string(sent) != tc.sent {
			t.Errorf("%s answers id %s, want %q", tc.answer, sent, tc.sent)
		}
	}
	if len(p.ids) != 0 {
		t.Fatalf("still pending %v", p.ids)
	}
}

// A request that is never answered holds the end of the input back only
// for the timeout, and closing the session ends the wait at once.
func TestPendingRequestsWaitIsBounded(t *testing.T) {
	p := newPendingRequests()
	p.add("int64:1", json.RawMessage("1"))
	done := make(chan struct{})
	go func() { p.wait(time.Millisecond); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the wait did not end at its timeout")
	}
	done = make(chan struct{})
	go func() { p.wait(time.Hour); close(done) }()
	_ = p.Close()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("closing did not end the wait")
	}
}
