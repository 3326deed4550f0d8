package mcpserver

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

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
