package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangTollCount checks rule langTollCount: the second count of a toll
// after "and" is a claim of its own, also after a first count that is a
// range ("entre 20 et 30 morts et 140 blessés": the range's own "et" lies
// inside the first count), and after a list's count of the injured (rule
// langTollList) or the participle of a toll (rule langParticipleToll:
// "et blessé 40 autres"); a count of things after "and" stays in the
// first claim.
func TestLangTollCount(t *testing.T) {
	type got struct {
		Text, Subject string
		Value         float64
	}
	tests := []langCase[got]{
		{"fr", "Le séisme a fait 23 morts et plus de 140 blessés.", []got{
			{"Le séisme a fait 23 morts", "morts le séisme a fait", 23},
			{"plus de 140 blessés", "blessés", 140}}},
		{"de", "Bei dem Unfall wurden 23 Menschen getötet und 140 verletzt.", []got{
			{"Bei dem Unfall wurden 23 Menschen getötet", "Menschen", 23},
			{"140 verletzt", "verletzt", 140}}},
		{"fr", "Le séisme a fait entre 20 et 30 morts et 140 blessés.", []got{
			{"Le séisme a fait entre 20 et 30 morts", "morts le séisme a fait", 20},
			{"140 blessés", "blessés", 140}}},
		// Rule langTollList: the last count of a list of tolls.
		{"fr", "La tempête a fait 12 morts, 40 blessés et 3 000 déplacés.", []got{
			{"La tempête a fait 12 morts", "morts la tempête a fait", 12},
			{"40 blessés", "blessés", 40},
			{"3 000 déplacés", "déplacés", 3000}}},
		{"es", "El terremoto dejó 12 muertos, 40 heridos y 3.000 desplazados.", []got{
			{"El terremoto dejó 12 muertos", "muertos el terremoto dejó", 12},
			{"40 heridos", "heridos", 40},
			{"3.000 desplazados", "desplazados", 3000}}},
		{"it", "Il sisma ha causato 12 morti, 40 feriti e 3.000 sfollati.", []got{
			{"Il sisma ha causato 12 morti", "morti il sisma ha causato", 12},
			{"40 feriti", "feriti", 40},
			{"3.000 sfollati", "sfollati", 3000}}},
		// Rule langParticipleToll: the participle before the count.
		{"fr", "L'explosion a tué 12 personnes et blessé 40 autres.", []got{
			{"L'explosion a tué 12 personnes", "personnes l'explosion a tué", 12},
			{"blessé 40 autres", "blessé", 40}}},
		{"it", "L'esplosione ha ucciso 12 persone e ferito altre 40.", []got{
			{"L'esplosione ha ucciso 12 persone", "persone l'esplosione ha ucciso", 12},
			{"ferito altre 40", "ferito", 40}}},
		// Spanish "e" is "y" before "hi-": it ends the first subject.
		{"es", "El atacante mató a 12 personas e hirió a otras 40.", []got{
			{"El atacante mató a 12 personas", "personas el atacante", 12},
			{"hirió a otras 40", "hirió", 40}}},
		{"es", "El sismo dejó 23 muertos y 140 casas destruidas.", []got{
			{"El sismo dejó 23 muertos y 140 casas destruidas", "muertos el sismo dejó", 23}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, c.Subject, *c.Value} })
}
