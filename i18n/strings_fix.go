package i18n

// Headings used wherever a fix is shown: the fix screen, `show`, copied
// text and Markdown files.
var (
	FixWho             = Text{En: "Who acts", Sv: "Vem åtgärdar"}
	FixCause           = Text{En: "Cause", Sv: "Orsak"}
	FixSteps           = Text{En: "Steps", Sv: "Gör så här"}
	FixWhere           = Text{En: "Where", Sv: "Var"}
	FixDocs            = Text{En: "Docs", Sv: "Dokumentation"}
	FixNote            = Text{En: "Note", Sv: "Observera"}
	FixCustomerMessage = Text{En: "Message to the customer", Sv: "Meddelande till kunden"}
	FixIDLabel         = Text{En: "Fix ID", Sv: "Åtgärds-ID"}
)
