package livecheck_test

import (
	"context"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// BenchmarkDefaultCheck is a default run against a double on loopback: six
// requests, with the spacing on the double's clock so that only the work
// is measured.
func BenchmarkDefaultCheck(b *testing.B) {
	clock := fortnoxdouble.NewClock(start)
	d := fortnoxdouble.Start(b, fortnoxdouble.Healthy, clock)
	tok, err := livecheck.ReadToken(d.Token, start)
	if err != nil {
		b.Fatal(err)
	}
	o := livecheck.Options{BaseURL: d.URL, Clock: clock}
	for b.Loop() {
		if r := livecheck.Run(context.Background(), tok, o); r.Failed() {
			b.Fatal("failed")
		}
	}
}

// BenchmarkReadToken reads a whole token response.
func BenchmarkReadToken(b *testing.B) {
	paste := `{"access_token":"` + fortnoxdouble.Token(fortnoxdouble.Tenant, start.Add(3600e9)) + `","refresh_token":"x","scope":"invoice customer"}`
	for b.Loop() {
		if _, err := livecheck.ReadToken(paste, start); err != nil {
			b.Fatal(err)
		}
	}
}
