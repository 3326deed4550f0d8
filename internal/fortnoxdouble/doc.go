// Package fortnoxdouble is a stand-in for Fortnox's API and token endpoint
// for tests: an httptest server on the loopback interface whose answers copy
// the shapes of Fortnox's OpenAPI spec and of recorded public responses
// (each fixture names its source), with one scenario per kind of answer a
// live check must read. It records every request with the time of its own
// clock, so a test can hold the checker to the rate limit without waiting in
// real time, and it never needs the network.
package fortnoxdouble
