package people

import "testing"

// TestSloveneEstonianRoles pins rule sloveneEstonianTables: the titles
// before a name are the person's role, with Slovene's genitive or "za"
// complement and Estonian's compounds. Texts and names invented.
func TestSloveneEstonianRoles(t *testing.T) {
	for _, tt := range []struct{ lang, text, name, role string }{
		{"sl", "Ministrica za zdravje Mojca Velkavrh je obiskala Ptuj.", "Mojca Velkavrh", "Ministrica za zdravje"},
		{"sl", "Včeraj je direktor bolnišnice Janez Velkovrh odstopil.", "Janez Velkovrh", "direktor bolnišnice"},
		{"et", "Tervisminister Kadri Velmets külastas Tartut.", "Kadri Velmets", "Tervisminister"},
	} {
		checkOnePersonRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
}
