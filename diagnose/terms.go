package diagnose

import (
	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/swedish"
)

// Terms are the words retrieval compares: folded text (see fold) split at
// everything but letters and digits, so "missing.rights", "error_missing_license"
// and "Api-licens" give their words, without numbers, stop words and words
// too short or too long to mean anything.

const (
	minTermLen = 2
	// maxTermLen drops identifiers, hashes and tokens that no word of a fix
	// is as long as.
	maxTermLen = 30
)

// eachTerm calls yield with every term of folded text in order, and with
// a break (the empty string) where a stop word or a non-word stood, so
// that adjacency means adjacency in the text.
func eachTerm(folded string, yield func(term string)) {
	for i := 0; i < len(folded); {
		if !isAlnum(folded[i]) && folded[i] < 0x80 {
			i++
			continue
		}
		start := i
		letters := false
		for i < len(folded) && (isAlnum(folded[i]) || folded[i] >= 0x80) {
			letters = letters || !(folded[i] >= '0' && folded[i] <= '9')
			i++
		}
		w := folded[start:i]
		if !letters || len(w) < minTermLen || len(w) > maxTermLen || stopWords[w] {
			yield("")
			continue
		}
		yield(w)
	}
}

// stems returns a folded word's English and Swedish Snowball stems. The
// language of a pasted word is unknown, so both are tried; the stemmers
// work on folded words too, as their Swedish suffixes need no å, ä or ö.
func stems(w string) (en, sv string) {
	return english.Stem(w, true), swedish.Stem(w, true)
}

// stopWords are folded words too common to point at a fix: English and
// Swedish function words, and the words every Fortnox error shares.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		// English
		"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "from",
		"is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these",
		"those", "as", "not", "no", "but", "if", "then", "so", "do", "does", "did", "done", "have",
		"has", "had", "can", "could", "will", "would", "should", "may", "might", "must", "you",
		"your", "we", "our", "they", "their", "them", "he", "she", "his", "her", "my", "me",
		"there", "here", "what", "which", "who", "when", "where", "why", "how", "all", "any",
		"some", "such", "than", "too", "very", "just", "also", "only", "into", "out", "up", "over",
		"again", "about", "after", "before", "while", "each", "more", "most", "other", "same",
		"get", "got", "gets", "make", "sure", "please", "e", "g", "eg", "ie", "etc", "s", "t",
		"don", "doesn", "isn", "didn", "one", "use", "used", "using", "now", "new", "still",
		"see", "way", "via", "am", "i",
		// Swedish
		"och", "att", "det", "som", "en", "ett", "pa", "ar", "av", "med", "till", "den", "har",
		"de", "inte", "om", "men", "var", "jag", "du", "vi", "ni", "han", "hon", "sig", "sa",
		"kan", "kunde", "nu", "ska", "skall", "vid", "eller", "fran", "under", "efter", "nar",
		"da", "man", "sin", "sina", "sitt", "er", "era", "dar", "hur", "vad", "vilken", "vilka",
		"detta", "dessa", "denna", "mot", "utan", "ocksa", "bara", "mer", "far", "hej", "ej",
		"din", "ditt", "dina", "min", "mitt", "mina", "oss", "dem", "alla", "blir", "bli",
		"vara", "finns", "gor", "gora", "behover", "maste", "fall", "annat",
		"ex", "tex", "ifall", "dig", "mig", "nagot", "nagon", "nagra", "redan", "anvander",
		"anvands", "already", "ha", "hade", "haft", "kunna", "skulle", "vill", "ville", "sedan",
		"igen", "inom", "genom", "samt", "aven", "alltid", "aldrig", "mycket", "hela",
		"helt", "blev", "blivit", "fick", "eftersom", "darfor", "bade", "bada",
		"varje", "ny", "nya", "nytt",
		// every Fortnox paste says these
		"fortnox", "error", "errors", "fel", "felet", "felmeddelande", "felmeddelandet",
		"api", "http", "https", "www", "se", "com", "json", "null", "true", "false", "message",
		"msg", "description", "value", "id",
		// the words of the code around an error message, not its meaning
		"public", "private", "static", "final", "const", "var", "let", "func", "function",
		"def", "class", "return", "void", "int", "string", "import", "package", "throw",
		"throws", "catch", "try", "await", "async", "undefined", "self",
		// who has the problem, not what it is ("users" and "användare"
		// stay words: they name Fortnox's Manage Users, Administrera
		// användare)
		"customer", "customers", "kund", "kunden", "kunder", "kundens", "user",
		"anvandaren", "anvandarens",
	} {
		m[w] = true
	}
	return m
}()
