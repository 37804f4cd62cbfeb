package people

import "testing"

// TestCreditLabelEnd pins rule creditLabelEnd: a credit's label before
// its colon is no word of the name before it.
func TestCreditLabelEnd(t *testing.T) {
	for _, text := range []string{
		"Und das ist viel anstrengender... Claudia Velmowski Autor: Lina Velm, Datum: 3. Mai",
		"Und das ist viel anstrengender... Claudia Velmowski Foto: Lina Velm",
	} {
		found := false
		for _, p := range AnalyzeLang(text, "de").People {
			if p.Name == "Claudia Velmowski" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no Claudia Velmowski", text)
		}
	}
}
