package entities

import "testing"

// TestGivenNameBeforeAmbiguous covers rule givenNameBeforeAmbiguous: an
// ambiguous listed word right after a given name is the person's surname,
// not the listed organisation. Sentences invented.
func TestGivenNameBeforeAmbiguous(t *testing.T) {
	firstName := func(w string) bool { return w == "Nina" }
	tests := []struct {
		text string
		want bool // Fox News found
	}{
		{"The bakery will shut, Nina Fox said on Monday.", false},
		{"The bakery will shut, a reporter told Fox on Monday.", true},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: "en", FirstName: firstName})
		got := false
		for _, e := range orgs {
			got = got || e.Name == "Fox News"
		}
		if got != tt.want {
			t.Errorf("%q: Fox News found %v, want %v", tt.text, got, tt.want)
		}
	}
}
