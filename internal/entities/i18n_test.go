package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFindLang covers the rules of i18n.go; each case fails with its rule
// switched off (the rule named first in the case's name).
func TestFindLang(t *testing.T) {
	tests := []findCase{
		{
			name: "leadingArticle: German article before the name",
			lang: "de", text: "Die Europäische Kommission hat am Montag neue Regeln vorgestellt.",
			orgs: []string{"Europäische Kommission/government"},
		},
		{
			name: "leadingArticle: Dutch article before the name",
			lang: "nl", text: "De Europese Commissie en het kabinet sloten een akkoord.",
			orgs: []string{"Europese Commissie/government"},
		},
		{
			name: "leadingArticle: a listed name keeps its article",
			lang: "de", text: "Die Zeit berichtete, dass Die Linke-Partei wächst. Laut Der Spiegel nicht.",
			orgs: []string{"Die Zeit/newspaper", "Der Spiegel/newspaper"},
		},
		{
			name: "shoutedWord: capitals the text also writes in lower case",
			lang: "de", text: "Jetzt SOFORT bestellen UND sparen! Der VFBK liefert sofort und portofrei, auch nach www.vfbk.de.",
			orgs: []string{"VFBK/"},
		},
		{
			name: "shoutedWord: a word of a tag or handle is no lower-case word",
			lang: "de", text: "Der VFBK warnt vor Hitze. Mehr unter #vfbk und @vfbk.",
			orgs: []string{"VFBK/"},
		},
		{
			name: "lowerOpener: a sentence's first word written in lower case elsewhere",
			lang: "de", text: "Dank Velmora Versicherung sparte sie. Sie sparte dank der Hilfe.",
			orgs: []string{"Velmora Versicherung/company"},
		},
		{
			name: "lowerOpener: a name's adjective stays",
			lang: "de", text: "Deutsche Versicherung zahlt. Die deutsche Politik schweigt.",
			orgs: []string{"Deutsche Versicherung/company"},
		},
		{
			name: "indefiniteNoun: a common noun before a name describes it",
			lang: "de", text: "Der Projektplaner Velmora Energie-Gesellschaft baut. Velmora ist ein Projektplaner für Windparks.",
			orgs: []string{"Velmora Energie-Gesellschaft/organisation"},
		},
		{
			name: "leadingArticle: the formal possessive opens no name",
			lang: "de", text: "Wenn Sie wählen, zahlt Ihre Regierung den Fonds.",
		},
		{
			name: "sentenceOpener: a capitalised preposition opens no name",
			lang: "de", text: "Laut Regierung stieg die Zahl. Im Bundesamt nicht.",
		},
		{
			name: "sentenceOpener: Dutch",
			lang: "nl", text: "Volgens Commissie X niet. Tot Raad Y.",
		},
		{
			name: "suffixKind: a compound ending in a kind word",
			lang: "de", text: "Die Hessische Landesbank erwartet ein Wachstum.",
			orgs: []string{"Hessische Landesbank/company"},
		},
		{
			name: "suffixKind: Dutch kind words",
			lang: "nl", text: "Het Openbaar Ministerie en de Friese Rechtbank reageerden niet.",
			orgs: []string{"Openbaar Ministerie/government", "Friese Rechtbank/government"},
		},
		{
			name: "romanceHead: capitalised and listed adjectives",
			lang: "es", text: "La Comisión Europea y el Banco Central Europeo lo respaldan.",
			orgs: []string{"Comisión Europea/government", "Banco Central Europeo/government"},
		},
		{
			name: "romanceHead: lower-case adjective",
			lang: "fr", text: "La Commission européenne a débloqué une aide.",
			orgs: []string{"Commission européenne/government"},
		},
		{
			name: "romanceHead: complement after a linker",
			lang: "fr", text: "Selon la Banque de France et le Ministère de la Santé, tout va bien.",
			orgs: []string{"Banque de France/government", "Ministère de la Santé/government"},
		},
		{
			name: "romanceHead: elided linker",
			lang: "it", text: "La Banca d'Italia prevede una crescita.",
			orgs: []string{"Banca d'Italia/government"},
		},
		{
			name: "romanceHead: a head alone is a description",
			lang: "es", text: "El Gobierno aprobó el plan. Il y a aussi la Commission.",
		},
		{
			name: "romanceHead: covers a name the people rules took",
			lang: "pt", text: "O Ministério da Saúde anunciou novas regras.",
			people: []string{"Ministério da Saúde", "Saúde"},
			orgs:   []string{"Ministério da Saúde/government"},
		},
		{
			name: "romanceHead: longer than an English kind-word name",
			lang: "pt", text: "O Supremo Tribunal Federal decidiu ontem.",
			orgs: []string{"Supremo Tribunal Federal/government"},
		},
		{
			name: "elidedName: a name after an elided article",
			lang: "fr", text: "Le texte de l'Assemblée nationale et du Ministère de l'Économie.",
			orgs: []string{"Assemblée nationale/government", "Ministère de l'Économie/government"},
		},
		{
			name: "elidedName: Italian elided preposition",
			lang: "it", text: "Un rapporto dell'Agenzia europea per l'ambiente.",
			orgs: []string{"Agenzia europea/government"},
		},
		{
			name: "germanNominative: the weak -en form is written as in the nominative",
			lang: "de", text: "Nach Angaben der Europäischen Kommission steigt die Zahl. Die Europäische Kommission schwieg.",
			orgs: []string{"Europäische Kommission/government"},
		},
		{
			name: "germanNominative: after dem",
			lang: "de", text: "Laut dem Statistischen Bundesamt stieg die Zahl.",
			orgs: []string{"Statistisches Bundesamt/government"},
		},
		{
			name: "lowerComplement: French and Italian complements in lower case",
			lang: "fr", text: "La Cour des comptes et le Conseil de la concurrence ont parlé.",
			orgs: []string{"Cour des comptes/government", "Conseil de la concurrence/government"},
		},
		{
			name: "lowerComplement: no infinitive, no determiner, not in Spanish",
			lang: "fr", text: "La Commission de vérifier. Le Parlement de cette ville.",
		},
		{
			name: "lowerComplement: Spanish writes complements capitalised",
			lang: "es", text: "El Gobierno de coalición resiste.",
		},
		{
			name: "romanceHead: a person is no complement",
			lang: "es", text: "El Gobierno de Pedro Sánchez aprobó el plan.",
			people: []string{"Pedro Sánchez", "Sánchez"},
		},
		{
			name: "romanceHead: three adjectives",
			lang: "es", text: "El Partido Socialista Obrero Español celebró el resultado.",
			orgs: []string{"Partido Socialista Obrero Español/party"},
		},
		{
			name: "German federal bodies in one word are listed",
			lang: "de", text: "Der Bundestag stimmte zu, die Bundesregierung schwieg.",
			orgs: []string{"Bundestag/government", "Bundesregierung/government"},
		},
		{
			name: "romanceHead: an article after de; the language's GDP is no acronym",
			lang: "es", text: "El Congreso de los Diputados lo aprobó. La deuda llega al 110 % del PIB según la OCDE.",
			orgs: []string{"Congreso de los Diputados/government", "OCDE/"},
		},
		{
			name: "germanicTail: Dutch and German complements after the kind word",
			lang: "nl", text: "De Nederlandse Vereniging van Banken is kritisch.",
			orgs: []string{"Nederlandse Vereniging van Banken/organisation"},
		},
		{
			name: "germanicTail: German",
			lang: "de", text: "Die Deutsche Gesellschaft für Ernährung rät ab.",
			orgs: []string{"Deutsche Gesellschaft für Ernährung/organisation"},
		},
		{
			name: "notCompoundKind; germanNominative after a contraction; Einen is an article",
			lang: "de", text: "Ihr Rückgrat ist stark. Zur Europäischen Arzneimittelbehörde gehen. Einen Verband Gründen.",
			orgs: []string{"Europäische Arzneimittelbehörde/government"},
		},
		{
			name: "English gets none of the rules",
			lang: "", text: "Officials of Die Europäische Union met.",
			orgs: []string{"Die Europäische Union/organisation"},
		},
	}
	runFindCases(t, tests, nil, false)
}

// findCase is a case of Find on a text: the organisations it returns
// ("Name/type") and, when the test checks them, its places.
type findCase struct {
	name string
	lang string
	text string
	// people are the people rules' names, passed as Options.People.
	people []string
	orgs   []string // "Name/type"
	places []string
}

// runFindCases runs Find on each case with firstName as
// Options.FirstName and compares its organisations and, when checkPlaces,
// its places (TestFindLang's cases write none).
func runFindCases(t *testing.T, tests []findCase, firstName func(string) bool, checkPlaces bool) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orgs, places := Find(tt.text, Options{Lang: tt.lang, People: tt.people, FirstName: firstName})
			var gotOrgs, gotPlaces []string
			for _, e := range orgs {
				gotOrgs = append(gotOrgs, e.Name+"/"+e.Type)
			}
			for _, e := range places {
				gotPlaces = append(gotPlaces, e.Name)
			}
			if d := cmp.Diff(tt.orgs, gotOrgs); d != "" {
				t.Errorf("orgs (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.places, gotPlaces); checkPlaces && d != "" {
				t.Errorf("places (-want +got):\n%s", d)
			}
		})
	}
}

// TestCommonNounKind: rule indefiniteNoun leaves a kind word a name's
// possible head ("eine Stiftung" beside "Stiftung Velmora").
func TestCommonNounKind(t *testing.T) {
	f := finder{lex: loadLexicon(), lang: langRulesFor["de"]}
	f.indefNouns = nounsAfterIndefinite("Sie gründeten eine Stiftung. Das ist ein Thema, kein Velmora Verein.", f.lang.indefinites)
	for w, want := range map[string]bool{"Stiftung": false, "Thema": true, "Velmora": false} {
		if got := f.commonNoun(w); got != want {
			t.Errorf("commonNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
