package people

import "testing"

// TestHungarianNames pins rules familyNameFirst, roleAfterName and
// possessedRole: a Hungarian name, family name first, is a person by its
// given name, the last word; the role written after it, with its
// adjectives and no comma, is the person's, and so is one in apposition
// in its possessed form after what it is of. Texts and names invented.
func TestHungarianNames(t *testing.T) {
	for _, tt := range []struct{ text, name, role string }{
		{"Velmi János polgármester kedden Győrbe látogatott.", "Velmi János", "polgármester"},
		{"Tegnap Kardos Éva egészségügyi miniszter Győrbe látogatott.", "Kardos Éva", "egészségügyi miniszter"},
		{"Kedden Velmi Zsófia a kórházba látogatott.", "Velmi Zsófia", ""},
		{"Kedden Kardos Éva, a helyi kamara elnöke, Győrbe látogatott.", "Kardos Éva", "helyi kamara elnöke"},
		{"Kedden Kardos Éva, a város régi lakója, Győrbe látogatott.", "Kardos Éva", ""},
	} {
		checkOnePersonRole(t, "hu", tt.text, tt.name, tt.role)
	}
}
