// Package livecheck asks Fortnox, read-only and only when the user has agreed,
// what the offline diagnosis can only guess: whether an access token is
// accepted, which company and user it belongs to, and whether each scope it
// needs works for that company. It is the only package of fortnox-doctor that
// opens a network connection.
//
// The checks run in a fixed order, one request at a time, spaced well under
// Fortnox's rate limit (25 requests per 5 seconds, shared with the
// customer's own use). Every request is a GET except the optional
// client-credentials token request, which rotates nothing. A refresh token or
// an authorization code is refused: a refresh would rotate the refresh token
// and break the integration that holds it (fortnox.md §9). Response bodies are
// read up to a bound for the few fields a check uses and then dropped, since
// they hold customer data: of an error body only its code and message are
// shown, with e-mail addresses and personal and organisation numbers
// hidden, and of any other body only its content type and size.
//
// The package knows no terminal: the command and the wizard draw its reports.
package livecheck
