package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangTemperature checks rule langTemperature: in the languages of
// lang.go a degree sign, a glued "C" or a word of degrees and its scale
// make a temperature, a frost's minus included; a glued letter after a
// capitalised word or on a large figure names a class or a model. Rule
// heatDegrees: degrees with no scale are Celsius in a sentence of heat
// or cold, else left. Texts invented.
func TestLangTemperature(t *testing.T) {
	type temp struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) temp { return temp{*c.Value, c.Unit} }
	tests := []langCase[temp]{
		{"de", "Am Montag wurden in Velmar bis zu 38C gemessen.", []temp{{38, UnitCelsius}}},
		{"de", "Das Thermometer in Velmar fiel auf -5 °C.", []temp{{-5, UnitCelsius}}},
		{"de", "Im Rohr herrschen minus 160 Grad Celsius, sagte Ida Korte.", []temp{{-160, UnitCelsius}}},
		{"fr", "Il a fait 41,5 °C à Dunmore lundi.", []temp{{41.5, UnitCelsius}}},
		{"fr", "Il a fait 40 degrés Celsius à Dunmore lundi.", []temp{{40, UnitCelsius}}},
		{"es", "En Corrales se alcanzaron 44 ºC el lunes.", []temp{{44, UnitCelsius}}},
		{"it", "A Velmo si sono registrati 39°C lunedì.", []temp{{39, UnitCelsius}}},
		{"nl", "In Harlingen werd het gisteren 35 graden Celsius.", []temp{{35, UnitCelsius}}},
		{"de", "Die Klasse 3C besuchte das Museum in Velmar.", []temp{{3, "c"}}},
		{"de", "Im Stall von Velmar sollten die Temperaturen kaum 27 Grad erreichen.", []temp{{27, UnitCelsius}}},
		{"it", "A Velmo le massime salgono a 31 gradi.", []temp{{31, UnitCelsius}}},
		{"de", "Die Terrasse in Velmar bietet einen Blick von 360 Grad.", []temp{{360, "grad"}}},
		{"de", "Das alte 1541C Laufwerk stand im Keller.", []temp{{1541, "c"}}},
	}
	checkLang(t, tests, get)
}
