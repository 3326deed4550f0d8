package mcpserver

import (
	"testing"
	"time"
)

func TestPendingRequestsPairAnswersWithRequests(t *testing.T) {
	p := newPendingRequests()
	p.read([]byte(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
	p.read([]byte(`{"jsonrpc":"2.0","id":"a","method":"tools/call"}`))
	p.read([]byte(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)) // no answer due
	p.read([]byte(`{"jsonrpc":"2.0","id":9,"result":{}}`))                   // the client's answer to the server
	p.read([]byte(`[1,2]`))
	if len(p.ids) != 2 {
		t.Fatalf("pending %v, want the two requests", p.ids)
	}
	p.written([]byte(`{"jsonrpc":"2.0","id":null,"error":{}}`))     // a parse error answers nothing
	p.written([]byte(`{"jsonrpc":"2.0","method":"notify","id":1}`)) // a request of the server's own
	p.written([]byte(`{"jsonrpc":"2.0","id":1.0,"result":{}}`))     // 1 however it is written
	p.written([]byte(`{"jsonrpc":"2.0","id":"a","error":{}}`))
	if len(p.ids) != 0 {
		t.Fatalf("still pending %v", p.ids)
	}
}

// A request that is never answered holds the end of the input back only
// for the timeout, and closing the session ends the wait at once.
func TestPendingRequestsWaitIsBounded(t *testing.T) {
	p := newPendingRequests()
	p.read([]byte(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
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
