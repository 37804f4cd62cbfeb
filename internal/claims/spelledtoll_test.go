package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSpelledToll checks rule spelledToll: a count in words below ten
// that counts a toll's dead or injured is a claim, and the toll's next
// count is one of its own; other small counts in words stay descriptions.
func TestSpelledToll(t *testing.T) {
	type got struct {
		Text, Subject string
		Value         float64
	}
	tests := []langCase[got]{
		{"de", "Bei dem Zugunglück wurden vier Menschen getötet und 17 verletzt.", []got{
			{"Bei dem Zugunglück wurden vier Menschen getötet", "Menschen", 4},
			{"17 verletzt", "verletzt", 17}}},
		{"de", "Nach dem Feuer zählte die Wehr drei Tote und elf Verletzte.", []got{
			{"Nach dem Feuer zählte die Wehr drei Tote", "die Wehr", 3},
			{"elf Verletzte", "Verletzte", 11}}},
		{"de", "Bei dem Sturm wurden fünf Kinder schwer verletzt.", []got{
			{"Bei dem Sturm wurden fünf Kinder schwer verletzt", "Kinder", 5}}},
		{"de", "Drei Tage später kamen vier Gäste zur Feier.", nil},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, c.Subject, *c.Value} })
}

// TestWieSource checks rule wieSource: the unnamed speaker of a "wie ...
// mitteilte" clause is the source of the sentence's figures; a "wie" of
// comparison gives none.
func TestWieSource(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Die Zahl der Besucher stieg um 8 Prozent, wie das Kulturamt am Montag mitteilte.", []string{"Kulturamt"}},
		{"de", "Die Beteiligung lag bei 55,2 Prozent, wie der Kreiswahlleiter sagte.", []string{"Kreiswahlleiter"}},
		{"de", "Wie die Hafenbehörde mitteilte, sank der Umschlag um 3 Prozent.", []string{"Hafenbehörde"}},
		{"de", "Der Preis stieg um 4 Prozent, so stark wie der Vorstand sagte.", []string{""}},
	}
	checkLang(t, tests, func(c model.Claim) string { return c.Source })
}
