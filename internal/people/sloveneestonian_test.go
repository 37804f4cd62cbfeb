package people

import (
	"fmt"
	"slices"
	"testing"
)

// TestSloveneEstonianRoles pins rule sloveneEstonianTables: the titles
// before a name are the person's role, with Slovene's genitive or "za"
// complement and Estonian's compounds. Texts and names invented.
func TestSloveneEstonianRoles(t *testing.T) {
	for _, tt := range []struct{ lang, text, name, role string }{
		{"sl", "Ministrica za zdravje Mojca Velkavrh je obiskala Ptuj.", "Mojca Velkavrh", "Ministrica za zdravje"},
		{"sl", "Včeraj je direktor bolnišnice Janez Velkovrh odstopil.", "Janez Velkovrh", "direktor bolnišnice"},
		{"et", "Tervisminister Kadri Velmets külastas Tartut.", "Kadri Velmets", "Tervisminister"},
	} {
		d := AnalyzeLang(tt.text, tt.lang)
		if len(d.People) != 1 || d.People[0].Name != tt.name || !slices.Contains(d.People[0].Roles, tt.role) {
			var got []string
			for _, p := range d.People {
				got = append(got, p.Name+" "+fmt.Sprint(p.Roles))
			}
			t.Errorf("%s %q: people %q, want %s with role %q", tt.lang, tt.text, got, tt.name, tt.role)
		}
	}
}
