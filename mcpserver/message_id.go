package mcpserver

import (
	"bytes"
	"encoding/json"
)

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
