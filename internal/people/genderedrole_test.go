package people

import "testing"

// TestGenderedRoleBefore covers rule genderedRoleBefore: a feminine role
// noun in lower case right before a name gives the person her gender
// where no given-name list does; a masculine one, written for women too,
// gives none. Sentences and names invented.
func TestGenderedRoleBefore(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               byte
	}{
		{"a role noun and a comma before the name",
			"The chairwoman, Velma Orrin, opened the meeting. Tarn Olvik spoke next.", "Velma Orrin", 'f'},
		{"a role noun run into the name",
			"Party spokeswoman Idra Vessel said the vote would wait.", "Idra Vessel", 'f'},
		{"a masculine role noun says nothing",
			"Party spokesman Idra Vessel said the vote would wait.", "Idra Vessel", 0},
	}
	for _, tt := range tests {
		d := Analyze(tt.text)
		found := false
		for i, p := range d.People {
			if p.Name != tt.person {
				continue
			}
			found = true
			if g := d.Gender(i); g != tt.want {
				t.Errorf("%s: gender of %q = %q, want %q", tt.name, tt.person, g, tt.want)
			}
		}
		if !found {
			t.Errorf("%s: no person %q in %q", tt.name, tt.person, tt.text)
		}
	}
}
