package i18n

// Strings of the ranked matcher (issue 9): its evidence, its confidence
// levels, and the wizard's paste screen.
var (
	DiagEvidenceWords = Text{En: "words of the fix found in your text: %s", Sv: "ord ur åtgärden som finns i din text: %s"}
)

// The wizard's paste screen and result.
var (
	// WizMightBe heads the closest fixes when nothing is sure, in the
	// wizard and in explain's output alike.
	WizMightBe = Text{En: "Might be one of these:", Sv: "Kanske något av detta:"}
	// WizPasteDescribe is the paste screen's hint: it takes a description
	// in the person's own words as well as a paste.
	WizPasteDescribe = Text{En: "Describe the problem or paste the error, the link or the token; then press Enter.", Sv: "Beskriv problemet eller klistra in felet, länken eller token; tryck sedan Enter."}
	// WizPasteNotHere says that a paste arrived on a screen that takes none.
	WizPasteNotHere   = Text{En: "This screen takes no paste; go back to paste.", Sv: "Här går det inte att klistra in; gå tillbaka för att klistra in."}
	WizPasteAfterLang = Text{En: "Choose a language first, then paste.", Sv: "Välj språk först, klistra sedan in."}
)
