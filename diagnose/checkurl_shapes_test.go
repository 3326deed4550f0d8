package diagnose

import (
	"strings"
	"testing"
)

// checkURLShapes are adversarial links for what check-url reads in each
// parameter: a name decoded again for a secret's (paramSecret), brackets,
// invisible characters (pasted or encoded), and secrets that only decoding
// shows, which the link as read is rebuilt to hide. Each repeats a piece
// after a good link up to the size asked for.
var checkURLShapes = []struct {
	name, lead, piece string
}{
	{"escaped-secret-names", "", "&client%255Fsecret=abcdefghijkl"},
	{"bracketed-secret-names", "", "&a[b][c][client_secret]=abcdefghijkl"},
	{"one-long-bracketed-name", "", "[client_secret]"},
	{"one-long-nested-escape", "", "%25"},
	{"encoded-invisible-in-each", "", "&s=%E2%80%8B"},
	{"pasted-invisible", "", "\u200b"},
	{"encoded-userinfo-in-each", "", "&r=https%3A%2F%2Fu%3Ahunter2Hunter2%21%40h"},
	{"unreserved-escapes", "", "%65"},
	{"unclosed-placeholders-in-a-hidden-value", "Bearer%20" + auditSecret + "%20", "%5Bredacted%3A"},
}

func buildCheckURLShape(lead, piece string, size int) string {
	link := auditURL + "&x=" + lead
	return link + strings.Repeat(piece, (size-len(link))/len(piece))
}

// BenchmarkCheckURLShape checks 1 MiB of each of checkURLShapes: each
// must stay linear, under 100 ms.
func BenchmarkCheckURLShape(b *testing.B) {
	for _, sh := range checkURLShapes {
		paste := buildCheckURLShape(sh.lead, sh.piece, *shapeSize)
		b.Run(sh.name, func(b *testing.B) {
			b.SetBytes(int64(len(paste)))
			for b.Loop() {
				if _, err := CheckURL(paste); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestCheckURLShapesStayClean: every shape's report hides its secrets and
// shows no control character, whatever its size.
func TestCheckURLShapesStayClean(t *testing.T) {
	for _, sh := range checkURLShapes {
		r, err := CheckURL(buildCheckURLShape(sh.lead, sh.piece, 4096))
		if err != nil {
			t.Fatal(err)
		}
		assertCleanURLReport(t, r, "abcdefghijkl", "hunter2Hunter2", auditSecret[:12], auditSecret[12:])
	}
}
