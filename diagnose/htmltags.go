package diagnose

import "strings"

// withoutHTMLTags blanks out each HTML tag ("<head>", "</h1>", `<meta
// charset="utf-8">`): a gateway's error page in a paste is made of them,
// and their names and attributes (head, body, title, meta) would be read
// as words of fixes (<head> as "header"). The text between tags stays.
// A "<" that opens no tag (no letter, "/" or "!" after it) and a tag
// longer than maxHTMLTag or without its ">" are left as they are. A "<"
// looks at most maxHTMLTag bytes ahead, and only up to the next "<", so
// the time stays linear in the paste.
func withoutHTMLTags(folded string) string {
	if !strings.Contains(folded, "<") {
		return folded
	}
	var b []byte
	for i := 0; i < len(folded); i++ {
		if folded[i] != '<' || i+1 >= len(folded) || !opensTag(folded[i+1]) {
			continue
		}
		end := strings.IndexAny(folded[i+1:min(len(folded), i+1+maxHTMLTag)], "<>")
		if end < 0 {
			continue
		}
		if folded[i+1+end] == '<' {
			i += end // a tag may open there
			continue
		}
		if b == nil {
			b = []byte(folded)
		}
		for k := i; k <= i+1+end; k++ {
			b[k] = ' '
		}
		i += end + 1
	}
	if b == nil {
		return folded
	}
	return string(b)
}

// opensTag reports whether a byte after "<" begins a tag's name, a closing
// tag or a declaration.
func opensTag(c byte) bool { return c >= 'a' && c <= 'z' || c == '/' || c == '!' }

// maxHTMLTag bounds how far a tag's ">" is looked for.
const maxHTMLTag = 256
