package people

import (
	"slices"
	"testing"
)

// TestEastTables pins rules eastTables, genitiveComplement and
// inflectedSurname on invented Russian, Polish and Turkish sentences: a
// role written before the name, with what it is of in the genitive
// between them or inside the capitalised run, is the person's role and
// no part of the name; the complement alone is no one; a surname in
// another case is the person named before.
func TestEastTables(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		// eastTables: the title is the role, not part of the name.
		{"tr", "ANKARA - Ekonomi Bakanı Ahmet Velmoğlu, salı günü enflasyonun düştüğünü söyledi.", "Ahmet Velmoğlu", "Ekonomi Bakanı"},
		// genitiveComplement, lower case.
		{"ru", "МОСКВА, 12 марта. Министр финансов Иван Велмов заявил во вторник, что налог вырастет.", "Иван Велмов", "Министр финансов"},
		{"pl", "WARSZAWA - Prezes spółki Jan Velmski powiedział we wtorek, że firma planuje inwestycje.", "Jan Velmski", "Prezes spółki"},
		// genitiveComplement, capitalised, in the run.
		{"ru", "Глава Велмбанка Олег Велмов назвал инициативу преждевременной.", "Олег Велмов", "Глава Велмбанка"},
		{"pl", "Trener Velmii Gród Marek Velmiński powiedział, że drużyna jest gotowa.", "Marek Velmiński", "Trener Velmii Gród"},
		// An adjective of the complement; a name in quotation marks.
		{"ru", "Губернатор Велмской области Андрей Велмов посетил завод.", "Андрей Велмов", "Губернатор Велмской области"},
		{"ru", "Генеральный директор «Велмтелекома» Михаил Велмов заявил о росте выручки.", "Михаил Велмов", "Генеральный директор «Велмтелекома»"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
		if ps := AnalyzeLang(tt.text, tt.lang).People; len(ps) != 1 {
			t.Errorf("%q: %d people, want %s alone", tt.text, len(ps), tt.name)
		}
	}
	// genitiveComplement: a complement alone after the role is no one.
	for _, text := range []string{
		"Burmistrz obiecał wczoraj list do szefa Velmskiego Urzędu Portowego (VUP) w sprawie nabrzeża.",
	} {
		if ps := AnalyzeLang(text, "pl").People; len(ps) != 0 {
			t.Errorf("%q: people %q, want none", text, ps[0].Name)
		}
	}
	// inflectedSurname: "prezydenta Velmana" is Jan Velman, with his
	// role as first read.
	text := "Prezydent Jan Velman spotkał się z ministrem. Według prezydenta Velmana rozmowy były trudne."
	ps := AnalyzeLang(text, "pl").People
	if len(ps) != 1 || ps[0].Name != "Jan Velman" || !slices.Equal(ps[0].Roles, []string{"Prezydent"}) || ps[0].Model().Mentions[len(ps[0].Model().Mentions)-1] != "Velmana" {
		for _, p := range ps {
			t.Errorf("%q: person %q roles %q mentions %q", text, p.Name, p.Roles, p.Model().Mentions)
		}
		t.Errorf("%q: want Jan Velman alone, role Prezydent, named again as Velmana", text)
	}
	// inflectedSurname matches only a titled or given-named person: a
	// run misread over a sentence's end ("Norvax V. Velman") stays
	// unattested.
	text = "Prezydent Jan Velman spotkał się z ministrem. Rząd zamówił szczepionkę Norvax V. Velman, powołując się na opinie lekarzy, naciskał na zakup. Pozycja prezydenta Velmana osłabła."
	ps = AnalyzeLang(text, "pl").People
	if len(ps) != 1 || ps[0].Name != "Jan Velman" {
		for _, p := range ps {
			t.Errorf("%q: person %q mentions %q", text, p.Name, p.Model().Mentions)
		}
	}
}

// TestEastMonthsFromLexicon pins withEastMonths: the Russian, Polish and
// Turkish tables take their month names, nominative and genitive, from
// the lexicon's month table, as sentence words.
func TestEastMonthsFromLexicon(t *testing.T) {
	for _, tc := range []struct{ code, month string }{
		{"ru", "ноября"}, {"ru", "март"}, {"pl", "listopada"}, {"pl", "październik"}, {"tr", "kasım"}, {"tr", "ocak"},
	} {
		if !eastTables[tc.code].stop[tc.month] {
			t.Errorf("%s: %q is no sentence word", tc.code, tc.month)
		}
	}
}
