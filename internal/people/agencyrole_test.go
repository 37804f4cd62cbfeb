package people

import "testing"

// TestAgencyBeforeRole pins rule agencyBeforeRole on invented datelines: in
// Russian and Polish the agency's acronym credited before a lower-case
// role is no part of the role; in English a capitalised word before the
// role still is ("Harriers head coach").
func TestAgencyBeforeRole(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"ru", "МОСКВА, 3 марта. ТАСС пресс-секретарь Ольга Велмова заявила журналистам, что решение будет принято в апреле.", "Ольга Велмова", "пресс-секретарь"},
		{"pl", "WARSZAWA. PAP minister Adam Velmski zapewnił, że taryfy zostaną zamrożone.", "Adam Velmski", "minister"},
		{"en", "Harriers head coach Peter Vandel said the team was ready.", "Peter Vandel", "Harriers head coach"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
}
