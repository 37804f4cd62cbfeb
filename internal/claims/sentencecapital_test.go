package claims

import "testing"

// TestSentenceCapital checks rule sentenceCapital: a word that opens the
// sentence before a study noun and that the text writes in lower case
// elsewhere is a common word, no maker of the study; a name, or a word
// whose lower case is only in an address, still is. Texts invented.
func TestSentenceCapital(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"The town ran a separate count. Separate research suggests that 30% of bakers in Dunmore close on Mondays.", ""},
		{"Staff left with the forms. With census forms due in May, 12% of homes in Dunmore have not replied.", ""},
		{"Brackwell research suggests that 30% of bakers in Dunmore close on Mondays. See https://brackwell.example/bread for more.", "Brackwell"},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range Extract(tt.text, Options{}) {
			if c.Value != nil {
				got = append(got, c.Source)
			}
		}
		if len(got) == 0 || got[len(got)-1] != tt.want {
			t.Errorf("%q: sources %q, want the last %q", tt.text, got, tt.want)
		}
	}
}
