package diagnose

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

// scanned is a cleaned paste in the forms the matcher reads.
type scanned struct {
	clean  string // sanitized and redacted
	folded string // fold(clean): escapes decoded, lower case, no accents
	words  string // words(folded): words between single spaces
	// fortnox reports whether the paste is about Fortnox: it names Fortnox
	// or a fortnox.se address.
	fortnox bool
	// foreign reports whether the paste names another service's address
	// or holds another server's error body, and not Fortnox, so that
	// generic evidence (a 429 from the npm registry) does not count.
	foreign bool
}

func scan(clean string) scanned {
	folded := fold(clean)
	s := scanned{clean: clean, folded: folded, words: words(folded)}
	s.fortnox = strings.Contains(folded, "fortnox")
	s.foreign = !s.fortnox && (namesOtherHost(folded) || holdsOtherServersBody(folded))
	return s
}

// namesOtherHost reports whether text holds a URL whose host is not
// Fortnox's.
func namesOtherHost(text string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], "://")
		if i < 0 {
			return false
		}
		start := from + i + 3
		end := scanWhile(text, start, func(c byte) bool { return isAlnum(c) || c == '.' || c == '-' || c == ':' })
		if host := text[start:end]; strings.Contains(host, ".") && !flows.IsFortnoxHost(host) {
			return true
		}
		from = start
	}
}

// phraseIndex finds a table's phrases in a paste's words in one pass over
// them, however many phrases there are: each phrase is filed under its
// first word, and only the phrases filed under a pasted word are compared
// where that word stands.
type phraseIndex struct {
	sigs    []phraseSignal
	byFirst map[string][]int // first word → indices into sigs
}

func newPhraseIndex(sigs []phraseSignal) phraseIndex {
	x := phraseIndex{sigs: sigs, byFirst: map[string][]int{}}
	for i, p := range sigs {
		if p.folded == "" {
			continue
		}
		first, _, _ := strings.Cut(p.folded, " ")
		x.byFirst[first] = append(x.byFirst[first], i)
	}
	return x
}

// find returns the phrases found in the paste's words, in the table's
// order, each once. A phrase must start at a word; a one-word phrase must
// also end at one, while a longer phrase may run on ("hitta konto" finds
// "hitta kontot"). w starts and ends with a space, with one space between
// words (see words).
func (x phraseIndex) find(w string) []phraseSignal {
	var found []bool
	for i := 1; i < len(w); {
		n := strings.IndexByte(w[i:], ' ')
		if n < 0 {
			break
		}
		for _, k := range x.byFirst[w[i:i+n]] {
			p := x.sigs[k].folded
			oneWord := len(p) == n
			if strings.HasPrefix(w[i:], p) && (!oneWord || w[i+n] == ' ') {
				if found == nil {
					found = make([]bool, len(x.sigs))
				}
				found[k] = true
			}
		}
		i += n + 1
	}
	var out []phraseSignal
	for k, ok := range found {
		if ok {
			out = append(out, x.sigs[k])
		}
	}
	return out
}

// findBodies returns the values of one-key bodies such as
// {"message":"unauthorized"} (JSON, a Python dict, a JavaScript object),
// folded. A body with any other key does not count.
func findBodies(folded string) []string {
	var out []string
	for from := 0; ; {
		i := strings.IndexByte(folded[from:], '{')
		if i < 0 {
			return out
		}
		start := from + i
		from = start + 1
		if v, ok := oneKeyBody(folded, start+1, "message"); ok {
			out = append(out, v)
		}
	}
}

// oneKeyBody parses `key: "value" }` (quotes on the key optional, single or
// double quotes on the value, `:` `=` or `=>`) from s[i] and returns the value.
func oneKeyBody(s string, i int, key string) (string, bool) {
	i = scanWhile(s, i, isSpace)
	var q byte
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		q = s[i]
		i++
	}
	if !strings.HasPrefix(s[i:], key) {
		return "", false
	}
	i += len(key)
	if q != 0 {
		if i >= len(s) || s[i] != q {
			return "", false
		}
		i++
	}
	i = scanWhile(s, i, isSpace)
	if i >= len(s) || (s[i] != ':' && s[i] != '=') {
		return "", false
	}
	i++
	if i < len(s) && s[i] == '>' {
		i++
	}
	i = scanWhile(s, i, isSpace)
	if i >= len(s) || (s[i] != '"' && s[i] != '\'') {
		return "", false
	}
	q = s[i]
	end := strings.IndexByte(s[i+1:], q)
	if end < 0 {
		return "", false
	}
	v := s[i+1 : i+1+end]
	j := scanWhile(s, i+2+end, isSpace)
	if j < len(s) && s[j] == ',' {
		j = scanWhile(s, j+1, isSpace)
	}
	if j >= len(s) || s[j] != '}' {
		return "", false
	}
	return strings.TrimSpace(v), true
}

// findOAuthErrors returns the OAuth error names found as whole words
// (letters, digits and underscores around them do not count), in the order
// of names. Every name has an underscore, which is rare in other text, so
// the scan goes from underscore to underscore.
func findOAuthErrors(folded string, names []string) []string {
	found := map[string]bool{}
	for from := 0; from < len(folded); {
		i := strings.IndexByte(folded[from:], '_')
		if i < 0 {
			break
		}
		at := from + i
		start, end := at, at
		for start > 0 && isWordByte(folded[start-1]) {
			start--
		}
		for end < len(folded) && isWordByte(folded[end]) {
			end++
		}
		found[folded[start:end]] = true
		from = end
	}
	var out []string
	for _, name := range names {
		if found[name] {
			out = append(out, name)
		}
	}
	return out
}

func isWordByte(c byte) bool { return isAlnum(c) || c == '_' }

// statusWords are words that, right before a number, make it an HTTP status:
// "HTTP 401", "status: 401", "statusCode=401".
var statusWords = map[string]bool{
	"http": true, "status": true, "statuscode": true, "status_code": true,
	"httpstatus": true, "http_status": true, "httpstatuscode": true, "http_code": true,
	// A status said to come from Fortnox: "Fortnox 401", "Fortnox
	// returned 429", "Fortnox svarade 403".
	"fortnox": true, "returned": true, "answered": true, "responded": true, "svarade": true,
}

// statusVerbs are words that, right before a number, say an answer came
// back with it: "got 401", "returns 429", "fick 403".
var statusVerbs = map[string]bool{
	"got": true, "get": true, "gets": true, "getting": true, "receive": true, "received": true,
	"receives": true, "receiving": true, "returns": true, "returning": true, "throws": true,
	"fick": true, "far": true, "ger": true, "gav": true, "returnerar": true, "returnerade": true,
}

// errorArticle reports whether "a" or "an" before a number makes it a
// status: "a 401 on a token", "an 429" (an error status only; "a 200" may
// be an amount).
func errorArticle(word, status string) bool {
	return (word == "a" || word == "an") && (status[0] == '4' || status[0] == '5')
}

// reasonPhrases are the standard reason phrases (folded) of the statuses a
// Fortnox integration meets, so that "401 Unauthorized" is a status too.
var reasonPhrases = map[string]string{
	"400": "bad request", "401": "unauthorized", "403": "forbidden", "404": "not found",
	"429": "too many requests", "500": "internal server error", "502": "bad gateway",
	"503": "service unavailable", "504": "gateway timeout",
}

// findStatuses returns the HTTP statuses in the paste's words: a number
// from 100 to 599 after "HTTP", "HTTP/1.1", "status" or "status code", a
// verb of answering ("got 401") or an article (an error status only), or
// before its reason phrase or "Client Error" (Python requests' wording).
func findStatuses(w string) []int {
	var out []int
	var prev1, prev2 string
	for i := 1; i < len(w); {
		j := strings.IndexByte(w[i:], ' ')
		if j < 0 {
			break
		}
		word := w[i : i+j]
		next := i + j + 1
		if len(word) == 3 && word[0] >= '1' && word[0] <= '5' && isDigits(word) {
			isStatus := statusWords[prev1] || statusVerbs[prev1] || errorArticle(prev1, word) ||
				prev1 == "code" && (prev2 == "status" || prev2 == "response" || prev2 == "http") ||
				prev2 == "http" && isHTTPVersion(prev1) ||
				reasonPhrases[word] != "" && strings.HasPrefix(w[next:], reasonPhrases[word]+" ") ||
				strings.HasPrefix(w[next:], "client error ") || strings.HasPrefix(w[next:], "server error ")
			if isStatus {
				n, _ := strconv.Atoi(word)
				out = append(out, n)
			}
		}
		prev2, prev1 = prev1, word
		i = next
	}
	return out
}

func isHTTPVersion(w string) bool {
	switch w {
	case "1.0", "1.1", "2", "2.0", "3":
		return true
	}
	return false
}

// codeHit is a seven-digit number in a paste and where it stood.
type codeHit struct {
	code    int
	context codeContext
	at      int // the number's offset in the folded paste
}

// codeContext is where a number stood, which decides whether it is a code.
type codeContext int

const (
	// The zero value: no context at all; a code only in a paste of nothing
	// but numbers.
	_ codeContext = iota
	// marked: in brackets or parentheses, or after "error"/"fel"; a code
	// when the paste is about Fortnox.
	marked
	// keyed: after a code key ("code": 2000663, Code=…, felkod …); a code.
	keyed
)

// findCodes returns the seven-digit numbers from 1000000 to 2999999 (the
// range of Fortnox's error codes) that stand alone as numbers, each with
// its context.
func findCodes(folded string) []codeHit {
	var out []codeHit
	for i := 0; i < len(folded); {
		c := folded[i]
		if c < '1' || c > '2' || (i > 0 && (isWordByte(folded[i-1]) || folded[i-1] == '.' || folded[i-1] == '-')) {
			i++
			continue
		}
		end := scanWhile(folded, i, func(c byte) bool { return c >= '0' && c <= '9' })
		if end-i != 7 || (end < len(folded) && (isWordByte(folded[end]) || folded[end] == '.' && end+1 < len(folded) && folded[end+1] >= '0' && folded[end+1] <= '9')) {
			i = end
			continue
		}
		code, _ := strconv.Atoi(folded[i:end])
		hit := codeHit{code: code, at: i}
		switch {
		case afterCodeKey(folded, i):
			hit.context = keyed
		case inBrackets(folded, i, end) || afterErrorWord(folded, i):
			hit.context = marked
		}
		out = append(out, hit)
		i = end
	}
	return out
}

// afterCodeKey reports whether the number at s[i] follows a key ending in
// "code" or "kod", past quotes, blanks and a separator.
func afterCodeKey(s string, i int) bool {
	j := i
	for j > 0 && strings.IndexByte(" \t\"':=>", s[j-1]) >= 0 && i-j < 6 {
		j--
	}
	if j == i || j == 0 {
		return false
	}
	k := j
	for k > 0 && isWordByte(s[k-1]) {
		k--
	}
	key := s[k:j]
	return strings.HasSuffix(key, "code") || strings.HasSuffix(key, "kod")
}

func inBrackets(s string, start, end int) bool {
	if start == 0 || end >= len(s) {
		return false
	}
	return s[start-1] == '[' && s[end] == ']' || s[start-1] == '(' && s[end] == ')'
}

// afterErrorWord reports whether the number at s[i] follows "error",
// "fel", "code" or "kod" and a blank or colon ("Error 2000663", "fel: 2000663").
func afterErrorWord(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == ':' || s[j-1] == '#') && i-j < 3 {
		j--
	}
	if j == i {
		return false
	}
	head := s[max(0, j-6):j]
	return strings.HasSuffix(head, "error") || strings.HasSuffix(head, "fel") ||
		strings.HasSuffix(head, "code") || strings.HasSuffix(head, "kod")
}

// callbackWithoutCode reports whether the paste holds an activation
// callback whose query string has state but neither code nor error (an
// activation URL, with client_id or response_type, is not a callback).
// Each token (a run between blanks and quotes) is parsed once, however many
// state= it holds, so the time stays linear in the paste.
func callbackWithoutCode(clean string) bool {
	lower := asciiLower(clean)
	for from := 0; ; {
		i := strings.Index(lower[from:], "state=")
		if i < 0 {
			return false
		}
		at := from + i
		from = at + len("state=")
		if at > 0 && isWordByte(lower[at-1]) {
			continue
		}
		start, end := at, from
		for start > 0 && !isTokenEdge(lower[start-1]) {
			start--
		}
		for end < len(lower) && !isTokenEdge(lower[end]) {
			end++
		}
		// The whole token is decided here: the next state= to look at is
		// in another token.
		from = end
		token := clean[start:end]
		if !strings.ContainsAny(token, "?&") {
			continue // a log field (state=connected), not a query string
		}
		q := callbackQuery(token)
		if q.Has("state") && !q.Has("code") && !q.Has("error") && !q.Has("client_id") && !q.Has("response_type") {
			return true
		}
	}
}

func isTokenEdge(c byte) bool { return isSpace(c) || strings.IndexByte("\"'<>`", c) >= 0 }

// callbackQuery parses the query string of a URL or of a bare `a=b&c=d`
// token, reading parameters in a fragment too.
func callbackQuery(token string) url.Values {
	if i := strings.IndexByte(token, '?'); i >= 0 {
		token = token[i+1:]
	}
	token = strings.ReplaceAll(token, "#", "&")
	q, _ := url.ParseQuery(token) // partial results are what we want
	return q
}
