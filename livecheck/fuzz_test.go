package livecheck

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzReadToken feeds pastes to ReadToken: it must never panic, and a token
// it accepts holds only a JWT's characters, so nothing else can reach a
// request header.
func FuzzReadToken(f *testing.F) {
	for _, s := range []string{
		"eyJhbGciOiJSUzI1NiJ9.eyJ0ZW5hbnRJZCI6MSwiZXhwIjoxfQ.c2ln",
		"Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJ0ZW5hbnRJZCI6MX0.c2ln",
		`{"access_token":"eyJhbGciOiJSUzI1NiJ9.e30.c2ln","refresh_token":"x","scope":"invoice"}`,
		"refresh_token=abc", "code=abc", "https://x/cb?code=1&state=2", "", "{", "a.b.c", "eyJ.eyJ.\r\n",
	} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, paste string) {
		if len(paste) > 1<<16 {
			return
		}
		tok, err := ReadToken(paste, now)
		if err != nil {
			return
		}
		if !isTokenText(tok.value) || strings.Count(tok.value, ".") != 2 {
			t.Fatalf("accepted %q", tok.value)
		}
	})
}

// FuzzReadError feeds answer bodies to readError, quote and quoteError: no
// panic, and what is quoted is valid UTF-8 on one line, no longer than the
// bound.
func FuzzReadError(f *testing.F) {
	for _, s := range []string{
		`{"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope.","code":2000663}}`,
		`{"ErrorInformation":{"Error":1,"Message":"Saknar behörighet.","Code":"2001339"}}`,
		`{"message":"unauthorized"}`, `{"error":"Forbidden","id":"missing.rights","message":"Missing rights"}`,
		"Error [2001103] Api-licens saknas.", "<!DOCTYPE html><html></html>", "", "{\"ErrorInformation\":[]}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if len(body) > maxBodyBytes {
			return
		}
		fe, _ := readError(body)
		for _, s := range []string{quote(fe.code), quote(fe.message), quoteError(fe.code), quoteError(fe.message)} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\n\r\x1b") || utf8.RuneCountInString(s) > maxMessageRunes {
				t.Fatalf("quoted %q", s)
			}
		}
	})
}
