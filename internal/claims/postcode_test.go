package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPostcode checks rules postcode, longFraction, areaCode and the
// citation abbreviations of rule functionWordUnit: addresses, map
// coordinates, telephone numbers and page references are no claims.
func TestPostcode(t *testing.T) {
	type got struct {
		Unit  string
		Value float64
	}
	tests := []langCase[got]{
		{"de", "Der Einbruch geschah in der Lindenstraße in 31999 Musterhausen.", nil},
		{"de", "Breite 51.339271 Longitude 12.378912 Lage", nil},
		{"de", "Info Fon 04321 987654 Fax 04321 987655", nil},
		{"de", "Vgl. dazu S. 44 f und Rn. 17 ff.", nil},
		{"de", "Im Ort leben 26.480 Einwohner.", []got{{"people", 26480}}},
		{"de", "Im Ort leben 12000 Menschen.", []got{{"people", 12000}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Unit, *c.Value} })
}
