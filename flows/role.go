package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Role is who must act on a fix. Its value is the stable name used in JSON.
type Role string

// The people a fix can ask to act.
const (
	Developer  Role = "developer"  // the integrator who builds the app
	Customer   Role = "customer"   // the customer's Fortnox administrator
	User       Role = "user"       // an ordinary user in the customer's Fortnox
	Consultant Role = "consultant" // the customer's accounting consultant (byrå)
)

// Roles returns every role in the order they are listed.
func Roles() []Role { return []Role{Developer, Customer, User, Consultant} }

var roleLabels = map[Role]i18n.Text{
	Developer:  {En: "Integrator (developer)", Sv: "Integratör (utvecklare)"},
	Customer:   {En: "Customer's Fortnox administrator", Sv: "Kundens administratör i Fortnox"},
	User:       {En: "User in the customer's Fortnox", Sv: "Användare i kundens Fortnox"},
	Consultant: {En: "Accounting consultant", Sv: "Redovisningskonsult"},
}

// Label is the role's name as a reader sees it; empty for an unknown role.
func (r Role) Label() i18n.Text { return roleLabels[r] }

// LabelFor is Label as a person reads it: to an accounting consultant the
// customer is their client ("Client's Fortnox administrator"), as under
// "What to ask your client"; the customer is not "the customer" to
// themselves ("Fortnox administrator in the company").
func (r Role) LabelFor(person Role) i18n.Text {
	if l, ok := labelsFor[[2]Role{person, r}]; ok {
		return l
	}
	return r.Label()
}

// labelsFor are the labels a person reads in a fix's list of who acts
// where they differ from Label, by {person, role}.
var labelsFor = map[[2]Role]i18n.Text{
	{Consultant, Customer}: {En: "Client's Fortnox administrator", Sv: "Klientens administratör i Fortnox"},
	{Consultant, User}:     {En: "User in the client's Fortnox", Sv: "Användare i klientens Fortnox"},
	{Customer, Customer}:   {En: "Fortnox administrator in the company", Sv: "Administratör i företagets Fortnox"},
	{Customer, User}:       {En: "User in the company's Fortnox", Sv: "Användare i företagets Fortnox"},
}

var actorNames = map[Role]i18n.Text{
	Developer:  {En: "Integrator", Sv: "Integratören"},
	Customer:   {En: "Customer's administrator", Sv: "Kundens administratör"},
	User:       {En: "User", Sv: "Användaren"},
	Consultant: {En: "Accounting consultant", Sv: "Redovisningskonsulten"},
}

// ActorName is the role's short name in front of a step it does
// ("Integrator: …"); empty for an unknown role.
func (r Role) ActorName() i18n.Text { return actorNames[r] }

// ownAdminName is the customer's administrator as the customer reads
// their own steps beside a user's.
var ownAdminName = i18n.Text{En: "Administrator", Sv: "Administratören"}

// clientAdminName is the customer's administrator as a consultant calls
// them, under "What to ask your client".
var clientAdminName = i18n.Text{En: "Client's administrator", Sv: "Klientens administratör"}
