package people

import "testing"

// TestMalayGivenNames pins rule malayGivenNames: IsFirstName knows
// common Indonesian and Malay given names, the words left out stay
// unknown, and a name opening with one is a person with no other cue.
// Texts and names invented.
func TestMalayGivenNames(t *testing.T) {
	checkIsFirstName(t, []firstNameCase{
		{"Joko", true}, {"Siti", true}, {"Azman", true}, {"Nurhayati", true},
		{"Indah", false}, {"Putri", false}, {"Sri", false}, {"Nur", false}, {"Velmawati", false},
	})
	checkOnePerson(t, []langPersonCase{
		{"id", "Perpustakaan baru dibuka oleh Siti Velmawati kemarin.", "Siti Velmawati"},
		{"ms", "Perpustakaan baharu dirasmikan oleh Azman Velmudin semalam.", "Azman Velmudin"},
	})
}
