package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPlaceHeadPeople: people whose surname heads place names (Park, Hill,
// Lake) are people, with their titles as roles, and the quotes' speakers;
// a park stays a park and a town before a titled name a place (rules
// placeHeadSurname, titleOfComplement, agentNounApposition of package
// people, placeHeadSurname and headBeforePerson of package entities).
// Text invented.
func TestPlaceHeadPeople(t *testing.T) {
	a := &model.Article{Language: "en", Text: "The harbormaster, Ed Kwan, declined to comment on the closures. Edward Kwan later said the port would reopen Friday.\n\n" +
		"Mayor Linda Park said crews worked through the night. Park thanked volunteers.\n\n" +
		"City treasurer Mark Hill said the repairs would cost $2 million. Hill added that reserves were enough.\n\n" +
		"Police Chief Anna Wood said no one was hurt. Wood said roads remained closed.\n\n" +
		"\"We were lucky,\" said Grace Lake, a nurse at the county hospital.\n\n" +
		"Residents of Cedar Park and Forest Hill were told to stay home.\n\n" +
		"Mayor of Port Alder Linda Park said the first section would be finished by 2028.\n"}
	Analyze(a)
	roles := map[string]string{}
	for _, p := range a.People {
		roles[p.Name] = strings.Join(p.Roles, "|")
	}
	for name, want := range map[string]string{
		"Ed Kwan":    "harbormaster",
		"Linda Park": "Mayor|Mayor of Port Alder",
		"Mark Hill":  "City treasurer",
		"Anna Wood":  "Police Chief",
		"Grace Lake": "nurse at the county hospital",
	} {
		if got, ok := roles[name]; !ok || got != want {
			t.Errorf("%s: roles %q (found %v), want %q", name, got, ok, want)
		}
	}
	var speakers []string
	for _, q := range a.Quotes {
		speakers = append(speakers, q.Speaker)
	}
	for _, s := range []string{"Ed Kwan", "Linda Park", "Mark Hill", "Anna Wood", "Grace Lake"} {
		if !slices.Contains(speakers, s) {
			t.Errorf("no quote by %s: speakers %q", s, speakers)
		}
	}
	for _, s := range speakers {
		if _, ok := roles[s]; !ok {
			t.Errorf("speaker %q is none of the people", s)
		}
	}
	places := map[string]bool{}
	for _, p := range a.Places {
		places[p.Name] = true
	}
	if !places["Cedar Park"] || !places["Port Alder"] || len(places) != 2 {
		t.Errorf("places %v, want Cedar Park and Port Alder", a.Places)
	}
}
