package livecheck

import (
	"context"
	"time"
)

// Clock tells the time and waits. The checker spaces its requests and honours
// Retry-After through it, so tests pass a clock that moves only when asked
// and never wait in real time.
type Clock interface {
	Now() time.Time
	// Sleep waits d, or less when ctx ends first (then it returns ctx.Err()).
	Sleep(ctx context.Context, d time.Duration) error
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now is time.Now.
func (SystemClock) Now() time.Time { return time.Now() }

// Sleep waits d unless ctx ends first.
func (SystemClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// pacer spaces requests at least interval apart and counts them against a
// budget.
type pacer struct {
	clock    Clock
	interval time.Duration
	budget   int
	sent     int
	last     time.Time
}

// wait blocks until the next request may go, and reports false when the
// budget is spent.
func (p *pacer) wait(ctx context.Context) (bool, error) {
	if p.sent >= p.budget {
		return false, nil
	}
	if p.sent > 0 {
		if d := p.last.Add(p.interval).Sub(p.clock.Now()); d > 0 {
			if err := p.clock.Sleep(ctx, d); err != nil {
				return false, err
			}
		}
	}
	p.sent++
	p.last = p.clock.Now()
	return true, nil
}
