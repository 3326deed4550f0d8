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
// error and the session goes on (the SDK alone would end it), and blank
// lines are skipped. Messages are newline-delimited JSON in both
// directions, and nothing but them is written to out.
func StdioTransport(in io.Reader, out io.Writer) mcp.Transport {
	w := &lockedWriter{w: out}
	return &mcp.IOTransport{
		Reader: io.NopCloser(&jsonLines{r: bufio.NewReaderSize(in, 64<<10), errOut: w}),
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
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// Close leaves the underlying stream open: it is the process's stdout.
func (l *lockedWriter) Close() error { return nil }

// jsonLines passes on the lines of r that are JSON, each with its newline,
// and answers the others with parseError on errOut.
type jsonLines struct {
	r       *bufio.Reader
	errOut  io.Writer
	pending []byte
	err     error
}

func (j *jsonLines) Read(p []byte) (int, error) {
	for len(j.pending) == 0 {
		if j.err != nil {
			return 0, j.err
		}
		line, err := j.readLine()
		j.err = err
		trimmed := bytes.TrimSpace(line)
		switch {
		case len(trimmed) == 0:
		case json.Valid(trimmed):
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
