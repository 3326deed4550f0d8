package flows

// PathStats describes how many answers it takes to reach a fix: over every
// distinct path from the root to a fix leaf (the paste screen is not a fix),
// the longest and the mean, and for each fix its shortest path.
type PathStats struct {
	Paths    int
	Max      int
	Mean     float64
	Shortest map[string]int // fix ID → fewest answers that reach it
}

// PathStats walks every path from the root to a fix. It assumes the tree has
// no cycles (Validate checks that first).
func (t Tree) PathStats() PathStats {
	stats := PathStats{Shortest: map[string]int{}}
	total := 0
	var walk func(id string, answers int)
	walk = func(id string, answers int) {
		n, ok := t.nodes[id]
		if !ok {
			return
		}
		if n.Kind == FixLeaf {
			stats.Paths++
			total += answers
			stats.Max = max(stats.Max, answers)
			if s, ok := stats.Shortest[n.Fix]; !ok || answers < s {
				stats.Shortest[n.Fix] = answers
			}
			return
		}
		for _, o := range n.Options {
			walk(o.Next, answers+1)
		}
	}
	walk(t.root, 0)
	if stats.Paths > 0 {
		stats.Mean = float64(total) / float64(stats.Paths)
	}
	return stats
}
