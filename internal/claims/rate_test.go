package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestRateSubject checks rule rateSubject: a German or Dutch rate after
// the figure ("pro Tag", "per jaar") joins the subject; a speed, or a
// subject that holds the rate, stays. Texts invented.
func TestRateSubject(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Die Anlage in Lindrau liefert 300 Liter Wasser pro Tag.", []string{"die Anlage pro Tag"}},
		{"de", "Der Verbrauch in Grünhag liegt bei 8 Litern je Einwohner.", []string{"der Verbrauch je Einwohner"}},
		{"nl", "De fabriek in Ostmarn produceert 40 ton staal per week.", []string{"de fabriek per week"}},
		{"de", "Der Sturm über Grünhag erreichte 90 Kilometer pro Stunde.", []string{"der Sturm"}},
	}
	checkLang(t, tests, claimSubject)
}

// TestRateUnit checks rule rateUnit: a German rate word right after a
// count leaves the count without a noun ("pro" was its unit); one with
// no noun after it stays out. Texts invented.
func TestRateUnit(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"de", "Die Zahl der Anrufe in Ostmarn sank auf rund 900 pro Woche.", []string{""}},
	}
	checkLang(t, tests, unit)
}
