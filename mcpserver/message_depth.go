package mcpserver

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// maxDepth is how deeply the SDK reads a message nested: it refuses a
// deeper one (and would end the session on it).
const maxDepth = 1000

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
