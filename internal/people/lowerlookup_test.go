package people

import (
	"strings"
	"testing"
)

// TestLowerLookup: LowerLookup reads the map as m[strings.ToLower(w)] does,
// on its fast path (ASCII, short) and off it (accents, the Kelvin sign that
// lowers to an ASCII "k", a word longer than its buffer).
func TestLowerLookup(t *testing.T) {
	long := strings.Repeat("Ab", lowerLookupBuf)
	m := map[string]int{"kin": 1, "émile": 2, "i̇pek": 3, strings.ToLower(long): 4}
	for _, w := range []string{"KIN", "kin", "Kin", "\u212Ain", "Émile", "ÉMILE", "İpek", long, long + "x", "", "Kinx"} {
		if got, want := LowerLookup(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("LowerLookup(%q) = %d, want %d", w, got, want)
		}
	}
}
