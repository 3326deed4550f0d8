package diagnose

// joinExpiry writes Swedish's particle verb for running out ("har gått ut",
// "går ut", "gick ut", "har löpt ut", "löper ut"), the way Swedish apps say
// that a token, a code or a connection has expired, as the one word
// expiryTerm, in the fixes' texts and in a paste alike. Apart, "gått" and
// "ut" are words that say nothing ("ut" is too short to be a term at all);
// joined, they are "utgått", which the shared concepts read as "expired".
// The text never grows, and each word is read at most twice.
func joinExpiry(folded string) string {
	return joinAround(folded, " ut", expiryTerm, func(at, last int) (int, int, bool) {
		end := at + len(" ut")
		if end < len(folded) && isTermByte(folded[end]) {
			return 0, 0, false // "ut" begins a longer word: "utan", "utför"
		}
		start := at
		for start > last && isTermByte(folded[start-1]) {
			start--
		}
		if start > 0 && isTermByte(folded[start-1]) || !expiryVerbs[folded[start:at]] {
			return 0, 0, false
		}
		return start, end, true
	})
}

// isTermByte reports whether a byte of folded text belongs to a word, as
// eachTerm reads words (letters, digits and any byte of a non-ASCII rune).
func isTermByte(c byte) bool { return isAlnum(c) || c >= 0x80 }

// expiryTerm is the word joinExpiry writes; flows.Concepts has it among
// the words for "expired".
const expiryTerm = "utgatt"

// expiryVerbs are the folded forms of "gå" and "löpa" that take "ut" to
// mean expire.
var expiryVerbs = map[string]bool{
	"gatt": true, "gar": true, "gick": true,
	"lopt": true, "loper": true, "lopte": true,
}
