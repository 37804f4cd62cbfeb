package quotes

import "testing"

// TestReversedGuillemets: Polish quotations in reversed guillemets are
// quotations with their speaker, and a pair inside another quotation
// stays part of it (rule reversedGuillemets). Invented text.
func TestReversedGuillemets(t *testing.T) {
	text := "Most zostanie zamknięty\n\nWładze podjęły decyzję o remoncie.\n\n»Most jest w złym stanie« – powiedział burmistrz Tomasz Sowiński.\n\n„Nazywamy go »naszym starym przyjacielem«, ale jeszcze posłuży” – dodał Sowiński."
	checkSpokenLang(t, text, "pl", []spoken{
		{"Most jest w złym stanie", "Tomasz Sowiński", "burmistrz Tomasz Sowiński"},
		{"Nazywamy go »naszym starym przyjacielem«, ale jeszcze posłuży", "Tomasz Sowiński", "Sowiński"},
	})
}
