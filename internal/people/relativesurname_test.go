package people

import "testing"

// TestRelativeSurname covers rule relativeSurname and its exceptions
// (relativeKeeps): a bare surname after relatives named in full with a
// kinship noun is the story's subject's; a title before it names the
// relative holding it; and a relative introduced as a speaker keeps the
// bare surname that closes the quote right after. Texts and names
// invented.
func TestRelativeSurname(t *testing.T) {
	tests := []struct{ name, text, surname, want string }{
		{"subject", "Mayor Thomas Ardwell received the town's medal on Friday. He was joined by his wife, Helen Ardwell, and his son, Peter Ardwell. Ardwell thanked the council staff.",
			"Ardwell", "Thomas Ardwell"},
		{"title", "Rosa Venterby spoke at the memorial on Sunday. Her son, Leon Venterby, an army officer, died in 2019. Captain Venterby had served for ten years.",
			"Captain Venterby", "Leon Venterby"},
		{"relative speaks", "Jonah Pellweather died in a prison cell in March. His father, Frank Pellweather, says his son fought addiction for years. \"He tried so hard,\" says Pellweather.",
			"Pellweather", "Frank Pellweather"},
	}
	for _, tt := range tests {
		got := ""
		for _, p := range Find(tt.text) {
			for _, m := range p.Mentions {
				if m.Text == tt.surname {
					got = p.Name
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s: %q: %q is %q's, want %q's", tt.name, tt.text, tt.surname, got, tt.want)
		}
	}
}
