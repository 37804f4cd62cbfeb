package entities

import "testing"

// TestPlaceHeadSurnameMoor covers the words rule placeHeadSurname gained
// (moor, vale, fen): a person's given name and one of them is no area,
// nor is a name the text also writes by its head word alone (rule
// placeHeadAlone), while a name without either stays one. Names invented.
func TestPlaceHeadSurnameMoor(t *testing.T) {
	firstName := func(w string) bool { return w == "Ann" }
	tests := []struct {
		text   string
		people []string
		want   bool // an area found
	}{
		{`"The walls are overdue," said Ann Moor on Tuesday.`, []string{"Ann Moor"}, false},
		{"The depot at Leith Moor will close.", nil, true},
		// rule placeHeadAlone: a given name on no list, the surname
		// written alone too
		{`Margit Vale, who leads the ferry branch, backed the strike. "We waited three years," Vale said.`, []string{"Margit Vale", "Vale"}, false},
		{`Margit Vale, who leads the ferry branch, backed the strike.`, []string{"Margit Vale"}, true},
	}
	for _, tt := range tests {
		_, places := Find(tt.text, Options{Lang: "en", People: tt.people, FirstName: firstName})
		got := false
		for _, e := range places {
			got = got || e.Type == "area"
		}
		if got != tt.want {
			t.Errorf("%q: area found %v, want %v (%v)", tt.text, got, tt.want, places)
		}
	}
}
