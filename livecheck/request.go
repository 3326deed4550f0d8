package livecheck

import (
	"context"
	"net/http"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// get sends one GET to the API with the token, honouring the pacer and one
// 429. ok is false when the request was not sent (the run stopped, the
// budget ran out or ctx ended); the check then takes skipped(...).
func (r *runner) get(ctx context.Context, path string, list bool) (answer, bool) {
	u := strings.TrimRight(r.o.BaseURL, "/") + path
	if list {
		u += "?limit=1"
	}
	return r.do(ctx, func() (*http.Request, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+r.tok.value)
		req.Header.Set("Accept", "application/json")
		req.Header.Set("User-Agent", r.o.UserAgent)
		return req, nil
	})
}

// interrupted reports whether the run's context has ended (ctrl+c), and
// then stops the run: the checks not run say they were interrupted.
func (r *runner) interrupted(ctx context.Context) bool {
	if ctx.Err() == nil {
		return false
	}
	r.stop(StatusSkipped, msg(i18n.CheckSkipInterrupted))
	return true
}

// do sends a request built by build, waiting out one 429.
func (r *runner) do(ctx context.Context, build func() (*http.Request, error)) (answer, bool) {
	for attempt := 0; ; attempt++ {
		if r.interrupted(ctx) || !r.stopped.IsZero() {
			return answer{}, false
		}
		ok, err := r.pacer.wait(ctx)
		if err != nil {
			r.interrupted(ctx)
			return answer{}, false
		}
		if !ok {
			r.budgetSpent = true
			return answer{}, false
		}
		req, err := build()
		if err != nil {
			return answer{err: err}, true
		}
		a := send(ctx, r.o.Client, req, r.o.Timeout)
		if r.interrupted(ctx) {
			// The answer, if any, is the interrupt's: "could not be
			// reached: interrupt signal received" would blame the network.
			return answer{}, false
		}
		a.body = r.hideKnown(a.body)
		if a.err == nil && a.status == http.StatusTooManyRequests {
			wait := a.retryAfter
			if wait == 0 {
				wait = defaultRetryAfter
			}
			if attempt == 0 && wait <= maxRetryAfter {
				if r.o.Clock.Sleep(ctx, wait) != nil {
					r.interrupted(ctx)
					return answer{}, false
				}
				continue
			}
			r.stop(StatusCouldNotCheck, msg(i18n.CheckSkipRateLimited))
			return a, true
		}
		return a, true
	}
}
