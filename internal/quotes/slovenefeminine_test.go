package quotes

import "testing"

// TestSloveneFeminineSurname pins rule sloveneFeminineSurname (package
// people): Slovene names a woman by her surname in "-ova"/"-eva" ("je
// dejala Velkovrhova", "Kranjčeva" of Kranjc): she is the woman named
// in full before; a man of that surname is not. Texts and names
// invented.
func TestSloveneFeminineSurname(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"sl", "Nova bolnišnica\n\nMinistrica Mojca Velkovrh je obiskala Ptuj.\n\n\"Bolniki si zaslužijo več,\" je dejala Velkovrhova novinarjem.",
			spoken{"Bolniki si zaslužijo več,", "Mojca Velkovrh", "Velkovrhova"}},
		{"sl", "Nova bolnišnica\n\nMinistrica Špela Velmanc je obiskala Ptuj.\n\n\"Bolniki si zaslužijo več,\" je dejala Velmančeva.",
			spoken{"Bolniki si zaslužijo več,", "Špela Velmanc", "Velmančeva"}},
		{"sl", "Nova bolnišnica\n\nMinister Janez Velkovrh je obiskal Ptuj.\n\n\"Bolniki si zaslužijo več,\" je dejala Velkovrhova.",
			spoken{"Bolniki si zaslužijo več,", "", "Velkovrhova"}},
	})
}
