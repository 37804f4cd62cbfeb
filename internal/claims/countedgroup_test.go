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
	tests := []sourceCase{
		{"Nearly 64 percent of Velmorists say the levy is fair.", ""},
		{"In Dunmore, 40% of Greens think the ferry costs too much.", ""},
		{"A majority of the Velmorists claim the bridge is unsafe.", ""},
		{"The levy will raise $40 million, Velmorists say.", "Velmor Party"},
		{"The trust paid $20,000 of Rossi's estimated costs.", "Carla Rossi"},
	}
	checkFirstSource(t, opts, tests)
}
