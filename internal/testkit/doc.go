// Package testkit is the one kit the tests share, so that each thing a
// test builds is built once: the hostile inputs every test of an output
// path reuses (pastes built to take a reader quadratic time, pastes
// carrying terminal control sequences, pastes carrying secrets in the
// forms people paste them), access tokens shaped like Fortnox's (JWT),
// the shortest walks through the decision tree (Walk, PathTo), a client
// session to an MCP server (ConnectMCP), a package's imports for the
// tests that keep them in bounds (Imports), and the rule that a test
// missing something from its environment skips on a workstation and fails
// in CI (SkipUnlessCI). It is imported by tests only.
package testkit
