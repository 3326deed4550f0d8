package diagnose

import (
	"flag"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// shapeSize is the size of each adversarial paste; smaller sizes show how a
// reader's time grows (go test -bench Shape -args -shape-size 65536).
var shapeSize = flag.Int("shape-size", MaxInputBytes, "size in bytes of each adversarial paste")

// readShape runs the reader a shape aims at.
func readShape(sh testkit.Shape, paste string) error {
	var err error
	switch sh.Reader {
	case "check-url":
		_, err = CheckURL(paste)
	case "inspect-token":
		_, err = InspectToken(paste, time.Unix(1700000000, 0))
	default:
		_, err = Explain(paste)
	}
	return err
}

// BenchmarkShape reads each adversarial paste with the reader it aims at.
// Each must stay under 100 ms at 1 MiB: every reader is linear.
func BenchmarkShape(b *testing.B) {
	for _, sh := range testkit.Shapes() {
		paste := sh.Build(*shapeSize)
		b.Run(sh.Name, func(b *testing.B) {
			b.SetBytes(int64(len(paste)))
			for b.Loop() {
				if err := readShape(sh, paste); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRedactShape redacts each adversarial paste, as every output path
// does before it shows anything.
func BenchmarkRedactShape(b *testing.B) {
	for _, sh := range testkit.Shapes() {
		paste := sh.Build(*shapeSize)
		b.Run(sh.Name, func(b *testing.B) {
			b.SetBytes(int64(len(paste)))
			for b.Loop() {
				Redact(Sanitize(paste))
			}
		})
	}
}
