package shape

import (
	"encoding/json"
	"strconv"
	"strings"
)

// maxExactInt is 2^53: a float64 holds every integer up to it in
// magnitude, and not every one beyond it.
const maxExactInt = 1 << 53

// readableNumbers gives each number of a decoded JSON value that a float64
// does not hold as its text instead: one no float64 holds at all (1e400 in
// a pasted token's claims), which most JSON readers refuse or turn into
// infinity, and an integer beyond 2^53 in magnitude
// (123456789012345678901234567890), which they round
// (1.2345678901234568e+29) — the MCP SDK's check of a tool's answer among
// them, as it reads every number as a float64. Other values are kept as
// they are; maps and slices are copied where they change.
func readableNumbers(v any) any {
	switch v := v.(type) {
	case json.Number:
		if f, err := v.Float64(); err != nil || !exact(v, f) {
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

// exact reports whether n, read as the float64 f, is not an integer
// written out beyond 2^53 in magnitude. A number with a fraction or an
// exponent (1.5, 1e21) is taken as the float64 it is read as.
func exact(n json.Number, f float64) bool {
	if strings.ContainsAny(string(n), ".eE") {
		return true
	}
	if f < -maxExactInt || f > maxExactInt {
		return false
	}
	// Near 2^53 the float64 is rounded: compare the integer itself.
	i, err := strconv.ParseInt(string(n), 10, 64)
	return err == nil && -maxExactInt <= i && i <= maxExactInt
}

// readableMap is readableNumbers for a JWT's header or claims; nil stays
// nil.
func readableMap(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	return readableNumbers(m).(map[string]any)
}
