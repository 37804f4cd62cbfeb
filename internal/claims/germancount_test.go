package claims

import (
	"reflect"
	"testing"
)

// TestGermanCountNoun checks rule germanCountNoun: a German count counts a
// capitalised noun, past a lower-case adjective; a lower-case verb after
// it is no unit; a short lower-case unit of measure stays one.
func TestGermanCountNoun(t *testing.T) {
	type got struct {
		Unit  string
		Value float64
	}
	tests := []struct {
		text string
		want []got
	}{
		{"Im Land leben rund 40.000 zugewanderte Menschen.", []got{{"people", 40000}}},
		{"Der Konzern will den Umsatz auf 5 Milliarden steigern.", []got{{"", 5e9}}},
		{"Die Strecke ist 12 km lang.", []got{{"km", 12}}},
		{"Betroffen sind 4.120 iCloud-Konten.", []got{{"icloud-konten", 4120}}},
	}
	for _, tt := range tests {
		var gs []got
		for _, c := range Extract(tt.text, Options{Lang: "de"}) {
			gs = append(gs, got{c.Unit, *c.Value})
		}
		if !reflect.DeepEqual(gs, tt.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.text, gs, tt.want)
		}
	}
}
