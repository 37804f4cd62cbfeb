package entities_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/entities"
)

// placeMentions lists the places Find returns as "Name/type: mention,
// mention", in order of first mention.
func placeMentions(text string, opts entities.Options) []string {
	_, places := entities.Find(text, opts)
	var got []string
	for _, p := range places {
		got = append(got, p.Name+"/"+p.Type+": "+strings.Join(p.Mentions, ", "))
	}
	return got
}

// TestGazetteerPlaces: the capitals, big cities and countries of
// names.txt are places with no context around them ("reached Oslo"), and
// the names German, French, Spanish, Italian, Portuguese and Dutch give
// them are the English entry's, mentions of one place.
func TestGazetteerPlaces(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{
			name: "English: a capital with no place word before it",
			text: "The flood later reached Oslo and Tallinn, officials in Berlin said.",
			want: []string{"Oslo/city: Oslo", "Tallinn/city: Tallinn", "Berlin/city: Berlin"},
		},
		{
			name: "French names",
			lang: "fr",
			text: "La vague de froid a ensuite atteint Oslo et Vienne, selon la météo de Berlin. Une école de Varsovie a fermé.",
			want: []string{"Oslo/city: Oslo", "Vienna/city: Vienne", "Berlin/city: Berlin", "Warsaw/city: Varsovie"},
		},
		{
			name: "German names",
			lang: "de",
			text: "Die Kältewelle erreichte später Oslo und Wien, teilte der Wetterdienst in Berlin mit. Auch Deutschland und Frankreich melden Frost.",
			want: []string{"Oslo/city: Oslo", "Vienna/city: Wien", "Berlin/city: Berlin", "Germany/country: Deutschland", "France/country: Frankreich"},
		},
		{
			name: "Spanish names",
			lang: "es",
			text: "La delegación viajó de Londres a Bruselas y después a Alemania.",
			want: []string{"London/city: Londres", "Brussels/city: Bruselas", "Germany/country: Alemania"},
		},
		{
			name: "Italian names",
			lang: "it",
			text: "Il vertice si è spostato da Parigi a Varsavia, poi in Germania.",
			want: []string{"Paris/city: Parigi", "Warsaw/city: Varsavia", "Germany/country: Germania"},
		},
		{
			name: "Portuguese names",
			lang: "pt",
			text: "A comitiva seguiu de Berlim para Moscou e voltou à Alemanha.",
			want: []string{"Berlin/city: Berlim", "Moscow/city: Moscou", "Germany/country: Alemanha"},
		},
		{
			name: "Dutch names",
			lang: "nl",
			text: "De trein reed van Keulen naar Brussel en terug naar Duitsland.",
			want: []string{"Cologne/city: Keulen", "Brussels/city: Brussel", "Germany/country: Duitsland"},
		},
		{
			name: "French: a city the rule tests once read as unlisted",
			lang: "fr",
			text: "Une école de Lyon a fermé mardi.",
			want: []string{"Lyon/city: Lyon"},
		},
		{
			name: "Portuguese, Italian, Spanish names the rule tests once read as unlisted",
			lang: "pt",
			text: "O grupo tocou em Lisboa, depois em Torino e Sevilla.",
			want: []string{"Lisbon/city: Lisboa", "Turin/city: Torino", "Seville/city: Sevilla"},
		},
		{
			name: "German countries the rule tests once read as unlisted",
			lang: "de",
			text: "Die Ware kam aus Belgien und ging weiter nach Polen.",
			want: []string{"Belgium/country: Belgien", "Poland/country: Polen"},
		},
		{
			name: "North American cities the rule tests once read as unlisted",
			text: "Buses left Halifax for St. Louis on Monday.",
			want: []string{"Halifax/city: Halifax", "St. Louis/city: St. Louis"},
		},
		{
			name: "two languages' names are one place",
			text: "Vienna welcomed the delegates, and a banner in Wien greeted them.",
			want: []string{"Vienna/city: Vienna, Wien"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := placeMentions(tt.text, entities.Options{Lang: tt.lang})
			if !slices.Equal(got, tt.want) {
				t.Errorf("places of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestGazetteerPersonNames: a listed place that is a person's name too
// ("Sydney", "Austin", "Florence", "Washington", "Orlando", "Paris") is
// the person's inside the person's name; an ambiguous one ("?Austin",
// "?Florence") is the person's everywhere in an article that names the
// person, and a place in other articles.
// Places read as a person too often ("Chad", "Regina", "Santiago") are not
// listed by that name at all.
func TestGazetteerPersonNames(t *testing.T) {
	tests := []struct {
		name, text string
		people     []string
		want       []string
	}{
		{
			name:   "a person's full name",
			text:   "Sydney Brown said the roads would stay closed.",
			people: []string{"Sydney Brown"},
		},
		{
			name:   "a city that is a first name, in an article without that person",
			text:   "Mr Reeves said the plan would work, and Reeves later flew to Austin.",
			people: []string{"Reeves"},
			want:   []string{"Austin/city: Austin"},
		},
		{
			// An ambiguous name ("?Austin") that a person of the
			// article bears is the person's everywhere in it: the
			// city is missed rather than the person taken for it.
			name:   "a city that is the first name of the article's person",
			text:   "Austin Reeves said the plan would work, and Reeves later flew to Austin.",
			people: []string{"Austin Reeves", "Reeves"},
		},
		{
			// A name listed as no ambiguous one ("Sydney") stays a
			// place outside the person's full name.
			name:   "a city listed unambiguous beside a person of that first name",
			text:   "Sydney Brown said the plan would work, and Brown later flew to Sydney.",
			people: []string{"Sydney Brown", "Brown"},
			want:   []string{"Sydney/city: Sydney"},
		},
		{
			name:   "the person's first name alone",
			text:   "The mayor praised Florence Hale. Later, Florence thanked the crowd.",
			people: []string{"Florence Hale", "Florence"},
		},
		{
			name: "the city with no person of that name",
			text: "The delegates spent the spring in Florence.",
			want: []string{"Florence/city: Florence"},
		},
		{
			name:   "a surname",
			text:   "A portrait of George Washington hung in the hall.",
			people: []string{"George Washington"},
		},
		{
			name: "a newspaper",
			text: "The Washington Post reported the vote.",
		},
		{
			name:   "a celebrity",
			text:   "Paris Hilton and Orlando Bloom arrived late.",
			people: []string{"Paris Hilton", "Orlando Bloom"},
		},
		{
			name: "a first name that is no listed place",
			text: "The report was written by Chad Olsen and Regina Lott.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := placeMentions(tt.text, entities.Options{People: tt.people})
			if !slices.Equal(got, tt.want) {
				t.Errorf("places of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestGazetteerIsPlace: multi-word places of the list name no person for
// package people (rule placeName), ambiguous ones count for neither.
func TestGazetteerIsPlace(t *testing.T) {
	for _, name := range []string{"Ho Chi Minh City", "Salt Lake City", "Dar es Salaam", "Addis Abeba", "Neu-Delhi"} {
		if !entities.IsPlace(name) {
			t.Errorf("IsPlace(%q) = false, want true", name)
		}
	}
	for _, name := range []string{"Orlando", "Austin", "Florence", "Chad"} {
		if entities.IsPlace(name) {
			t.Errorf("IsPlace(%q) = true, want false", name)
		}
	}
}
