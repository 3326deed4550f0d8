package diagnose

import (
	"sync"
	"sync/atomic"
)

// stemCache remembers the stems of pasted words across pastes, up to
// stemCacheSize words: stemming is most of what the word search costs.
var (
	stemCache     sync.Map // word → [2]string
	stemCacheLen  atomic.Int64
	stemCacheSize = int64(1 << 16)
)

func cachedStems(w string) (en, sv string) {
	if v, ok := stemCache.Load(w); ok {
		s := v.([2]string)
		return s[0], s[1]
	}
	en, sv = stems(w)
	if stemCacheLen.Load() < stemCacheSize {
		if _, loaded := stemCache.LoadOrStore(w, [2]string{en, sv}); !loaded {
			stemCacheLen.Add(1)
		}
	}
	return en, sv
}
