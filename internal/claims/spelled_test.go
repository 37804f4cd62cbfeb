package claims

import (
	"reflect"
	"testing"
)

// TestSpelledValue checks the number words of rule langSpelled: compounds
// of each language's morphemes are read, words that only start like a
// number are not.
func TestSpelledValue(t *testing.T) {
	for _, tt := range []struct {
		lang, w string
		v       float64
		ok      bool
	}{
		{"de", "vierzehn", 14, true}, {"de", "vierundzwanzig", 24, true}, {"de", "zweihundertfünfzig", 250, true},
		{"de", "zweitausend", 2000, true}, {"de", "elfmeter", 0, false}, {"de", "einsatz", 0, false}, {"de", "hunderte", 0, false},
		{"nl", "eenentwintig", 21, true}, {"nl", "tweeëntwintig", 22, true}, {"nl", "honderdvijftig", 150, true}, {"nl", "vieren", 0, false},
		{"fr", "quatorze", 14, true}, {"fr", "vingt-deux", 22, true}, {"fr", "quatre-vingt-dix", 90, true}, {"fr", "soixante-dix-sept", 77, true},
		{"fr", "dix-neuf", 19, true}, {"fr", "vingt-et-un", 21, true}, {"fr", "quatre-vingts", 80, true},
		{"es", "veintiuno", 21, true}, {"es", "veintidós", 22, true}, {"es", "doscientos", 200, true}, {"es", "quinientos", 500, true},
		{"it", "ventitré", 23, true}, {"it", "ventotto", 28, true}, {"it", "duecentotrenta", 230, true}, {"it", "duemila", 2000, true},
		{"it", "ventilatore", 0, false}, {"it", "centro", 0, false},
		{"pt", "quinhentos", 500, true}, {"pt", "dezoito", 18, true},
	} {
		v, ok := spelledValue(spelledNums[tt.lang], tt.w)
		if ok != tt.ok || v != tt.v {
			t.Errorf("%s %q: %v %v, want %v %v", tt.lang, tt.w, v, ok, tt.v, tt.ok)
		}
	}
}

// TestLangSpelled checks rule langSpelled on invented sentences: a count
// in words from ten up, or a small number before a scale or a percent
// word, is a claim; articles, small counts, vague, ratio and frequency
// words are none.
func TestLangSpelled(t *testing.T) {
	type got struct {
		Unit  string
		Value float64
		Max   float64
	}
	tests := []struct {
		lang, text string
		want       []got
	}{
		{"fr", "Quatorze personnes ont été tuées lors du séisme.", []got{{"people", 14, 0}}},
		{"de", "Vierzehn Menschen starben bei dem Erdbeben.", []got{{"people", 14, 0}}},
		{"es", "Doce personas murieron en el terremoto.", []got{{"people", 12, 0}}},
		{"it", "Ventitré persone sono morte nel crollo.", []got{{"people", 23, 0}}},
		{"pt", "Vinte e cinco casas foram destruídas.", []got{{"casas", 25, 0}}},
		{"nl", "Tweeëntwintig huizen werden verwoest.", []got{{"huizen", 22, 0}}},
		{"fr", "La région versera trois millions d'euros aux sinistrés.", []got{{"EUR", 3e6, 0}}},
		{"de", "Die Quote stieg um zwei Prozent.", []got{{"percent", 2, 0}}},
		{"de", "Der Verbrauch liegt bei drei bis fünf Prozent.", []got{{"percent", 3, 5}}},
		{"es", "El gobierno destinará doce mil millones de pesos.", []got{{"MXN", 12e9, 0}}},
		{"de", "Ein Mann wurde verletzt und die Elf gewann.", nil},
		{"fr", "Le neuf avril, neuf blessés ont été soignés.", nil},
		{"de", "Vor dem Rathaus standen mehrere hundert Menschen.", nil},
		{"de", "Acht von zehn Menschen stimmten zu.", nil},
		{"de", "Die Übung sollte zehn Mal wiederholt werden.", nil},
		{"it", "Domani soffiano venti di scirocco sulla costa.", nil},
		{"es", "Uno de los heridos sigue grave.", nil},
	}
	for _, tt := range tests {
		var gs []got
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			g := got{Unit: c.Unit}
			if c.Value != nil {
				g.Value = *c.Value
			}
			if c.ValueMax != nil {
				g.Max = *c.ValueMax
			}
			gs = append(gs, g)
		}
		if !reflect.DeepEqual(gs, tt.want) {
			t.Errorf("%s %q:\n got %+v\nwant %+v", tt.lang, tt.text, gs, tt.want)
		}
	}
}
