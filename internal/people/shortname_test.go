package people

import "testing"

// TestShortGivenName covers rule shortGivenName and its guards. Names
// invented.
func TestShortGivenName(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Ben Tarrow criticised the plan and the ferry company.", "Ben Tarrow", true},
		{"The board thanked Sam Velling for the report.", "Sam Velling", true},
		{"The board thanked Kate Velling for the report.", "Kate Velling", true},
		{"Share this story: Ben TarrowFlagShare", "Ben TarrowFlagShare", false},
		{"Tickets for Ben Tarrow Harbour Tours are sold out.", "Ben Tarrow Harbour Tours", false},
	}
	for _, tt := range tests {
		if found := foundByFind(tt.text, tt.name); found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
	if g := firstNameGenderOf("Kate Velling"); g != 'f' {
		t.Errorf("gender of Kate Velling = %q, want f", g)
	}
	if g := firstNameGenderOf("Sam Velling"); g != 0 {
		t.Errorf("gender of Sam Velling = %q, want none", g)
	}
}
