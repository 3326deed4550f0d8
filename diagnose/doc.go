// Package diagnose reads what a user pastes (an error body, a log line, a
// callback or activation URL, a token) and answers with fix IDs from flows,
// offline.
//
// Every function here is pure and returns structured, language-independent
// results (fix IDs, codes, severities) whose human messages are Messages, so
// the command line and the wizard render the same result in Swedish or
// English and can switch on the fly. Nothing here touches the network or
// the terminal.
//
// Pasted text is untrusted: every string a result carries that came from the
// paste has been through Sanitize (no escape sequences or invisible
// controls) and Redact (no tokens, secrets or authorization codes).
package diagnose
