package people

import (
	"slices"
	"testing"
)

// TestSouthSlavicBalticTables pins rule southSlavicBalticTables: a text
// in Croatian, Serbian (Latin or Cyrillic), Bosnian, Latvian or
// Lithuanian has its language on the Doc, and a title before a name is
// the person's role, the sentence's first word no name. Texts and names
// invented.
func TestSouthSlavicBalticTables(t *testing.T) {
	for _, tt := range []struct{ lang, text, name, role string }{
		{"hr", "Gradonačelnica Ivana Velmić otvorila je novi most.", "Ivana Velmić", "Gradonačelnica"},
		{"hr", "Glasnogovornik policije Ante Velmović kazao je da nitko nije ozlijeđen.", "Ante Velmović", "Glasnogovornik policije"},
		{"sr", "Градоначелница Ивана Велмић отворила је нови мост.", "Ивана Велмић", "Градоначелница"},
		{"bs", "Ministar Tarik Velmić je otvorio novi most.", "Tarik Velmić", "Ministar"},
		{"lv", "Satiksmes ministre Līga Velmkalne atklāja jauno tiltu.", "Līga Velmkalne", "Satiksmes ministre"},
		{"lt", "Susisiekimo ministrė Rūta Velmaitė atidarė naują tiltą.", "Rūta Velmaitė", "Susisiekimo ministrė"},
	} {
		d := AnalyzeLang(tt.text, tt.lang)
		if d.Lang() != tt.lang {
			t.Errorf("%s: Lang() = %q", tt.lang, d.Lang())
		}
		var got *Person
		for i := range d.People {
			if d.People[i].Name == tt.name {
				got = d.People[i]
			}
		}
		if got == nil || !slices.Contains(got.Roles, tt.role) {
			t.Errorf("%s %q: person %+v, want %s with role %s", tt.lang, tt.text, got, tt.name, tt.role)
		}
	}
}
