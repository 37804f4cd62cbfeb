package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestContrastCount checks rule contrastCount: a bare figure after ",
// while" and the verb of a count before it counts that count's noun; a
// figure with a noun of its own keeps it.
func TestContrastCount(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "The Harbour Party took 45 seats, while the Greens took 31.", []got{{45, "seats"}, {31, "seats"}}},
		{"", "Tarnby planted 300 oaks last year, whereas Orrin planted 120 in total.", []got{{300, "oaks"}, {120, "oaks"}}},
		{"", "The Harbour Party took 45 seats, while the Greens took 31 votes.", []got{{45, "seats"}, {31, "votes"}}},
	}
	checkLang(t, tests, get)
}

// TestPlacedContrast checks rule placedContrast: a place and "on" or
// "with" after ", while" count the noun of the count before it, whatever
// the verb; a different verb with no place stays no claim.
func TestPlacedContrast(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "The Orrin Party took 9,204 votes, while the Greens finished third on 3,117.", []got{{9204, "votes"}, {3117, "votes"}}},
		{"", "Tarnby won 14 medals, whereas Velmar came second with 11.", []got{{14, "medals"}, {11, "medals"}}},
		{"", "The Orrin Party took 9,204 votes, while the Greens spent 3,117.", []got{{9204, "votes"}}},
	}
	checkLang(t, tests, get)
}

// TestLentObject checks rule lentObject: the contrasted figure's subject
// puts the lent noun first, as the count before it does.
func TestLentObject(t *testing.T) {
	tests := []langCase[string]{
		{"", "The Harbour Party took 45 seats, while the Greens took 31.", []string{"seats the Harbour Party took", "seats the Greens took"}},
		{"", "Tarnby planted 300 oaks last year, whereas Orrin planted 120 in total.", []string{"oaks Tarnby planted last year", "oaks Orrin planted in total"}},
		{"", "Mara Velt has won at least 141 county delegates, while Ido Sarn has won at least 48.", []string{"county delegates Mara Velt has won", "delegates Ido Sarn has won"}},
	}
	checkLang(t, tests, claimSubject)
}
