package mcpserver

import (
	"bytes"
	"encoding/json"
	"io"
	"sync"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// lockedWriter serializes whole writes: the SDK writes each message in one
// Write, and so does jsonLines for its own answers, so lines never
// interleave.
type lockedWriter struct {
	mu      sync.Mutex
	w       io.Writer
	pending *pendingRequests
	lang    i18n.Lang
}

// Write writes one message of the SDK's, said in the session's language
// where the SDK says it in English (see inLanguage).
func (l *lockedWriter) Write(p []byte) (int, error) {
	msg := l.inLanguage(p)
	l.mu.Lock()
	defer l.mu.Unlock()
	// The request is answered before the answer is written: the client may
	// reuse its id as soon as it reads the answer, as the SDK allows.
	if sent := l.pending.written(bytes.TrimSpace(msg)); sent != nil {
		msg = withID(msg, sent)
	}
	if _, err := l.w.Write(msg); err != nil {
		return 0, err
	}
	return len(p), nil
}

// withID is an answer of the SDK's with the id as the client wrote it,
// which the SDK writes in a form of its own (7 for 7.0): a client that
// matches answers to requests by the id's text gets its answer too.
func withID(answer []byte, id json.RawMessage) []byte {
	var members map[string]json.RawMessage
	if json.Unmarshal(answer, &members) != nil {
		return answer
	}
	members["id"] = id
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if enc.Encode(members) != nil {
		return answer
	}
	return b.Bytes()
}

// writeOwn writes one of the transport's own answers. They answer lines
// that were never passed on, so they answer no pending request, even one
// whose id a refused line shares.
func (l *lockedWriter) writeOwn(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// Close leaves the underlying stream open: it is the process's stdout.
func (l *lockedWriter) Close() error { return nil }

// ownAnswers is the writer of the transport's own answers.
type ownAnswers struct{ l *lockedWriter }

func (o ownAnswers) Write(p []byte) (int, error) { return o.l.writeOwn(p) }
