package people

import (
	"fmt"
	"slices"
	"testing"
)

// TestHungarianNames pins rules familyNameFirst and roleAfterName: a
// Hungarian name, family name first, is a person by its given name, the
// last word; the role written after it, with its adjectives and no
// comma, is the person's. Texts and names invented.
func TestHungarianNames(t *testing.T) {
	for _, tt := range []struct{ text, name, role string }{
		{"Velmi János polgármester kedden Győrbe látogatott.", "Velmi János", "polgármester"},
		{"Tegnap Kardos Éva egészségügyi miniszter Győrbe látogatott.", "Kardos Éva", "egészségügyi miniszter"},
		{"Kedden Velmi Zsófia a kórházba látogatott.", "Velmi Zsófia", ""},
	} {
		d := AnalyzeLang(tt.text, "hu")
		if len(d.People) != 1 || d.People[0].Name != tt.name || tt.role != "" && !slices.Contains(d.People[0].Roles, tt.role) || tt.role == "" && len(d.People[0].Roles) > 0 {
			var got []string
			for _, p := range d.People {
				got = append(got, p.Name+" "+fmt.Sprint(p.Roles))
			}
			t.Errorf("%q: people %q, want %s with role %q", tt.text, got, tt.name, tt.role)
		}
	}
}
