package entities

import "testing"

// TestFindLangPlaces covers the rules of i18n_places.go; each case fails
// with the rule named first in its name switched off.
func TestFindLangPlaces(t *testing.T) {
	firstNames := map[string]bool{"Fernando": true, "Jean-Paul": true}
	tests := []findCase{
		{
			name: "langPlacePreposition: French à and au",
			lang: "fr", text: "Le maire a parlé à Carvelon, puis au Havre.",
			places: []string{"Carvelon", "Havre"},
		},
		{
			name: "langPlacePreposition: Spanish, Italian, Portuguese, Dutch",
			lang: "es", text: "Las lluvias llegaron en Marbilla el martes.",
			places: []string{"Marbilla"},
		},
		{
			name: "langPlacePreposition: Italian a and nel",
			lang: "it", text: "Il sindaco ha parlato a Velsino. La siccità colpisce nel Veneto.",
			places: []string{"Velsino", "Veneto"},
		},
		{
			name: "langPlacePreposition: Portuguese em",
			lang: "pt", text: "A ministra esteve em Tarvoa na segunda-feira.",
			places: []string{"Tarvoa"},
		},
		{
			name: "langPlacePreposition: an opener makes two words",
			lang: "de", text: "Auch in Bad Wimpfen wurde eingebrochen. Er wohnt in Heilbronn.",
			places: []string{"Bad Wimpfen", "Heilbronn"},
		},
		{
			name: "langPlacePreposition: not a kind word, a month or a person",
			lang: "fr", text: "Il parle au Sénat en Mars, puis à Dupont.",
			people: []string{"Dupont"},
		},
		{
			name: "langPlacePreposition: a run going on in capitals is no place",
			lang: "es", text: "Trabaja en Getafe Velmora Energía desde enero.",
		},
		{
			name: "langPlacePreposition: French reads one word, an opener none alone",
			lang: "fr", text: "Il a rendu hommage à Michèle Durandet. Puis à Saint Quentin, à Saint.",
			places: []string{"Saint Quentin"},
		},
		{
			name: "langNoun: German nouns after in",
			lang: "de", text: "Das Gesetz tritt in Kraft. Sie arbeiten in Kurzarbeit und in Zusammenarbeit mit Partnern in Ländern wie diesen.",
		},
		{
			name: "germanDeterminedNoun: a noun the text writes after an article",
			lang: "de", text: "Die Masken gelten in Schulen. Die Schulen bleiben offen. Er lebt in Kelheim.",
			places: []string{"Kelheim"},
		},
		{
			name: "townAdjective: a town's adjective outweighs a determiner before it",
			lang: "de", text: "Das Land, die Velmingen regiert, spart. Die Velminger Regierung bleibt. Die Schulen in Velmingen öffnen.",
			orgs:   []string{"Velminger Regierung/government"},
			places: []string{"Velmingen"},
		},
		{
			name: "germanFixedNouns: parts of a text and units",
			lang: "de", text: "Das steht in Artikel 5 und in Paragraf 3. Die Preise in Euro stiegen, Treffen in Präsenz fielen aus.",
		},
		{
			name: "germanIenNouns: plurals in -ien, a compound's head too",
			lang: "de", text: "Das zeigen Daten in Feldstudien und in Therapien. Er lebte in Korvanien.",
			places: []string{"Korvanien"},
		},
		{
			name: "personOrigin: aus after a person's name",
			lang: "de", text: "Imker Paul Velde aus Velmerfeld lobt das. Die Kisten aus Holz stehen aus Kostengründen.",
			people: []string{"Paul Velde", "Velde"},
			places: []string{"Velmerfeld"},
		},
		{
			name: "placeCue: Romance linker",
			lang: "fr", text: "La ville de Quimperlé va investir.",
			places: []string{"Quimperlé"},
		},
		{
			name: "placeCue: German and Dutch cue words",
			lang: "de", text: "Die Stadt Göppingen hat gebaut.",
			places: []string{"Göppingen"},
		},
		{
			name: "placeCue: Dutch gemeente",
			lang: "nl", text: "De gemeente Zeist trekt geld uit.",
			places: []string{"Zeist"},
		},
		{
			name: "placeCoordination: a name joined to a place",
			lang: "fr", text: "Des orages à Quimper et Morlaix.",
			places: []string{"Quimper", "Morlaix"},
		},
		{
			name: "placeCoordination: a listed place opens it too",
			lang: "fr", text: "Des orages en Belgique et Quelvenec.",
			places: []string{"Belgium", "Quelvenec"},
		},
		{
			name: "listedCoordination: a continent joined to a common noun",
			lang: "de", text: "Er verkaufte Maschinen in Asien und Übersee.",
			places: []string{"Asia"},
		},
		{
			name: "germanDirectional: nach and a town, not a plural noun",
			lang: "de", text: "Er reist nach Regensburg. Die Polizei sucht nach Zeugen.",
			places: []string{"Regensburg"},
		},
		{
			name: "placeNotPerson: a given name opens no place",
			lang: "it", text: "Ha scritto a Fernando Rossi e a Jean-Paul. Poi a Bari.",
			places: []string{"Bari"},
		},
		{
			name: "langKindBefore: the kind noun describes the name",
			lang: "de", text: "Die Gewerkschaft Verdi kritisierte das. Ein Werk des Konzerns Velmora schließt.",
			orgs: []string{"Verdi/organisation", "Velmora/company"},
		},
		{
			name: "langKindBefore: a German compound ending in a kind noun",
			lang: "de", text: "Der Autokonzern Velmora baut ab. Die Lokführergewerkschaft Velnor streikt.",
			orgs: []string{"Velmora/company", "Velnor/organisation"},
		},
		{
			name: "langKindBefore: no place, legal form or given name after the noun",
			lang: "de", text: "Die Piratenpartei Deutschland tritt an. Die Energie-Agentur GmbH berät. In der Linkspartei Fernando Velt.",
			// "GmbH" is no name after the noun; the whole is a
			// company's name by rule germanLegalForm.
			orgs: []string{"Piratenpartei Deutschland/party", "Energie-Agentur GmbH/company"},
		},
		{
			name: "langKindBefore: Romance and Dutch",
			lang: "es", text: "La empresa Tecnavia abrirá. El sindicato Comisiones Obreras celebró.",
			orgs: []string{"Tecnavia/company", "Comisiones Obreras/organisation"},
		},
		{
			name: "langKindBefore: not after an indefinite article",
			lang: "de", text: "Sie wollen einen Verband Gründen.",
		},
		{
			name: "kindThenPlace: a kind word then its town",
			lang: "de", text: "Der Mieterverein München begrüßte den Plan. Die Universität Passau schließt.",
			orgs: []string{"Mieterverein München/organisation", "Universität Passau/education"},
		},
		{
			name: "kindThenPlace: Dutch, over a misread person",
			lang: "nl", text: "De Rijksuniversiteit Groningen helpt. Ze wonen in Groningen.",
			people: []string{"Rijksuniversiteit Groningen"},
			orgs:   []string{"Rijksuniversiteit Groningen/education"},
			places: []string{"Groningen"},
		},
		{
			name: "germanGenitive: the kind word's -s",
			lang: "de", text: "Nach Angaben des Statistischen Landesamts stieg sie. Das Statistische Landesamt schweigt. Laut des Berliner Senats nicht.",
			orgs: []string{"Statistisches Landesamt/government", "Berliner Senat/government"},
		},
		{
			name: "germanGenitive: the kind word's -es",
			lang: "de", text: "Nach Angaben des Bayerischen Landesamtes stieg sie.",
			orgs: []string{"Bayerisches Landesamt/government"},
		},
		{
			name: "germanGenitive: a feminine kind word takes no -s",
			lang: "de", text: "Mehr lesen: Blog Posts und Neues.",
		},
		{
			name: "germanMinistry: one word, after an article",
			lang: "de", text: "Nach Angaben des Verkehrsministeriums beginnt der Bau. Das Verkehrsministerium schweigt.",
			orgs: []string{"Verkehrsministerium/government"},
		},
		{
			name: "demonym: a city's adjective opens a body's name",
			lang: "de", text: "Der Berliner Senat will sparen. Die Kölner Polizei ermittelt. Der Hessische Rundfunk berichtete.",
			orgs: []string{"Berliner Senat/government", "Kölner Polizei/government", "Hessischer Rundfunk/broadcaster"},
		},
		{
			name: "langPlacePreposition: a capitalised preposition opening a sentence",
			lang: "fr", text: "À Quimperlé, la pluie continue.",
			places: []string{"Quimperlé"},
		},
		{
			name: "langPlacePreposition: a demonym ends no place",
			lang: "nl", text: "De cursus wordt in English gegeven en in Zeist.",
			places: []string{"Zeist"},
		},
		{
			name: "kindOverList: a name after the noun that runs past a listed place",
			lang: "es", text: "El sindicato Madrid Norte protestó.",
			orgs: []string{"Madrid Norte/organisation"},
		},
		{
			name: "kindOverList: a listed place alone after the noun stays the list's",
			lang: "es", text: "El sindicato Madrid protestó.",
			places: []string{"Madrid"},
		},
		{
			name: "elidedKind and kindOverList: an elided article on the noun",
			lang: "fr", text: "Le projet a été salué par l'association Lyon Vert, qui milite depuis dix ans.",
			orgs: []string{"Lyon Vert/organisation"},
		},
		{
			name: "kindNounsMore: a German association",
			lang: "de", text: "Der Verein Grüne Welle begrüßte den Beschluss am Montag.",
			orgs: []string{"Grüne Welle/organisation"},
		},
		{
			name: "kindNounsMore: a Spanish platform",
			lang: "es", text: "La plataforma Barrio Vivo celebró la noticia.",
			orgs: []string{"Barrio Vivo/organisation"},
		},
		{
			name: "langKindBefore: a given name after the noun",
			lang: "de", text: "Die Agentur Fernando Velt berät Firmen.",
		},
		{
			name: "langKindBefore: a common noun ends no name",
			lang: "de", text: "Die Verluste wachsen, weil der Konzern Velmora Verluste meldete.",
		},
		{
			name: "langKindBefore: a run longer than maxLangKindNameWords",
			lang: "es", text: "La empresa Alfa Beta Gamma Delta abrirá.",
		},
		{
			name: "kindThenPlace: not after an indefinite article",
			lang: "de", text: "Sie wollen einen Mieterverein Passau gründen.",
		},
		{
			name: "langNoun: a German set phrase's noun",
			lang: "de", text: "Das Projekt steht in Frage.",
		},
		{
			name: "langNoun: a German noun the text writes after an indefinite article",
			lang: "de", text: "Es herrscht eine Armut, die erschreckt. Viele leben in Armut.",
		},
		{
			name: "langPlacePreposition: Spanish a marks a person, no place",
			lang: "es", text: "El ministro criticó a Velarde.",
		},
		{
			name: "germanTownEvidence: plural nouns after in are no places",
			lang: "de", text: "Die Regeln gelten in Werkhallen, in Kantinen und in Kanistern. Sie schlafen in Hotels. Er wohnt in Velmen.",
		},
		{
			name: "germanTownEvidence: a sighting after aus, nach, bei or von",
			lang: "de", text: "Sie zog aus Tarmen weg und lebt jetzt in Tarmen.",
			places: []string{"Tarmen"},
		},
		{
			name: "germanTownEvidence: a genitive before a noun",
			lang: "de", text: "Tarmens Bürgermeister sagt, in Tarmen sei es ruhig.",
			places: []string{"Tarmen"},
		},
		{
			name: "germanTownEvidence: an adjective before a noun",
			lang: "de", text: "Der Velmener Hafen ist alt. Der Drosdner Zoo liegt in Drosden. Er wohnt in Velmen. Der Bärnstätter Markt ist voll, auch in Bärnstätte.",
			places: []string{"Drosden", "Velmen", "Bärnstätte"},
		},
		{
			name: "germanTownEvidence: the genitive or adjective is no sighting of itself",
			lang: "de", text: "Velmers Hafen ist alt. Er sitzt in Velmers.",
		},
		{
			name: "germanTownEvidence: town shapes need no sighting",
			lang: "de", text: "Er wohnt in Velmingen, sie in Marvos, er in Brelle, sie in Velonien und er in Wiesbaden.",
			places: []string{"Velmingen", "Marvos", "Brelle", "Velonien", "Wiesbaden"},
		},
		{
			name: "germanTownEvidence: umlaut and long compounds in -e",
			lang: "de", text: "Sie gehen in Gespräche. Das Geld fließt in Großprojekte.",
		},
		{
			name: "germanTownEvidence: a hyphenated district and a compass region take their town's",
			lang: "de", text: "Er kam aus Tarmen. Sie wohnt in Tarmen-Mitte, er in Nordhessen. Arzttermine gibt es in Online-Praxen.",
			places: []string{"Tarmen-Mitte", "Nordhessen"},
		},
		{
			name: "germanTownEvidence: a long compound's preposition is no sighting",
			lang: "de", text: "Das Virus kam aus Wasserspeichertanken. Es fand sich in Wasserspeichertanken. Sie kam aus Velmen und lebt in Velmen.",
			places: []string{"Velmen"},
		},
		{
			name: "germanTownEvidence: a plural in -eln",
			lang: "de", text: "Das steckt in Backmitteln. Er lebt in Hameln.",
			places: []string{"Hameln"},
		},
		{
			name: "langNoun: light-verb phrases",
			lang: "de", text: "Das kommt in Betracht. Er setzt es in Gang und nimmt es in Kauf.",
		},
		{
			name: "complementGivenName: a given name after the complement opens a person's name",
			lang: "es", text: "Según el profesor de la Universidad de Velmara Fernando Ruiz, los precios subirán.",
			orgs: []string{"Universidad de Velmara/education"},
		},
		{
			name: "English gets none of the rules",
			lang: "", text: "The mayor spoke à Carvelon and en Marbilla. Die Gewerkschaft Verdi.",
		},
	}
	runFindCases(t, tests, func(w string) bool { return firstNames[w] }, true)
}

// TestGermanWeakTownShape pins the endings rule germanTownEvidence asks a
// second sighting for.
func TestGermanWeakTownShape(t *testing.T) {
	tests := []struct {
		w    string
		weak bool
	}{
		{"Werkhallen", true},   // -en
		{"Kanistern", true},    // long -ern
		{"Bayern", false},      // listed, and short -ern
		{"Sayern", false},      // short -ern
		{"Gespräche", true},    // -e with an umlaut
		{"Großprojekte", true}, // long -e
		{"Brelle", false},      // short -e
		{"Hotels", true},       // plural -s after a consonant
		{"Lounges", true},      // plural -s after -e
		{"Marvos", false},      // -s after a vowel
		{"Velmingen", false},   // town ending
		{"Velmhausen", false},  // town ending
		{"Velonien", false},    // -ien
		{"Bremen", false},      // germanWeakShapedTowns
		{"Kelheim", false},     // no weak ending
		{"Tarmen-Mitte", true}, // long -e: its town decides
	}
	for _, tt := range tests {
		if got := germanWeakTownShape(tt.w); got != tt.weak {
			t.Errorf("germanWeakTownShape(%q) = %v, want %v", tt.w, got, tt.weak)
		}
	}
}
