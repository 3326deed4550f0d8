package livecheck

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// maxBodyBytes bounds how much of an answer is read: the fields a check uses
// sit at the start of Fortnox's small JSON bodies, and a list with limit=1
// is far smaller. The rest is never read.
const maxBodyBytes = 64 << 10

// maxMessageRunes bounds a Fortnox message quoted as evidence.
const maxMessageRunes = 200

// answer is what one request got back. Its body is read up to maxBodyBytes
// and dropped once the check has taken its fields.
type answer struct {
	status      int
	contentType string
	body        []byte
	// size is the body's length: as read, or as Content-Length gives it
	// when the body is longer than what is read; -1 when it is longer and
	// Content-Length does not say.
	size       int64
	retryAfter time.Duration
	// err is set when no answer came: a network error or a timeout.
	err     error
	timeout bool
}

// send performs one request and reads its answer, waiting at most timeout.
func send(ctx context.Context, client *http.Client, req *http.Request, timeout time.Duration) answer {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	resp, err := client.Do(req.WithContext(ctx))
	if err != nil {
		return answer{err: err, timeout: isTimeout(ctx, err)}
	}
	defer func() { _ = resp.Body.Close() }()
	// One byte more than is kept tells whether there was more.
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBodyBytes+1))
	if err != nil {
		return answer{err: err, timeout: isTimeout(ctx, err)}
	}
	size := int64(len(body))
	if size > maxBodyBytes {
		body, size = body[:maxBodyBytes], -1
		if resp.ContentLength > maxBodyBytes {
			size = resp.ContentLength
		}
	}
	return answer{
		status:      resp.StatusCode,
		contentType: resp.Header.Get("Content-Type"),
		body:        body,
		size:        size,
		retryAfter:  parseRetryAfter(resp.Header.Get("Retry-After")),
	}
}

func isTimeout(ctx context.Context, err error) bool {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var te interface{ Timeout() bool }
	return errors.As(err, &te) && te.Timeout()
}

// parseRetryAfter reads Retry-After in seconds; 0 when absent or not a
// number of seconds.
func parseRetryAfter(v string) time.Duration {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 0 {
		return 0
	}
	return time.Duration(n) * time.Second
}

// fortnoxError is the code and message of an error body, in whichever of
// Fortnox's shapes it came: {"ErrorInformation": {"Error", "Message",
// "Code"}} with keys in any case and the code a number or a string; the
// bare {"message": "unauthorized"}; the warehouse API's {"error", "id",
// "message"}; plain text with the code in brackets (fortnox.md §3). Only
// these two fields of a body are ever shown, and of a plain-text body
// only a single line no longer than a quoted message: a longer text is not
// an error message but a page or a dump, which may hold customer data.
type fortnoxError struct {
	code    string
	message string
	// hidden says that message is not to be shown (a plain-text body
	// longer than one error line); the code still classifies the answer.
	hidden bool
}

var bracketCode = regexp.MustCompile(`\b([12]\d{6})\b`)

// readError finds the error in a body; false when there is none.
func readError(body []byte) (fortnoxError, bool) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return fortnoxError{}, false
	}
	var top map[string]any
	if trimmed[0] == '{' {
		dec := json.NewDecoder(bytes.NewReader(trimmed))
		dec.UseNumber()
		if dec.Decode(&top) != nil {
			return fortnoxError{}, false
		}
		if inner, ok := field(top, "ErrorInformation").(map[string]any); ok {
			return fortnoxError{code: text(field(inner, "code")), message: text(field(inner, "message"))}, true
		}
		// The warehouse API names its errors by id (e.g. missing.rights).
		if id := text(field(top, "id")); id != "" {
			return fortnoxError{code: id, message: text(field(top, "message"))}, true
		}
		if m := text(field(top, "message")); m != "" {
			return fortnoxError{code: text(field(top, "error")), message: m}, true
		}
		return fortnoxError{}, false
	}
	if isHTML(trimmed) {
		return fortnoxError{}, false
	}
	if m := bracketCode.FindSubmatch(trimmed); m != nil {
		line := strings.TrimSpace(diagnose.Sanitize(string(trimmed)))
		hidden := strings.Contains(line, "\n") || utf8.RuneCountInString(line) > maxMessageRunes
		return fortnoxError{code: string(m[1]), message: string(trimmed), hidden: hidden}, true
	}
	return fortnoxError{}, false
}

// field looks a key up ignoring letter case, since Fortnox's bodies come
// both capitalised and not.
func field(m map[string]any, key string) any {
	if v, ok := m[key]; ok {
		return v
	}
	for k, v := range m {
		if strings.EqualFold(k, key) {
			return v
		}
	}
	return nil
}

func text(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

func isHTML(body []byte) bool {
	head := bytes.ToLower(body[:min(len(body), 512)])
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) || bytes.Contains(head, []byte("<body"))
}

// quote makes text from Fortnox safe to show: sanitized, secrets redacted,
// e-mail addresses hidden, on one line and at most maxMessageRunes long.
// It is for the fields a check reads (a company's name and organisation
// number, a user's name); an error's code and message take quoteError.
func quote(s string) string {
	return cut(hideEmails(strings.Join(strings.Fields(diagnose.Clean(s)), " ")))
}

// quoteError is quote for the code and message of an error body, which
// Fortnox writes from the request and the company's data: personal and
// organisation numbers are hidden too.
func quoteError(s string) string {
	return cut(hideIDNumbers(hideEmails(strings.Join(strings.Fields(diagnose.Clean(s)), " "))))
}

// cut shortens s to maxMessageRunes, ending it in … when it was longer.
func cut(s string) string {
	if utf8.RuneCountInString(s) <= maxMessageRunes {
		return s
	}
	r := []rune(s)
	return string(r[:maxMessageRunes-1]) + "…"
}

// mediaTypeSyntax is a content type's type/subtype, lower-case, without
// parameters.
var mediaTypeSyntax = regexp.MustCompile(`^[a-z0-9][a-z0-9!#$&^_.+-]{0,40}/[a-z0-9][a-z0-9!#$&^_.+-]{0,60}$`)

// describeBody says what a body was without anything of what it held:
// its content type, without parameters, and its size.
func describeBody(a answer) diagnose.Message {
	var kind any = msg(i18n.CheckBodyNoType)
	mt, _, _ := strings.Cut(a.contentType, ";")
	if mt = strings.ToLower(strings.TrimSpace(mt)); mediaTypeSyntax.MatchString(mt) {
		kind = mt
	}
	switch {
	case a.size < 0:
		return msg(i18n.CheckBodyOver, kind, maxBodyBytes>>10)
	case a.size < int64(len(a.body)):
		return msg(i18n.CheckBodyBytes, kind, len(a.body))
	}
	return msg(i18n.CheckBodyBytes, kind, a.size)
}
