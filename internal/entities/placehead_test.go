package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPlaceHeadSurname covers rules placeHeadSurname and headBeforePerson:
// a person's name of a given name and a place's kind word that is a
// surname too ("Park") is no park, nor the end of a longer place's name,
// and a person's name after a head's name is no part of it. Names
// invented.
func TestPlaceHeadSurname(t *testing.T) {
	firstName := func(w string) bool { return w == "Linda" || w == "Anna" }
	tests := []struct {
		name, text string
		people     []string
		want       []string // "Name/type"
	}{
		{"placeHeadSurname: a titled name",
			"Mayor Linda Park said crews worked through the night.", []string{"Linda Park"}, nil},
		{"placeHeadSurname: the end of a place's name",
			"Mayor of Velmar Linda Park said the road would open.", []string{"Linda Park"}, []string{"Velmar/city"}},
		{"placeHeadSurname: no person's name, a park",
			"Residents of Cedar Park were told to stay home.", nil, []string{"Cedar Park/park"}},
		{"placeHeadSurname: no given name, a park",
			"Crews cleared Velmar Park after the storm.", []string{"Velmar Park"}, []string{"Velmar Park/park"}},
		{"headBeforePerson: a head's name before a person's",
			"Mayor of Port Alder Anna Wood said the first section would open.", []string{"Anna Wood"}, []string{"Port Alder/area"}},
		{"headBeforePerson: a name without a given name stays in the place's",
			"Crews reached Port Velmar Torv Quill on Monday.", []string{"Torv Quill"}, []string{"Port Velmar Torv Quill/area"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, places := Find(tt.text, Options{Lang: "en", People: tt.people, FirstName: firstName})
			var got []string
			for _, e := range places {
				got = append(got, e.Name+"/"+e.Type)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%q: places (-want +got):\n%s", tt.text, d)
			}
		})
	}
}
