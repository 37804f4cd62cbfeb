package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCoordinatedOthers checks rule coordinatedOthers: a count adjective
// ("weitere", "autres") between a coordinated count and its verb leaves
// the count a claim of the noun before it; it was lost.
func TestCoordinatedOthers(t *testing.T) {
	type got struct {
		Text, Subject string
		Value         float64
	}
	tests := []langCase[got]{
		{"de", "Bei dem Unfall nahe Kellbach starben 3 Menschen, 24 weitere wurden verletzt.", []got{
			{"Bei dem Unfall nahe Kellbach starben 3 Menschen", "Menschen", 3},
			{"24 weitere wurden verletzt", "Menschen wurden verletzt", 24}}},
		{"de", "In Tarnhof kamen 2 Bewohner ums Leben und 11 weitere wurden verletzt.", []got{
			{"In Tarnhof kamen 2 Bewohner ums Leben", "Bewohner", 2},
			{"11 weitere wurden verletzt", "Bewohner wurden verletzt", 11}}},
		{"fr", "Au total, 23 personnes sont mortes, 40 autres ont été évacuées.", []got{
			{"23 personnes sont mortes", "personnes sont mortes", 23},
			{"40 autres ont été évacuées", "personnes ont été évacuées", 40}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, c.Subject, *c.Value} })
}

// TestTollNounKept checks rule tollNounKept: a coordinated count after a
// count of the dead does not take their noun ("morts"): its subject is its
// own verb.
func TestTollNounKept(t *testing.T) {
	tests := []langCase[string]{
		{"fr", "L'explosion a fait 3 morts à Tarmont, et 17 ont été blessés.", []string{"morts l'explosion a fait à Tarmont", "ont été blessés"}},
		{"fr", "L'explosion a fait 3 morts à Tarmont, et 17 autres ont été blessés.", []string{"morts l'explosion a fait à Tarmont", "ont été blessés"}},
		{"fr", "Au total, 23 personnes sont mortes, 112 ont été évacuées.", []string{"personnes sont mortes", "personnes ont été évacuées"}},
	}
	checkLang(t, tests, claimSubject)
}
