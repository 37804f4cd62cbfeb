package quotes

import "testing"

// TestDutchBodyName: after Dutch "volgens", a body's name with lower-case
// linkers and its acronym in brackets is the source, the verb after it
// opens the quote (rule dutchBodyName); the name's first words were the
// source and the rest ran into the quote. Invented sentences.
func TestDutchBodyName(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []spoken
	}{
		{"linkers and acronym", "nl",
			"Werk\n\nVolgens het Regionaal Bureau voor de Arbeid (RBA) daalde de werkloosheid in maart.",
			[]spoken{{"daalde de werkloosheid in maart", "Regionaal Bureau voor de Arbeid", "het Regionaal Bureau voor de Arbeid (RBA)"}}},
		{"plain definite", "nl",
			"Brand\n\nVolgens de politie raakten drie mensen gewond.",
			[]spoken{{"raakten drie mensen gewond", "de politie", "de politie"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpokenLang(t, c.text, c.lang, c.want) })
	}
}
