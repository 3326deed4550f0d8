package mcpserver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
)

// message is what the transport knows of a line it passes on to the SDK.
type message struct {
	// request is a request that awaits an answer: a method and an id.
	request bool
	// method is the method of a request or notification.
	method string
	// id is the id as the client wrote it, to answer with; key is the
	// same id as the SDK reads it and writes it back (see idKey).
	id  json.RawMessage
	key string
}

// vetMessage looks at a line that is JSON, nested no deeper than the SDK
// reads (see maxDepth), before the SDK sees it. It returns the message to
// pass on, or the answer to send instead of passing it on. The SDK ends
// the whole session on a line that is JSON but no JSON-RPC 2.0 message it
// can read (a batch, "null", a wrong version, an id that is true, an error
// member that is a string), changes a numeric id it cannot carry (44.5
// becomes 44, 2^53+1 becomes 2^53), and fails to send its own answer to a
// resource read whose URI holds a control character (it quotes the URI
// with %q, whose \x1b is no JSON), which ends the session too. Such a line
// gets JSON-RPC's answer here, in l, for its id wherever it has one, and
// the session goes on, as it does after a line that is not JSON.
func vetMessage(line []byte, l i18n.Lang) (message, []byte) {
	m, ok := members(line)
	if !ok {
		return message{}, invalidRequest(l, nil, i18n.MCPRPCNotAnObject.In(l))
	}
	rawID, hasID := m["id"]
	id, idOK := answerableID(rawID)
	rawMethod, hasMethod := m["method"]
	var method string
	switch {
	case !isString(m["jsonrpc"], "2.0"):
		return message{}, invalidRequest(l, id, i18n.MCPRPCVersion.In(l))
	case !idOK:
		// JSON-RPC: an id that cannot be told is answered with null.
		return message{}, invalidRequest(l, nil, i18n.MCPRPCIDType.In(l))
	case id != nil && id[0] != '"' && !integerID(string(id)):
		return message{}, invalidRequest(l, id, i18n.MCPRPCIDNumber.In(l))
	case hasMethod && json.Unmarshal(rawMethod, &method) != nil, hasMethod && string(rawMethod) == "null":
		return message{}, invalidRequest(l, id, i18n.MCPRPCMethodType.In(l))
	case !hasMethod && !present(m["result"]) && !present(m["error"]):
		return message{}, invalidRequest(l, id, i18n.MCPRPCNoMethod.In(l))
	case !hasMethod && present(m["error"]) && !errorObject(m["error"]):
		return message{}, invalidRequest(l, id, i18n.MCPRPCErrorMember.In(l))
	}
	if hasMethod && id != nil {
		if answer := vetParams(l, id, method, m["params"]); answer != nil {
			return message{}, answer
		}
	}
	// What the SDK cannot decode would end the session: nothing above
	// may let such a line through, and this is the backstop if it does.
	decoded, err := jsonrpc.DecodeMessage(line)
	if err != nil {
		return message{}, invalidRequest(l, id, i18n.MCPRPCUnreadable.In(l))
	}
	msg := message{method: method, id: id}
	switch d := decoded.(type) {
	case *jsonrpc.Request:
		msg.key, msg.request = idKey(d.ID), hasID && d.ID.IsValid()
	case *jsonrpc.Response:
		msg.key = idKey(d.ID)
	}
	return msg, nil
}

// vetParams answers a request whose params the SDK would refuse in its
// own English words, or answer wrongly: params that are no object, and
// for the methods whose params this server reads (a resource's URI, a
// tool's name), params left out and members of the wrong type.
func vetParams(l i18n.Lang, id json.RawMessage, method string, params json.RawMessage) []byte {
	member := map[string]string{"resources/read": "uri", "tools/call": "name"}[method]
	if !present(params) {
		if member != "" {
			return invalidParams(l, id, i18n.MCPRPCParamsMissing.In(l))
		}
		return nil
	}
	p, ok := members(params)
	if !ok {
		return invalidParams(l, id, i18n.MCPRPCParamsType.In(l))
	}
	if member == "" || !present(p[member]) {
		return nil
	}
	var s string
	if json.Unmarshal(p[member], &s) != nil {
		return invalidParams(l, id, i18n.MCPRPCParamString.Format(l, member))
	}
	if method == "resources/read" && !printable(s) {
		return invalidParams(l, id, i18n.MCPRPCURIControl.In(l))
	}
	return nil
}

// present reports whether a member is there and not null.
func present(raw json.RawMessage) bool {
	return len(raw) > 0 && string(raw) != "null"
}

// isString reports whether raw is a JSON string that reads want.
func isString(raw json.RawMessage, want string) bool {
	var s string
	return len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &s) == nil && s == want
}

// errorObject reports whether an answer's error member is one the SDK
// reads: an object whose code is an integer and whose message a string.
func errorObject(raw json.RawMessage) bool {
	var e struct {
		Code    json.RawMessage `json:"code"`
		Message json.RawMessage `json:"message"`
	}
	if raw[0] != '{' || json.Unmarshal(raw, &e) != nil {
		return false
	}
	if present(e.Code) {
		if _, err := strconv.ParseInt(string(e.Code), 10, 64); err != nil {
			return false
		}
	}
	return !present(e.Message) || e.Message[0] == '"'
}

// idKey is an id as the SDK carries it: the same key for the id of a
// request and for the id of its answer, however the client wrote it
// (7, 7.0 and 7e0 are one id). The zero ID, none or null, has no key.
func idKey(id jsonrpc.ID) string {
	if !id.IsValid() {
		return ""
	}
	return fmt.Sprintf("%T:%v", id.Raw(), id.Raw())
}

// answerableID returns the id to answer with, as the client wrote it (nil
// for none or null), and whether it is one JSON-RPC allows: absent, null,
// a string or a number.
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

// maxSafeInteger is the largest integer the SDK carries exactly: it reads
// a numeric id as a float64.
const maxSafeInteger = 1<<53 - 1

// integerID reports whether a JSON number is an id MCP takes and the SDK
// carries unchanged: a whole number (however written: 7, 7.0, 70e-1) no
// further from zero than maxSafeInteger.
func integerID(number string) bool {
	number = strings.TrimPrefix(number, "-")
	mantissa, exp := number, 0
	if i := strings.IndexAny(number, "eE"); i >= 0 {
		e, err := strconv.Atoi(number[i+1:])
		if err != nil {
			return false
		}
		mantissa, exp = number[:i], e
	}
	whole, fraction, _ := strings.Cut(mantissa, ".")
	digits := strings.TrimLeft(whole+fraction, "0")
	// The number is digits × 10^shift.
	shift := exp - len(fraction)
	trimmed := strings.TrimRight(digits, "0")
	shift += len(digits) - len(trimmed)
	switch {
	case trimmed == "":
		return true
	case shift < 0:
		return false
	case len(trimmed)+shift > len(strconv.Itoa(maxSafeInteger)):
		return false
	}
	n, err := strconv.ParseInt(trimmed+strings.Repeat("0", shift), 10, 64)
	return err == nil && n <= maxSafeInteger
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

// invalidRequest is JSON-RPC's Invalid Request, in l, saying why.
func invalidRequest(l i18n.Lang, id json.RawMessage, why string) []byte {
	return rpcError(id, jsonrpc.CodeInvalidRequest, i18n.MCPRPCInvalidRequest.Format(l, why))
}

// invalidParams is JSON-RPC's Invalid params, in l, saying why.
func invalidParams(l i18n.Lang, id json.RawMessage, why string) []byte {
	return rpcError(id, jsonrpc.CodeInvalidParams, i18n.MCPRPCInvalidParams.Format(l, why))
}

// parseError is JSON-RPC's answer to a line that is not JSON: it has no
// id to answer, so its id is null.
func parseError(l i18n.Lang) []byte {
	return rpcError(nil, jsonrpc.CodeParseError, i18n.MCPRPCParseError.In(l))
}

// rpcError is a JSON-RPC error answer as one line.
func rpcError(id json.RawMessage, code int, message string) []byte {
	if id == nil {
		id = json.RawMessage("null")
	}
	msg, _ := json.Marshal(message)
	return []byte(`{"jsonrpc":"2.0","id":` + string(id) + `,"error":{"code":` + strconv.Itoa(code) + `,"message":` + string(msg) + "}}\n")
}

// quote is what the client sent as a message quotes it back (see
// diagnose.Quote).
func quote(s string) string { return diagnose.Quote(s, maxQuotedAnswer) }
