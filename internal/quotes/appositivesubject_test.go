package quotes

import "testing"

// TestAppositiveSubject: a subject with its name set off by commas
// before the verb ("Die Chefin der Grünen, Miriam Albers, erklärte ...")
// is no reported clause closed by an attribution (rule
// appositiveSubject); a clause before "sagte" with a role and name after
// it still is.
// Invented sentences.
func TestAppositiveSubject(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"de", "Die Chefin der Grünen, Miriam Albers, erklärte am Dienstag ihren Rücktritt.", nil},
		{"de", "Der Sprecher des Vereins, Tim Roth, betonte am Abend die Bedeutung der Spiele.", nil},
		{"de", "Die Mieten steigen weiter, sagte die Chefin der Grünen, Miriam Albers.",
			[]spoken{{"Die Mieten steigen weiter", "Miriam Albers", "die Chefin der Grünen, Miriam Albers"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
