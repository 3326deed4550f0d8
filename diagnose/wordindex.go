package diagnose

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

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
	// A concept keeps the first form it is given: the API licence is
	// shown as Fortnox's own word for it, from its message "Api-licens
	// saknas", whichever way the paste says it.
	out[apiLicenseTerm] = "api-licens"
	return out
}
