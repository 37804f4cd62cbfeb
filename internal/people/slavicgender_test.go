package people

import "testing"

// TestSlavicNameGender pins rule slavicNameGender on invented Russian and
// Polish sentences with no pronoun: a known given name of the language
// gives its gender, else the surname's ending does; an English text's
// unknown name stays without one.
func TestSlavicNameGender(t *testing.T) {
	tests := []struct {
		lang, text, name string
		want             byte
	}{
		{"ru", "Заместитель министра Ирина Кох поддержала проект.", "Ирина Кох", 'f'},
		{"ru", "Губернатор Павел Велмер поддержал проект.", "Павел Велмер", 'm'},
		{"ru", "Губернатор Велмир Громов поддержал проект.", "Велмир Громов", 'm'},
		{"ru", "Министр Велма Громова поддержала проект.", "Велма Громова", 'f'},
		{"pl", "Minister Ewa Kruk poparła projekt.", "Ewa Kruk", 'f'},
		{"pl", "Prezes Velmir Nowacki poparł projekt.", "Velmir Nowacki", 'm'},
		{"en", "Governor Velmir Gromov backed the plan on Monday.", "Velmir Gromov", 0},
	}
	for _, tt := range tests {
		var got byte
		found := false
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			if p.Name == tt.name {
				got, found = p.Gender, true
			}
		}
		if !found || got != tt.want {
			t.Errorf("%q: %s found %v gender %q, want %q", tt.text, tt.name, found, got, tt.want)
		}
	}
}
