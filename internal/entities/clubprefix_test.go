package entities

import (
	"slices"
	"testing"
)

// TestClubPrefix pins rule clubPrefix and the listed Paris Saint-Germain on
// an invented sentence: a club's prefix word before a listed city names
// the club, and the city is no place of the text; a city alone stays one.
func TestClubPrefix(t *testing.T) {
	text := "Real Madrid will face Inter Milan in Lisbon, and Paris Saint-Germain play FC Porto."
	orgs, places := Find(text, Options{Lang: "en"})
	var on, pn []string
	for _, e := range orgs {
		on = append(on, e.Name)
	}
	for _, e := range places {
		pn = append(pn, e.Name)
	}
	for _, want := range []string{"Real Madrid", "Inter Milan", "Paris Saint-Germain", "FC Porto"} {
		if !slices.Contains(on, want) {
			t.Errorf("%q: organisations %q, want %s", text, on, want)
		}
	}
	if !slices.Equal(pn, []string{"Lisbon"}) {
		t.Errorf("%q: places %q, want [Lisbon]", text, pn)
	}
}

// TestClubPrefixCovers pins rule clubPrefix's reach on invented
// sentences: a "de" between the prefix and the city, the club's city
// after its name, and a club the people rules read as a person's name
// (its two capitalised words) are the club.
func TestClubPrefixCovers(t *testing.T) {
	tests := []struct {
		lang, text, person string
		clubs              []string
	}{
		{"es", "El Real Madrid venció al Atlético de Madrid por dos a uno.", "Real Madrid", []string{"Real Madrid", "Atlético de Madrid"}},
		{"de", "Der FC Bayern München hat am Samstag verloren.", "", []string{"FC Bayern München"}},
		// A Title Case headline, where names are read from word lists only.
		{"en", "Real Madrid Beat Inter Milan In Extra Time", "", []string{"Real Madrid", "Inter Milan"}},
	}
	for _, tt := range tests {
		var people []string
		if tt.person != "" {
			people = []string{tt.person}
		}
		orgs, places := Find(tt.text, Options{Lang: tt.lang, People: people})
		var on []string
		for _, e := range orgs {
			on = append(on, e.Name)
		}
		if !slices.Equal(on, tt.clubs) || len(places) != 0 {
			t.Errorf("%q: organisations %q, places %v, want %q and no place", tt.text, on, places, tt.clubs)
		}
	}
}
