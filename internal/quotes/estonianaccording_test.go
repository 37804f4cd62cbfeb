package quotes

import "testing"

// TestEstonianAccording pins Estonian "sõnul" in rule turkishAccording:
// the source stands before it in the genitive ("Kadri Velmetsa sõnul",
// "Velmetsa sõnul"), the person the text names in the nominative (rule
// textNominative of package people); a common noun before it is no
// source. Text and names invented.
func TestEstonianAccording(t *testing.T) {
	text := "Uus sild\n\nLinnapea Kadri Velmets avas silla.\n\nKadri Velmetsa sõnul on sild ohutu.\n\nVelmetsa sõnul valmib teine sild järgmisel aastal.\n\nEksperdi sõnul on sild vana."
	checkSpokenLang(t, text, "et", []spoken{
		{"on sild ohutu", "Kadri Velmets", "Kadri Velmetsa"},
		{"valmib teine sild järgmisel aastal", "Kadri Velmets", "Velmetsa"},
	})
}
