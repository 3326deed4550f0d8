package diagnose

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Retrieval ranks fixes by the words of their texts a paste holds, for
// what the exact signals miss: a person's own sentence, an app's wording,
// Fortnox's English messages, words in another inflection. Each fix's
// "document" is everything it says in both languages: its signals'
// phrases, its synonyms and its title count most, its summary and cause
// less, its steps, messages and menu paths least.
//
// A pasted word finds a word of a fix when their English or Swedish
// Snowball stems are equal or one word is the other plus at most two
// letters (kontot, konto); words that group this way form one concept. A
// word no fix has finds, in this order, what a word of its shared concept
// finds (flows.Concepts: "licence", "behörigheter"), the two parts of a
// Swedish compound (fakturabehörighet), or the fix's word it is derived
// from (invaliderats); the last two count half. The words of a camelCase
// identifier are looked up too (TooManyRequests).
//
// A fix's weight of a concept is BM25's saturated term frequency over its
// field weights (a fix that says "verifikationsserie" five times is more
// about it than one that says it once), times the concept's inverse
// document frequency over every text of the catalogue, so a word only one
// fix has counts most and a word of every fix's steps almost nothing. A
// pair of concepts next to each other in a fix's phrase and in the paste
// adds half their weight again. The score is the sum, so every point can
// be named: the evidence lists the fix's words that were found.

// wordMatch is one fix's retrieval result: its score and the words of the
// fix that were found, heaviest first.
type wordMatch struct {
	fix   int
	score float64
	words []string
}

// retrieve scores every fix against the paste's folded text. Only the
// first maxRetrievalBytes of a paste and its first maxRetrievalTerms
// distinct words are looked up, which keeps a huge log cheap.
func (x *wordIndex) retrieve(folded string) []wordMatch { return x.retrieveWith(folded, "") }

// retrieveWith is retrieve with more words to look up after the paste's
// own, such as its identifiers' words (identifierWords).
func (x *wordIndex) retrieveWith(folded, more string) []wordMatch {
	if len(folded) > maxRetrievalBytes {
		// A description is short; in a long log the exact signals find the
		// error wherever it is, so words are looked for in its start only.
		cut := maxRetrievalBytes
		for cut > 0 && !utf8.RuneStart(folded[cut]) {
			cut-- // not in the middle of a character
		}
		folded = folded[:cut]
	}
	folded = joinTerms(withoutJSONKeys(withoutHTMLTags(withoutURLs(withoutPlaceholders(folded)))))
	if more != "" {
		folded += "\n" + more
	}
	cache := map[string][]int{}
	compounds := map[string]bool{} // words found only as two parts
	found := map[int]float64{}     // concepts in the paste → how wholly
	foundAs := map[int]string{}    // concepts in the paste → the first word that found it
	var seq []int                  // one concept per term, -1 for a break
	eachTerm(folded, func(w string) {
		if _, seen := cache[w]; w == "" || !seen && len(cache) >= maxRetrievalTerms {
			seq = append(seq, -1)
			return
		}
		cs := x.lookup(w, cache, compounds)
		if len(cs) == 0 {
			seq = append(seq, -1)
			return
		}
		share := 1.0
		if compounds[w] {
			share = weightCompoundPart
		}
		for _, c := range cs {
			found[c] = max(found[c], share)
			if _, ok := foundAs[c]; !ok {
				foundAs[c] = w
			}
		}
		seq = append(seq, cs[0])
	})
	if len(found) == 0 {
		return nil
	}

	scores := make([]float64, x.fixes)
	for c, share := range found {
		con := &x.concepts[c]
		for _, p := range con.postings {
			scores[p.fix] += con.idf * p.weight * share
		}
	}
	// Adjacent pairs: each unit's pair counts once per fix.
	var seen map[[3]int]bool
	for k := 0; k+1 < len(seq); k++ {
		a, b := seq[k], seq[k+1]
		if a < 0 || b < 0 {
			continue
		}
		for _, u := range x.pairs[[2]int{a, b}] {
			fix := x.units[u].fix
			key := [3]int{fix, a, b}
			if seen[key] {
				continue
			}
			if seen == nil {
				seen = map[[3]int]bool{}
			}
			seen[key] = true
			scores[fix] += (x.concepts[a].idf + x.concepts[b].idf) / 2
		}
	}

	// Only the fixes worth a guess need their words named: the best
	// maxWordMatches above lowWordPoints (a guess is one of the best three).
	var best []int
	for fix, s := range scores {
		if wordPoints(s) >= lowWordPoints {
			best = append(best, fix)
		}
	}
	slices.SortFunc(best, func(a, b int) int { return cmp.Or(cmp.Compare(scores[b], scores[a]), cmp.Compare(a, b)) })
	best = best[:min(len(best), maxWordMatches)]
	words := make(map[int][]int, len(best))
	for _, fix := range best {
		words[fix] = nil
	}
	for c := range found {
		for _, p := range x.concepts[c].postings {
			if cs, ok := words[p.fix]; ok {
				words[p.fix] = append(cs, c)
			}
		}
	}
	var out []wordMatch
	for fix, cs := range words {
		s := scores[fix]
		slices.SortFunc(cs, func(a, b int) int {
			wa := x.concepts[a].idf * x.concepts[a].fields[fix]
			wb := x.concepts[b].idf * x.concepts[b].fields[fix]
			return cmp.Or(cmp.Compare(wb, wa), cmp.Compare(x.concepts[a].word, x.concepts[b].word))
		})
		m := wordMatch{fix: fix, score: s}
		for _, c := range cs[:min(len(cs), maxEvidenceWords)] {
			m.words = append(m.words, x.concepts[c].named(foundAs[c]))
		}
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b wordMatch) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.fix, b.fix))
	})
	return out
}

const (
	// maxRetrievalTerms bounds the distinct words looked up per paste.
	maxRetrievalTerms = 4096
	// maxRetrievalBytes is how much of a paste the word search reads.
	maxRetrievalBytes = 64 << 10
	// maxWordMatches is how many fixes the word search returns.
	maxWordMatches = 8
	// maxEvidenceWords is how many found words a match names.
	maxEvidenceWords = 6
)

// joinWords lists found words for evidence.
func joinWords(ws []string) string { return strings.Join(ws, wordSeparator) }

// wordSeparator separates the found words in their evidence.
const wordSeparator = ", "
