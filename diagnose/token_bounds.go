package diagnose

import (
	"bytes"
	"encoding/json"
	"slices"
)

// What a token's header and claims may hold once read. A JWT is pasted
// text like any other, and a report echoes no more of it than of a link
// (see MaxEchoRunes, MaxParams, MaxScopes): the bounds are applied once,
// as the parts are decoded, so that every surface (the text report,
// inspect-token --json, inspect_token) shows the same bounded value and
// its size is linear in the paste.
const (
	// MaxClaimDepth is how deep objects and lists may nest in a token's
	// header or claims, the header or claims object itself counted as the
	// first level; one nested deeper is replaced by CutMarker. Real tokens
	// nest two or three levels (an OIDC address, Keycloak's
	// resource_access.<client>.roles), so 16 cuts nothing a real token
	// holds, while the JSON that shows it stays far below the nesting
	// readers refuse (the MCP SDK's 1000, encoding/json's 10000) and its
	// indentation small (inspect-token --json: 2×17 spaces a line at
	// most, the claims being a field of the answer).
	MaxClaimDepth = 16
	// CutMarker stands for an object or list nested deeper than
	// MaxClaimDepth. It is a value of the JSON, so it is the same in every
	// language; a finding says, in the user's, what it means.
	CutMarker = "…"
)

// keptClaims are the claims a report reads, kept whatever their place among
// more than MaxParams claims.
var keptClaims = []string{"tenantId", "userId", "iat", "nbf", "exp", "scope"}

// keptHeader are the header fields a report reads or a reader looks for.
var keptHeader = []string{"alg", "typ", "kid"}

// keptFields are the fields of a token response inspect-token reads.
var keptFields = []string{"access_token", "refresh_token", "scope", "error"}

// claimCuts counts what the bounds left out of a token's header and claims.
type claimCuts struct {
	// claims counts the claims after the first MaxParams; total counts
	// them all, kept or not.
	claims, total int
	// entries counts the other object entries and list items left out
	// (a header's fields after the first MaxParams among them).
	entries int
	// deep counts the objects and lists replaced by CutMarker.
	deep int
}

// boundedJSON reads one JSON object token by token, so that no nesting is
// too deep to read (json.Decoder.Decode gives up past 10000 levels, with an
// error in English), keeping only what the bounds allow: the first
// MaxParams entries of an object, the first MaxScopes items of a list,
// objects and lists no deeper than MaxClaimDepth. What is left out is
// read past, never stored, and counted in cuts. Strings are kept whole
// (cleanJSON cuts them once they are cleaned); numbers are json.Number.
type boundedJSON struct {
	dec  *json.Decoder
	cuts *claimCuts
}

// decodeBounded reads the JSON object at the start of raw (what follows it
// is ignored, as json.Decoder.Decode ignores it) within the bounds. The
// top object keeps the names in kept whatever their place: when more than
// MaxParams entries come, one named in kept takes the place of the last
// other entry kept. top, when not nil, counts the top object's entries
// left out (and, in cuts.total, all of them); else they count as entries.
// The error is errNotObject when raw holds another JSON value, or
// encoding/json's when it is not JSON: the caller words it.
func decodeBounded(raw []byte, kept []string, cuts *claimCuts, top *int) (map[string]any, error) {
	d := boundedJSON{dec: json.NewDecoder(bytes.NewReader(raw)), cuts: cuts}
	d.dec.UseNumber()
	tok, err := d.dec.Token()
	if err != nil {
		return nil, err
	}
	if tok != json.Delim('{') {
		return nil, errNotObject
	}
	m := map[string]any{}
	var others []string // the entries kept that are not in kept, in order
	left := 0
	for d.dec.More() {
		key, err := d.key()
		if err != nil {
			return nil, err
		}
		_, had := m[key]
		isKept := slices.Contains(kept, key)
		switch {
		case had || len(m) < MaxParams:
			if !had && !isKept {
				others = append(others, key)
			}
		case isKept && len(others) > 0:
			delete(m, others[len(others)-1])
			others = others[:len(others)-1]
			left++
		default:
			left++
			if err := d.skip(); err != nil {
				return nil, err
			}
			continue
		}
		if m[key], err = d.value(1); err != nil {
			return nil, err
		}
	}
	if _, err := d.dec.Token(); err != nil {
		return nil, err
	}
	if top != nil {
		*top += left
		cuts.total += len(m) + left
	} else {
		cuts.entries += left
	}
	return m, nil
}

// key reads an object entry's name.
func (d boundedJSON) key() (string, error) {
	tok, err := d.dec.Token()
	if err != nil {
		return "", err
	}
	key, ok := tok.(string)
	if !ok {
		return "", errNotObject // json.Decoder.Token refuses this first
	}
	return key, nil
}

// value reads the value inside depth objects and lists.
func (d boundedJSON) value(depth int) (any, error) {
	tok, err := d.dec.Token()
	if err != nil {
		return nil, err
	}
	open, ok := tok.(json.Delim)
	if !ok {
		return tok, nil // a string, json.Number, bool or nil
	}
	if depth >= MaxClaimDepth {
		d.cuts.deep++
		return CutMarker, d.skipOpen()
	}
	if open == '[' {
		return d.list(depth + 1)
	}
	return d.object(depth + 1)
}

// object reads the rest of an object at depth: its first MaxParams entries.
func (d boundedJSON) object(depth int) (map[string]any, error) {
	m := map[string]any{}
	for d.dec.More() {
		key, err := d.key()
		if err != nil {
			return nil, err
		}
		if _, had := m[key]; !had && len(m) >= MaxParams {
			d.cuts.entries++
			if err := d.skip(); err != nil {
				return nil, err
			}
			continue
		}
		if m[key], err = d.value(depth); err != nil {
			return nil, err
		}
	}
	_, err := d.dec.Token()
	return m, err
}

// list reads the rest of a list at depth: its first MaxScopes items.
func (d boundedJSON) list(depth int) ([]any, error) {
	out := []any{}
	for d.dec.More() {
		if len(out) >= MaxScopes {
			d.cuts.entries++
			if err := d.skip(); err != nil {
				return nil, err
			}
			continue
		}
		v, err := d.value(depth)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	_, err := d.dec.Token()
	return out, err
}

// skip reads past one value.
func (d boundedJSON) skip() error {
	tok, err := d.dec.Token()
	if err != nil {
		return err
	}
	if _, ok := tok.(json.Delim); ok {
		return d.skipOpen()
	}
	return nil
}

// skipOpen reads past the rest of an object or list whose opening bracket
// was read, however deep it nests, without recursion.
func (d boundedJSON) skipOpen() error {
	for open := 1; open > 0; {
		tok, err := d.dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			open++
		case json.Delim('}'), json.Delim(']'):
			open--
		}
	}
	return nil
}
