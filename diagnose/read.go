package diagnose

import "time"

// Reading is what a paste turned out to be and what its reader found.
type Reading struct {
	// Kind is what the paste looked like (Classify); never PasteEmpty.
	Kind PasteKind
	// Explanation is set for PasteText, URL for PasteActivationURL and
	// Token for PasteToken.
	Explanation Explanation
	URL         URLReport
	Token       TokenReport
	// Now is when the paste was read, for a token's relative times.
	Now time.Time
}

// Read is the one entry for a paste of any kind, used by the wizard's
// paste screen, its accessible mode and the MCP server alike: it checks the
// input, says what the paste looks like and reads it with the reader its
// kind calls for — an activation link is linted (CheckURL), a token decoded
// against now (InspectToken), anything else explained (Explain). The error
// is an *InputError for a paste that is empty, blank once sanitized, or
// larger than MaxInputBytes. Sanitizing twice changes nothing, so the
// readers see what they would have made of the paste themselves.
func Read(paste string, now time.Time) (Reading, error) {
	// One check, one sanitizing pass (two for a link) and (but for a
	// token, which is never shown) one redaction, whatever the kind.
	if err := CheckInput(paste); err != nil {
		return Reading{}, err
	}
	clean := Sanitize(paste)
	r := Reading{Kind: classifySanitized(clean), Now: now}
	switch r.Kind {
	case PasteEmpty:
		return Reading{}, CheckInput("")
	case PasteActivationURL:
		// A link is read as check-url reads it: an invisible character
		// pasted as such is encoded as a browser sends it, not dropped
		// with the others Sanitize drops, so that company<ZWSP>information
		// is not taken for a valid scope.
		r.URL = checkURLRedacted(Redact(Sanitize(encodeInvisible(paste))))
	case PasteToken:
		r.Token = inspectSanitized(clean, now)
	default:
		r.Kind = PasteText
		r.Explanation = explainRedacted(signals(), Redact(clean))
	}
	return r, nil
}
