package i18n

// The MCP server's errors in its own words: an assistant calls tools, so
// they name the tool to use (list_fixes) and the argument (as), not the
// command line's commands and flags.
var (
	// MCPErrNoSuchResource is a resource read whose URI is not one of the
	// server's (fortnox-doctor://fix/{id}).
	MCPErrNoSuchResource    = Text{En: "no such resource: %q (the fixes are fortnox-doctor://fix/{id}; list_fixes lists the IDs)", Sv: "ingen sådan resurs: %q (åtgärderna är fortnox-doctor://fix/{id}; list_fixes listar alla ID:n)"}
	MCPErrUnknownFix        = Text{En: "unknown fix ID %q (list_fixes lists every ID)", Sv: "okänt åtgärds-ID %q (list_fixes listar alla ID:n)"}
	MCPErrUnknownFixSuggest = Text{En: "unknown fix ID %q; did you mean %q? (list_fixes lists every ID)", Sv: "okänt åtgärds-ID %q; menade du %q? (list_fixes listar alla ID:n)"}
	MCPErrUnknownPerson     = Text{En: "unknown person %q for as (valid: %s)", Sv: "okänd person %q för as (giltiga: %s)"}
)

// MCPHintGuesses is explain_error's hint when only low matches were found.
var MCPHintGuesses = Text{En: "No Fortnox error recognised for certain: the low matches are guesses from the words of the text, best first. Check the first with the user, or find the fix by answering a few questions with the next_question tool.", Sv: "Inget Fortnox-fel känns igen säkert: de osäkra träffarna är gissningar utifrån textens ord, bästa först. Stäm av den första med användaren, eller hitta åtgärden genom att svara på några frågor med verktyget next_question."}

// MCPErrArguments is a tool call whose arguments do not fit the tool's
// input schema; %s is the validator's detail, which names the argument and
// the rule. The detail is the validator's own English, data for the
// assistant: the sentence says so rather than run on into it.
var MCPErrArguments = Text{En: "the arguments do not fit the tool's input schema; the validator says: %s", Sv: "argumenten stämmer inte med verktygets indataschema; validerarens besked (på engelska): %s"}
