package i18n

import (
	"testing"
	"time"
)

func TestDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		500 * time.Millisecond:  "500 ms",
		10 * time.Second:        "10 s",
		2 * time.Minute:         "2 min",
		time.Hour:               "1 h",
		90 * time.Minute:        "90 min",
		90 * time.Second:        "90 s",
		150 * time.Second:       "150 s",
		1500 * time.Millisecond: "1.5s",
		0:                       "0 s",
	} {
		if got := Duration(d); got != want {
			t.Errorf("Duration(%v) = %q, want %q", d, got, want)
		}
	}
}
