package mcpserver

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// vetMessage looks at a line that is JSON before the SDK sees it, and
// returns the answer to send instead of passing it on, or nil to pass it
// on. The SDK ends the whole session on a line that is JSON but no JSON-RPC
// 2.0 message it can take (a batch, "null", a wrong version, an id that is
// true), and fails to send its own answer to a resource read whose URI
// holds a control character (it quotes the URI with %q, whose \x1b is no
// JSON), which ends the session too. Such a line gets JSON-RPC's answer
// here and the session goes on, as a line that is not JSON does.
func vetMessage(line []byte) []byte {
	var m struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Method  *string         `json:"method"`
		Params  struct {
			URI *string `json:"uri"`
		} `json:"params"`
		Result json.RawMessage `json:"result"`
		Error  json.RawMessage `json:"error"`
	}
	if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &m) != nil {
		return invalidRequest(nil, "a JSON-RPC 2.0 message is one object (batches are not taken)")
	}
	id, idOK := answerableID(m.ID)
	switch {
	case m.JSONRPC != "2.0":
		return invalidRequest(id, `"jsonrpc" is not "2.0"`)
	case !idOK:
		return invalidRequest(nil, "the id is neither a string nor a number")
	case m.Method == nil && m.Result == nil && m.Error == nil:
		return invalidRequest(id, "neither a method nor an answer")
	case m.Method != nil && *m.Method == "resources/read" && m.Params.URI != nil && !printable(*m.Params.URI):
		return rpcError(id, -32602, "Invalid params: the resource URI holds control characters")
	}
	return nil
}

// answerableID returns the id to answer with (nil for none or null), and
// whether it is one JSON-RPC allows: absent, null, a string or a number.
func answerableID(raw json.RawMessage) (json.RawMessage, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, true
	}
	switch raw[0] {
	case '"':
		return raw, true
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return raw, true
	}
	return nil, false
}

// printable reports whether s is UTF-8 without control characters.
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 {
			return false
		}
	}
	return true
}

func invalidRequest(id json.RawMessage, why string) []byte {
	return rpcError(id, -32600, "Invalid Request: "+why+"; the line was ignored")
}

// rpcError is a JSON-RPC error answer as one line.
func rpcError(id json.RawMessage, code int, message string) []byte {
	if id == nil {
		id = json.RawMessage("null")
	}
	msg, _ := json.Marshal(message)
	return []byte(`{"jsonrpc":"2.0","id":` + string(id) + `,"error":{"code":` + strconv.Itoa(code) + `,"message":` + string(msg) + "}}\n")
}
