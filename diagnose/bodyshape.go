package diagnose

// holdsOtherServersBody reports whether folded text holds an error body in
// a shape Fortnox never answers with: Problem Details (RFC 9457, "title"
// and "detail" together, as Xero sends) or a "developerMessage" beside the
// message (Visma eAccounting, Tripletex). Fortnox's errors are an
// ErrorInformation of error, message and code, a {"message": …}, or an
// OAuth error. Such a body is that server's, so an HTTP status beside it
// (its 429 or 401) is not Fortnox's, as with another server's address.
func holdsOtherServersBody(folded string) bool {
	if !mayHoldJSONKeys(folded) {
		return false
	}
	var title, detail, developer bool
	eachJSONKey(folded, func(start, end int) {
		switch folded[start+1 : end-1] {
		case "title":
			title = true
		case "detail":
			detail = true
		case "developermessage", "developererrormessage":
			developer = true
		}
	})
	return developer || title && detail
}
