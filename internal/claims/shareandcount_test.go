package claims

import "testing"

// TestShareAndCount checks rule shareAndCount on an invented sentence: a
// count with its own noun after the "and" that ends a share's group is a
// claim of its own, and the share's subject stops at the group.
func TestShareAndCount(t *testing.T) {
	checkClaims(t, []lcase{
		{"shareAndCount", "The Greens took 12% of the regional vote and 9 seats in Tarvin.",
			[]lgot{
				{"The Greens took 12% of the regional vote", "percent", "The Greens took the regional vote", 12.0, nil},
				{"9 seats in Tarvin", "seats", "seats in Tarvin", 9.0, nil}}},
	})
}

// TestLangShareAndCount checks rule langShareAndCount on invented
// sentences: the same split in Spanish and French.
func TestLangShareAndCount(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // units
	}{
		{"es", "El PVR ganó en Valdoria con el 38,2% de los votos y 31 escaños.", []string{"percent", "escaños"}},
		{"fr", "Le PVM a obtenu 27 % des voix et 12 sièges à Valmont.", []string{"percent", "sièges"}},
	}
	for _, tt := range tests {
		var units []string
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			units = append(units, c.Unit)
		}
		if len(units) != 2 || units[0] != tt.want[0] || units[1] != tt.want[1] {
			t.Errorf("%s %q: got units %v, want %v", tt.lang, tt.text, units, tt.want)
		}
	}
}
