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
		En: "The user the integration acts as lacks a permission, or the wrong company was authorized: activate again with a user who has the rights, in the right company.",
		Sv: "Integrationen agerar som en användare som saknar en behörighet, eller så godkändes fel företag: aktivera igen med en användare som har behörigheten, i rätt företag.",
	},
	Cause: i18n.Text{
		En: "An integration acts with the permissions of the user who activated it. When that user may not, for example, list invoices (2001339), create accruals (2001427) or list payments (2003330), the API answers “Saknar behörighet …”. The same happens when the wrong company was authorized, and when a user was created in the company for an accounting consultant who then activated with it instead of through Digital byrå.",
		Sv: "En integration agerar med behörigheterna hos användaren som aktiverade den. När den användaren till exempel inte får lista fakturor (2001339), skapa periodiseringar (2001427) eller lista betalningar (2003330) svarar API:t ”Saknar behörighet …”. Samma sak händer när fel företag godkändes, och när en användare har skapats i företaget åt en redovisningskonsult som sedan aktiverade med den i stället för via Digital byrå.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Read which action is refused, and check with GET /3/companyinformation that the token belongs to the right company.", Sv: "Läs vilken åtgärd som nekas, och kontrollera med GET /3/companyinformation att token hör till rätt företag."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has said which action is refused, pick a user in Fortnox who has the missing permission (permissions are set under Manage users, Administrera användare).", Sv: "När integratören har sagt vilken åtgärd som nekas, välj en användare i Fortnox som har behörigheten som saknas (behörigheter ställs in under Administrera användare)."}, AsConsultant: i18n.Text{En: "Check under Manage users (Administrera användare) that the company has the licenses the refused function needs, such as its own invoicing license.", Sv: "Kontrollera under Administrera användare att företaget har de licenser som den nekade funktionen behöver, till exempel en egen faktureringslicens."}},
		{Actor: Consultant, Text: i18n.Text{En: "Always activate through Digital byrå, not with a user created for you in the company: when the activation link asks you to log in, log in with Digital byrå and choose the client. Since autumn 2025 the bureau package no longer covers quotes and orders, and sending invoices needs the company's own invoicing license; Digital byrå alone does not fix those.", Sv: "Aktivera alltid via Digital byrå, inte med en användare som skapats åt dig i företaget: när aktiveringslänken ber dig logga in, logga in med Digital byrå och välj klienten. Sedan hösten 2025 täcker byråpaketet inte längre offerter och order, och för att skicka fakturor krävs företagets egen faktureringslicens; enbart Digital byrå löser inte det."}},
		{Actor: User, Text: i18n.Text{En: "When a user with the missing permission has been picked, activate the integration again through the activation link, logged in as a user who has the permission, and in the right company.", Sv: "När en användare med behörigheten som saknas är vald, aktivera integrationen igen via aktiveringslänken, inloggad som en användare som har behörigheten, och i rätt företag."}, AsConsultant: i18n.Text{En: "When the client has checked the licenses, open the activation link again to activate the integration for the right client. If it is still refused, ask the client to activate it with a user of theirs who has the permission.", Sv: "När klienten har kontrollerat licenserna, öppna aktiveringslänken igen för att aktivera integrationen hos rätt klient. Nekas den fortfarande, be klienten aktivera den med en av sina användare som har behörigheten."}},
	},
	Who: []Role{Developer, Customer, User, Consultant},
	Where: i18n.Text{
		En: "Fortnox → Manage users (Administrera användare); consultants: Digital byrå",
		Sv: "Fortnox → Administrera användare; konsulter: Digital byrå",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refuses some of our requests because the user who activated our integration does not have the permissions needed, or the integration is connected to another company. Please activate our integration again with a user who has them, in the right company. If your accounting consultant activates it, they should log in with Digital byrå.",
		Sv: "Hej! Fortnox nekar en del av våra anrop eftersom användaren som aktiverade vår integration saknar behörigheter som behövs, eller för att integrationen är kopplad till ett annat företag. Kan ni aktivera vår integration igen med en användare som har dem, i rätt företag? Om er redovisningskonsult aktiverar ska hen logga in med Digital byrå.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox refuses some of your integration's requests because of missing rights (“Saknar behörighet”). Which permissions does the user who activates need, so that we can activate again with the right user?",
		Sv: "Hej! Fortnox nekar en del av anropen från er integration för att behörighet saknas (”Saknar behörighet”). Vilka behörigheter behöver användaren som aktiverar, så att vi kan aktivera igen med rätt användare?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox refuses some of your integration's requests because of missing rights (“Saknar behörighet”). Which functions and licenses does the integration need, so that the customer can check them before I activate it again through Digital byrå?",
		Sv: "Fortnox nekar en del av anropen från er integration för att behörighet saknas (”Saknar behörighet”). Vilka funktioner och licenser behöver integrationen, så att kunden kan kontrollera dem innan jag aktiverar den igen via Digital byrå?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! Fortnox refuses the integration access to a function in your Fortnox. Could you check under Manage users (Administrera användare) that your company has the licenses that function needs? Since autumn 2025 the bureau package does not cover every one. I will then activate the integration again through Digital byrå.",
		Sv: "Hej! Fortnox nekar integrationen åtkomst till en funktion i ert Fortnox. Kan ni kontrollera under Administrera användare att ert företag har de licenser som funktionen behöver? Sedan hösten 2025 ingår inte alla licenser i byråpaketet. Sedan aktiverar jag integrationen igen via Digital byrå.",
	},
	ConsultantMessage: i18n.Text{
		En: "Hi! Fortnox refuses some of our integration's requests because of missing rights (“Saknar behörighet”). When you activate it for us, could you log in with Digital byrå and choose our company, rather than using a user created for you in our company?",
		Sv: "Hej! Fortnox nekar en del av anropen från vår integration för att behörighet saknas (”Saknar behörighet”). När ni aktiverar den åt oss, kan ni logga in med Digital byrå och välja vårt företag, i stället för att använda en användare som skapats åt er i vårt företag?",
	},
	Sources: []Source{srcFAQ, srcBureauChange, srcSharespine2001339},
	Related: []string{"wrong-company-authorized", "consultant-activation"},
	Signals: Signals{
		Codes:          []int{2001339, 2001427, 2003330},
		ContextPhrases: []string{"Saknar behörighet för"},
		GenericPhrases: []string{"Saknar behörighet"},
		Synonyms:       []string{"missing rights", "missing permission", "missing permissions", "no permission", "permission denied", "insufficient permissions", "lacks permission", "lacks authorization", "does not have permission", "saknar behörighet", "behörighet saknas", "rättigheter", "saknar rättighet", "användarbehörighet", "not allowed to list", "user permissions", "correct permissions", "användaren saknar behörighet", "behörigheter i Fortnox", "rättigheter i Fortnox", "tillräckliga behörigheter", "privileges"},
	},
}

var missingRightsWarehouse = Fix{
	ID: "missing-rights-warehouse",
	Title: i18n.Text{
		En: "Missing rights (Warehouse)",
		Sv: "”Missing rights (Warehouse)” – scopen för lager saknas",
	},
	Summary: i18n.Text{
		En: "The token lacks the warehouse scopes: the integrator adds warehouse, warehousecustomdocument and article, and a user activates again.",
		Sv: "Token saknar scopen för lager: integratören lägger till warehouse, warehousecustomdocument och article, och en användare aktiverar igen.",
	},
	Cause: i18n.Text{
		En: "Fortnox's warehouse API needs the scopes warehouse, warehousecustomdocument and article. A token created without them gets “Missing rights” (identifier missing.rights) from the warehouse endpoints. Scopes are fixed when the authorization code is created, so ticking them in the portal does not change existing connections.",
		Sv: "Fortnox lager-API kräver scopen warehouse, warehousecustomdocument och article. En token som skapats utan dem får ”Missing rights” (identifierare missing.rights) från lagrets endpoints. Scopes bestäms när auktoriseringskoden skapas, så befintliga kopplingar påverkas inte av att man kryssar i dem i portalen.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "In the developer portal, tick the scopes warehouse, warehousecustomdocument and article for the app and save.", Sv: "Kryssa i scopen warehouse, warehousecustomdocument och article för appen i Utvecklarportalen och spara."}},
		{Actor: Developer, Text: i18n.Text{En: "Add the same scopes to the activation link's scope parameter, separated by spaces (%20).", Sv: "Lägg till samma scopes i aktiveringslänkens parameter scope, separerade med mellanslag (%20)."}},
		{Actor: User, Text: i18n.Text{En: "When the integrator has sent the new activation link, activate the integration again through it, so that the integration gets access to the warehouse (Lager).", Sv: "När integratören har skickat den nya aktiveringslänken, aktivera integrationen igen via den, så att integrationen får tillgång till lagret."}, AsConsultant: i18n.Text{En: "When the integrator has sent the new activation link, open it, log in through Digital byrå and choose the client, so that the integration gets access to the warehouse (Lager).", Sv: "När integratören har skickat den nya aktiveringslänken, öppna den, logga in med Digital byrå och välj klienten, så att integrationen får tillgång till lagret."}},
		{Actor: Developer, Text: i18n.Text{En: "After the new activation, check the scope field of the new token response; it lists the scopes the token has.", Sv: "Efter den nya aktiveringen, kontrollera fältet scope i det nya token-svaret; där står vilka scopes token har."}},
	},
	Who: []Role{Developer, User},
	Where: i18n.Text{
		En: "Developer portal → the app → scopes",
		Sv: "Utvecklarportalen → appen → scopes",
	},
	DocsURL: docsScopes,
	CustomerMessage: i18n.Text{
		En: "Hi! Our integration now uses Fortnox's warehouse features. For them to work, please open our activation link, log in to Fortnox and approve the integration again.",
		Sv: "Hej! Vår integration använder nu Fortnox lagerfunktioner. För att de ska fungera, öppna vår aktiveringslänk, logga in i Fortnox och godkänn integrationen igen.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Your integration's warehouse features get “Missing rights” from Fortnox. Could you add the warehouse scopes to the app and send us a new activation link?",
		Sv: "Hej! Er integrations lagerfunktioner får ”Missing rights” från Fortnox. Kan ni lägga till scopen för lager i appen och skicka en ny aktiveringslänk?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Your integration's warehouse features get “Missing rights” from Fortnox. Could you add the warehouse scopes to the app and send me a new activation link?",
		Sv: "Er integrations lagerfunktioner får ”Missing rights” från Fortnox. Kan ni lägga till scopen för lager i appen och skicka en ny aktiveringslänk till mig?",
	},
	Sources: []Source{srcFAQ, srcScopes},
	Signals: Signals{
		Phrases:        []string{"Missing rights (Warehouse)"},
		ContextPhrases: []string{"missing.rights"},
		Synonyms:       []string{"warehouse", "warehouse module", "lager", "Fortnox Lager", "lagermodul", "warehousecustomdocument", "stock points", "missing.rights", "lagermodulen"},
	},
}
