package people

import "testing"

// TestIsFirstNameNordicEast pins rules nordicGivenNames and eastGivenNames:
// IsFirstName knows the Nordic given names and those of the Russian,
// Polish and Turkish tables, whatever the text's language; the Nordic
// words left out of the list stay unknown.
func TestIsFirstNameNordicEast(t *testing.T) {
	checkIsFirstName(t, []firstNameCase{
		{"Lars", true}, {"Solveig", true}, {"Bjørn", true}, {"Håkan", true},
		{"Ирина", true}, {"Сергей", true}, {"Małgorzata", true}, {"Ayşe", true}, {"Mehmet", true},
		{"Per", false}, {"Tor", false}, {"Velmar", false},
	})
	// In a Swedish text the name opens a person with no other cue.
	ps := AnalyzeLang("Enligt uppgifter lämnade Solveig Velmqvist partiet i går.", "sv").People
	if len(ps) != 1 || ps[0].Name != "Solveig Velmqvist" {
		t.Errorf("Swedish text: people %v, want Solveig Velmqvist", ps)
	}
}

// TestEastTablesGivenNames pins the given names added to the Russian,
// Polish and Turkish tables (rule eastTables): a name opening with one is
// a person in a text of its language with no other cue.
func TestEastTablesGivenNames(t *testing.T) {
	checkOnePerson(t, []langPersonCase{
		{"ru", "Вчера Оксана Велмова открыла выставку.", "Оксана Велмова"},
		{"ru", "Вчера Вячеслав Велмов открыл выставку.", "Вячеслав Велмов"},
		{"pl", "Wczoraj Grażyna Velmska otworzyła wystawę.", "Grażyna Velmska"},
		{"pl", "Wczoraj Zdzisław Velmski otworzył wystawę.", "Zdzisław Velmski"},
		{"tr", "Dün Büşra Velmoğlu sergiyi açtı.", "Büşra Velmoğlu"},
		{"tr", "Dün Oğuz Velmoğlu sergiyi açtı.", "Oğuz Velmoğlu"},
	})
}

// firstNameCase is a word and whether IsFirstName knows it.
type firstNameCase struct {
	w    string
	want bool
}

// checkIsFirstName fails each case IsFirstName answers otherwise: the
// given-name lists' tests share it.
func checkIsFirstName(t *testing.T, cases []firstNameCase) {
	t.Helper()
	for _, tt := range cases {
		if got := IsFirstName(tt.w); got != tt.want {
			t.Errorf("IsFirstName(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// langPersonCase is a text of a language that names one person, name.
type langPersonCase struct{ lang, text, name string }

// checkOnePerson fails each case whose text's people are not its one
// name: the given-name lists' tests share it.
func checkOnePerson(t *testing.T, cases []langPersonCase) {
	t.Helper()
	for _, tt := range cases {
		var names []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			names = append(names, p.Name)
		}
		if len(names) != 1 || names[0] != tt.name {
			t.Errorf("%s %q: people %q, want [%s]", tt.lang, tt.text, names, tt.name)
		}
	}
}
