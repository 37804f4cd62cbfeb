package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestShareOfBase checks rule shareOfBase: a share that the words before
// it are or reach, of a base after it, measures them as a share of the
// base; a share of a group with no such verb keeps the group, and "make
// up" keeps rule makeUp's reading.
func TestShareOfBase(t *testing.T) {
	get := func(c model.Claim) string { return c.Subject }
	tests := []langCase[string]{
		{"", "Velmar's deficit stood at 3.2% of GDP in 2025.", []string{"Velmar's deficit as a share of GDP in 2025"}},
		{"", "Public debt in Orrin rose to 91% of GDP last year.", []string{"Public debt in Orrin as a share of GDP last year"}},
		{"", "The Tarvin levy was equal to 3.1 percent of the county's tax revenue.", []string{"The Tarvin levy as a share of the county's tax revenue"}},
		{"", "Brennock's fee is 20-25% of the first-year salary.", []string{"Brennock's fee as a share of the first-year salary"}},
		{"", "About 40% of Kelmouth voters backed the plan.", []string{"Kelmouth voters backed the plan"}},
		{"", "Women make up 28% of Harlow's engineering graduates.", []string{"Harlow's engineering graduates who are women"}},
	}
	checkLang(t, tests, get)
}
