package mcpserver

import (
	"bufio"
	"io"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// MaxMessageBytes bounds one message from the client: room for a pasted
// text of diagnose.MaxInputBytes even when JSON escapes every byte of it
// (\u0000 is six), so that such a paste gets the one-line "too large"
// answer rather than the end of the session.
const MaxMessageBytes = 8 << 20

// StdioTransport is the SDK's stdio transport on the given streams, made
// forgiving, with its own answers in l: a line that is not JSON is
// answered with a JSON-RPC parse error and the session goes on (the SDK
// alone would end it), so is a line the SDK could not read or would answer
// wrongly (see vetMessage), a line above MaxMessageBytes with an Invalid
// Request (see readLine), and a request whose id is that of a request not
// yet answered (the SDK would not answer it at all). Blank lines are
// skipped, and the end of the input waits for the answers to the requests
// before it (see pendingRequests). Messages are newline-delimited JSON in
// both directions, and nothing but them is written to out.
func StdioTransport(l i18n.Lang, in io.Reader, out io.Writer) mcp.Transport {
	pending := newPendingRequests()
	w := &lockedWriter{w: out, pending: pending, lang: l}
	return &mcp.IOTransport{
		Reader: struct {
			io.Reader
			io.Closer
		}{&jsonLines{r: bufio.NewReaderSize(in, 64<<10), errOut: ownAnswers{w}, requests: pending, lang: l}, pending},
		Writer: w,
		// jsonLines bounds each line; the SDK's own bound, which counts
		// what its decoder reads ahead too, is only a backstop.
		MaxLineLength: 2 * MaxMessageBytes,
	}
}
