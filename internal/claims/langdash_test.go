package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangDash checks rules langDash and langNumberRun on invented
// sentences: a spaced dash ends a clause (a wire dateline is no part of
// the claim; an aside after a dash states its own), a dash between two
// figures joins a range, and a number after two bare numbers (a phone
// number) is no claim; "am" and "pm" after a figure make a time.
func TestLangDash(t *testing.T) {
	type got struct {
		Text, Unit string
		Value      float64
	}
	tests := []langCase[got]{
		{"de", "Berlin (dpa) - Die Wirtschaft soll um 0,3 Prozent wachsen.", []got{
			{"Die Wirtschaft soll um 0,3 Prozent wachsen", "percent", 0.3}}},
		{"de", "Die Mieten steigen um vier Prozent – eine Wohnung kostet dann 612 Euro.", []got{
			{"Die Mieten steigen um vier Prozent", "percent", 4},
			{"eine Wohnung kostet dann 612 Euro", "EUR", 612}}},
		{"fr", "Les billets coûtent 40 € - 60 € selon la place.", []got{
			{"Les billets coûtent 40 € - 60 € selon la place", "EUR", 40}}},
		{"de", "Die Spiele beginnen um 3 pm und 5 pm in der Halle.", nil},
		{"de", "Auskunft unter Telefon 030 499 18 61 Anrufe täglich.", nil},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, c.Unit, *c.Value} })
}
