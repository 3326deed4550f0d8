package i18n

// Texts for what fortnox-doctor says when it cuts what it echoes short,
// refuses a paste where it does not belong, or meets input it will not
// quote back.
var (
	DiagMoreFindings = Text{
		En: "…and %d more findings like this (%s).",
		Sv: "…och %d fler iakttagelser av samma slag (%s).",
	}
	DiagURLTooManyParams = Text{
		En: "The link has %d more parameters after the first %d; they were not checked.",
		Sv: "Länken har %d parametrar till efter de första %d; de kontrollerades inte.",
	}
	DiagTokenBadTime = Text{
		En: "%s is not a valid time: it must be seconds since 1970, a finite number.",
		Sv: "%s är ingen giltig tidpunkt: den måste vara sekunder sedan 1970, ett ändligt tal.",
	}
	CmdMoreParams = Text{
		En: "…and %d more parameters, not shown.",
		Sv: "…och %d parametrar till, som inte visas.",
	}
	ErrExplainLooksLikePaste = Text{
		En: "%s: that looks like pasted text, not a flag. Pipe it in instead: fortnox-doctor explain - < file (or pbpaste | fortnox-doctor explain).",
		Sv: "%s: det ser ut som inklistrad text, inte en flagga. Skicka in den via standard in i stället: fortnox-doctor explain - < fil (eller pbpaste | fortnox-doctor explain).",
	}
	ErrWriteOutput = Text{
		En: "could not write the output: %s",
		Sv: "kunde inte skriva ut resultatet: %s",
	}
	ErrOutputSymlink = Text{
		En: "--output %s is a symbolic link; name the file itself.",
		Sv: "--output %s är en symbolisk länk; ange själva filen.",
	}
	ErrOutputNotRegular = Text{
		En: "--output %s is not a regular file.",
		Sv: "--output %s är ingen vanlig fil.",
	}
	CmdOutputReplaced = Text{
		En: "Replaced %s with the fix.",
		Sv: "Ersatte %s med åtgärden.",
	}
	AccNotAnswer = Text{
		En: "That is not one of the choices: answer with a number from 1 to %d.",
		Sv: "Det är inget av alternativen: svara med ett nummer från 1 till %d.",
	}
	AccPasteTaken = Text{
		En: "That is read as a paste. Add its other lines, if any, then end it with a line holding only a dot (.), or with the end of the input (ctrl+d).",
		Sv: "Det läses som inklistrad text. Lägg till dess övriga rader, om det finns några, och avsluta med en rad med bara en punkt (.), eller med slutet av indata (ctrl+d).",
	}
	AccPasteEnd = Text{
		En: "Paste the text, then end it with a line holding only a dot (.), or with the end of the input (ctrl+d). Blank lines inside the paste are kept. To go back instead, type only 0 on the first line.",
		Sv: "Klistra in texten och avsluta med en rad med bara en punkt (.), eller med slutet av indata (ctrl+d). Tomma rader i texten behålls. Skriv bara 0 på första raden för att gå tillbaka i stället.",
	}
	WizFilterNoPaste = Text{
		En: "Pasting is not taken in the filter: press esc, then paste on a question that offers it.",
		Sv: "Inklistrad text tas inte emot i filtret: tryck esc och klistra sedan in på en fråga som erbjuder det.",
	}
	WizReading = Text{
		En: "Reading the paste… (esc cancels)",
		Sv: "Läser texten… (esc avbryter)",
	}
)
