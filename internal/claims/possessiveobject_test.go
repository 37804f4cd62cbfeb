package claims

import "testing"

// TestPossessiveObject checks rule possessiveObject: a known name owning
// the noun after a speech verb opens the reported clause and is no
// speaker; a name alone after the verb still is. Texts invented.
func TestPossessiveObject(t *testing.T) {
	opts := Options{Sources: []Source{{Mention: "Quist", Name: "Dara Quist"}, {Mention: "Harlow Gazette", Name: "Harlow Gazette"}}}
	checkFirstSource(t, opts, []sourceCase{
		{"Two-thirds of Labour insiders said Quist's lead would hold in Harlow.", ""},
		{"It cost the town $2 million, the mayor told the Harlow Gazette's reporter.", ""},
		// after a break, where rule invertedSpeaker reads a speaker, the
		// name owning a noun still is none
		{"The bridge will cost $40 million, said Quist's spokesman.", ""},
		{"The bridge will cost $40 million, said Quist.", "Dara Quist"},
	})
}
