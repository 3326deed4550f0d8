package diagnose

import (
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Relative says how far t is from now in words: "in 23 minutes",
// "3 hours ago", "för 2 dagar sedan". Minutes up to an hour, hours up to
// two days, then days; always rounded down.
func Relative(t, now time.Time) Message {
	d := t.Sub(now)
	future := d > 0
	if !future {
		d = -d
	}
	var amount Message
	switch {
	case d < time.Minute:
		amount = msg(i18n.DiagLessThanAMinute)
	case d < time.Hour:
		amount = count(int(d/time.Minute), i18n.DiagMinute, i18n.DiagMinutes)
	case d < 48*time.Hour:
		amount = count(int(d/time.Hour), i18n.DiagHour, i18n.DiagHours)
	default:
		amount = count(int(d/(24*time.Hour)), i18n.DiagDay, i18n.DiagDays)
	}
	if future {
		return msg(i18n.DiagIn, amount)
	}
	return msg(i18n.DiagAgo, amount)
}

func count(n int, one, many i18n.Text) Message {
	if n == 1 {
		return msg(one)
	}
	return msg(many, n)
}

// TimeLayout is how times from a token are shown: local date and time with
// the zone's abbreviation.
const TimeLayout = "2006-01-02 15:04:05 MST"
