package quotes

import "testing"

// TestReversedGuillemets: Polish quotations in reversed guillemets are
// quotations with their speaker, and a pair inside another quotation
// stays part of it (rule reversedGuillemets). A » before a space (a
// breadcrumb's arrow) or with no « on its line opens none, nor does a «
// after a space close one (French guillemets in a Polish text). Invented
// text.
func TestReversedGuillemets(t *testing.T) {
	text := "Most zostanie zamknięty\n\nWładze podjęły decyzję o remoncie.\n\n»Most jest w złym stanie« – powiedział burmistrz Tomasz Sowiński.\n\n„Nazywamy go »naszym starym przyjacielem«, ale jeszcze posłuży” – dodał Sowiński."
	checkSpokenLang(t, text, "pl", []spoken{
		{"Most jest w złym stanie", "Tomasz Sowiński", "burmistrz Tomasz Sowiński"},
		{"Nazywamy go »naszym starym przyjacielem«, ale jeszcze posłuży", "Tomasz Sowiński", "Sowiński"},
	})
	for _, text := range []string{
		"Most zostanie zamknięty\n\nKraj » Welmowo: »Most jest w złym stanie« – powiedział burmistrz Tomasz Sowiński.",
		"Most zostanie zamknięty\n\nCzytaj także: »Nowy most w Welmowie\n\n»Most jest w złym stanie« – powiedział burmistrz Tomasz Sowiński.",
	} {
		checkSpokenLang(t, text, "pl", []spoken{{"Most jest w złym stanie", "Tomasz Sowiński", "burmistrz Tomasz Sowiński"}})
	}
	text = "Most zostanie zamknięty\n\nBurmistrz nazwał most «staruszkiem». «Musimy go zamknąć do jesieni» – powiedział Tomasz Sowiński."
	checkSpokenLang(t, text, "pl", []spoken{{"Musimy go zamknąć do jesieni", "Tomasz Sowiński", "Tomasz Sowiński"}})
}

// TestGermanReversedGuillemets: German papers write quotations in »...«
// too; read as French «...», the closing « of one quotation opened a
// "quotation" of the writer's own words up to the next », comma first
// (rule reversedGuillemets, German entry). Invented text.
func TestGermanReversedGuillemets(t *testing.T) {
	text := "Der Hafen bleibt offen\n\nDer Rat von Orvanien hat am Montag entschieden. »Wir lassen die Fischer nicht allein«, sagte Bürgermeisterin Ada Quell. Die Händler am Kai waren erleichtert und feierten bis in die Nacht. »Das ist ein guter Tag für die ganze Stadt«, sagte Quell."
	checkSpokenLang(t, text, "de", []spoken{
		{"Wir lassen die Fischer nicht allein", "Ada Quell", "Bürgermeisterin Ada Quell"},
		{"Das ist ein guter Tag für die ganze Stadt", "Ada Quell", "Quell"},
	})
	// Swiss papers write «...»: a « after a space still opens.
	text = "Der Hafen bleibt offen\n\nDer Rat hat entschieden. «Wir lassen die Fischer nicht allein», sagte Bürgermeisterin Ada Quell."
	checkSpokenLang(t, text, "de", []spoken{{"Wir lassen die Fischer nicht allein", "Ada Quell", "Bürgermeisterin Ada Quell"}})
}
