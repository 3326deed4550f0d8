// Package mcpserver serves fortnox-doctor's offline diagnosis to AI
// assistants and editors over the Model Context Protocol: tools that
// explain an error text, show and list fixes, lint an activation URL, read
// a token and walk the decision tree, and every fix as a Markdown resource.
// The answers are the command line's: the same catalogue, matcher and
// linters, the same JSON shapes (package internal/shape, built once for
// both; see docs/cli.md), to which an answer adds only what an assistant
// needs, and the same one-line error messages.
//
// Nothing here opens a network connection, and the live check is not
// offered. Pasted text is sanitized and redacted by package diagnose before
// anything is returned, a token is never echoed, and a panic in a tool
// becomes a tool error rather than the end of the server.
//
// The package holds no terminal code: cmd/fortnox-doctor's `mcp` command
// connects New's server to standard input and output.
package mcpserver
