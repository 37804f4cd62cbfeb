package claims

import "testing"

// TestSpeechVerbsLexicon checks that the speech verbs added to the
// lexicon for communiqués and estimates (Italian "ha comunicato",
// Portuguese plurals "informaram", "anunciaram", Dutch "maakte bekend")
// give the figures they report a source.
func TestSpeechVerbsLexicon(t *testing.T) {
	tests := []langCase[string]{
		{"it", "La questura ha comunicato che 320 persone sono state evacuate a Valdora.", []string{"la questura"}},
		{"it", "Gli interventi costeranno 5 milioni di euro, ha comunicato la prefettura.", []string{"la prefettura"}},
		{"pt", "Os bombeiros informaram que 1.200 pessoas deixaram as suas casas em Serra Alta.", []string{"os bombeiros"}},
		{"pt", "Cerca de 400 casas foram atingidas, anunciaram os bombeiros.", []string{"os bombeiros"}},
		{"nl", "De gemeente maakte bekend dat de nieuwe sporthal 12 miljoen euro gaat kosten.", []string{"de gemeente"}},
	}
	checkLang(t, tests, claimSource)
}

// TestAuxiliaryVerb checks rule auxiliaryVerb: a perfect auxiliary before
// a three-word speech verb or a participle is part of the verb, not of
// the speaker's phrase, and "so" after German "hat" is no verb.
func TestAuxiliaryVerb(t *testing.T) {
	tests := []langCase[string]{
		{"it", "La prefettura ha reso noto che 320 persone hanno lasciato le loro case.", []string{"la prefettura"}},
		{"it", "Il comune ha fatto sapere che serviranno 12 milioni di euro per le scuole.", []string{"il comune"}},
		{"it", "Gli interventi costeranno 5 milioni di euro, ha reso noto la prefettura.", []string{"la prefettura"}},
		{"fr", "La préfecture a fait savoir que 300 personnes ont été évacuées à Vaudrac.", []string{"la préfecture"}},
		{"nl", "Het bouwbedrijf heeft bekendgemaakt dat 45 banen verdwijnen in Veldhoven.", []string{"het bouwbedrijf"}},
		{"de", "Die Stadt hat mitgeteilt, dass 300 Wohnungen in Lindenau gebaut werden.", []string{"Stadt"}},
		{"de", "Die Stadt hat so entschieden, dass 300 Wohnungen in Lindenau gebaut werden.", []string{""}},
	}
	checkLang(t, tests, claimSource)
}

// TestSplitVerb checks rule splitVerb: a Dutch two-word speech verb split
// by a time, its second word right before "dat", speaks; split by a
// figure it does not.
func TestSplitVerb(t *testing.T) {
	tests := []langCase[string]{
		{"nl", "De gemeente maakte dinsdag bekend dat de nieuwe sporthal 12 miljoen euro gaat kosten.", []string{"de gemeente"}},
		{"nl", "De politie liet woensdagavond weten dat 14 mensen zijn aangehouden in Veldhoven.", []string{"de politie"}},
		{"nl", "De provincie gaf vorig jaar 3 miljoen euro aan dat project in Veldhoven.", []string{""}},
		{"nl", "De provincie gaf 3 miljoen aan dat project in Veldhoven.", []string{""}},
	}
	checkLang(t, tests, claimSource)
}

// TestEstimateVerb checks rule estimateVerb: the subject of German
// "bezifferte ... auf" and a figure puts the figure, whichever phrase is
// fronted; where the articles do not tell the object from the subject
// ("Die Kosten bezifferte die Stadt"), no source, not the object.
func TestEstimateVerb(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Die Feuerwehr bezifferte den Schaden in Lindenau auf rund 300.000 Euro.", []string{"Feuerwehr"}},
		{"de", "Den Schaden bezifferte die Feuerwehr auf rund 300.000 Euro in Lindenau.", []string{"Feuerwehr"}},
		{"de", "Am Dienstag bezifferte die Feuerwehr den Schaden auf 300.000 Euro.", []string{"Feuerwehr"}},
		{"de", "Die Kosten bezifferte die Stadt auf 1,2 Millionen Euro für Lindenau.", []string{""}},
	}
	checkLang(t, tests, claimSource)
}
