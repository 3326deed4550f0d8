package mcpserver

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"
)

// drainTimeout bounds how long the end of the client's input is held back
// for answers still being worked out (see pendingRequests). Every tool is
// offline and answers in milliseconds; the bound is only there so that a
// request the SDK never answers cannot keep the process alive.
const drainTimeout = 10 * time.Second

// pendingRequests are the client's requests that the server has read but
// not yet answered. The SDK cancels every request still in flight when its
// input ends, so a client that writes its requests and then closes its end
// (a script, a pipe, `printf … | fortnox-doctor mcp`) would get no answer at
// all; the transport's reader holds the end of the input back until each
// request has been answered.
type pendingRequests struct {
	mu  sync.Mutex
	ids map[string]bool
	// changed is closed, and replaced, whenever an answer is written.
	changed chan struct{}
	// closed is closed when the session is closed, which ends any wait.
	closed    chan struct{}
	closeOnce sync.Once
}

func newPendingRequests() *pendingRequests {
	return &pendingRequests{ids: map[string]bool{}, changed: make(chan struct{}), closed: make(chan struct{})}
}

// rpcEnvelope is what tells a JSON-RPC request (method and id), a
// notification (method, no id) and an answer (id, no method) apart.
type rpcEnvelope struct {
	ID     any    `json:"id"`
	Method string `json:"method"`
}

// envelope reads a message's method and id, the id as a key that is the
// same however the number is written (1 and 1.0), as the SDK writes it
// back in its own way; a message that is not an object (a batch, a
// number) has neither.
func envelope(msg []byte) (method, id string) {
	var e rpcEnvelope
	if len(msg) == 0 || msg[0] != '{' || json.Unmarshal(msg, &e) != nil || e.ID == nil {
		return e.Method, ""
	}
	return e.Method, fmt.Sprintf("%T:%v", e.ID, e.ID)
}

// read notes a message from the client: a request is one with a method and
// an id. A nil *pendingRequests tracks nothing.
func (p *pendingRequests) read(msg []byte) {
	if p == nil {
		return
	}
	if method, id := envelope(msg); method != "" && id != "" {
		p.mu.Lock()
		p.ids[id] = true
		p.mu.Unlock()
	}
}

// written notes a message the server wrote: an answer is one with an id
// and no method.
func (p *pendingRequests) written(msg []byte) {
	if p == nil {
		return
	}
	method, id := envelope(msg)
	if method != "" || id == "" {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ids[id] {
		delete(p.ids, id)
		close(p.changed)
		p.changed = make(chan struct{})
	}
}

// wait returns once every request read so far has been answered, the
// session is closed, or timeout has passed.
func (p *pendingRequests) wait(timeout time.Duration) {
	if p == nil {
		return
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		p.mu.Lock()
		n, changed := len(p.ids), p.changed
		p.mu.Unlock()
		if n == 0 {
			return
		}
		select {
		case <-changed:
		case <-p.closed:
			return
		case <-timer.C:
			return
		}
	}
}

// Close ends any wait: the session is over, and nothing more can be
// answered.
func (p *pendingRequests) Close() error {
	p.closeOnce.Do(func() { close(p.closed) })
	return nil
}
