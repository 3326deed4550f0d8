// Package nearest finds the closest of a few known words to a mistyped one,
// for "did you mean …?" hints.
package nearest

import (
	"strings"
	"unicode/utf8"
)

// Match returns the candidate closest to word by edit distance, ignoring
// letter case, when it is within maxDistance edits; otherwise false.
// Ties go to the earlier candidate. A word longer than every candidate by
// more than maxDistance is not compared at all, so a pasted paragraph
// costs no more than a typo.
func Match(word string, candidates []string, maxDistance int) (string, bool) {
	best, bestDist := "", maxDistance+1
	longest := 0
	for _, c := range candidates {
		longest = max(longest, utf8.RuneCountInString(c))
	}
	if len(word) > 4*(longest+maxDistance) || utf8.RuneCountInString(word) > longest+maxDistance {
		return "", false
	}
	w := strings.ToLower(word)
	for _, c := range candidates {
		if d := distance(w, strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best, bestDist <= maxDistance
}

// distance is the Levenshtein distance between a and b, counted in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
