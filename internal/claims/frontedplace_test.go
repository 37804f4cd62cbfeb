package claims

import "testing"

// TestFrontedPlace checks rule frontedPlace: a German count after a
// fronted preposition's phrase and its verb measures its own noun; a
// clause that opens with its subject, or a sum of money, keeps the noun
// phrase.
func TestFrontedPlace(t *testing.T) {
	tests := []langCase[string]{
		{"de", "In der Region wurden 300 Schulen geschlossen.", []string{"Schulen"}},
		{"de", "Auf dem Land fehlen 40 Lehrer.", []string{"Lehrer"}},
		{"de", "Die Stadt hat 12 neue Busse gekauft.", []string{"die Stadt"}},
		{"de", "In der Stadt kostet das Projekt rund 40 Millionen Euro.", []string{"das Projekt kostet"}},
	}
	checkLang(t, tests, claimSubject)
}

// TestFrontedLine checks rule frontedLine: a line's number ends the
// fronted phrase, so the count measures its own noun.
func TestFrontedLine(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Auf der Linie 4 fahren ab Montag 12 neue Bahnen.", []string{"Bahnen"}},
		{"de", "Auf dem Gleis 7 halten morgen 30 Züge.", []string{"Züge"}},
	}
	checkLang(t, tests, claimSubject)
}
