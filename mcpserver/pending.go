package mcpserver

import (
	"bytes"
	"encoding/json"
	"sync"
	"time"

	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
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
	mu sync.Mutex
	// ids are the unanswered requests' ids as the client wrote them, by
	// their keys (see idKey).
	ids map[string]json.RawMessage
	// changed is closed, and replaced, whenever an answer is written.
	changed chan struct{}
	// closed is closed when the session is closed, which ends any wait.
	closed    chan struct{}
	closeOnce sync.Once
}

func newPendingRequests() *pendingRequests {
	return &pendingRequests{ids: map[string]json.RawMessage{}, changed: make(chan struct{}), closed: make(chan struct{})}
}

// add notes a request passed on to the SDK, by its id's key (see idKey),
// with its id as the client wrote it, and reports whether its id was
// free: false when a request with that id is still unanswered. A nil
// *pendingRequests tracks nothing.
func (p *pendingRequests) add(key string, id json.RawMessage) bool {
	if p == nil {
		return true
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, taken := p.ids[key]; taken {
		return false
	}
	p.ids[key] = id
	return true
}

// written notes a message the SDK wrote: an answer is one with an id and
// no method, and answers the request with that id as the SDK read it. It
// returns the id as the client wrote it when the SDK wrote it otherwise
// (7.0 as 7, "\u0061" as "a"), else nil.
func (p *pendingRequests) written(msg []byte) json.RawMessage {
	if p == nil {
		return nil
	}
	decoded, err := jsonrpc.DecodeMessage(msg)
	answer, ok := decoded.(*jsonrpc.Response)
	if err != nil || !ok {
		return nil
	}
	key := idKey(answer.ID)
	p.mu.Lock()
	defer p.mu.Unlock()
	sent, pending := p.ids[key]
	if !pending {
		return nil
	}
	delete(p.ids, key)
	close(p.changed)
	p.changed = make(chan struct{})
	if written, err := json.Marshal(answer.ID.Raw()); err == nil && bytes.Equal(written, sent) {
		return nil
	}
	return sent
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
