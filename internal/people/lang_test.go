package people

import (
	"reflect"
	"strings"
	"testing"
)

func TestAnalyzeLang(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // "Name|Role" (role "" when none)
		not        []string
	}{
		{"de", "Der Stadtrat hat am Dienstag gestimmt. „Wir haben lange gewartet“, sagte Bürgermeisterin Anna Schulz. Schulz lachte.",
			[]string{"Anna Schulz|Bürgermeisterin"}, []string{"Stadtrat", "Der Stadtrat", "Bürgermeisterin Anna Schulz"}},
		{"de", "Die Europäische Zentralbank sagte am Montag nichts. Finanzministerin Petra Lindner erklärte, die Lage sei ernst.",
			[]string{"Petra Lindner|Finanzministerin"}, []string{"Europäische Zentralbank"}},
		{"de", "Die Ministerin Julia von Hagen sagte, dass die Reform komme.", []string{"Julia von Hagen|Ministerin"}, nil},
		{"fr", "« Nous attendions », a déclaré la maire Claire Martin. Jean de La Fontaine, porte-parole, a dit non.",
			[]string{"Claire Martin|maire", "Jean de La Fontaine|"}, nil},
		{"es", "La alcaldesa María López aseguró que el agua llegará.", []string{"María López|alcaldesa"}, nil},
		// Local offices: a councillor's title in Spanish, an elected
		// member's in French.
		{"es", "\"Es un día histórico\", dijo el concejal Pablo Verdú.", []string{"Pablo Verdú|concejal"}, nil},
		{"fr", "« Nous voterons contre », a déclaré l'élue Anne Velmont.", []string{"Anne Velmont|élue"}, nil},
		{"es", "\"Los precios subirán\", explicó el catedrático Luis Velmar.", []string{"Luis Velmar|catedrático"}, nil},
		{"es", "El ministro de Economía, Carlos Ruiz, presentó el plan.", []string{"Carlos Ruiz|ministro de Economía"}, nil},
		{"it", "Giulia Bianchi, presidente della regione, spiega che i fondi arriveranno.", []string{"Giulia Bianchi|presidente della regione"}, nil},
		{"de", "Der Minister Thomas Becker verteidigte den Haushalt.", []string{"Thomas Becker|Minister"}, nil},
		{"nl", "De Vries zei dat hij blijft. Pieter de Vries is minister.", []string{"Pieter de Vries|"}, nil},
		{"it", "«Il ponte sarà pronto», ha detto il sindaco Marco Rossi.", []string{"Marco Rossi|sindaco"}, nil},
		{"it", "«È una manovra seria», ha dichiarato il ministro dell'Economia Marco Ferretti.", []string{"Marco Ferretti|ministro dell'Economia"}, nil},
		{"nl", "Woordvoerder Anouk Visser van Aedes zei dat het geld welkom is.", []string{"Anouk Visser|Woordvoerder"}, []string{"Anouk Visser van Aedes"}},
		{"fr", "« Ces chiffres sont connus », estime l'économiste Jean-Marc Lefort.", []string{"Jean-Marc Lefort|économiste"}, nil},
		{"de", "„Wir kämpfen für die Menschen, die jeden Tag den Zug fahren“, so GDL-Chef Klaus Wendler. Sie verloren 7,5 Prozent Kaufkraft, 80 Prozent sind sauer.",
			[]string{"Klaus Wendler|GDL-Chef"}, []string{"Tag den Zug", "Prozent Kaufkraft"}},
		{"pt", "“Vamos investir”, disse o ministro João Silva.", []string{"João Silva|ministro"}, nil},
		{"nl", "Burgemeester Jan van der Berg zei dat de brug opengaat. Van der Berg is trots.", []string{"Jan van der Berg|Burgemeester"}, []string{"Van der Berg"}},
		// Rule-by-rule cases, each failing with its rule switched off.
		{"de", "„Wir streiken“, sagte die CDU-Abgeordnete Maria Klein.", []string{"Maria Klein|CDU-Abgeordnete"}, nil},
		{"de", "Gestern sagte Müller den Reportern Bescheid.", nil, []string{"Müller den Reportern Bescheid"}},
		{"de", "Am Abend sprach Frau Petra Lind im Rathaus.", []string{"Petra Lind|"}, []string{"Frau Petra Lind"}},
		{"de", "Der Oppositionsführer Peter Braun kritisierte, die Kosten seien zu hoch.", []string{"Peter Braun|Oppositionsführer"}, []string{"Oppositionsführer Peter Braun"}},
		{"de", "Die Europäische Kommission sagte, die Regeln würden gelten. Der Deutsche Gewerkschaftsbund kritisierte die Pläne.", nil, []string{"Europäische Kommission", "Deutsche Gewerkschaftsbund"}},
		{"de", "Auf dem Markt gab es Brot Käse und Obst. Später war der Käse weg.", nil, []string{"Brot Käse"}},
		// Role suffix -politiker (a party's politician).
		{"de", "„Das geht nicht“, sagte die SPD-Politikerin Heike Sommer.", []string{"Heike Sommer|SPD-Politikerin"}, []string{"SPD-Politikerin Heike Sommer"}},
		// Rule particleAfterRole.
		{"pt", "O Presidente da República promulgou a lei. A ministra Ana Costa falou.", []string{"Ana Costa|ministra"}, []string{"da República"}},
		// Role suffix -loge/-login; "erinnert" is no speech verb.
		{"de", "Das sagte die Biologin Anna-Lena Vogt. Meine Tante erinnert mich daran. Sie sammelt alte Schallplatten.", []string{"Anna-Lena Vogt|Biologin"}, []string{"Meine Tante", "Biologin Anna-Lena Vogt", "Schallplatten"}},
		{"de", "„Das Virus bleibt“, sagte die Virologin Anke Brandt.", []string{"Anke Brandt|Virologin"}, []string{"Virologin Anke Brandt"}},
		// Rule particleAfterRole is not German's.
		{"de", "Das sagte Kommissionspräsidentin von der Aue am Montag.", []string{"von der Aue|"}, nil},
		// Rule institutionHead: no known given name, no one.
		{"es", "La Comisión de Pesca y Puertos se reunió.", nil, []string{"Pesca y Puertos", "Comisión de Pesca y Puertos"}},
		// Rule institutionHead.
		{"es", "El Gobierno de Pedro Olmedo aprobó el plan. Olmedo dijo que sí.", []string{"Pedro Olmedo|"}, []string{"Gobierno de Pedro Olmedo"}},
		{"pt", "O Ministério da Saúde anunciou novas regras.", nil, []string{"Ministério da Saúde"}},
		// Rule secondParticle.
		{"nl", "„Dit is een goede dag”, zei minister Karin de Wit van Financiën.", []string{"Karin de Wit|minister"}, []string{"Karin de Wit van Financiën"}},
		// Role nouns added with the i18n residue.
		{"pt", "«Vamos recorrer da decisão», disse o advogado Rui Mourato.", []string{"Rui Mourato|advogado"}, nil},
	}
	for _, tt := range tests {
		d := AnalyzeLang(tt.text, tt.lang)
		got := map[string]string{}
		for _, p := range d.People {
			got[p.Name] = strings.Join(p.Roles, ",")
		}
		for _, w := range tt.want {
			name, role, _ := strings.Cut(w, "|")
			r, ok := got[name]
			if !ok {
				t.Errorf("%s %q: no person %q in %v", tt.lang, tt.text, name, got)
			} else if role != "" && r != role {
				t.Errorf("%s %q: %s roles %q, want %q", tt.lang, tt.text, name, r, role)
			}
		}
		for _, n := range tt.not {
			if _, ok := got[n]; ok {
				t.Errorf("%s %q: %q taken for a person", tt.lang, tt.text, n)
			}
		}
	}
}

// TestAnalyzeLangEnglish: English and languages without word lists get
// exactly the English rules.
func TestAnalyzeLangEnglish(t *testing.T) {
	text := "Health Secretary Jeremy Hunt said the plan would work. Hunt, 52, told reporters: \"We will deliver.\" Ann de Vries agreed."
	want := Analyze(text)
	for _, lang := range []string{"", "en", "xx", "ja"} {
		got := AnalyzeLang(text, lang)
		if !reflect.DeepEqual(got.People, want.People) || got.Lang() != "" {
			t.Errorf("AnalyzeLang(%q) differs from Analyze", lang)
		}
	}
}

func TestElision(t *testing.T) {
	tests := []struct{ w, art, rest string }{
		{"l'Insee", "l", "Insee"}, {"dell’Economia", "dell", "Economia"}, {"d'euros", "d", "euros"},
		{"Insee", "", "Insee"}, {"'Insee", "", "'Insee"}, {"", "", ""},
	}
	for _, tt := range tests {
		art, rest, ok := Elision(tt.w)
		if art != tt.art || rest != tt.rest || ok != (tt.art != "") {
			t.Errorf("Elision(%q) = %q, %q, %v; want %q, %q", tt.w, art, rest, ok, tt.art, tt.rest)
		}
	}
}
