package i18n

// MCPErrNoSuchResource is the MCP server's answer to a resource read whose
// URI is not one of its own (fortnox-doctor://fix/{id}).
var MCPErrNoSuchResource = Text{En: "no such resource: %q (the fixes are fortnox-doctor://fix/{id}; list_fixes lists the IDs)", Sv: "ingen sådan resurs: %q (åtgärderna är fortnox-doctor://fix/{id}; list_fixes listar ID:na)"}
