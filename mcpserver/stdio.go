package mcpserver

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
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

// ErrMessageTooLarge ends a session whose client sent a line above
// MaxMessageBytes: it cannot be read, and skipping it would leave the
// client waiting for an answer that never comes.
var ErrMessageTooLarge = errors.New("a message from the MCP client is larger than 8 MiB")

// StdioTransport is the SDK's stdio transport on the given streams, made
// forgiving: a line that is not JSON is answered with a JSON-RPC parse
// error and the session goes on (the SDK alone would end it), blank lines
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
		line, err := j.readLine()
		j.err = err
		trimmed := bytes.TrimSpace(line)
		switch {
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

// readLine reads one line without its newline, refusing one above
// MaxMessageBytes; at the end of the input it returns the last line with
// io.EOF.
func (j *jsonLines) readLine() ([]byte, error) {
	var line []byte
	for {
		chunk, err := j.r.ReadSlice('\n')
		if len(line)+len(chunk) > MaxMessageBytes+1 {
			return nil, ErrMessageTooLarge
		}
		line = append(line, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return line, err
	}
}
