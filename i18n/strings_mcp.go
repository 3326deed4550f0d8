package i18n

// The `mcp` command and the texts its tools return to an AI assistant, which
// relays them to the person it helps, so they are in the person's language.
// The tools' descriptions are for the assistant and stay English (in
// package mcpserver).
var (
	CmdMCPShort = Text{En: "Offline diagnosis for AI assistants (MCP on stdio)", Sv: "Lokal diagnos för AI-assistenter (MCP på stdio)"}
	CmdMCPLong  = Text{
		En: "Runs a Model Context Protocol server on standard input and output, for Claude Desktop, VS Code, Cursor and other MCP clients. Its tools explain an error text, show and list fixes, lint an activation URL, read a token and walk the decision tree, with the same answers as the other commands. It opens no network connection; the live check against Fortnox (check) is not offered. Standard output carries only protocol messages.",
		Sv: "Kör en MCP-server (Model Context Protocol) på standard in och ut, för Claude Desktop, VS Code, Cursor och andra MCP-klienter. Verktygen förklarar en feltext, visar och listar åtgärder, granskar en aktiveringslänk, läser en token och går igenom beslutsträdet, med samma svar som de andra kommandona. Servern öppnar ingen nätverksanslutning; kontrollen mot Fortnox (check) erbjuds inte. På standard ut skrivs bara protokollmeddelanden.",
	}
	CmdMCPTerminalHint = Text{En: "fortnox-doctor mcp speaks the Model Context Protocol on standard input and output: add it to an MCP client (see the README) rather than typing here. Press Ctrl-D to stop.", Sv: "fortnox-doctor mcp talar Model Context Protocol på standard in och ut: lägg till den i en MCP-klient (se README) i stället för att skriva här. Tryck Ctrl-D för att avsluta."}
	CmdMCPErrArgs      = Text{En: "mcp takes no arguments; an MCP client starts it and talks to it on standard input and output", Sv: "mcp tar inga argument; en MCP-klient startar den och pratar med den på standard in och ut"}

	// Hints when explain_error recognises nothing: which tool fits instead.
	MCPHintCheckURL     = Text{En: "It looks like an activation link: check it with the check_activation_url tool.", Sv: "Det ser ut som en aktiveringslänk: granska den med verktyget check_activation_url."}
	MCPHintInspectToken = Text{En: "It looks like a token: read it with the inspect_token tool, and have it replaced, since it has left the user's machine.", Sv: "Det ser ut som en token: läs den med verktyget inspect_token, och se till att den byts ut, eftersom den har lämnat användarens dator."}
	MCPHintAnyServer    = Text{En: "The text holds an OAuth error every OAuth server sends, and nothing in it shows that it comes from Fortnox: ask the user which service answered. If it was Fortnox, the low matches are the likely fixes.", Sv: "Texten innehåller ett OAuth-fel som alla OAuth-servrar skickar, och inget i den visar att det kommer från Fortnox: fråga användaren vilken tjänst som svarade. Var det Fortnox är de osäkra träffarna de troliga åtgärderna."}
	MCPHintSharedPhrase = Text{En: "The text holds words that Fortnox uses, but so does other software, and nothing in it shows that it comes from Fortnox: ask the user which system showed it. If it was Fortnox, the first low match is the likely fix.", Sv: "Texten innehåller ord som Fortnox använder, men det gör även andra program, och inget i den visar att den kommer från Fortnox: fråga användaren vilket system som visade det. Var det Fortnox är den första osäkra träffen den troliga åtgärden."}
	MCPHintTree         = Text{En: "No Fortnox error recognized: find the fix by answering a few questions with the next_question tool.", Sv: "Inget Fortnox-fel känns igen: hitta åtgärden genom att svara på några frågor med verktyget next_question."}

	// MCPTokenExposed is in every inspect_token answer: the token was sent
	// through a chat. Lifetimes and rotation as in fortnox.md §2.
	MCPTokenExposed = Text{
		En: "This token was pasted into a chat, so it has left your machine: treat it as exposed. An access token expires within an hour by itself; a refresh token lives for weeks, so have the integration refresh it (the old refresh token then stops working) and save the new one. Next time, read tokens locally with `fortnox-doctor inspect-token`.",
		Sv: "Den här token klistrades in i en chatt och har alltså lämnat din dator: se den som röjd. En access-token slutar gälla av sig själv inom en timme; en refresh-token gäller i veckor, så låt integrationen förnya den (den gamla refresh-token slutar då fungera) och spara den nya. Nästa gång: läs token lokalt med `fortnox-doctor inspect-token`.",
	}

	// MCPPasteHint replaces the paste screen's hint ("nothing leaves your
	// machine") when an assistant walks the tree: what is pasted into a
	// chat does leave it.
	MCPPasteHint = Text{
		En: "Paste the error message, the activation link or the token into the chat. fortnox-doctor reads it on this machine and hides secrets in its answer, but what you paste into a chat is sent to the assistant: remove passwords and client secrets first, and replace a token you paste.",
		Sv: "Klistra in felmeddelandet, aktiveringslänken eller token i chatten. fortnox-doctor läser det på den här datorn och döljer hemligheter i sitt svar, men det du klistrar in i en chatt skickas till assistenten: ta bort lösenord och klienthemligheter först, och byt ut en token som du klistrar in.",
	}
	MCPPasteTools = Text{En: "Send an error text to explain_error, an activation link to check_activation_url and a token to inspect_token.", Sv: "Skicka en feltext till explain_error, en aktiveringslänk till check_activation_url och en token till inspect_token."}

	// Errors of next_question.
	MCPErrNotAnOption = Text{En: "answer %d, %q, is not an option of question %q; its options are: %s", Sv: "svar %d, %q, är inget alternativ till frågan %q; dess alternativ är: %s"}
	MCPErrPastEnd     = Text{En: "answer %d, %q, comes after the walk ended at %q; send only the answers up to there", Sv: "svar %d, %q, kommer efter att vägen slutade vid %q; skicka bara svaren fram dit"}
	MCPErrTooMany     = Text{En: "too many answers (%d); no walk through the decision tree has more than %d", Sv: "för många svar (%d); ingen väg genom beslutsträdet har fler än %d"}

	MCPErrInternal = Text{En: "internal error in %s; please report it at https://github.com/fortnox-doctor/fortnox-doctor/issues", Sv: "internt fel i %s; rapportera det gärna på https://github.com/fortnox-doctor/fortnox-doctor/issues"}

	// MCPErrUnknownLang is a fix resource's lang query naming no language we speak.
	MCPErrUnknownLang = Text{En: "unknown language %q (valid: sv, en)", Sv: "okänt språk %q (giltiga: sv, en)"}
)
