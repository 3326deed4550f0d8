package diagnose

import (
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// hasScheme reports whether a link starts with a scheme (https://): a
// "://" before the first slash, question mark or hash, so that one inside
// the query (redirect_uri=http://…) does not count.
func hasScheme(raw string) bool {
	i := strings.Index(raw, "://")
	j := strings.IndexAny(raw, "/?#")
	return i > 0 && i <= j
}

// looksLikeLink reports whether extracted text could be a link at all: it
// has a scheme, a dot (a host), a path or a query.
func looksLikeLink(raw string) bool { return strings.ContainsAny(raw, ".:/?=") }

// extractURL finds the link in a paste: the first line with an address,
// from http(s):// or apps.fortnox.se to the end of the address. Scope names
// after unencoded spaces ("scope=invoice customer") are kept, and reported.
func extractURL(text string) (string, bool) {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	line := strings.TrimSpace(lines[0])
	for _, l := range lines {
		if strings.Contains(l, "://") || strings.Contains(strings.ToLower(l), flows.AuthorizationHost) {
			line = strings.TrimSpace(l)
			break
		}
	}
	lower := strings.ToLower(line)
	start := -1
	for _, marker := range []string{"https://", "http://", flows.AuthorizationHost} {
		if i := strings.Index(lower, marker); i >= 0 && (start < 0 || i < start) {
			start = i
		}
	}
	if start < 0 {
		start = 0
	}
	line = line[start:]
	if end := strings.IndexAny(line, "\"'`<>"); end >= 0 {
		line = line[:end]
	}
	pieces := strings.Fields(line)
	if len(pieces) == 0 {
		return "", false
	}
	// A Builder, not +=, so that a link of a million scope names takes
	// linear time.
	var out strings.Builder
	out.WriteString(pieces[0])
	spaced := false
	for _, p := range pieces[1:] {
		if _, known := flows.LookupScope(strings.TrimRight(p, ",&")); !known && !strings.Contains(p, "=") {
			break
		}
		out.WriteByte(' ')
		out.WriteString(p)
		spaced = true
	}
	return out.String(), spaced
}

// withoutUserinfo is a link without the userinfo of its authority
// (https://id:secret@host): its password is a placeholder by now, which
// no URL parser takes, and nothing in it is checked.
func withoutUserinfo(raw string) string {
	i := strings.Index(raw, "://")
	if i < 0 || !hasScheme(raw) {
		return raw
	}
	auth := i + len("://")
	end := len(raw)
	if j := strings.IndexAny(raw[auth:], "/?#"); j >= 0 {
		end = auth + j
	}
	at := strings.LastIndexByte(raw[auth:end], '@')
	if at < 0 {
		return raw
	}
	return raw[:auth] + raw[auth+at+1:]
}

// hostChars are the characters a host name is written with.
const hostChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-."

// urlErrorCause says why Go could not read a link, in the user's
// language where the cause is a common one (a character no host name has,
// a port that is no number, a broken escape), else in Go's own words,
// without the link, which the finding shows already (an outside audit read
// "invalid port \":x\" after host" on a Swedish screen). The one
// character or escape Go names goes to %q, which escapes it where it is
// no printable character.
func urlErrorCause(err error) any {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var host url.InvalidHostError
	var escape url.EscapeError
	switch {
	case errors.As(err, &host):
		return msg(i18n.DiagURLBadHostChar, string(host))
	case errors.As(err, &escape):
		if c, uerr := url.PathUnescape(string(escape)); uerr == nil {
			// A well-formed escape Go refuses is one in the host name:
			// a space there, which check-url encodes as %20, for one;
			// an escape of a letter or digit is an escape no host has.
			if len(c) == 1 && strings.ContainsAny(c, hostChars) {
				return msg(i18n.DiagURLEscapeInHost, string(escape))
			}
			return msg(i18n.DiagURLBadHostChar, c)
		}
		return msg(i18n.DiagURLBadEscape, string(escape))
	case strings.Contains(err.Error(), "missing ']' in host"):
		return msg(i18n.DiagURLOpenIPv6)
	case strings.HasPrefix(err.Error(), "invalid port ") && strings.HasSuffix(err.Error(), " after host"):
		port, uerr := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(err.Error(), "invalid port "), " after host"))
		if uerr == nil {
			return msg(i18n.DiagURLBadPort, Quote(strings.TrimPrefix(port, ":"), MaxEchoRunes))
		}
	}
	return Quote(err.Error(), MaxEchoRunes)
}
