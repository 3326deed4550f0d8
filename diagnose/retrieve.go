package diagnose

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
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

// Field weights: a fix's own phrases and synonyms say what the problem is;
// its summary says what to do and shares more words with other fixes. They
// and termSaturation were chosen on the tuning set, with and without the
// fixes' synonyms (TestCorpusTuningWithoutSynonyms).
const (
	// termSaturation is BM25's k1: a word a fix uses again and again is
	// more its word than one it uses once, but never without bound.
	termSaturation = 1.2
	weightPhrase   = 1.0
	weightSummary  = 0.3
	// weightCause is for the fix's explanation of why it happens, which
	// says in a sentence what a person describing the symptom says.
	weightCause = 0.3
	// weightOther is for the rest of what a fix says (where the fix is
	// made, its steps, its messages and note): a person describing the
	// problem uses their words too ("Manage users", "reconnect").
	weightOther = 0.08
	// weightInPhrase scales the words of a phrase of several words.
	weightInPhrase = 0.85
)

// wordIndex is the retrieval index over every fix, built once.
type wordIndex struct {
	fixes    int              // how many fixes are indexed
	keys     map[string][]int // stem or word key → concepts
	prefixes map[string]bool  // first four letters of every word and stem
	concepts []concept
	// units are the fixes' phrases as concept sequences, for adjacency.
	units []unit
	// pairs maps two adjacent concepts to the units that hold them.
	pairs map[[2]int][]int
	// sameAs maps a word of a shared concept to its group.
	sameAs map[string][]string
}

type concept struct {
	word string // the first word of a fix that made it, for evidence
	// forms are the fixes' words of the concept, folded → as written, so
	// that evidence names the form the paste holds when a fix has it.
	forms  map[string]string
	folded string          // that word folded
	idf    float64         // ln(1 + fixes / fixes that have it)
	fields map[int]float64 // fix → its weight of the concept (see termSaturation)
	// postings are fields as a list, ordered by fix, for scoring.
	postings []posting
	tf       map[int]float64 // fix → the sum of the field weights of its every use
}

// named is how evidence names the concept found by a pasted word: the
// fix's form of that word if a fix has it, else the concept's first word.
func (c *concept) named(pasted string) string {
	if form, ok := c.forms[pasted]; ok {
		return form
	}
	return c.word
}

type posting struct {
	fix    int
	weight float64
}

type unit struct {
	fix      int
	concepts []int
}

// newWordIndex indexes the fixes' texts.
func newWordIndex(fixes []flows.Fix) *wordIndex {
	x := &wordIndex{fixes: len(fixes), keys: map[string][]int{}, prefixes: map[string]bool{}, pairs: map[[2]int][]int{}}
	conceptOf := map[string]int{} // folded word → concept
	add := func(fix int, text string, weight float64, isUnit bool) {
		folded := fold(text)
		display := displayWords(text, folded)
		var terms []string
		eachTerm(joinTerms(folded), func(w string) { terms = append(terms, w) })
		// One word of several counts less than a word that says it all
		// alone ("sysadmin" against "rätt" of "rätt Fortnox-konto"): its
		// neighbours, found next to it, make up the rest (see pairs).
		content := 0
		for _, w := range terms {
			if w != "" {
				content++
			}
		}
		if isUnit && content > 1 {
			weight *= weightInPhrase
		}
		var seq []int
		for _, w := range terms {
			if w == "" {
				seq = append(seq, -1)
				continue
			}
			c, ok := conceptOf[w]
			if !ok {
				c = x.conceptFor(w, cmp.Or(display[w], w))
				conceptOf[w] = c
			}
			x.concepts[c].tf[fix] += weight
			seq = append(seq, c)
		}
		if isUnit {
			x.units = append(x.units, unit{fix: fix, concepts: seq})
		}
	}
	x.sameAs = map[string][]string{}
	for _, group := range flows.Concepts() {
		for _, w := range group {
			x.sameAs[w] = group
		}
	}
	for i, f := range fixes {
		s := f.Signals
		for _, group := range [][]string{s.Phrases, s.ContextPhrases, s.GenericPhrases, s.Synonyms} {
			for _, p := range group {
				add(i, p, weightPhrase, true)
			}
		}
		add(i, f.Title.En, weightPhrase, true)
		add(i, f.Title.Sv, weightPhrase, true)
		add(i, f.Summary.En, weightSummary, false)
		add(i, f.Summary.Sv, weightSummary, false)
		add(i, f.Cause.En, weightCause, false)
		add(i, f.Cause.Sv, weightCause, false)
		for _, t := range otherTexts(f) {
			add(i, t, weightOther, false)
		}
	}
	// A concept's rarity counts every fix that says it anywhere: a word
	// that many fixes' steps and messages use ("exists", "log in") says
	// little about which problem a text is about, however rarely a fix
	// names it in a phrase. A fix's weight of it grows with how often and
	// where the fix says it, saturating as BM25's term frequency does.
	for i := range x.concepts {
		c := &x.concepts[i]
		c.idf = math.Log(1 + float64(len(fixes))/float64(len(c.tf)))
		for fix, tf := range c.tf {
			c.fields[fix] = tf * (termSaturation + 1) / (tf + termSaturation)
			c.postings = append(c.postings, posting{fix: fix, weight: c.fields[fix]})
		}
		slices.SortFunc(c.postings, func(a, b posting) int { return cmp.Compare(a.fix, b.fix) })
	}
	for u, un := range x.units {
		for k := 0; k+1 < len(un.concepts); k++ {
			a, b := un.concepts[k], un.concepts[k+1]
			if a < 0 || b < 0 || a == b {
				continue
			}
			p := [2]int{a, b}
			if !slices.Contains(x.pairs[p], u) {
				x.pairs[p] = append(x.pairs[p], u)
			}
			// Two words of a phrase written as one, as identifiers and
			// camelCase do (redirectUri, refreshToken, ClientID): the
			// compound finds both.
			compound := "w:" + x.concepts[a].folded + x.concepts[b].folded
			for _, c := range []int{a, b} {
				if !slices.Contains(x.keys[compound], c) {
					x.keys[compound] = append(x.keys[compound], c)
				}
			}
			x.prefixes[compound[2:min(len(compound), 6)]] = true
		}
	}
	return x
}

// conceptFor returns the concept of a fix's word, joining the concept of
// any word that shares a stem with it, or making a new one.
func (x *wordIndex) conceptFor(w, display string) int {
	en, sv := stems(w)
	keys := append([]string{"w:" + w}, stemKeys(w, en, sv)...)
	for _, k := range slices.Concat(keys, x.kin(w, en, sv)) {
		if cs := x.keys[k]; len(cs) > 0 {
			x.link(cs[0], w, keys)
			if _, ok := x.concepts[cs[0]].forms[w]; !ok {
				x.concepts[cs[0]].forms[w] = display
			}
			return cs[0]
		}
	}
	c := len(x.concepts)
	x.concepts = append(x.concepts, concept{
		word: display, folded: w, forms: map[string]string{w: display},
		fields: map[int]float64{}, tf: map[int]float64{},
	})
	x.link(c, w, keys)
	return c
}

// stemKeys are the keys of a word's stems, each only if it keeps at least
// half of the word: Snowball's Swedish stemmer cuts "rättigheter"
// (permissions) to "rätt" (right, correct), and "behörigheter" to "behör",
// which would make one concept of words that mean different things. The
// word's other forms still meet it through the other language's stem or
// the letters it adds (see kin).
func stemKeys(w, en, sv string) []string {
	out := make([]string, 0, 2)
	if 2*len(en) >= len(w) {
		out = append(out, "e:"+en)
	}
	if 2*len(sv) >= len(w) {
		out = append(out, "s:"+sv)
	}
	return out
}

// kin are the keys of the words a fix's word is a form of, as a pasted word
// finds them (see lookup): the word with up to two letters more or less
// ("konto", "kontot", "konton": Snowball's Swedish stemmer leaves a
// definite -t), and a stem of the other language ("license", "licens").
// A word joins their concept rather than making its own, so one pasted
// word counts once, and a concept's rarity counts every fix that has it
// in any form.
func (x *wordIndex) kin(w, en, sv string) []string {
	var out []string
	// konto finds kontot's concept, kontot konto's.
	out = append(out, "t:"+w)
	for cut := 1; cut <= 2 && len(w)-cut >= 5; cut++ {
		out = append(out, "w:"+w[:len(w)-cut])
	}
	if len(en) >= 5 {
		out = append(out, "s:"+en)
	}
	if len(sv) >= 5 {
		out = append(out, "e:"+sv)
	}
	return out
}

func (x *wordIndex) link(c int, w string, keys []string) {
	for _, k := range keys {
		if !slices.Contains(x.keys[k], c) {
			x.keys[k] = append(x.keys[k], c)
		}
	}
	// A pasted word may be this word plus up to two letters: index the
	// word's shorter forms too, if long enough not to be another word.
	for cut := 1; cut <= 2 && len(w)-cut >= 5; cut++ {
		k := "t:" + w[:len(w)-cut]
		if !slices.Contains(x.keys[k], c) {
			x.keys[k] = append(x.keys[k], c)
		}
	}
	for _, k := range keys {
		if s := k[2:]; len(s) >= 4 {
			x.prefixes[s[:4]] = true
		} else {
			x.prefixes[s] = true
		}
	}
}

// otherTexts are a fix's texts besides its signals, title, summary and
// cause, in both languages.
func otherTexts(f flows.Fix) []string {
	out := []string{f.Where.En, f.Where.Sv, f.Note.En, f.Note.Sv}
	for _, st := range f.Steps {
		out = append(out, st.Text.En, st.Text.Sv)
	}
	for _, m := range []i18n.Text{f.CustomerMessage, f.IntegratorMessage, f.ClientMessage, f.ConsultantMessage} {
		out = append(out, m.En, m.Sv)
	}
	return out
}

// displayWords maps the folded form of each word of a fix's text to the
// word as the fix writes it (lower case, with its å, ä and ö), for evidence;
// folded is fold(text).
func displayWords(text, folded string) map[string]string {
	out := map[string]string{}
	for _, tok := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		f := fold(tok)
		if _, ok := out[f]; !ok {
			out[f] = strings.ToLower(tok)
		}
	}
	// The words joinTerms makes one show as the text says them.
	if strings.Contains(folded, "fortnox account") {
		out[fortnoxAccountTerm] = "fortnox account"
	} else {
		out[fortnoxAccountTerm] = "fortnox-konto"
	}
	out[expiryTerm] = "gått ut"
	return out
}

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
	folded = joinTerms(withoutJSONKeys(withoutURLs(withoutPlaceholders(folded))))
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

// withoutPlaceholders writes over each placeholder of a redacted secret
// ("[redacted:authorization-code abcd]" once folded) with letters that are
// no word of any fix. Its words are ours, not the paste's: "authorization"
// and "code" would find the fixes about a callback without a code in a
// callback that has one. It stays one unbroken run so that a URL it sits
// in is still one URL to withoutURLs. Each byte is read once.
func withoutPlaceholders(folded string) string {
	if !strings.Contains(folded, redactedPrefix) {
		return folded
	}
	b := []byte(folded)
	for from := 0; ; {
		i := strings.Index(folded[from:], redactedPrefix)
		if i < 0 {
			break
		}
		start := from + i
		end := start + len(redactedPrefix)
		for end < len(folded) && end-start < 2*placeholderMax && folded[end] != ']' && folded[end] != '\n' {
			end++
		}
		if end < len(folded) && folded[end] == ']' {
			end++
		}
		for k := start; k < end; k++ {
			b[k] = 'x'
		}
		from = end
	}
	return string(b)
}

// withoutURLs blanks out every URL: an activation link's parameters
// (client_id, scope, redirect_uri) are words of many fixes but say nothing
// about a problem, and the errors a callback carries are exact evidence.
func withoutURLs(folded string) string {
	if !strings.Contains(folded, "://") {
		return folded
	}
	b := []byte(folded)
	for from := 0; ; {
		i := strings.Index(folded[from:], "://")
		if i < 0 {
			break
		}
		at := from + i
		start := at
		for start > 0 && isAlnum(folded[start-1]) {
			start--
		}
		end := at + 3
		for end < len(folded) && !isSpace(folded[end]) && strings.IndexByte("\"'<>`()[]{}", folded[end]) < 0 {
			end++
		}
		// A decoded %20 splits a query string: the parts after it that
		// still hold parameters belong to the URL.
		for end < len(folded) && folded[end] == ' ' {
			next := end + 1
			for next < len(folded) && !isSpace(folded[next]) {
				next++
			}
			if tok := folded[end+1 : next]; !strings.Contains(tok, "&") || !strings.Contains(tok, "=") {
				break
			}
			end = next
		}
		for k := start; k < end; k++ {
			b[k] = ' '
		}
		from = end
	}
	return string(b)
}

// withoutJSONKeys blanks out the keys of JSON objects ("code":, "message":):
// they name a body's fields, not the problem, and "code" of every
// ErrorInformation would otherwise find the fixes about authorization codes.
func withoutJSONKeys(folded string) string {
	if !mayHoldJSONKeys(folded) {
		return folded
	}
	b := []byte(folded)
	eachJSONKey(folded, func(start, end int) {
		for k := start; k < end; k++ {
			b[k] = ' '
		}
	})
	return string(b)
}

// mayHoldJSONKeys reports whether text has a quote before a colon at all.
func mayHoldJSONKeys(text string) bool {
	return strings.Contains(text, "\":") || strings.Contains(text, "\" :")
}

// eachJSONKey calls yield with the span of each JSON key of text, its
// quotes included: a short run of word characters between quotes, then a
// colon. Each byte is read once.
func eachJSONKey(text string, yield func(start, end int)) {
	for i := 0; i < len(text); i++ {
		if text[i] != '"' {
			continue
		}
		end := i + 1
		for end < len(text) && end-i <= maxJSONKeyLen && isWordByte(text[end]) {
			end++
		}
		if end >= len(text) || text[end] != '"' || end == i+1 {
			continue
		}
		colon := end + 1
		for colon < len(text) && text[colon] == ' ' {
			colon++
		}
		if colon < len(text) && text[colon] == ':' {
			yield(i, end+1)
		}
		i = end
	}
}

// maxJSONKeyLen is the longest JSON key eachJSONKey reads as one.
const maxJSONKeyLen = 40

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

// joinFortnoxAccount writes "konto" and "account" right after "Fortnox"
// ("ditt Fortnox-konto", "the Fortnox account", "Fortnoxkontot") as the one
// word fortnoxAccountTerm, in the fixes' texts and in a paste alike: they
// name the company's Fortnox subscription, not an account of the chart of
// accounts that the bookkeeping fixes are about.
func joinFortnoxAccount(folded string) string {
	if !strings.Contains(folded, "fortnox") {
		return folded
	}
	return joinAround(folded, "fortnox", fortnoxAccountTerm, func(at, _ int) (int, int, bool) {
		start := at + len("fortnox")
		if start < len(folded) && (folded[start] == '-' || folded[start] == ' ') {
			start++
		}
		end := start
		for end < len(folded) && isAlnum(folded[end]) {
			end++
		}
		return at, end, fortnoxAccountWords[folded[start:end]]
	})
}

// fortnoxAccountTerm is the word joinFortnoxAccount writes.
const fortnoxAccountTerm = "fortnoxkonto"

// fortnoxAccountWords are the words for a Fortnox subscription after "Fortnox".
var fortnoxAccountWords = map[string]bool{
	"konto": true, "kontot": true, "kontots": true, "konton": true,
	"account": true, "accounts": true,
}
