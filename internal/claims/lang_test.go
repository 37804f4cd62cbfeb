package claims

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestScanNumber(t *testing.T) {
	tests := []struct {
		lang, s string
		want    float64
		end     int
	}{
		{"de", "3,5", 3.5, 3}, {"de", "1.234", 1234, 5}, {"de", "1.234,5", 1234.5, 7}, {"de", "12", 12, 2},
		{"de", "3.5", 3.5, 3}, {"de", "1.234.567", 1234567, 9}, {"fr", "1 234 567", 1234567, 9},
		{"fr", "1\u202f234", 1234, 7}, {"fr", "7,5 %", 7.5, 3}, {"es", "1.200 millones", 1200, 5},
		{"de", "40 Millionen", 40, 2}, {"fr", "12 35", 12, 2},
	}
	for _, tt := range tests {
		end, v, ok := scanNumber(tt.s, 0, len(tt.s), langNums[tt.lang])
		if !ok || v != tt.want || end != tt.end {
			t.Errorf("%s %q: %v, %d, %v; want %v, %d", tt.lang, tt.s, v, end, ok, tt.want, tt.end)
		}
	}
}

func TestExtractLang(t *testing.T) {
	type got struct {
		Value   float64
		Max     float64
		Unit    string
		Subject string
		Source  string
	}
	tests := []struct {
		lang, text string
		sources    []Source
		want       []got
	}{
		{"de", "Nach Angaben der Verwaltung kostet das Projekt rund 40 Millionen Euro.", nil,
			[]got{{40e6, 0, "EUR", "das Projekt kostet", "Verwaltung"}}},
		{"de", "Laut einer Studie des Instituts stieg die Arbeitslosigkeit um 3,5 Prozent.", nil,
			[]got{{3.5, 0, "percent", "die Arbeitslosigkeit stieg", "Studie des Instituts"}}},
		{"de", "Die Kosten liegen bei 2,5 Mrd. Euro. Am 12. März 2024 stimmte der Rat ab.", nil,
			[]got{{2.5e9, 0, "EUR", "die Kosten", ""}}},
		{"de", "Die Preise stiegen zwischen 3 und 5 Prozent, sagte Becker.", []Source{{"Becker", "Thomas Becker"}},
			[]got{{3, 5, "percent", "die Preise stiegen", "Thomas Becker"}}},
		{"fr", "Selon l'Insee, le chômage a reculé de 7,5 % au troisième trimestre.", nil,
			[]got{{7.5, 0, "percent", "le chômage a reculé au troisième trimestre", "Insee"}}},
		{"fr", "Le budget atteint 3,2 milliards d'euros, soit 12 pour cent de plus.", nil,
			[]got{{3.2e9, 0, "EUR", "le budget", ""}, {12, 0, "percent", "", ""}}},
		{"fr", "La ville compte 1 234 habitants depuis 2020.", nil,
			[]got{{1234, 0, "people", "habitants la ville compte depuis 2020", ""}}},
		{"es", "Según el Gobierno, la inversión será de 1.200 millones de euros.", nil,
			[]got{{1.2e9, 0, "EUR", "la inversión", "Gobierno"}}},
		{"es", "El proyecto costará 3 mil millones de dólares.", nil,
			[]got{{3e9, 0, "USD", "el proyecto costará", ""}}},
		{"it", "Secondo l'Istat, la disoccupazione è scesa al 7,8 per cento.", nil,
			[]got{{7.8, 0, "percent", "la disoccupazione", "Istat"}}},
		{"pt", "A taxa de desemprego caiu para 6,2 por cento.", nil,
			[]got{{6.2, 0, "percent", "a taxa de desemprego", ""}}},
		{"pt", "O plano custa R$ 2,5 bilhões.", nil,
			[]got{{2.5e9, 0, "BRL", "o plano custa", ""}}},
		{"nl", "Volgens het CBS steeg de werkloosheid met 3,9 procent.", nil,
			[]got{{3.9, 0, "percent", "de werkloosheid steeg", "CBS"}}},
		{"de", "Nach Angaben der Deutschen Bahn fielen rund 80 Prozent der Fernzüge aus.", nil,
			[]got{{80, 0, "percent", "Fernzüge", "Deutsche Bahn"}}},
		{"fr", "D'après une étude, 35 % des salariés envisagent de partir.", nil,
			[]got{{35, 0, "percent", "salariés envisagent de partir", "une étude"}}},
		{"es", "Según el ministerio, el 18 por ciento de los pacientes espera más de seis meses.", nil,
			[]got{{18, 0, "percent", "pacientes espera más de seis meses", "el ministerio"}}},
		{"fr", "Selon un sondage Ifop publié dimanche, 68 % des Français y sont opposés.", nil,
			[]got{{68, 0, "percent", "Français y sont opposés", "Ifop"}}},
		{"fr", "Le déficit atteindrait 13,5 milliards d'euros, selon le Conseil d'orientation des retraites.", nil,
			[]got{{13.5e9, 0, "EUR", "le déficit", "Conseil d'orientation des retraites"}}},
		{"nl", "De bouw kost 12 miljoen euro en duurt 3 jaar.", nil,
			[]got{{12e6, 0, "EUR", "de bouw kost", ""}}},
		// Rule-by-rule cases, each failing with its rule switched off.
		// The noun phrase nearest the number, not one after a preposition.
		{"es", "La tasa bajará para los jóvenes un 2 por ciento.", nil,
			[]got{{2, 0, "percent", "la tasa bajará para los jóvenes", ""}}},
		{"es", "El Gobierno aprobó ayer una rebaja del 5 por ciento.", nil,
			[]got{{5, 0, "percent", "el Gobierno aprobó ayer una rebaja", ""}}},
		{"de", "Die Quote stieg um 2,5 Prozentpunkte.", nil,
			[]got{{2.5, 0, UnitPoints, "die Quote stieg", ""}}},
		{"de", "Der Bau kostet €40 Millionen.", nil,
			[]got{{40e6, 0, "EUR", "der Bau kostet", ""}}},
		{"fr", "Selon l'Insee, 35 % des salariés du secteur veulent partir.", nil,
			[]got{{35, 0, "percent", "salariés du secteur veulent partir", "Insee"}}},
		{"de", "Die hohe Arbeitslosigkeit stieg um 3 Prozent.", nil,
			[]got{{3, 0, "percent", "die hohe Arbeitslosigkeit stieg", ""}}},
		// Rule clauseSubject (French, Spanish, Italian, Portuguese), part
		// by part; each case fails with its part switched off.
		// A reporting frame: the subject starts after "che".
		// The paper that writes it is the source (rule leadingVerbSource).
		{"it", "Il giornale scrive che le esportazioni sono scese del 3,2 per cento.", nil,
			[]got{{3.2, 0, "percent", "le esportazioni sono scese", "il giornale"}}},
		// A verb stating a level goes ("alcanzó el", "atingiu").
		{"es", "La inflación alcanzó el 4,1 por ciento en marzo.", nil,
			[]got{{4.1, 0, "percent", "la inflación en marzo", ""}}},
		{"pt", "A dívida atingiu 3 bilhões de euros.", nil,
			[]got{{3e9, 0, "EUR", "a dívida", ""}}},
		// A change verb before "to" goes with its auxiliary ("è scesa al").
		{"it", "La disoccupazione è scesa al 7,8 per cento a marzo.", nil,
			[]got{{7.8, 0, "percent", "la disoccupazione a marzo", ""}}},
		// The level a change ends at is no part of what changed, and a
		// claim of its own (rule langChangeLevel).
		{"fr", "Les exportations ont baissé de 3 % à 40 milliards d'euros.", nil,
			[]got{{3, 0, "percent", "les exportations ont baissé", ""}, {40e9, 0, "EUR", "les exportations", ""}}},
		// A counted object comes first, a counted subject opens it.
		{"es", "La empresa recortará 800 empleos este año.", nil,
			[]got{{800, 0, "empleos", "empleos la empresa recortará este año", ""}}},
		{"fr", "Selon Le Monde, 4 500 emplois sont menacés.", []Source{{"Le Monde", "Le Monde"}},
			[]got{{4500, 0, "emplois", "emplois sont menacés", "Le Monde"}}},
		// Over twelve words the noun phrase rules answer.
		{"pt", "O governo federal e os governos dos estados do norte e do sul do país gastaram ontem 3 bilhões de reais.", nil,
			[]got{{3e9, 0, "BRL", "o governo", ""}}},
		// Rule dateOrYear: a figure with a decimal comma or a unit after a
		// month is no date.
		{"de", "Die Inflation erreichte im März 4,1 Prozent. Im Mai 2024 stimmte der Rat ab.", nil,
			[]got{{4.1, 0, "percent", "die Inflation im März", ""}}},
		// Rule sourceNoun: Dutch nouns are lower-case.
		{"nl", "Volgens het kabinet kost het project 40 miljoen euro.", nil,
			[]got{{40e6, 0, "EUR", "het project kost", "het kabinet"}}},
		// A noun before "auf" is no verb to drop with it.
		{"de", "Die Zeitung schrieb, dass die Arbeitslosigkeit auf 5,2 Prozent gestiegen sei.", nil,
			[]got{{5.2, 0, "percent", "die Arbeitslosigkeit gestiegen sei", "Zeitung"}}},
		// Rule lowQuoteSentence; rule countNoun.
		{"nl", "Volgens de toezichthouder steeg het aantal meldingen met 7,5 procent. „Dit moet anders”, zei hij.", nil,
			[]got{{7.5, 0, "percent", "het aantal meldingen steeg", "de toezichthouder"}}},
		{"de", "Die Zahl stieg um 3 Prozent. „Das reicht“, sagte sie.", nil,
			[]got{{3, 0, "percent", "die Zahl stieg", ""}}},
		// Rule countAdjective.
		{"de", "Die Stadt baut 300 neue Wohnungen.", nil,
			[]got{{300, 0, "wohnungen", "die Stadt", ""}}},
		// A German count after its verb: no countedObject.
		{"de", "In Berlin demonstrierten 20.000 Menschen vor dem Kanzleramt.", nil,
			[]got{{20000, 0, "people", "Menschen", ""}}},
		{"es", "La fábrica creará 500 nuevos empleos.", nil,
			[]got{{500, 0, "empleos", "empleos la fábrica creará", ""}}},
		// Years and other time spans are no counts.
		{"de", "Vor 10 Jahren kostete das Ticket 3 Euro.", nil,
			[]got{{3, 0, "EUR", "das Ticket kostete", ""}}},
	}
	for _, tt := range tests {
		var gs []got
		for _, c := range Extract(tt.text, Options{Lang: tt.lang, Sources: tt.sources}) {
			if tt.text[c.Start:c.End] != c.Text {
				t.Fatalf("bad span %q", c.Text)
			}
			g := got{Unit: c.Unit, Subject: c.Subject, Source: c.Source}
			if c.Value != nil {
				g.Value = *c.Value
			}
			if c.ValueMax != nil {
				g.Max = *c.ValueMax
			}
			gs = append(gs, g)
		}
		if len(gs) == len(tt.want) {
			for i := range gs {
				if math.Abs(gs[i].Value-tt.want[i].Value) < 1e-6*math.Max(1, tt.want[i].Value) {
					gs[i].Value = tt.want[i].Value
				}
			}
		}
		if !reflect.DeepEqual(gs, tt.want) {
			t.Errorf("%s %q:\n got  %+v\n want %+v", tt.lang, tt.text, gs, tt.want)
		}
	}
}

// TestLangClauseText: the claim's text is its clause, without the
// quotation marks around it.
func TestLangClauseText(t *testing.T) {
	text := "„Das Projekt kostet 40 Millionen Euro“, sagte Becker."
	cs := Extract(text, Options{Lang: "de"})
	if len(cs) != 1 || cs[0].Text != "Das Projekt kostet 40 Millionen Euro" {
		t.Errorf("%q: %+v, want one claim \"Das Projekt kostet 40 Millionen Euro\"", text, cs)
	}
}

// TestExtractLangEnglish: no language, English or a language without
// rules gives the English claims.
func TestExtractLangEnglish(t *testing.T) {
	text := "A poll by Ipsos found that 62% of residents support a ban. The plan costs £3m, Hunt said."
	want := Extract(text, Options{Sources: []Source{{"Hunt", "Jeremy Hunt"}}})
	for _, lang := range []string{"en", "ja", "xx"} {
		if got := Extract(text, Options{Lang: lang, Sources: []Source{{"Hunt", "Jeremy Hunt"}}}); !reflect.DeepEqual(got, want) {
			t.Errorf("lang %q: %v, want %v", lang, got, want)
		}
	}
}

func FuzzExtractLang(f *testing.F) {
	for _, s := range []string{"40 Millionen Euro", "1 234,5 %", "zwischen 3 und", "R$", "3,", "1.2.3,4,5", "Selon l'", "2,5 Mrd.", "12. März"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for lang := range langNums {
			for _, c := range Extract(s, Options{Lang: lang, Sources: []Source{{s, s}, {"A", "B"}}}) {
				if c.Start < 0 || c.End > len(s) || c.Start > c.End || s[c.Start:c.End] != c.Text {
					t.Fatalf("bad span %d:%d for %q", c.Start, c.End, c.Text)
				}
				if strings.TrimSpace(c.Text) == "" || c.Value == nil || math.IsNaN(*c.Value) {
					t.Fatalf("empty claim %+v", c)
				}
			}
		}
		// English is untouched by the language rules.
		if got, want := Extract(s, Options{Lang: "en"}), Extract(s, Options{}); !reflect.DeepEqual(got, want) {
			t.Fatalf("en: %v, English rules: %v", got, want)
		}
	})
}

// TestCountWordsByLanguage: rules countAdjective and countNoun read the
// text's own language's words. With one set for all six, German "anderen"
// (an adjective: "300 anderen Mitarbeitern") fired in Dutch text, where
// "anderen" is a pronoun ("others"), and made the verb after it the unit.
func TestCountWordsByLanguage(t *testing.T) {
	tests := []struct {
		lang, text, unit string
	}{
		{"nl", "Volgens de brandweer raakten 12 anderen gewond.", "anderen"},
		{"de", "Die Stadt hilft 300 anderen Familien.", "familien"},
		{"de", "Die Bahn setzt 20 extra Züge ein.", "züge"},
		{"nl", "De gemeente bouwt 300 nieuwe woningen.", "woningen"},
		{"fr", "La ville ouvre 40 nouvelles écoles.", "écoles"},
		{"es", "La empresa abre 500 nuevos empleos.", "empleos"},
	}
	for _, tt := range tests {
		cs := Extract(tt.text, Options{Lang: tt.lang})
		if len(cs) == 0 {
			t.Errorf("%s %q: no claim", tt.lang, tt.text)
			continue
		}
		if cs[0].Unit != tt.unit {
			t.Errorf("%s %q: unit %q, want %q", tt.lang, tt.text, cs[0].Unit, tt.unit)
		}
	}
}
