package claims

import "testing"

// TestCountedGroup checks rule countedGroup: a known group that a share
// counts ("two-thirds of Velmorists say") answered a poll and states no
// figure; an amount before "of" leaves the known name the source. Names
// invented.
func TestCountedGroup(t *testing.T) {
	opts := Options{Sources: []Source{
		{"Velmorists", "Velmor Party"}, {"Greens", "Green League"}, {"Rossi", "Carla Rossi"},
	}}
	tests := []struct {
		text, want string
	}{
		{"Nearly 64 percent of Velmorists say the levy is fair.", ""},
		{"In Dunmore, 40% of Greens think the ferry costs too much.", ""},
		{"A majority of the Velmorists claim the bridge is unsafe.", ""},
		{"The levy will raise $40 million, Velmorists say.", "Velmor Party"},
		{"The trust paid $20,000 of Rossi's estimated costs.", "Carla Rossi"},
	}
	for _, tt := range tests {
		cs := Extract(tt.text, opts)
		if len(cs) == 0 || cs[0].Source != tt.want {
			t.Errorf("%q: claims %+v, want the first sourced %q", tt.text, cs, tt.want)
		}
	}
}
