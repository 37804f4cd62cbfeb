package people

import (
	"slices"
	"testing"
)

// TestNominativeName pins rule nominativeName on invented sentences: a
// Polish or Russian person named only in another case is named in the
// nominative, the mention as written; a name in the nominative, and a
// surname that does not decline, are kept.
func TestNominativeName(t *testing.T) {
	tests := []struct {
		lang, text, name, mention string
	}{
		{"pl", "Według ministra finansów Jana Velmaka, deficyt spadnie.", "Jan Velmak", "Jana Velmaka"},
		{"pl", "Zdaniem posłanki Anny Velmskiej budżet jest nierealny.", "Anna Velmska", "Anny Velmskiej"},
		{"pl", "Według prezes Aleksandry Velmoi wyniki są dobre.", "Aleksandra Velmoja", "Aleksandry Velmoi"},
		{"pl", "Dziennikarze rozmawiali z prezesem Tomaszem Velmskim o wynikach.", "Tomasz Velmski", "Tomaszem Velmskim"},
		{"ru", "По словам министра финансов Ивана Велмова, дефицит снизится.", "Иван Велмов", "Ивана Велмова"},
		{"ru", "Журналисты встретились с главой банка Сергеем Велминым.", "Сергей Велмин", "Сергеем Велминым"},
		{"ru", "Доклад представили губернатору Михаилу Велмскому.", "Михаил Велмский", "Михаилу Велмскому"},
		{"ru", "Слова депутата Анны Велмовой вызвали споры.", "Анна Велмова", "Анны Велмовой"},
		// A surname that does not decline; one too short to lose an
		// ending (rule minSurnameStem).
		{"pl", "Zdaniem ekonomistki Ewy Velmik ceny wzrosną.", "Ewa Velmik", "Ewy Velmik"},
		{"pl", "Zdaniem ekonomistki Anny Wei ceny wzrosną.", "Anna Wei", "Anny Wei"},
		// Already in the nominative.
		{"pl", "Prezes Jan Velmak powiedział, że wyniki są dobre.", "Jan Velmak", "Jan Velmak"},
	}
	for _, tt := range tests {
		d := AnalyzeLang(tt.text, tt.lang)
		var names []string
		found := false
		for _, p := range d.People {
			names = append(names, p.Name)
			if p.Name == tt.name && slices.Contains(p.Model().Mentions, tt.mention) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %q: people %q, want %q with mention %q", tt.lang, tt.text, names, tt.name, tt.mention)
		}
	}
}

// TestDeclinedPlaceLead pins rule declinedPlaceLead on invented
// sentences: a listed place in the genitive before a name is no word of
// the name.
func TestDeclinedPlaceLead(t *testing.T) {
	tests := []struct{ lang, text, name string }{
		{"ru", "Ветеран сборной Германии Иван Велмов принял решение уйти.", "Иван Велмов"},
		{"pl", "Weteran reprezentacji Polski Jan Velmski zakończył karierę.", "Jan Velmski"},
	}
	for _, tt := range tests {
		var names []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			names = append(names, p.Name)
		}
		if !slices.Equal(names, []string{tt.name}) {
			t.Errorf("%s %q: people %q, want [%s]", tt.lang, tt.text, names, tt.name)
		}
	}
}
