package testkit

import (
	"strconv"
	"strings"
)

// Shape is an adversarial paste: a pattern repeated to a size, built to make
// a careless reader rescan what it has read.
type Shape struct {
	// Name says what the paste repeats, for benchmark names.
	Name string
	// Reader is the command or reader the shape aims at: "explain",
	// "check-url" or "inspect-token".
	Reader string
	// Build makes the paste, at most size bytes long.
	Build func(size int) string
}

// Shapes are the adversarial pastes every reader must read in linear time.
func Shapes() []Shape {
	return []Shape{
		{"state-repeated", "explain", func(n int) string {
			return fill("https://example.com/callback?code=abc", n, func(int) string { return "&state=1" })
		}},
		{"basic-repeated", "explain", func(n int) string {
			return fill("", n, func(int) string { return " basic abcdefgh" })
		}},
		{"bearer-lines", "explain", func(n int) string {
			return fill("", n, func(i int) string { return "Bearer tok" + pad(i) + "xy\n" })
		}},
		{"client-secret-values", "explain", func(n int) string {
			return fill("", n, func(i int) string { return "client_secret=sec" + pad(i) + "x\n" })
		}},
		{"unencoded-scopes", "check-url", func(n int) string {
			return fill("https://apps.fortnox.se/oauth-v1/auth?client_id=abc&scope=invoice", n, func(i int) string {
				return []string{" customer", " article", " invoice", " bookkeeping"}[i%4]
			})
		}},
		{"distinct-params", "check-url", func(n int) string {
			return fill("https://apps.fortnox.se/oauth-v1/auth?client_id=abc", n, func(i int) string { return "&p" + strconv.Itoa(i) + "=v" })
		}},
		{"unclosed-quotes", "explain", func(n int) string {
			return fill("", n, func(i int) string {
				return []string{`refresh_token="4f0c1a2b `, `client_secret='Z8y `}[i%2]
			})
		}},
		{"jwt-lookalikes", "explain", func(n int) string {
			return fill("", n, func(int) string { return "eyJhbGciOiJIUzI1.eyJzdWIiOiIx." })
		}},
		{"one-long-line", "explain", func(n int) string {
			return fill("refresh_token=", n, func(int) string { return "abcdefghij" })
		}},
		{"auth-codes", "explain", func(n int) string {
			return fill("grant_type=authorization_code", n, func(i int) string { return "&code=c" + pad(i) + "\\u0026code=d" + pad(i) })
		}},
		{"key-on-line-before", "explain", func(n int) string {
			return fill("", n, func(i int) string { return "client_secret:\n" })
		}},
		{"escape-starts", "explain", func(n int) string {
			return fill("", n, func(int) string { return "\x1b]8;;" })
		}},
		{"json-keys", "explain", func(n int) string {
			return fill("{", n, func(int) string { return `"code":1,` })
		}},
		{"quotes-without-colon", "explain", func(n int) string {
			return fill("", n, func(int) string { return `"abcdefghijabcdefghijabcdefghijabcdefghij` })
		}},
		{"token-response", "inspect-token", func(n int) string {
			return fill(`{"access_token":"x","scope":"`, n-2, func(i int) string { return "invoice " }) + `"}`
		}},
	}
}

// fill writes head and then piece(0), piece(1), … while they fit in size
// bytes.
func fill(head string, size int, piece func(int) string) string {
	var b strings.Builder
	b.Grow(size)
	b.WriteString(head)
	for i := 0; ; i++ {
		p := piece(i)
		if b.Len()+len(p) > size {
			return b.String()
		}
		b.WriteString(p)
	}
}

// pad is i as eight digits, so that repeated secrets are distinct and long
// enough to be searched for elsewhere.
func pad(i int) string {
	s := strconv.Itoa(i)
	return strings.Repeat("0", max(0, 8-len(s))) + s
}
