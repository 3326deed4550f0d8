package i18n

import (
	"strconv"
	"time"
)

// Duration writes d as a person reads it in either language, the number
// and its unit apart ("500 ms", "10 s", "2 min"), not as Go does ("500ms",
// "10s"). A duration that is no whole number of those units is written as
// Go writes it.
func Duration(d time.Duration) string {
	switch {
	case d > 0 && d < time.Second && d%time.Millisecond == 0:
		return strconv.FormatInt(d.Milliseconds(), 10) + " ms"
	case d == 0:
		return "0 s"
	case d >= time.Second && d < time.Minute && d%time.Second == 0,
		// 150 s, not 2m30s: a reader of "between 100 ms and 2 min"
		// compares seconds with minutes more easily than Go's notation.
		d < time.Hour && d%time.Second == 0 && d%time.Minute != 0:
		return strconv.FormatInt(int64(d/time.Second), 10) + " s"
	case d >= time.Hour && d%time.Hour == 0:
		return strconv.FormatInt(int64(d/time.Hour), 10) + " h"
	case d >= time.Minute && d%time.Minute == 0:
		return strconv.FormatInt(int64(d/time.Minute), 10) + " min"
	}
	return d.String()
}
