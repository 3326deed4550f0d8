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
var MCPHintGuesses = Text{En: "No Fortnox error recognized for certain: the low matches are guesses from the words of the text, best first. Check the first with the user, or find the fix by answering a few questions with the next_question tool.", Sv: "Inget Fortnox-fel känns igen säkert: de osäkra träffarna är gissningar utifrån textens ord, bästa först. Stäm av den första med användaren, eller hitta åtgärden genom att svara på några frågor med verktyget next_question."}

// MCPErrArguments is a tool call whose arguments do not fit the tool's
// input schema; %s is the validator's detail, which names the argument and
// the rule. The detail is the validator's own English, data for the
// assistant: the sentence says so rather than run on into it.
var MCPErrArguments = Text{En: "the arguments do not fit the tool's input schema; the validator says: %s", Sv: "argumenten stämmer inte med verktygets indataschema; validerarens besked (på engelska): %s"}

// The MCP server's answers to messages it cannot take, in the session's
// language: JSON-RPC's own errors, each with what was wrong (the reasons
// below, said into MCPRPCInvalidRequest or MCPRPCInvalidParams).
var (
	MCPRPCParseError     = Text{En: "Parse error: a line that is not JSON was ignored", Sv: "Tolkningsfel: en rad som inte är JSON ignorerades"}
	MCPRPCInvalidRequest = Text{En: "Invalid Request: %s; the line was ignored", Sv: "Ogiltig begäran: %s; raden ignorerades"}
	MCPRPCInvalidParams  = Text{En: "Invalid params: %s", Sv: "Ogiltiga parametrar: %s"}

	MCPRPCNotAnObject = Text{En: "a JSON-RPC 2.0 message is one object (batches are not taken)", Sv: "ett JSON-RPC 2.0-meddelande är ett enda objekt (flera meddelanden i en lista tas inte emot)"}
	MCPRPCVersion     = Text{En: `"jsonrpc" is not "2.0"`, Sv: `"jsonrpc" är inte "2.0"`}
	MCPRPCMethodType  = Text{En: `"method" is not a string`, Sv: `"method" är inte en sträng`}
	MCPRPCNoMethod    = Text{En: "neither a method nor an answer", Sv: "varken en metod eller ett svar"}
	MCPRPCErrorMember = Text{En: `"error" is no error object (an integer code and a string message)`, Sv: `"error" är inget felobjekt (en heltalskod och ett meddelande som sträng)`}
	MCPRPCUnreadable  = Text{En: "the server cannot read it as a JSON-RPC 2.0 message", Sv: "servern kan inte läsa det som ett JSON-RPC 2.0-meddelande"}
	MCPRPCIDType      = Text{En: "the id is neither a string nor a number", Sv: "id är varken en sträng eller ett tal"}
	// MCPRPCIDNumber: MCP's ids are strings or integers, and the SDK
	// carries an integer exactly only up to 2^53−1.
	MCPRPCIDNumber = Text{En: "an id that is a number must be a whole number from -9007199254740991 to 9007199254740991 (MCP takes a string or an integer)", Sv: "ett id som är ett tal måste vara ett heltal från -9007199254740991 till 9007199254740991 (MCP tar en sträng eller ett heltal)"}
	MCPRPCIDInUse  = Text{En: "id already in use by a request not yet answered; give each request in flight an id of its own", Sv: "id används redan av en begäran som ännu inte är besvarad; ge varje pågående begäran ett eget id"}
	MCPRPCTooLarge = Text{En: "the message is larger than 8 MiB", Sv: "meddelandet är större än 8 MiB"}
	MCPRPCTooDeep  = Text{En: "the message is nested more than 1,000 levels deep", Sv: "meddelandet är nästlat i mer än 1 000 nivåer"}
	// MCPRPCNotInitialized is a request other than initialize or ping
	// before the session is initialized, MCPRPCMethodNotFound one of a
	// method the server does not serve; %q is the method.
	MCPRPCNotInitialized = Text{En: "method %q cannot be called before the session is initialized: send initialize first", Sv: "metoden %q kan inte anropas innan sessionen har initierats: skicka initialize först"}
	MCPRPCMethodNotFound = Text{En: "Method not found: %q is no method this server serves", Sv: "Metoden finns inte: %q är ingen metod som den här servern har"}

	MCPRPCParamsMissing = Text{En: `"params" is missing`, Sv: `"params" saknas`}
	MCPRPCParamsType    = Text{En: `"params" is not an object`, Sv: `"params" är inte ett objekt`}
	MCPRPCParamString   = Text{En: "params.%s is not a string", Sv: "params.%s är inte en sträng"}
	MCPRPCURIControl    = Text{En: "the resource URI holds control characters", Sv: "resursens URI innehåller styrtecken"}
)

// Errors of a tool call that the server answers before the tool runs.
var (
	MCPErrUnknownTool        = Text{En: "unknown tool %q (tools/list lists the tools)", Sv: "okänt verktyg %q (tools/list listar verktygen)"}
	MCPErrArgumentsNotObject = Text{En: "the arguments are not an object of named arguments", Sv: "argumenten är inte ett objekt med namngivna argument"}
	// MCPErrArgumentNull is an argument sent as null; %s is one of the
	// MCPType texts.
	MCPErrArgumentNull = Text{En: "the argument %q is null, where the tool's input schema wants %s; leave an optional argument out rather than send null", Sv: "argumentet %q är null, där verktygets indataschema vill ha %s; utelämna hellre ett valfritt argument än att skicka null"}
	MCPTypeString      = Text{En: "a string", Sv: "en sträng"}
	MCPTypeList        = Text{En: "a list", Sv: "en lista"}
	MCPTypeValue       = Text{En: "a value", Sv: "ett värde"}
)
