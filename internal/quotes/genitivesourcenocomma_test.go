package quotes

import "testing"

// TestGenitiveSourceNoComma pins rule genitiveSourceNoComma: Slovene sets
// no comma after "po besedah" and its source in the genitive, nor do
// Croatian papers always after "prema riječima": the clause after the
// name is the source's words; a role in the genitive before the name
// leaves it the source. A source with no capitalised word names no one.
// Texts and names invented.
func TestGenitiveSourceNoComma(t *testing.T) {
	checkSpokenLang(t, "Nov most\n\nŽupan Janez Velkovrh je odprl most.\n\nPo besedah Janeza Velkovrha je most varen.", "sl", []spoken{
		{"je most varen", "Janez Velkovrh", "Janeza Velkovrha"},
	})
	checkSpokenLang(t, "Novi most\n\nGradonačelnik Nikola Velmić otvorio je most.\n\nPrema riječima gradonačelnika Nikole Velmića most je siguran.\n\nPrema riječima stručnjaka most je star.", "hr", []spoken{
		{"most je siguran", "Nikola Velmić", "gradonačelnika Nikole Velmića"},
	})
}
