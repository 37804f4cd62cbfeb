package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestFewWordFromTo checks rule fewWordFromTo: a "from" figure and a "to"
// figure of one unit are the level left and the level reached, each a
// claim with the change's subject; in Swedish they are no range; "od 5 do
// 8" stays a range.
func TestFewWordFromTo(t *testing.T) {
	type got struct {
		Value, Max float64
		Subject    string
	}
	get := func(c model.Claim) got {
		g := got{Value: *c.Value, Subject: c.Subject}
		if c.ValueMax != nil {
			g.Max = *c.ValueMax
		}
		return g
	}
	tests := []langCase[got]{
		{"pl", "Bezrobocie w Zalesiu wzrosło z 5,1% do 5,8%.", []got{{5.1, 0, "Bezrobocie w Zalesiu wzrosło"}, {5.8, 0, "Bezrobocie w Zalesiu wzrosło"}}},
		{"ru", "Безработица в Велграде выросла с 2,9% до 3,4%.", []got{{2.9, 0, "Безработица в Велграде выросла"}, {3.4, 0, "Безработица в Велграде выросла"}}},
		{"cs", "Nezaměstnanost v Brnovicích vzrostla z 3,1 % na 3,6 %.", []got{{3.1, 0, "Nezaměstnanost v Brnovicích vzrostla"}, {3.6, 0, "Nezaměstnanost v Brnovicích vzrostla"}}},
		{"sv", "Arbetslösheten i Velby steg från 7,1 till 7,9 procent.", []got{{7.9, 0, "Arbetslösheten i Velby steg"}}},
		{"pl", "Bilety w Zalesiu kosztują od 5 do 8 zł.", []got{{5, 8, "Bilety w Zalesiu kosztują"}}},
	}
	checkLang(t, tests, get)
}
