package i18n

// Strings of the ranked matcher (issue 9): its evidence, its confidence
// levels, and the wizard's paste screen.
var (
	DiagEvidenceWords = Text{En: "words of the fix found in your text: %s", Sv: "ord ur lösningen som finns i din text: %s"}
)

// The explain command's guesses.
var (
	CmdGuessHeading = Text{En: "No sure match. Might be one of these:", Sv: "Ingen säker träff. Kanske något av detta:"}
)
