package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fixes for permissions: the rights of the user an integration acts as, and
// the scopes the warehouse API needs.

var missingRights = Fix{
	ID: "missing-rights",
	Title: i18n.Text{
		En: "Missing rights to list or create orders, invoices, quotes…",
		Sv: "Saknar behörighet att lista eller skapa order, fakturor, offerter …",
	},
	Summary: i18n.Text{
		En: "The user who activated the integration lacks a permission in Fortnox: activate it again with a user who has the right permissions.",
		Sv: "Användaren som aktiverade integrationen saknar en behörighet i Fortnox: aktivera den igen med en användare som har rätt behörighet.",
	},
	Cause: i18n.Text{
		En: "An integration acts with the permissions of the user who activated it. When that user may not, for example, list invoices (2001339), create accruals (2001427) or list payments (2003330), the API answers “Saknar behörighet …”. It often happens when a user was created in the company for an accounting consultant, who then activated with it instead of through Digital byrå.",
		Sv: "En integration agerar med behörigheterna hos användaren som aktiverade den. När den användaren till exempel inte får lista fakturor (2001339), skapa periodiseringar (2001427) eller lista betalningar (2003330) svarar API:t ”Saknar behörighet …”. Det händer ofta när en användare har skapats i företaget åt en redovisningskonsult, som sedan aktiverade med den i stället för via Digital byrå.",
	},
	Steps: []i18n.Text{
		{En: "Read which action is refused; the message names it.", Sv: "Läs vilken åtgärd som nekas; meddelandet säger vilken."},
		{En: "The customer picks a user who has that permission in Fortnox (permissions are set under Manage users, Administrera användare).", Sv: "Kunden väljer en användare som har den behörigheten i Fortnox (behörigheter ställs in under Administrera användare)."},
		{En: "That user activates the integration again through the activation link.", Sv: "Den användaren aktiverar integrationen igen via aktiveringslänken."},
		{En: "If an accounting consultant activates, they log in with Digital byrå and choose the client instead of using a user created for them in the company.", Sv: "Om en redovisningskonsult aktiverar loggar hen in med Digital byrå och väljer klienten, i stället för att använda en användare som skapats åt hen i företaget."},
	},
	Who: []Role{Customer, Consultant},
	Where: i18n.Text{
		En: "Fortnox → Manage users (Administrera användare); consultants: Digital byrå",
		Sv: "Fortnox → Administrera användare; konsulter: Digital byrå",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refuses some of our requests because the user who activated our integration does not have the permissions needed. Please activate our integration again with a user who has them. If your accounting consultant activates it, they should log in with Digital byrå.",
		Sv: "Hej! Fortnox nekar en del av våra anrop eftersom användaren som aktiverade vår integration saknar behörigheter som behövs. Aktivera vår integration igen med en användare som har dem. Om er redovisningskonsult aktiverar ska hen logga in med Digital byrå.",
	},
	Signals: Signals{
		Codes:    []int{2001339, 2001427, 2003330},
		Phrases:  []string{"Saknar behörighet"},
		Synonyms: []string{"missing rights", "missing permission", "missing permissions", "no permission", "permission denied", "insufficient permissions", "lacks permission", "does not have permission", "saknar behörighet", "behörighet saknas", "rättigheter", "saknar rättighet", "användarbehörighet", "not allowed to list", "user permissions", "correct permissions"},
	},
}

var missingRightsWarehouse = Fix{
	ID: "missing-rights-warehouse",
	Title: i18n.Text{
		En: "Missing rights (Warehouse)",
		Sv: "Missing rights (lager)",
	},
	Summary: i18n.Text{
		En: "The token lacks the warehouse scopes: add warehouse, warehousecustomdocument and article, and have the customer activate again.",
		Sv: "Token saknar lagrets scopes: lägg till warehouse, warehousecustomdocument och article och låt kunden aktivera igen.",
	},
	Cause: i18n.Text{
		En: "Fortnox's warehouse API needs the scopes warehouse, warehousecustomdocument and article. A token created without them gets “Missing rights” (identifier missing.rights) from the warehouse endpoints. Scopes are fixed when the authorization code is created, so ticking them in the portal does not change existing connections.",
		Sv: "Fortnox lager-API kräver scopes warehouse, warehousecustomdocument och article. En token som skapats utan dem får ”Missing rights” (identifierare missing.rights) från lagrets endpoints. Scopes bestäms när auktoriseringskoden skapas, så att kryssa i dem i portalen ändrar inte befintliga kopplingar.",
	},
	Steps: []i18n.Text{
		{En: "In the developer portal, tick the scopes warehouse, warehousecustomdocument and article for the app and save.", Sv: "Kryssa i scopes warehouse, warehousecustomdocument och article för appen i Utvecklarportalen och spara."},
		{En: "Add the same scopes to the activation link's scope parameter, separated by spaces (%20).", Sv: "Lägg till samma scopes i aktiveringslänkens parameter scope, separerade med mellanslag (%20)."},
		{En: "Ask the customer to activate the integration again, so that the new authorization code carries the new scopes.", Sv: "Be kunden aktivera integrationen igen, så att den nya auktoriseringskoden får de nya scopes."},
		{En: "Check the scope field of the token response: it lists the scopes the token has.", Sv: "Kontrollera fältet scope i token-svaret: där står vilka scopes token har."},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "Developer portal → your app → scopes",
		Sv: "Utvecklarportalen → er app → scopes",
	},
	DocsURL: docsScopes,
	CustomerMessage: i18n.Text{
		En: "Hi! Our integration now uses Fortnox's warehouse features. For them to work, please open our activation link, log in to Fortnox and approve the integration again.",
		Sv: "Hej! Vår integration använder nu Fortnox lagerfunktioner. För att de ska fungera, öppna vår aktiveringslänk, logga in i Fortnox och godkänn integrationen igen.",
	},
	Signals: Signals{
		Phrases:  []string{"missing.rights", "Missing rights (Warehouse)"},
		Synonyms: []string{"warehouse", "warehouse module", "lager", "Fortnox Lager", "lagermodul", "warehousecustomdocument", "stock points", "missing.rights"},
	},
}
