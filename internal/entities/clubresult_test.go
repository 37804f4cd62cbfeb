package entities

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestClubResult pins rule clubResult on invented match reports: the
// clubs of a result are teams, not the places they are named after; the
// venue after a place preposition stays a place, as does the club's word
// after one later on.
func TestClubResult(t *testing.T) {
	tests := []struct {
		lang, text    string
		clubs, places []string
	}{
		{"en", "Barcelona beat Sevilla 2-0 on Sunday. Barcelona's coach Velm Arko was pleased.", []string{"Barcelona", "Sevilla"}, nil},
		{"en", "Barcelona drew with Sevilla, and fans flew home to Barcelona.", []string{"Barcelona", "Sevilla"}, []string{"Barcelona"}},
		{"de", "Bayern verliert in Dortmund. Danach sagte Trainer Velm Arko, Bayern müsse besser spielen.", []string{"Bayern"}, []string{"Dortmund"}},
		{"de", "Der FC Bayern hat gespielt. Danach lag Bayern zurück. In Bayern regnete es.", []string{"FC Bayern"}, []string{"Bavaria"}},
		// The headline's club before the club named in full: one club.
		{"de", "Bayern verliert 1:2\n\nDer FC Bayern hat am Samstag verloren.", []string{"FC Bayern"}, nil},
		// An auxiliary before the participle.
		{"fr", "Marseille a battu Lille 2-0 dimanche.", []string{"Marseille", "Lille"}, nil},
		// Rule spanishClubArticle: the article makes the club, and its
		// name alone later too, but after "de" or "en".
		{"es", "El Valencia venció al Sevilla por 2-1. Sevilla perdió otra vez. El alcalde de Valencia lo celebró en Valencia.", []string{"Valencia", "Sevilla"}, []string{"Valencia"}},
		{"es", "El entrenador del Sevilla dimitió ayer en Madrid.", []string{"Sevilla"}, []string{"Madrid"}},
		// No result: the city is the place.
		{"en", "Barcelona hosted the summit on Monday.", nil, []string{"Barcelona"}},
		// Countries are left, though a score follows.
		{"en", "France drew 1-1 with Spain on Sunday.", nil, []string{"France", "Spain"}},
		// The club's word alone after "FC Bayern" is the club.
		{"de", "Der FC Bayern hat gespielt. Danach lag Bayern zurück.", []string{"FC Bayern"}, nil},
		// Named as the text first named it, however often the word
		// alone follows; the word closing another name stays the city.
		{"de", "Der FC Bayern spielte. Bayern lag zurück, Bayern verlor, Bayern fiel.", []string{"FC Bayern"}, nil},
		{"de", "Der SC Berlin gewann. Später spielte Velmo Berlin.", []string{"SC Berlin"}, []string{"Berlin"}},
		// Rule spanishClubArticle: not an article a sentence closes, nor
		// a city other places share (Lyon).
		{"es", "No lo sé, dijo el. Valencia celebra la fiesta.", nil, []string{"Valencia"}},
		{"es", "El equipo del Lyon perdió ayer.", nil, []string{"Lyon"}},
	}
	for _, tt := range tests {
		orgs, places := Find(tt.text, Options{Lang: tt.lang})
		var on, pn []string
		for _, e := range orgs {
			on = append(on, e.Name)
		}
		for _, e := range places {
			pn = append(pn, e.Name)
		}
		if !slices.Equal(on, tt.clubs) || !slices.Equal(pn, tt.places) {
			t.Errorf("%s %q: organisations %q, places %q; want %q and %q", tt.lang, tt.text, on, pn, tt.clubs, tt.places)
		}
	}
}

// TestSporClub pins rule sporClub and the listed Istanbul clubs on
// invented Turkish and English sentences: a word ending in "spor" is a
// club, and the city it opens with stays out of the places.
func TestSporClub(t *testing.T) {
	tests := []struct {
		lang, text string
		clubs      []string
	}{
		{"tr", "Velmspor, Konya'da Trabzonspor'u 2-1 yendi.", []string{"Velmspor", "Trabzonspor"}},
		{"en", "Galatasaray signed a striker from Velmspor on Monday.", []string{"Galatasaray", "Velmspor"}},
		// Too short a stem, and a lower-case word: no club.
		{"en", "Tourists like the Aspor gym and the local transport.", nil},
		// A shouted line: no club.
		{"en", "FANS OF VELMSPOR CHEERED LOUDLY.", nil},
	}
	for _, tt := range tests {
		on, _ := teamsAndPlaces(Find(tt.text, Options{Lang: tt.lang}))
		if !slices.Equal(on, tt.clubs) {
			t.Errorf("%s %q: clubs %q, want %q", tt.lang, tt.text, on, tt.clubs)
		}
	}
}

// TestPolishClubCity pins rule polishClubCity on invented Polish
// sentences: a word and a city in the nominative are a club, one club in
// its cases, the city no place; a city declined after a preposition is
// the place, and a sentence's first word the text writes in lower case
// opens no club.
func TestPolishClubCity(t *testing.T) {
	tests := []struct {
		text          string
		clubs, places []string
	}{
		{"Velmia Warszawa pokonała Tarvę Kraków 2:1. Piłkarze Velmii Warszawa świętowali w Warszawie.", []string{"Velmia Warszawa", "Tarvę Kraków"}, []string{"Warsaw"}},
		{"Wczoraj Warszawa świętowała. Było to wczoraj.", nil, []string{"Warsaw"}},
		// No club: a declined city, a capitalised word after the city,
		// an acronym, a listed name or a person's word before it, a city
		// other places share.
		{"Mecz obejrzał prezes klubu i Prezydent Krakowa.", nil, []string{"Krakow"}},
		{"Pociąg stał na stacji Velmo Kraków Główny wczoraj.", nil, []string{"Krakow"}},
		{"Biuro VELM Kraków otwarto wczoraj.", nil, []string{"Krakow"}},
		{"Biuro firmy Google Kraków zatrudnia.", nil, []string{"Krakow"}},
		{"Przemawiał Velmski, a potem Velmski Kraków opuścił.", nil, []string{"Krakow"}},
		{"Kibice czekali, a Velmia Lyon wygrała.", nil, []string{"Lyon"}},
	}
	for _, tt := range tests {
		orgs, places := Find(tt.text, Options{Lang: "pl", People: []string{"Jan Velmski"}})
		on, pn := teamsAndPlaces(orgs, places)
		if !slices.Equal(on, tt.clubs) || !slices.Equal(pn, tt.places) {
			t.Errorf("%q: organisations %q, places %q; want %q and %q", tt.text, on, pn, tt.clubs, tt.places)
		}
	}
}

// TestGermanClubs pins the German club words of clubPrefixes and rule
// cityNumberClub on invented sentences: "Eintracht", "Werder", "Union"
// before a city and a city before its founding year's two digits are
// clubs, not the city; "Union" of a listed union's name and a city after
// a place preposition stay as they were.
func TestGermanClubs(t *testing.T) {
	tests := []struct {
		lang, text    string
		clubs, places []string
	}{
		{"de", "Eintracht Frankfurt hat gegen Werder Bremen gewonnen, Hannover 96 verlor.", []string{"Eintracht Frankfurt", "Werder Bremen", "Hannover 96"}, nil},
		{"de", "Union Berlin spielt am Sonntag, in Hannover 96 Familien warten.", []string{"Union Berlin"}, []string{"Hannover"}},
		{"en", "The European Union Brussels office opened.", nil, []string{"Brussels"}},
		{"de", "Die Tabelle: Hannover 58,0 Punkte. Der Schuh Velmo Hannover 13 ist neu.", nil, []string{"Hannover"}},
		{"en", "Turnout: Boston 58.0, Denver 41.2.", nil, []string{"Boston", "Denver"}},
		// A sentence's first word before the city opens no longer name;
		// a comma between the city and the number, or a city other
		// places share (Lyon), makes no club.
		{"de", "Auch Hannover 96 verlor am Samstag.", []string{"Hannover 96"}, nil},
		{"de", "In der Liste steht Hannover, 96 Plätze sind frei.", nil, []string{"Hannover"}},
		{"de", "Gestern spielte Lyon 05 nicht.", nil, []string{"Lyon"}},
	}
	for _, tt := range tests {
		orgs, places := Find(tt.text, Options{Lang: tt.lang})
		on, pn := teamsAndPlaces(orgs, places)
		if !slices.Equal(on, tt.clubs) || !slices.Equal(pn, tt.places) {
			t.Errorf("%s %q: clubs %q, places %q; want %q and %q", tt.lang, tt.text, on, pn, tt.clubs, tt.places)
		}
	}
}

// teamsAndPlaces are the names of the teams among orgs and of places, in
// their order.
func teamsAndPlaces(orgs, places []model.Entity) (teams, placeNames []string) {
	for _, e := range orgs {
		if e.Type == "team" {
			teams = append(teams, e.Name)
		}
	}
	for _, e := range places {
		placeNames = append(placeNames, e.Name)
	}
	return teams, placeNames
}
