package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestGermanCountNoun checks rule germanCountNoun: a German count counts a
// capitalised noun, past a lower-case adjective; a lower-case verb after
// it is no unit; a short lower-case unit of measure stays one.
func TestGermanCountNoun(t *testing.T) {
	type got struct {
		Unit  string
		Value float64
	}
	tests := []langCase[got]{
		{"de", "Im Land leben rund 40.000 zugewanderte Menschen.", []got{{"people", 40000}}},
		{"de", "Der Konzern will den Umsatz auf 5 Milliarden steigern.", []got{{"", 5e9}}},
		{"de", "Die Strecke ist 12 km lang.", []got{{"km", 12}}},
		{"de", "Betroffen sind 4.120 iCloud-Konten.", []got{{"icloud-konten", 4120}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Unit, *c.Value} })
}
