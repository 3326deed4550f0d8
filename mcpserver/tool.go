package mcpserver

import (
	"context"
	"fmt"
	"reflect"
	"slices"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/google/jsonschema-go/jsonschema"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// schemaOptions give the types with a closed set of values their enum, so
// that an assistant sees which languages exist instead of guessing. A
// person (show_fix's as) is named as `show --as` names one, which takes
// letters of either case and blanks around the name: its schema lists the
// names as examples, and the tool refuses any other with the command
// line's message, which lists the valid ones.
var schemaOptions = &jsonschema.ForOptions{TypeSchemas: map[reflect.Type]*jsonschema.Schema{
	reflect.TypeFor[i18n.Lang](): {Type: "string", Enum: []any{string(i18n.English), string(i18n.Swedish)}},
	reflect.TypeFor[Person]():    {Type: "string", Examples: personNames()},
}}

// personNames lists the names show_fix's as takes, as `show --as` takes
// them (flows.ParsePerson): the command line's names, then each role's
// name that ParsePerson also takes ("developer", "user"), so that an
// answer's as (a role) can be passed on as it is.
func personNames() []any {
	var names []any
	for _, n := range flows.PersonNames() {
		names = append(names, n)
	}
	for _, r := range flows.Roles() {
		if _, ok := flows.ParsePerson(string(r)); ok && !slices.Contains(names, any(string(r))) {
			names = append(names, string(r))
		}
	}
	return names
}

// schemaFor infers a JSON schema from a Go type with schemaOptions. The
// types are this package's own, so a failure is a programming error that
// the package's tests catch.
func schemaFor[T any]() *jsonschema.Schema {
	s, err := jsonschema.For[T](schemaOptions)
	if err != nil {
		panic(fmt.Sprintf("mcpserver: schema of %T: %v", *new(T), err))
	}
	return s
}

// readOnly marks a tool as one that only reads what it is given: it changes
// nothing, gives the same answer every time and reaches no outside system.
func readOnly(title string) *mcp.ToolAnnotations {
	no := false
	return &mcp.ToolAnnotations{Title: title, ReadOnlyHint: true, IdempotentHint: true, DestructiveHint: &no, OpenWorldHint: &no}
}

// addTool registers a tool with schemas inferred from its input and output
// types, and notes its input schema in hs.tools for the middleware. The
// handler is guarded: a panic becomes a tool error (in the server's
// language), so that no input can end the server.
func addTool[In, Out any](s *mcp.Server, hs handlers, t *mcp.Tool, h func(context.Context, In) (Out, error)) {
	l := hs.opts.Lang
	input := schemaFor[In]()
	t.InputSchema = input
	t.OutputSchema = schemaFor[Out]()
	hs.tools[t.Name] = input
	mcp.AddTool(s, t, func(ctx context.Context, _ *mcp.CallToolRequest, in In) (res *mcp.CallToolResult, out Out, err error) {
		defer func() {
			if r := recover(); r != nil {
				// The panic's value is not shown: it might quote the input.
				var zero Out
				res, out, err = nil, zero, errorf(l, i18n.MCPErrInternal, t.Name)
			}
		}()
		out, err = h(ctx, in)
		return nil, out, err
	})
}
