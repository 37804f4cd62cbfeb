package entities

import "testing"

// TestPlaceHeadSurnameMoor covers the words rule placeHeadSurname gained
// (moor, vale, fen): a person's given name and one of them is no area,
// while a name without a given name stays one. Names invented.
func TestPlaceHeadSurnameMoor(t *testing.T) {
	firstName := func(w string) bool { return w == "Ann" }
	tests := []struct {
		text   string
		people []string
		want   bool // an area found
	}{
		{`"The walls are overdue," said Ann Moor on Tuesday.`, []string{"Ann Moor"}, false},
		{"The depot at Leith Moor will close.", nil, true},
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
