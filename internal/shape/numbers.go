package shape

import "encoding/json"

// readableNumbers gives each number of a decoded JSON value that no
// float64 holds (1e400 in a pasted token's claims) as its text instead:
// most JSON readers, the MCP SDK's check of a tool's answer among them,
// refuse such a number or turn it into infinity. Other values are kept as
// they are; maps and slices are copied where they change.
func readableNumbers(v any) any {
	switch v := v.(type) {
	case json.Number:
		if _, err := v.Float64(); err != nil {
			return string(v)
		}
		return v
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = readableNumbers(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = readableNumbers(x)
		}
		return out
	}
	return v
}

// readableMap is readableNumbers for a JWT's header or claims; nil stays
// nil.
func readableMap(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	return readableNumbers(m).(map[string]any)
}
