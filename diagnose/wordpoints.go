package diagnose

import "math"

// wordPoints turns a retrieval score into score points.
func wordPoints(score float64) int { return int(math.Round(score * 10)) }

// The word search's thresholds, in score points (a word only one fix has,
// said once in a phrase, is worth about 36). They are calibrated on the
// tuning set of the corpus (testdata/corpus/tuning.jsonl): highWordPoints
// lies above every score a text of another system reaches there (the
// highest, 153, is another API's rate limit with its 429), with a margin
// for texts not seen. Guesses are cheap, as a low match is never an
// answer: lowWordPoints lets any fix that shares a meaningful word with
// the paste be offered next to the best guess, which must reach
// guessWordPoints so that one common word ("exists") is no lead.
const (
	highWordPoints = 170
	// clearLead is how far ahead a match of words alone must be to be
	// confident: every other fix must score less than this share of its
	// score. On the tuning set, the runner-up of the 21 right matches of
	// words alone above highWordPoints reached 5–65% of the best score, and
	// 72% and 87% for the two wrong ones (one right one: 73%).
	clearLead = 0.7
	// guessWordPoints is what the best of guesses made of words alone
	// must reach for any of them to be offered.
	guessWordPoints = 25
	lowWordPoints   = 12
	// maxGuesses is how many low-confidence matches an explanation keeps.
	maxGuesses = 3
)
