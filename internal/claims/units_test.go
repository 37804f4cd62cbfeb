package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSpacedScale checks rule spacedScale: a scale abbreviation written
// apart from its amount scales it, before a currency word or after a
// currency symbol; in capitals or glued to more it is another word.
func TestSpacedScale(t *testing.T) {
	tests := []lcase{
		{"after a symbol", "The trust paid €4 m for the old mill.",
			[]lgot{{"The trust paid €4 m for the old mill", "EUR", "The trust paid for the old mill", 4e6, nil}}},
		{"before a currency word", "The port will spend 2.5 bn dollars on new cranes.",
			[]lgot{{"The port will spend 2.5 bn dollars on new cranes", "USD", "The port will spend on new cranes", 2.5e9, nil}}},
		{"at the sentence's end", "Its reserves stood at $7.2 mn.",
			[]lgot{{"Its reserves stood at $7.2 mn", "USD", "Its reserves", 7.2e6, nil}}},
		{"a capital is a name", "Tuition starts at $610 M.Sc. students pay more.",
			[]lgot{{"Tuition starts at $610 M.Sc. students pay more", "USD", "Tuition starts M.Sc. students pay more", 610.0, nil}}},
		{"a capital alone is a name", "Buyers paid $1,299 M Pro laptops.",
			[]lgot{{"Buyers paid $1,299 M Pro laptops", "USD", "Buyers paid M Pro laptops", 1299.0, nil}}},
	}
	checkClaims(t, tests)
}

// TestSymbolScale checks rule symbolScale: "M€" and "k€" scale the
// amount before them in the language rules.
func TestSymbolScale(t *testing.T) {
	tests := []struct {
		lang, text string
		value      float64
		unit       string
	}{
		{"fr", "La rénovation du stade coûtera 2,4 M€ à la commune.", 2.4e6, "EUR"},
		{"es", "La cooperativa facturó 350 M€ el último ejercicio.", 350e6, "EUR"},
		{"fr", "Chaque lauréat reçoit 15 k€ de la fondation.", 15e3, "EUR"},
	}
	for _, tt := range tests {
		cs := Extract(tt.text, Options{Lang: tt.lang})
		if len(cs) != 1 || cs[0].Value == nil || *cs[0].Value != tt.value || cs[0].Unit != tt.unit {
			t.Errorf("%s %q: got %+v, want one claim of %g %s", tt.lang, tt.text, cs, tt.value, tt.unit)
		}
	}
}

// TestLangScore checks rule langScore: a result or a clock time is no
// claim, a range with a unit stays one.
func TestLangScore(t *testing.T) {
	type lc struct {
		Unit  string
		Value float64
	}
	tests := []struct {
		lang, text string
		want       []lc
	}{
		{"de", "Der Aufsteiger gewann mit 2:1 gegen Kiel vor 18.400 Zuschauern.", []lc{{"people", 18400}}},
		{"fr", "Nantes s'est imposé 3-0 face à Brest devant 31 000 spectateurs.", []lc{{"people", 31000}}},
		{"es", "El mercado abre de 9:00 hasta las 14:00 los sábados.", nil},
		{"de", "Die Gärtner empfehlen Abstände von 2-3 Meter zwischen den Bäumen.", []lc{{"meter", 2}}},
	}
	for _, tt := range tests {
		var got []lc
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			g := lc{Unit: c.Unit}
			if c.Value != nil {
				g.Value = *c.Value
			}
			got = append(got, g)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s %q (-want +got):\n%s", tt.lang, tt.text, d)
		}
	}
}

// TestCompareLead checks rule compareLead: "contre", "frente" and
// "gegenüber" before a figure are no part of its subject; with rule
// langContrastLevel the subject is the votes of the share before it.
func TestCompareLead(t *testing.T) {
	cs := Extract("La maire sortante a obtenu 53,4 % des voix, contre 46,6 % pour son rival.", Options{Lang: "fr"})
	if len(cs) != 2 || cs[1].Subject != "voix pour son rival" {
		t.Errorf("got %+v, want the second claim's subject %q", cs, "voix pour son rival")
	}
}

// TestLangBareLevel checks rule langBareLevel: a bare figure after a verb
// and a "to" word is the level reached; a unit word, an ordinal day or a
// second claim joined by "und" makes none.
func TestLangBareLevel(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []float64
	}{
		{"de", "Die Zahl der Grippefälle stieg auf 8.460, meldete das Amt.", []float64{8460}},
		{"es", "El número de rescates subió hasta 1.215 el domingo.", []float64{1215}},
		{"de", "Das Turnier wird auf 12. bis 19. Mai verlegt.", nil},
		{"de", "Die Zahl der Gäste stieg auf 2.310 und der Umsatz stieg auf 1,2 Millionen Euro.", []float64{1.2e6}},
	}
	for _, tt := range tests {
		var got []float64
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			if c.Value != nil {
				got = append(got, *c.Value)
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s %q (-want +got):\n%s", tt.lang, tt.text, d)
		}
	}
}
