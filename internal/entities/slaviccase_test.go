package entities

import (
	"slices"
	"strings"
	"testing"
)

// TestSlavicPlaceCase pins rule slavicPlaceCase and the names of
// names_east.txt on invented sentences: Polish and Russian places in
// their cases, and Turkish exonyms, are the listed places.
func TestSlavicPlaceCase(t *testing.T) {
	tests := []struct {
		lang, text string
		places     []string
	}{
		{"pl", "Burmistrz Velmowa spotkał się w Warszawie z gośćmi z Krakowa i Gdańska.", []string{"Warsaw", "Krakow", "Gdansk"}},
		{"pl", "Delegacja z Niemiec przyjechała do Polski. W Poznaniu i we Wrocławiu padało.", []string{"Germany", "Poland", "Poznan", "Wroclaw"}},
		{"pl", "Eksport do Rosji spadł, a w Pradze i w Madrycie rośnie.", []string{"Russia", "Prague", "Madrid"}},
		{"ru", "Велмский завод открылся в Москве, а мэр прилетел из Петербурга.", []string{"Moscow", "Saint Petersburg"}},
		{"ru", "Делегация из Китая побывала в Казани и в России.", []string{"China", "Kazan", "Russia"}},
		{"tr", "Velmoğlu, Almanya ve Fransa ile görüştü; heyet Moskova'ya gidecek.", []string{"Germany", "France", "Moscow"}},
		// The regional cities listed with them.
		{"pl", "Prom z Gdyni dopłynął do Szczecina, a turyści z Kielc pojechali do Sopotu.", []string{"Gdynia", "Szczecin", "Sopot"}},
		{"ru", "Рейс из Самары прибыл в Ростов-на-Дону, а затем в Уфу.", []string{"Samara", "Rostov-on-Don", "Ufa"}},
		{"tr", "Velmoğlu, Konya'da ve Trabzon'da konuştu.", []string{"Konya", "Trabzon"}},
	}
	for _, tt := range tests {
		_, places := Find(tt.text, Options{Lang: tt.lang})
		var got []string
		for _, p := range places {
			got = append(got, p.Name)
		}
		if !slices.Equal(got, tt.places) {
			t.Errorf("%s %q: places %q, want %q", tt.lang, tt.text, got, tt.places)
		}
	}
}

// TestSlavicPlaceCaseMention pins that the mention stays as written
// while the place is named by its entry.
func TestSlavicPlaceCaseMention(t *testing.T) {
	_, places := Find("Spotkanie odbyło się w Warszawie.", Options{Lang: "pl"})
	if len(places) != 1 || places[0].Name != "Warsaw" || !slices.Equal(places[0].Mentions, []string{"Warszawie"}) {
		t.Fatalf("places %+v, want Warsaw with mention Warszawie", places)
	}
}

// TestSlavicPlaceCaseOnlyPlaces: a declined word that gives no listed
// place is left alone, and English text reads no Polish case.
func TestSlavicPlaceCaseOnlyPlaces(t *testing.T) {
	for _, text := range []string{
		"Prezes Velmskiego Banku rozmawiał z Janem Velmskim.",
		// Another language's name of a city: "Cracovia" is Italian.
		"Drużyna zremisowała z Cracovią.",
	} {
		if _, places := Find(text, Options{Lang: "pl"}); len(places) != 0 {
			t.Errorf("pl %q: places %+v, want none", text, places)
		}
	}
	_, places := Find("The delegates met Warszawie Velmor on Monday.", Options{Lang: "en"})
	for _, p := range places {
		if p.Name == "Warsaw" {
			t.Errorf("en: places %+v, want no Warsaw", places)
		}
	}
}

// TestNamesEastEntries: every line of names_east.txt names an entry of
// names.txt by its class, type and canonical name (addNames skips the
// others).
func TestNamesEastEntries(t *testing.T) {
	l := loadLexicon()
	entries := map[string]bool{}
	for _, a := range l.names {
		entries[entryKey(a.e)] = true
	}
	for line := range strings.SplitSeq(namesEastData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		hdr, rest, _ := strings.Cut(line, ":")
		first, _, _ := strings.Cut(rest, ";")
		if !entries[hdr+":"+strings.TrimSpace(first)] {
			t.Errorf("names_east.txt: %q names no entry of names.txt", hdr+":"+first)
		}
	}
}

// TestLocalNames pins names_east.txt's language-local names: Polish
// "Anglia" and its cases are England in Polish text, and an English
// name holding the word is no England; the country Georgia takes the
// Polish name, not the US state.
func TestLocalNames(t *testing.T) {
	_, places := Find("Velmski wyjechał do Anglii, a potem do Gruzji.", Options{Lang: "pl"})
	if len(places) != 2 || places[0].Name != "England" || places[1].Name != "Georgia" || places[1].Type != "country" {
		t.Errorf("pl: places %+v, want England and the country Georgia", places)
	}
	_, places = Find("The Velmar line is run by Greater Anglia trains.", Options{Lang: "en"})
	for _, p := range places {
		if p.Name == "England" {
			t.Errorf("en: places %+v, want no England", places)
		}
	}
}

// TestSlavicPlaceCaseSentenceStart: a word opening a sentence is no
// case of a place, the Polish adjective ("Polski rząd"), while the
// country's case inside the sentence is.
func TestSlavicPlaceCaseSentenceStart(t *testing.T) {
	if _, places := Find("Polski rząd wysłał pomoc do Velmii.", Options{Lang: "pl"}); len(places) != 0 {
		t.Errorf("places %+v, want none", places)
	}
	if _, places := Find("Rząd wysłał pomoc do Polski.", Options{Lang: "pl"}); len(places) != 1 || places[0].Name != "Poland" {
		t.Errorf("places %+v, want Poland", places)
	}
	if _, places := Find("Indie wysłały pomoc do Velmii.", Options{Lang: "pl"}); len(places) != 1 || places[0].Name != "India" {
		t.Errorf("places %+v, want India", places)
	}
}

// TestTurkishLocative pins rule turkishLocative on invented Turkish
// sentences: a capitalised word in the locative is a place; an acronym,
// a person, the last word of a longer name and the ablative are not.
func TestTurkishLocative(t *testing.T) {
	tests := []struct {
		text   string
		places []string
	}{
		{"Velmabad'da deprem oldu. Deprem Tarvaköy'de de hissedildi.", []string{"Velmabad", "Tarvaköy"}},
		{"Velmbank Süper Velm'de oynayacak. Açıklama VELMDER'de yapıldı.", nil},
		{"Ahmet Velmoğlu'ndan açıklama geldi.", nil},
		// An acronym in the locative is an agency, after a lower-case word too.
		{"Açıklama dün VELMDER'de yapıldı.", nil},
		// A known given name, the last word of a longer name whose first
		// the text also writes in lower case.
		{"Toplantı dün Velma'da yapıldı.", nil},
		{"Kurul Süper Tarvaköy'de toplandı, süper bir gün.", nil},
	}
	firstName := func(w string) bool { return w == "Velma" }
	for _, tt := range tests {
		_, places := Find(tt.text, Options{Lang: "tr", People: []string{"Ahmet Velmoğlu"}, FirstName: firstName})
		var got []string
		for _, p := range places {
			got = append(got, p.Name)
		}
		if !slices.Equal(got, tt.places) {
			t.Errorf("%q: places %q, want %q", tt.text, got, tt.places)
		}
	}
}

// TestSlavicPlaceBeforeName: a declined place right before a person's
// name is the role's place, no word of the name (rule slavicPlaceCase
// with the word lists' person check).
func TestSlavicPlaceBeforeName(t *testing.T) {
	tests := []struct{ lang, text, person, place string }{
		{"pl", "Prezydent Warszawy Jan Velmski otworzył most.", "Jan Velmski", "Warsaw"},
		{"ru", "Губернатор Санкт-Петербурга Велм Арков посетил завод.", "Велм Арков", "Saint Petersburg"},
		{"ru", "Министр спорта России Олег Велмов прислал поздравление.", "Олег Велмов", "Russia"},
	}
	for _, tt := range tests {
		_, places := Find(tt.text, Options{Lang: tt.lang, People: []string{tt.person}})
		if len(places) != 1 || places[0].Name != tt.place {
			t.Errorf("%q: places %+v, want %s", tt.text, places, tt.place)
		}
	}
}

// TestSlavicBaseAllocs: rule slavicPlaceCase tries every capitalised word
// of a Polish or Russian text against its case endings; a word that gives
// no place costs no allocation, one that gives a place one at most.
func TestSlavicBaseAllocs(t *testing.T) {
	lex := loadLexicon()
	for _, tt := range []struct {
		lang, w string
		max     float64
	}{
		{"pl", "Velmowie", 0},
		{"ru", "Велмограде", 0},
		{"pl", "Warszawie", 1},
	} {
		if n := testing.AllocsPerRun(100, func() { slavicBaseOf(lex, tt.lang, tt.w) }); n > tt.max {
			t.Errorf("%s %q: %v allocations, want at most %v", tt.lang, tt.w, n, tt.max)
		}
	}
}
