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
	return t.pathStats([]Option{{Next: t.root}}, 0)
}

// PathStatsFor is PathStats over the paths through the root's answers that
// say the user is the given person (Option.Role); the role answer counts.
func (t Tree) PathStatsFor(person Role) PathStats {
	var starts []Option
	for _, o := range t.Root().Options {
		if o.Role == person {
			starts = append(starts, o)
		}
	}
	return t.pathStats(starts, 1)
}

// pathStats walks every path from the given options' nodes, each start
// already counting the given number of answers.
func (t Tree) pathStats(starts []Option, answered int) PathStats {
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
	for _, o := range starts {
		walk(o.Next, answered)
	}
	if stats.Paths > 0 {
		stats.Mean = float64(total) / float64(stats.Paths)
	}
	return stats
}
