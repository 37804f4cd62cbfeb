package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDutchHedges checks rule dutchHedges: "rond de", "tussen de" and
// "zo'n" before a Dutch figure are no part of its subject.
func TestDutchHedges(t *testing.T) {
	get := func(c model.Claim) string { return c.Subject }
	tests := []langCase[string]{
		{"nl", "De schade in Veldhoven bedraagt rond de 2,5 miljoen euro.", []string{"de schade in Veldhoven"}},
		{"nl", "De kosten van de brug liepen op tot zo'n 40 miljoen euro.", []string{"de kosten van de brug"}},
		{"nl", "De nieuwe brug kost tussen de 3 en 5 miljoen euro.", []string{"de nieuwe brug kost"}},
	}
	checkLang(t, tests, get)
}
