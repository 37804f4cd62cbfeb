package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestGermanSpaceThousands checks rule germanSpaceThousands: a space,
// no-break or narrow no-break space before exactly three digits groups
// the thousands of a German number; before other than three digits it
// does not.
func TestGermanSpaceThousands(t *testing.T) {
	get := func(c model.Claim) float64 { return *c.Value }
	tests := []langCase[float64]{
		{"de", "Im Stadion von Velmsee saßen rund 30 000 Menschen fest.", []float64{30000}},
		{"de", "Die Feuerwehr verteilte 12\u00a0400 Liter Wasser in Velmsee.", []float64{12400}},
		{"de", "Der Umbau in Brennau kostet 1\u202f250\u202f000 Euro.", []float64{1250000}},
		{"de", "In Halle 3 warten 40 Besucher.", []float64{40}},
	}
	checkLang(t, tests, get)
}
