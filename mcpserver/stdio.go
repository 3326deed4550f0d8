package mcpserver

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"regexp"
	"sync"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// MaxMessageBytes bounds one message from the client: room for a pasted
// text of diagnose.MaxInputBytes even when JSON escapes every byte of it
// (\u0000 is six), so that such a paste gets the one-line "too large"
// answer rather than the end of the session.
const MaxMessageBytes = 8 << 20

// parseError is JSON-RPC's answer to a message that is not JSON: it has no
// id to answer, so its id is null.
var parseError = []byte(`{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error: a line that is not JSON was ignored"}}` + "\n")

// StdioTransport is the SDK's stdio transport on the given streams, made
// forgiving: a line that is not JSON is answered with a JSON-RPC parse
// error and the session goes on (the SDK alone would end it), a line above
// MaxMessageBytes with an Invalid Request (see readLine), blank lines
// are skipped, and the end of the input waits for the answers to the
// requests before it (see pendingRequests). Messages are newline-delimited JSON in both
// directions, and nothing but them is written to out.
func StdioTransport(in io.Reader, out io.Writer) mcp.Transport {
	pending := newPendingRequests()
	w := &lockedWriter{w: out, pending: pending}
	return &mcp.IOTransport{
		Reader: struct {
			io.Reader
			io.Closer
		}{&jsonLines{r: bufio.NewReaderSize(in, 64<<10), errOut: w, requests: pending}, pending},
		Writer: w,
		// jsonLines bounds each line; the SDK's own bound, which counts
		// what its decoder reads ahead too, is only a backstop.
		MaxLineLength: 2 * MaxMessageBytes,
	}
}

// lockedWriter serializes whole writes: the SDK writes each message in one
// Write, and so does jsonLines for its parse errors, so lines never
// interleave.
type lockedWriter struct {
	mu      sync.Mutex
	w       io.Writer
	pending *pendingRequests
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n, err := l.w.Write(p)
	if err == nil {
		l.pending.written(bytes.TrimSpace(p))
	}
	return n, err
}

// Close leaves the underlying stream open: it is the process's stdout.
func (l *lockedWriter) Close() error { return nil }

// jsonLines passes on the lines of r that are JSON, each with its newline,
// and answers the others with parseError on errOut.
type jsonLines struct {
	r      *bufio.Reader
	errOut io.Writer
	// requests are the requests passed on and not yet answered.
	requests *pendingRequests
	pending  []byte
	err      error
}

func (j *jsonLines) Read(p []byte) (int, error) {
	for len(j.pending) == 0 {
		if j.err != nil {
			if errors.Is(j.err, io.EOF) {
				j.requests.wait(drainTimeout)
			}
			return 0, j.err
		}
		line, tooLarge, err := j.readLine()
		j.err = err
		trimmed := bytes.TrimSpace(line)
		switch {
		case tooLarge != nil:
			if _, werr := j.errOut.Write(tooLarge); werr != nil {
				j.err = werr
			}
		case len(trimmed) == 0:
		case json.Valid(trimmed):
			if answer := vetMessage(trimmed); answer != nil {
				if _, werr := j.errOut.Write(answer); werr != nil {
					j.err = werr
				}
				continue
			}
			j.requests.read(trimmed)
			j.pending = append(trimmed, '\n')
		default:
			if _, werr := j.errOut.Write(parseError); werr != nil {
				j.err = werr
			}
		}
	}
	n := copy(p, j.pending)
	j.pending = j.pending[n:]
	return n, nil
}

// readLine reads one line without its newline; at the end of the input it
// returns the last line with io.EOF. A line above MaxMessageBytes is read
// to its end without being kept, and tooLarge is the answer to it: JSON-RPC's
// Invalid Request, for the id found at either end of the line, so that a
// client that waits for the answer to that request gets one, and the
// session goes on (as it does after any other bad input).
func (j *jsonLines) readLine() (line, tooLarge []byte, err error) {
	var head, tail []byte
	over := false
	for {
		chunk, err := j.r.ReadSlice('\n')
		if len(head) < idWindow {
			head = append(head, chunk[:min(len(chunk), idWindow-len(head))]...)
		}
		if !over && len(line)+len(chunk) > MaxMessageBytes+1 {
			tail = append(tail, line[max(0, len(line)-idWindow):]...)
			over, line = true, nil
		}
		if over {
			tail = append(tail, chunk[max(0, len(chunk)-idWindow):]...)
			tail = tail[max(0, len(tail)-idWindow):]
		} else {
			line = append(line, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if over {
			return nil, invalidRequest(messageID(head, bytes.TrimSpace(tail)), "the message is larger than 8 MiB"), err
		}
		return line, nil, err
	}
}

// idWindow is how much of each end of a line above MaxMessageBytes is
// kept to find its id in.
const idWindow = 4 << 10

// trailingID is an id as the last member of a message: `"id": 7}`.
var trailingID = regexp.MustCompile(`"id"\s*:\s*(-?[0-9][0-9.eE+-]*|"(?:[^"\\]|\\.)*")\s*}$`)

// messageID finds the id of a message too large to read from its first
// and last bytes: a member "id" of the outer object before the first value
// that does not fit in head (clients write the id before the params, or
// after them, as the last member), else an id that ends the message.
// It is nil, to answer with a null id, when neither holds one.
func messageID(head, tail []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(head))
	if tok, err := dec.Token(); err == nil && tok == json.Delim('{') {
		for dec.More() {
			key, err := dec.Token()
			if err != nil {
				break
			}
			var value json.RawMessage
			if err := dec.Decode(&value); err != nil {
				break
			}
			if key == "id" {
				if id, ok := answerableID(value); ok {
					return id
				}
				return nil
			}
		}
	}
	if m := trailingID.FindSubmatch(tail); m != nil && json.Valid(m[1]) {
		if id, ok := answerableID(m[1]); ok {
			return id
		}
	}
	return nil
}
