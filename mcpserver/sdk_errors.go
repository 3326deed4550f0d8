package mcpserver

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strconv"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
)

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
