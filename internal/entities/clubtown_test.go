package entities

import "testing"

// TestUnlistedClubTown pins rules unlistedClubTown and clubAfterKind on
// invented sentences: a club's own prefix before a town no list holds is
// a team; a club after German "Verein" is a team, not the noun's
// organisation; and a prefix that ends a capitalised run ("Velmar FC")
// opens no club with the word after it.
func TestUnlistedClubTown(t *testing.T) {
	tests := []struct {
		name, lang, text, club, typ string
	}{
		{"spanish town", "es", "El Atlético Castrova venció por dos a cero en el estadio municipal.", "Atlético Castrova", "team"},
		{"german town", "de", "Der SV Velmbach verlor am Samstag deutlich.", "SV Velmbach", "team"},
		{"after Verein", "de", "Der Verein TSV Kellerbach Nord trennte sich von seinem Trainer.", "TSV Kellerbach Nord", "team"},
		{"suffix before", "es", "Resultado: DORVALE FC Resumen de los goles del domingo.", "FC Resumen", ""},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: tt.lang})
		got := ""
		for _, e := range orgs {
			if e.Name == tt.club {
				got = e.Type
				if got == "" {
					got = "(untyped)"
				}
			}
		}
		if got != tt.typ {
			t.Errorf("%s: %q: %s typed %q, want %q (organisations %+v)", tt.name, tt.text, tt.club, got, tt.typ, orgs)
		}
	}
}
