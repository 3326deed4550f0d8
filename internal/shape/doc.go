// Package shape holds the JSON answers that the command line and the MCP
// server both give, each written once: its struct, with the json tags of
// the command-line contract (docs/cli.md, "JSON shapes") and the
// jsonschema tags the MCP SDK infers a tool's output schema from, and its
// constructor from the diagnose or flows value it shows.
//
// It exists because the two used to build their own structs from the same
// values and drifted apart: `inspect-token --json` said "issued_at": null
// where inspect_token left the field out. Now `show --json` and show_fix,
// `explain --json` and explain_error, `check-url --json` and
// check_activation_url, `inspect-token --json` and inspect_token, and
// `list --json` and list_fixes share these types; the MCP server's answers
// embed them and add only what an assistant needs (the language where the
// command line has none, resource URIs, hints, the exposure warning).
//
// Slices and maps are never nil, so the JSON holds [] and {} rather than
// null; a time that is not known is null, never left out.
//
// The package is below both users: it imports diagnose, flows and i18n,
// never cmd/fortnox-doctor, mcpserver or tui.
package shape
