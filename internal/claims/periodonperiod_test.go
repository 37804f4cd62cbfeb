package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPeriodOnPeriod checks rule periodOnPeriod: the period a change is
// reckoned over ("year-on-year", "month on month") stands between the
// change and its level, which is still a claim of its own.
func TestPeriodOnPeriod(t *testing.T) {
	tests := []langCase[string]{
		{"", "Orrin's revenue rose 12% year-on-year to €2.3bn.", []string{"Orrin's revenue rose 12% year-on-year", "to €2.3bn"}},
		{"", "Harlow sales fell 4% month on month to 1.2 million units.", []string{"Harlow sales fell 4% month on month", "to 1.2 million units"}},
		{"", "Velden profit grew 8% year-on-month to £3m.", []string{"Velden profit grew 8% year-on-month to £3m"}},
	}
	checkLang(t, tests, func(c model.Claim) string { return c.Text })
}
