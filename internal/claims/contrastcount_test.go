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

// TestLentObject checks rule lentObject: the contrasted figure's subject
// puts the lent noun first, as the count before it does.
func TestLentObject(t *testing.T) {
	tests := []langCase[string]{
		{"", "The Harbour Party took 45 seats, while the Greens took 31.", []string{"seats the Harbour Party took", "seats the Greens took"}},
		{"", "Tarnby planted 300 oaks last year, whereas Orrin planted 120 in total.", []string{"oaks Tarnby planted last year", "oaks Orrin planted in total"}},
		{"", "Mara Velt has won at least 141 county delegates, while Ido Sarn has won at least 48.", []string{"county delegates Mara Velt has won", "delegates Ido Sarn has won"}},
	}
	checkLang(t, tests, func(c model.Claim) string { return c.Subject })
}
