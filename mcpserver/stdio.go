package mcpserver

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"regexp"
	"strconv"
	"sync"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// MaxMessageBytes bounds one message from the client: room for a pasted
// text of diagnose.MaxInputBytes even when JSON escapes every byte of it
// (\u0000 is six), so that such a paste gets the one-line "too large"
// answer rather than the end of the session.
const MaxMessageBytes = 8 << 20

// maxDepth is how deeply the SDK reads a message nested: it refuses a
// deeper one (and would end the session on it).
const maxDepth = 1000

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

// sdkErrors are the SDK's answers that no middleware of the server's can
// reach, as it gives them before any runs, each with its English (whose
// one group is a method's name, quoted with %q), the code to answer with
// and its text in the session's language: a request before initialize,
// which the SDK answers with the code 0, which JSON-RPC has no meaning
// for, and a method the server does not serve.
var sdkErrors = []struct {
	english *regexp.Regexp
	code    int
	text    i18n.Text
}{
	{regexp.MustCompile(`^method ("(?:[^"\\]|\\.)*") is invalid during session initialization$`), jsonrpc.CodeInvalidRequest, i18n.MCPRPCNotInitialized},
	{regexp.MustCompile(`^method not found: ("(?:[^"\\]|\\.)*")$`), jsonrpc.CodeMethodNotFound, i18n.MCPRPCMethodNotFound},
}

// inLanguage is an answer of the SDK's said in the session's language
// where the SDK says it in English (see sdkErrors), or p as it is. The
// answers the server's middleware can reach are said there (see New).
func (l *lockedWriter) inLanguage(p []byte) []byte {
	if !bytes.Contains(p, []byte(`"error"`)) || !bytes.Contains(p, []byte("method")) {
		return p
	}
	decoded, err := jsonrpc.DecodeMessage(bytes.TrimSpace(p))
	answer, ok := decoded.(*jsonrpc.Response)
	var wire *jsonrpc.Error
	if err != nil || !ok || !errors.As(answer.Error, &wire) {
		return p
	}
	for _, e := range sdkErrors {
		m := e.english.FindStringSubmatch(wire.Message)
		if m == nil {
			continue
		}
		method, err := strconv.Unquote(m[1])
		id, merr := json.Marshal(answer.ID.Raw())
		if err != nil || merr != nil {
			return p
		}
		return rpcError(id, e.code, e.text.Format(l.lang, quote(method)))
	}
	return p
}

// jsonLines passes on the lines of r that are JSON-RPC messages the SDK
// can take, each with its newline, and answers the others on errOut.
type jsonLines struct {
	r      *bufio.Reader
	errOut io.Writer
	// requests are the requests passed on and not yet answered.
	requests *pendingRequests
	// lang is the language of the answers.
	lang    i18n.Lang
	pending []byte
	err     error
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
		answer := tooLarge
		if trimmed := bytes.TrimSpace(line); answer == nil && len(trimmed) > 0 {
			var msg message
			msg, answer = j.vet(trimmed)
			if answer == nil && msg.request && !j.requests.add(msg.key, msg.id) {
				answer = invalidRequest(j.lang, msg.id, i18n.MCPRPCIDInUse.In(j.lang))
			}
			if answer == nil {
				j.pending = append(trimmed, '\n')
			}
		}
		if answer != nil {
			if _, werr := j.errOut.Write(answer); werr != nil {
				j.err = werr
			}
		}
	}
	n := copy(p, j.pending)
	j.pending = j.pending[n:]
	return n, nil
}

// vet answers a line that is not JSON, one nested deeper than the SDK
// reads, and what vetMessage answers; else it is the message to pass on.
func (j *jsonLines) vet(line []byte) (message, []byte) {
	if depth(line) > maxDepth {
		// json.Valid has a bound of its own (10,000), so a deeper line
		// is told from one that is not JSON by reading its tokens.
		if !validDeep(line) {
			return message{}, parseError(j.lang)
		}
		return message{}, invalidRequest(j.lang, messageID(line, line), i18n.MCPRPCTooDeep.In(j.lang))
	}
	if !json.Valid(line) {
		return message{}, parseError(j.lang)
	}
	return vetMessage(line, j.lang)
}

// readLine reads one line without its newline; at the end of the input it
// returns the last line with io.EOF. A line whose message is above
// MaxMessageBytes (not counting the line's end, "\n" or "\r\n") is read to
// its end without being kept, and tooLarge is the answer to it: JSON-RPC's
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
		if !over && len(line)+len(chunk) > MaxMessageBytes+len("\r\n") {
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
		if !over && len(withoutEOL(line)) > MaxMessageBytes {
			over, tail = true, line[max(0, len(line)-idWindow):]
		}
		if over {
			return nil, invalidRequest(j.lang, messageID(head, bytes.TrimSpace(tail)), i18n.MCPRPCTooLarge.In(j.lang)), err
		}
		return line, nil, err
	}
}

// withoutEOL is a line without its end, "\n" or "\r\n".
func withoutEOL(line []byte) []byte {
	if body, ok := bytes.CutSuffix(line, []byte("\n")); ok {
		return bytes.TrimSuffix(body, []byte("\r"))
	}
	return line
}

// idWindow is how much of each end of a line above MaxMessageBytes is
// kept to find its id in.
const idWindow = 4 << 10

// messageID finds the id of a message too large or too deep to read from
// its first and last bytes: a member "id" of the outer object before the
// first value that does not fit in head (clients write the id before the
// params), else a member "id" among the last members of the outer object
// that tail ends with (clients that write it after the params). It is the
// id as the client wrote it, or nil, to answer with a null id, when
// neither holds one.
func messageID(head, tail []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(head))
	if tok, err := dec.Token(); err == nil && tok == json.Delim('{') {
		for dec.More() {
			key, err := dec.Token()
			if err != nil {
				break
			}
			if key == "id" {
				var value json.RawMessage
				if dec.Decode(&value) != nil {
					break
				}
				id, _ := answerableID(value)
				return id
			}
			if !skipValue(dec) {
				break
			}
		}
	}
	return trailingID(tail)
}

// skipValue reads the next value of dec, however deeply it is nested,
// and reports whether it was whole.
func skipValue(dec *json.Decoder) bool {
	nested := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			nested++
		case json.Delim('}'), json.Delim(']'):
			nested--
		}
		if nested == 0 {
			return true
		}
	}
}

// trailingID finds a member "id" among the last members of the object
// that tail ends with, reading tail backward from its closing brace: in
// JSON every quote inside a string is escaped, so from outside a string
// the quote before a string's closing one that no backslash escapes is
// its opening one.
func trailingID(tail []byte) json.RawMessage {
	i := len(tail) - 1
	if i < 0 || tail[i] != '}' {
		return nil
	}
	// end is where the value of the member being read ends.
	end, nested := i, 0
	for i--; i >= 0; i-- {
		switch tail[i] {
		case '}', ']':
			nested++
		case '{', '[':
			if nested == 0 {
				return nil // the outer object's start: it has no id
			}
			nested--
		case ',':
			if nested == 0 {
				end = i
			}
		case '"':
			start := openingQuote(tail, i)
			if start < 0 {
				return nil
			}
			rest := bytes.TrimLeft(tail[i+1:end], " \t\r\n")
			var key string
			if nested == 0 && len(rest) > 0 && rest[0] == ':' && json.Unmarshal(tail[start:i+1], &key) == nil && key == "id" {
				value := bytes.TrimSpace(rest[1:])
				if !json.Valid(value) {
					return nil
				}
				id, _ := answerableID(value)
				return id
			}
			i = start
		}
	}
	return nil
}

// openingQuote is the index of the quote that opens the string whose
// closing quote is at end, or -1 when s does not hold it.
func openingQuote(s []byte, end int) int {
	for j := end - 1; j >= 0; j-- {
		if s[j] != '"' {
			continue
		}
		backslashes := 0
		for k := j - 1; k >= 0 && s[k] == '\\'; k-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return j
		}
	}
	return -1
}

// depth is how deeply line nests objects and arrays, measured as the SDK
// measures it before it reads a message.
func depth(line []byte) int {
	deepest, nested := 0, 0
	inString, escaped := false, false
	for _, b := range line {
		if inString {
			switch {
			case escaped:
				escaped = false
			case b == '\\':
				escaped = true
			case b == '"':
				inString = false
			}
			continue
		}
		switch b {
		case '"':
			inString = true
		case '{', '[':
			nested++
			deepest = max(deepest, nested)
		case '}', ']':
			nested = max(nested-1, 0)
		}
	}
	return deepest
}

// validDeep is json.Valid without its bound on nesting: line is one JSON
// value, read token by token.
func validDeep(line []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(line))
	if !skipValue(dec) {
		return false
	}
	_, err := dec.Token()
	return errors.Is(err, io.EOF)
}
