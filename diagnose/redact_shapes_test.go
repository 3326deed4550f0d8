package diagnose

import (
	"strings"
	"testing"
)

// wrapShapes are adversarial pastes for what Redact reads across line
// breaks, in XML elements, after tabs, in a URL's userinfo and after a
// password's name: each repeats a piece that starts what a reader looks
// for, so that a reader that went back over what it read would take
// quadratic time.
var wrapShapes = []struct {
	name  string
	piece string
}{
	{"eyJ-split-at-breaks", "e\nyJhbGciOi\n"},
	{"jwt-dots-at-breaks", "eyJhbGciOiJIUzI1\n.eyJzdWIiOiIxMjM0\n."},
	{"jwt-unknown-alg-lines", "eyJ4eHh4eHh4eHh4.eyJ4eHh4eHh4eHh4.x\nAbCdEfGh\n"},
	{"crlf-wrapped-signatures", "eyJhbGciOiJSUzI1NiJ9\r\n.eyJzdWIiOiIxMjM0NTY3ODkwIn0.\r\nc2lnbmF0dXJl\r\n"},
	{"uuid-halves", "5f3c1e2a-9b8d-4c7e-\na6f5-bbbbbbbbbbbb "},
	{"uuid-half-lines", "5f3c1e2a-9b8d\n"},
	{"quotes-closed-later", "\"refresh_token\":\"5f3c1e2a-\n1234abcd\"\n"},
	{"quotes-never-closed", "\"client_secret\":\"abc\nabcdefgh\n"},
	{"bare-values-at-line-ends", "client_secret: abcdefgh-\n"},
	{"xml-without-closing-tags", "<client_secret>SuperS3cret"},
	{"xml-attributes", "<password a=b"},
	{"escaped-xml", "&lt;secret&gt;abc"},
	{"tab-keys", "client_secret\t"},
	{"password-keys", "pass=pwd="},
	{"percent-encoded-keys", "client%5fsecret%3d"},
	{"unreserved-escapes", "%65"},
	{"escaped-key-names", "&client_s%65cret="},
	{"escaped-code-keys", "&c%6fde="},
	{"percents-without-hex", "%%6"},
	{"bracketed-keys", "&client_secret[a][b][c][d][e]"},
	{"bracketed-keys-unclosed", "[client_secret[" + strings.Repeat("a", 60)},
	{"encoded-schemes", "%3A%2F%2F"},
	{"encoded-userinfo-without-at", "%3A%2F%2Fu%3Ap"},
	{"encoded-userinfo", "%3A%2F%2Fu%3AHemligt123%40"},
	{"userinfo-without-at", "https://a:b"},
	{"userinfo", "https://a:Hemligt123@"},
	{"glued-eyJ-headers", "x-eyJhbGciOiJIUzI1NiJ9"},
	{"glued-eyJ-tokens", "-eyJhbGciOiJIUzI1NiJ9.eyJ4Ijox.c2ln"},
	{"glued-eyJ-not-headers", "aeyJub3QuaGVhZGVy.eyJub3Q."},
}

func buildWrapShape(piece string, size int) string {
	return strings.Repeat(piece, size/len(piece))
}

// BenchmarkRedactWrapShape redacts 1 MiB of each of wrapShapes.
func BenchmarkRedactWrapShape(b *testing.B) {
	for _, sh := range wrapShapes {
		paste := buildWrapShape(sh.piece, *shapeSize)
		b.Run(sh.name, func(b *testing.B) {
			b.SetBytes(int64(len(paste)))
			for b.Loop() {
				Redact(Sanitize(paste))
			}
		})
	}
}
