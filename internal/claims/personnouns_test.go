package claims

import "testing"

// TestPersonNouns checks rule personNouns on invented sentences: a count of
// seat holders, travellers or a trade's members is a count of people in
// every language, so a translation's count matches the English one.
func TestPersonNouns(t *testing.T) {
	tests := []struct{ lang, text string }{
		{"en", "The Orrin Party now has 17 councillors."},
		{"en", "Some 40 travellers slept at Brennock airport."},
		{"es", "El tren de Valdoria llevaba 140 viajeros."},
		{"fr", "Le ferry de Valmont transportait 300 passagers."},
		{"de", "In Brennstadt streikten 200 Pflegekräfte."},
		{"it", "Il traghetto per Velmora aveva 90 passeggeri."},
		{"it", "A Velmora circa 1.200 sfollati dormono nelle palestre."},
		{"fr", "À Valmont, 300 évacués dorment au gymnase."},
		{"es", "La provincia de Valdoria tiene 210.000 desempleados."},
	}
	for _, tt := range tests {
		cs := Extract(tt.text, Options{Lang: tt.lang})
		if len(cs) != 1 || cs[0].Unit != UnitPeople {
			t.Errorf("%s %q: got %+v, want one claim in %q", tt.lang, tt.text, cs, UnitPeople)
		}
	}
}
