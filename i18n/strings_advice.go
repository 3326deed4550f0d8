package i18n

// Headings and lines for a fix shown to one person (fortnox.md §8): what
// they do themselves, what to ask the other party, and the message to send.
var (
	FixYouDo         = Text{En: "What you do", Sv: "Det här gör du"}
	FixNothingForYou = Text{En: "There is nothing for you to do yourself: ask for the steps below.", Sv: "Du behöver inte göra något själv: be om stegen nedan."}
	FixAskCustomer   = Text{En: "What to ask the customer", Sv: "Det här ber du kunden om"}
	FixAskClient     = Text{En: "What to ask your client", Sv: "Det här ber du klienten om"}
	FixAskIntegrator = Text{En: "What to ask the integrator", Sv: "Det här ber du integratören om"}
	FixAskConsultant = Text{En: "What to ask the accounting consultant", Sv: "Det här ber du redovisningskonsulten om"}
	FixNothingToAsk  = Text{En: "No steps of theirs in this fix; the message below is what you can write to them.", Sv: "Inga steg för dem i den här åtgärden; meddelandet nedan är det du kan skriva till dem."}
	FixMsgClient     = Text{En: "Message to your client", Sv: "Meddelande till klienten"}
	FixMsgIntegrator = Text{En: "Message to the integrator", Sv: "Meddelande till integratören"}
	FixMsgConsultant = Text{En: "Message to the accounting consultant", Sv: "Meddelande till redovisningskonsulten"}
	FixSources       = Text{En: "Sources", Sv: "Källor"}
	FixSeeAlso       = Text{En: "See also", Sv: "Se även"}
	FixReadingAs     = Text{En: "Shown for", Sv: "Visas för"}
)

// Messages: every message to pass on opens with MsgGreeting. A consultant
// sends the integrator the customer's message on the client's behalf,
// opening with MsgOnClientsBehalf instead, so that its "we" and "our
// Fortnox" read as the client's.
var (
	MsgGreeting        = Text{En: "Hi!", Sv: "Hej!"}
	MsgOnClientsBehalf = Text{En: "Hi! I am the accounting consultant of one of your customers, writing on their behalf.", Sv: "Hej! Jag är redovisningskonsult åt en av era kunder och skriver för deras räkning."}
)

// `show --as`: its flag and the error for a person it does not know.
var (
	FlagShowAs       = Text{En: "you: integrator, customer or consultant; your steps first", Sv: "du: integrator, customer eller consultant; dina steg först"}
	ErrUnknownPerson = Text{En: "unknown person %q for --as (valid: %s)", Sv: "okänd person %q för --as (giltiga: %s)"}
)
