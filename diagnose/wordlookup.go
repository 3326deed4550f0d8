package diagnose

import (
	"slices"
	"unicode/utf8"
)

// lookup returns the concepts a pasted word finds.
func (x *wordIndex) lookup(w string, cache map[string][]int, compounds map[string]bool) []int {
	if cs, ok := cache[w]; ok {
		return cs
	}
	out := x.lookupWord(w)
	if len(out) == 0 {
		out = x.sameAsWord(w)
	}
	if len(out) == 0 {
		out = x.compoundParts(w)
		if len(out) == 0 {
			out = x.derivedFrom(w)
		}
		compounds[w] = len(out) > 0
	}
	cache[w] = out
	return out
}

// sameAsWord returns, for a word no fix has, the concepts of the first
// word of its shared concept (flows.Concepts) that a fix has: "licence"
// finds what "license" finds, "permissions" what "behörighet" finds. Only
// one word of the group counts, so that a fix saying it in both languages
// does not count it twice; and a word a fix has keeps its own concept,
// its rarity unchanged.
func (x *wordIndex) sameAsWord(w string) []int {
	for _, other := range x.sameAs[w] {
		if other == w {
			continue
		}
		if cs := x.lookupWord(other); len(cs) > 0 {
			return cs
		}
	}
	return nil
}

// derivedFrom returns, for a word no fix has and no compound, the concept
// of a fix's word of minDerivedBase letters or more that it starts with,
// followed by at most maxDerivedSuffix letters: "invaliderats" is made of
// "invalid", "kontering" of "konto" is not (too short a base). Such a word
// counts as a compound's part does, half.
func (x *wordIndex) derivedFrom(w string) []int {
	for cut := 3; cut <= maxDerivedSuffix && len(w)-cut >= minDerivedBase; cut++ {
		if cs := x.keys["w:"+w[:len(w)-cut]]; len(cs) > 0 {
			return cs
		}
	}
	return nil
}

// compoundParts splits a word no fix has into two that fixes have, as
// Swedish writes compounds as one word: "fakturabehörighet" is "faktura" and
// "behörighet", "kvittoserie" is "kvitto" and "serie", with or without the
// linking s. The first part is taken as long as it can be; each part must
// be minCompoundPart letters or more, so that a word is not read as a
// short word and a suffix. It returns both parts' concepts, or none.
func (x *wordIndex) compoundParts(w string) []int {
	if len(w) < 2*minCompoundPart {
		return nil
	}
	for i := len(w) - minCompoundPart; i >= minCompoundPart; i-- {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		right := x.lookupWord(w[i:])
		if len(right) == 0 {
			continue
		}
		left := x.lookupWord(w[:i])
		if len(left) == 0 && w[i-1] == 's' && i-1 >= minCompoundPart {
			left = x.lookupWord(w[:i-1])
		}
		if len(left) == 0 {
			continue
		}
		out := slices.Clone(left)
		for _, c := range right {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
		return out
	}
	return nil
}

const (
	// minDerivedBase and maxDerivedSuffix bound derivedFrom.
	minDerivedBase   = 6
	maxDerivedSuffix = 5
	// minCompoundPart is the least length of each part of a split compound.
	minCompoundPart = 4
	// weightCompoundPart is what a part of a split compound counts: a
	// "servicekonto" is a kind of "konto", but not any konto.
	weightCompoundPart = 0.5
)

// lookupWord returns the concepts a word finds by itself: a fix's word
// with the same stem, or the word with up to two letters more or less.
func (x *wordIndex) lookupWord(w string) []int {
	var out []int
	// Stemming is the costly part: skip words no fix's word starts like.
	p := w
	if len(p) > 4 {
		p = p[:4]
	}
	if x.prefixes[p] {
		var buf [6]string // on the stack: a paste's every word comes here
		keys := append(buf[:0], "w:"+w, "t:"+w)
		// A word a fix has is already joined with the words that share its
		// stems; only other words need stemming.
		if len(x.keys[keys[0]]) == 0 {
			en, sv := cachedStems(w)
			keys = append(keys, stemKeys(w, en, sv)...)
		}
		for cut := 1; cut <= 2 && len(w)-cut >= 5; cut++ {
			keys = append(keys, "w:"+w[:len(w)-cut])
		}
		for _, k := range keys {
			for _, c := range x.keys[k] {
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
		}
	}
	return out
}
