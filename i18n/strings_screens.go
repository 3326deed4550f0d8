package i18n

// Texts of the wizard's screens as components: the short labels that keep
// every hint bar on one line at 80 columns in both languages, the keys
// each screen now names in its help, and the hints of a list that does
// not fit or a filter that matches nothing.

// Short key labels.
var (
	KeyCopyShort      = Text{En: "copy", Sv: "kopiera"}
	KeyCheckLiveShort = Text{En: "check", Sv: "kontrollera"}
	// KeySeeAlso opens a fix listed under "See also" (s the first, S the
	// second).
	KeySeeAlso    = Text{En: "see also", Sv: "se även"}
	KeyNewline    = Text{En: "new line", Sv: "ny rad"}
	KeyCancelRead = Text{En: "cancel", Sv: "avbryt"}
	KeyCheckYes   = Text{En: "send", Sv: "skicka"}
	KeyCheckNo    = Text{En: "don't send", Sv: "skicka inte"}
)

// Lists and filters.
var (
	WizMoreAbove = Text{En: "↑ more", Sv: "↑ mer"}
	WizMoreUnder = Text{En: "↓ more", Sv: "↓ mer"}
	WizNoMatch   = Text{En: "No option matches", Sv: "Inget alternativ matchar"}
)
