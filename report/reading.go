package report

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Reading is a read paste as a document, by what it turned out to be: an
// activation link's report, a token's, or an explanation.
func Reading(r diagnose.Reading, on Surface, l i18n.Lang) Document {
	switch r.Kind {
	case diagnose.PasteActivationURL:
		return URL(r.URL, l)
	case diagnose.PasteToken:
		return Token(r.Token, r.Now, l)
	}
	return Explanation(r.Explanation, r.Kind, on, l)
}
