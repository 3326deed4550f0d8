package livecheck

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Personal data in text from Fortnox. Package diagnose's redactor hides
// secrets (tokens, client secrets, codes) but has no helper for personal
// data, and diagnose is not this package's to change, so the two kinds a
// Fortnox error message is known to echo are hidden here, in the
// redactor's style: [redacted:KIND], without the redactor's hint of the
// last four characters, which of a personnummer are the most telling.
const (
	redactedEmail              = "[redacted:email]"
	redactedPersonalNumber     = "[redacted:personal-number]"
	redactedOrganisationNumber = "[redacted:organisation-number]"
)

// hideEmails replaces every e-mail address in s, not only the user's: any
// run of characters that holds an @ (or its percent-encoded or full-width
// form) with a letter or digit on each side, up to a space, a quote, a
// bracket or other punctuation no address is written with. It hides more
// than addresses ("user@host" too), never less: the e-mail of the token's
// user, which /3/me returns and check never reads, is such a run.
func hideEmails(s string) string {
	if !strings.Contains(s, "@") && !strings.Contains(s, "%40") && !strings.Contains(s, "＠") {
		return s
	}
	var b strings.Builder
	prev := 0
	for i := 0; i < len(s); {
		start := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if endsAddress(r) {
				break
			}
			i += size
		}
		if i == start {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		lo, hi := trimAddress(s, start, i)
		if isAddress(s[lo:hi]) {
			b.WriteString(s[prev:lo])
			b.WriteString(redactedEmail)
			prev = hi
		}
	}
	if prev == 0 {
		return s
	}
	b.WriteString(s[prev:])
	return b.String()
}

// endsAddress reports whether r cannot be part of an e-mail address as
// text writes one: a space, a quote, a bracket, a separator (of a list,
// of a URL's path or query).
func endsAddress(r rune) bool {
	if unicode.IsSpace(r) || unicode.IsControl(r) {
		return true
	}
	switch r {
	case '"', '\'', '`', '<', '>', '(', ')', '[', ']', '{', '}', ',', ';', ':', '=', '&', '/', '\\', '|',
		'“', '”', '‘', '’', '«', '»', '„', '…':
		return true
	}
	return false
}

// trimAddress leaves out the sentence's punctuation around a run.
func trimAddress(s string, lo, hi int) (int, int) {
	for lo < hi && strings.ContainsRune(".!?*-_", rune(s[lo])) {
		lo++
	}
	for hi > lo && strings.ContainsRune(".!?*-_", rune(s[hi-1])) {
		hi--
	}
	return lo, hi
}

// isAddress reports whether a run holds an @ with a letter or digit on
// each side.
func isAddress(run string) bool {
	for _, at := range []string{"@", "%40", "＠"} {
		i := strings.Index(run, at)
		if i < 0 {
			continue
		}
		before, after := run[:i], run[i+len(at):]
		if strings.IndexFunc(before, isAlnum) >= 0 && strings.IndexFunc(after, isAlnum) >= 0 {
			return true
		}
	}
	return false
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// hideIDNumbers replaces Swedish personal identity numbers (personnummer,
// samordningsnummer) and organisation numbers: ten or twelve digits (in
// any script), with or without a hyphen or plus before the last four
// (YYMMDD-NNNN, YYYYMMDD-NNNN, NNNNNN-NNNN, 16NNNNNN-NNNN), and not part
// of a longer number; a space before the last four is not taken for a
// separator. It does not check the control digit: a mistyped number is as
// personal as a right one, and an invoice number of the same length is
// hidden too. Whether it is a person's is told by the month digits: an
// organisation number's third digit is at least 2, a personnummer's month
// is 01 to 12.
func hideIDNumbers(s string) string {
	if !strings.ContainsFunc(s, unicode.IsDigit) {
		return s
	}
	var b strings.Builder
	prev := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		digits, end := digitRun(s, i)
		number := digits
		if len(digits) == 6 || len(digits) == 8 {
			if sep, sepSize := utf8.DecodeRuneInString(s[end:]); isIDSeparator(sep) {
				if last, lastEnd := digitRun(s, end+sepSize); len(last) == 4 {
					number = append(number, last...)
					end = lastEnd
				}
			}
		}
		i = end
		if len(number) != 10 && len(number) != 12 {
			continue
		}
		b.WriteString(s[prev:start])
		// The tens of the month: a digit in another script is taken for a
		// person's, the kind that matters more.
		if m := number[len(number)-8]; m >= '2' && m <= '9' {
			b.WriteString(redactedOrganisationNumber)
		} else {
			b.WriteString(redactedPersonalNumber)
		}
		prev = end
	}
	if prev == 0 {
		return s
	}
	b.WriteString(s[prev:])
	return b.String()
}

// digitRun reads the digits from i, in any script, and where they end.
func digitRun(s string, i int) ([]rune, int) {
	var digits []rune
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsDigit(r) {
			break
		}
		digits = append(digits, r)
		i += size
	}
	return digits, i
}

// isIDSeparator reports whether r may stand between a number's date part
// and its last four digits: a hyphen of any kind, or the plus of a person
// over a hundred.
func isIDSeparator(r rune) bool {
	switch r {
	case '-', '+', '‐', '‑', '–', '—', '−':
		return true
	}
	return false
}
