package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fixes for licences: the customer's integration licence, purchasable
// integrations, and the product licences each scope needs.

var missingLicense = Fix{
	ID: "missing-license",
	Title: i18n.Text{
		En: "Missing license",
		Sv: "Missing license (integrationslicens saknas)",
	},
	Summary: i18n.Text{
		En: "The customer's company has no integration licence: order one in Fortnox under Tilläggsbeställning or Manage users.",
		Sv: "Kundens företag saknar integrationslicens: beställ en i Fortnox under Tilläggsbeställning eller Administrera användare.",
	},
	Cause: i18n.Text{
		En: "Integrations need an integration licence in the customer's Fortnox company. Without one, activation stops with “Missing license” and the API answers 2001103 “Api-licens saknas.”",
		Sv: "Integrationer kräver en integrationslicens i kundens Fortnox-företag. Utan den stoppas aktiveringen med ”Missing license” och API:t svarar 2001103 ”Api-licens saknas.”",
	},
	Steps: []i18n.Text{
		{En: "An administrator of the customer's company logs in to Fortnox.", Sv: "En administratör i kundens företag loggar in i Fortnox."},
		{En: "Order an integration licence under Tilläggsbeställning (add-on order) or Manage users (Administrera användare).", Sv: "Beställ en integrationslicens under Tilläggsbeställning eller Administrera användare."},
		{En: "When the licence is active, activate the integration again.", Sv: "När licensen är aktiv: aktivera integrationen igen."},
	},
	Who: []Role{Customer},
	Where: i18n.Text{
		En: "Fortnox → Tilläggsbeställning (add-on order), or Manage users (Administrera användare)",
		Sv: "Fortnox → Tilläggsbeställning, eller Administrera användare",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! To connect our integration, your Fortnox company needs an integration licence. An administrator can order it in Fortnox under Tilläggsbeställning or Manage users (Administrera användare). When it is active, please activate our integration again.",
		Sv: "Hej! För att koppla vår integration behöver ert Fortnox-företag en integrationslicens. En administratör kan beställa den i Fortnox under Tilläggsbeställning eller Administrera användare. När den är aktiv, aktivera vår integration igen.",
	},
	Signals: Signals{
		Codes:    []int{2001103},
		Phrases:  []string{"Missing license", "Api-licens saknas", "does not have a license to use the API"},
		Synonyms: []string{"license missing", "no license", "licence", "integration license", "integration licence", "API license", "API licence", "licence to use the API", "integrationslicens", "licens saknas", "saknar licens", "Api-licens", "no API access", "API access", "order an integration license", "Tilläggsbeställning"},
	},
}

var missingLicensePurchasable = Fix{
	ID: "missing-license-purchasable",
	Title: i18n.Text{
		En: "Missing license for a purchasable integration",
		Sv: "Licens saknas för en köpbar integration",
	},
	Summary: i18n.Text{
		En: "The integration is sold through Fortnox: the customer must buy it on Fortnox's Integrations page before it can be activated.",
		Sv: "Integrationen säljs via Fortnox: kunden måste köpa den under Integrationer hos Fortnox innan den kan aktiveras.",
	},
	Cause: i18n.Text{
		En: "A purchasable integration gets its licence when the customer buys it in Fortnox. Activating it before it has been bought fails for a missing licence.",
		Sv: "En köpbar integration får sin licens när kunden köper den i Fortnox. Aktiveras den innan den är köpt misslyckas aktiveringen för att licens saknas.",
	},
	Steps: []i18n.Text{
		{En: "The customer logs in to Fortnox and opens the Integrations page (Integrationer, fortnox.se/integrationer).", Sv: "Kunden loggar in i Fortnox och öppnar Integrationer (fortnox.se/integrationer)."},
		{En: "Search for the integration and click buy.", Sv: "Sök fram integrationen och klicka på köp."},
		{En: "Follow Fortnox's guidance to activate it.", Sv: "Följ Fortnox anvisningar för att aktivera den."},
	},
	Who: []Role{Customer},
	Where: i18n.Text{
		En: "Fortnox → Integrations (Integrationer), fortnox.se/integrationer",
		Sv: "Fortnox → Integrationer, fortnox.se/integrationer",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Our integration is bought through Fortnox. Please log in to Fortnox, open Integrations (Integrationer), search for our integration and click buy; Fortnox then guides you through the activation.",
		Sv: "Hej! Vår integration köps via Fortnox. Logga in i Fortnox, öppna Integrationer, sök fram vår integration och klicka på köp; Fortnox guidar er sedan genom aktiveringen.",
	},
	Signals: Signals{
		OAuthErrors: []string{"error_missing_app_license"},
		Synonyms:    []string{"purchasable integration", "buy the integration", "purchase the integration", "köp integrationen", "köpbar integration", "integrations page", "Integrationer", "click on buy"},
	},
}

var notLicensedForScope = Fix{
	ID: "not-licensed-for-scope",
	Title: i18n.Text{
		En: "Not licensed for requested scope",
		Sv: "Not licensed for requested scope",
	},
	Summary: i18n.Text{
		En: "The user who activated lacks the licence or permission a requested scope needs: activate again with a user who has the right permissions.",
		Sv: "Användaren som aktiverade saknar licensen eller behörigheten som ett efterfrågat scope kräver: aktivera igen med en användare som har rätt behörighet.",
	},
	Cause: i18n.Text{
		En: "Every scope needs a licence in the customer's company (for example supplier and supplierinvoice need Bokföring, salary needs Lön, offer and order need Order), and the user who activates must have the matching permissions. Otherwise activation fails with error_missing_license (“Resource owner is not licensed for the requested scope(s).”) and the API answers 2001101 “Det finns ingen aktiv licens för önskat scope”.",
		Sv: "Varje scope kräver en licens i kundens företag (till exempel kräver supplier och supplierinvoice Bokföring, salary kräver Lön, offer och order kräver Order), och användaren som aktiverar måste ha motsvarande behörighet. Annars misslyckas aktiveringen med error_missing_license (”Resource owner is not licensed for the requested scope(s).”) och API:t svarar 2001101 ”Det finns ingen aktiv licens för önskat scope”.",
	},
	Steps: []i18n.Text{
		{En: "Check which scopes the activation link asks for and which Fortnox products they need (Fortnox's scopes page lists them).", Sv: "Kontrollera vilka scopes aktiveringslänken ber om och vilka Fortnox-produkter de kräver (Fortnox sida om scopes listar dem)."},
		{En: "The customer checks that the company has those licences and orders any that are missing.", Sv: "Kunden kontrollerar att företaget har de licenserna och beställer de som saknas."},
		{En: "A user with the correct permissions in Fortnox activates the integration again.", Sv: "En användare med rätt behörighet i Fortnox aktiverar integrationen igen."},
		{En: "Integrator: if the app does not need a scope, remove it from the activation link and the portal.", Sv: "Integratören: behöver appen inte ett scope, ta bort det från aktiveringslänken och portalen."},
	},
	Who: []Role{Customer},
	Where: i18n.Text{
		En: "Fortnox → Manage users (Administrera användare): the activating user's licences and permissions",
		Sv: "Fortnox → Administrera användare: licenser och behörigheter för den som aktiverar",
	},
	DocsURL: docsScopes,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox says the user who activated our integration lacks a licence or permission it needs. Please activate our integration again with a Fortnox user who has access to the parts of Fortnox we use, and check that your company has those licences.",
		Sv: "Hej! Fortnox säger att användaren som aktiverade vår integration saknar en licens eller behörighet som behövs. Aktivera vår integration igen med en Fortnox-användare som har tillgång till de delar av Fortnox vi använder, och kontrollera att ert företag har de licenserna.",
	},
	Signals: Signals{
		Codes:       []int{2001101},
		OAuthErrors: []string{"error_missing_license"},
		Phrases: []string{
			"Not licensed for requested scope",
			"Resource owner is not licensed for the requested scope",
			"Det finns ingen aktiv licens för önskat scope",
		},
		Synonyms: []string{"no active license", "no active licence", "aktiv licens", "licens för önskat scope", "module license", "module licence", "modullicens", "not licensed", "licensed for requested scope", "the company lacks the module", "There is no active licens for the desired scope"},
	},
}

var notEnoughLicenses = Fix{
	ID: "not-enough-licenses",
	Title: i18n.Text{
		En: "Resource owner does not have enough licenses",
		Sv: "Resource owner does not have enough licenses",
	},
	Summary: i18n.Text{
		En: "The integration is set to be purchasable in Fortnox but is not published: switch it to purchase via your website in the developer portal.",
		Sv: "Integrationen är inställd som köpbar i Fortnox men är inte publicerad: ändra den till köp via er webbplats i Utvecklarportalen.",
	},
	Cause: i18n.Text{
		En: "When an app is set to be bought in Fortnox but is not published on the Integrations page, customers cannot buy it, so the activation finds no licence.",
		Sv: "När en app är inställd på att köpas i Fortnox men inte är publicerad under Integrationer kan kunderna inte köpa den, och aktiveringen hittar därför ingen licens.",
	},
	Steps: []i18n.Text{
		{En: "Log in to the developer portal and open the app.", Sv: "Logga in i Utvecklarportalen och öppna appen."},
		{En: "Change the integration to purchase via website and save.", Sv: "Ändra integrationen till köp via webbplats och spara."},
		{En: "Ask the customer to open the activation link again.", Sv: "Be kunden öppna aktiveringslänken igen."},
		{En: "To sell it through Fortnox later, publish it on the Integrations page first.", Sv: "Vill ni sälja den via Fortnox senare: publicera den under Integrationer först."},
	},
	Who: []Role{Developer},
	Where: i18n.Text{
		En: "Developer portal → your app → how the integration is purchased",
		Sv: "Utvecklarportalen → er app → hur integrationen köps",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! The activation failed because of a setting on our side, which we have now corrected. Please open the activation link again.",
		Sv: "Hej! Aktiveringen misslyckades på grund av en inställning hos oss, som nu är rättad. Öppna aktiveringslänken igen.",
	},
	Signals: Signals{
		Phrases:  []string{"Resource owner does not have enough licenses"},
		Synonyms: []string{"enough licenses", "not enough licences", "not published", "inte publicerad", "purchase via website", "köp via webbplatsen", "purchasable but not published"},
	},
}
