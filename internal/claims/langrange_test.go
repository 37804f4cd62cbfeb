package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestArticleRange checks rule articleRange: a range whose ends each
// take their article ("entre el 2 y el 3 por ciento") is one claim from
// the lower end to the upper; a range of days stays no claim.
func TestArticleRange(t *testing.T) {
	type got struct {
		Unit     string
		Min, Max float64
	}
	tests := []langCase[got]{
		{"es", "La inflación se situó entre el 2 y el 3 por ciento.", []got{{"percent", 2, 3}}},
		{"it", "L'inflazione sarà tra il 2 e il 3 per cento.", []got{{"percent", 2, 3}}},
		{"es", "Entre el 2 y el 3 de mayo llovió mucho.", nil},
	}
	checkLang(t, tests, func(c model.Claim) got {
		g := got{Unit: c.Unit, Min: *c.Value}
		if c.ValueMax != nil {
			g.Max = *c.ValueMax
		}
		return g
	})
}

// TestLangPointsOfPercent checks rule langPointsOfPercent: German and
// Dutch points of a change that ends at a share are percentage points,
// and the share a claim of its own; an index's points stay a count.
func TestLangPointsOfPercent(t *testing.T) {
	type got struct {
		Unit  string
		Value float64
	}
	tests := []langCase[got]{
		{"de", "Die Inflation sank um 0,3 Punkte auf 2,1 Prozent.", []got{{"percentage points", 0.3}, {"percent", 2.1}}},
		{"nl", "De werkloosheid daalde met 0,2 punt naar 3,6 procent.", []got{{"percentage points", 0.2}, {"percent", 3.6}}},
		// An index's points stay points (rule germanPoints), no share.
		{"de", "Der Dax fiel um 120 Punkte auf 15.800 Zähler.", []got{{"points", 120}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Unit, *c.Value} })
}

// TestOpenBracket checks rule openBracket: a share in brackets after what
// it measures leaves no bracket nor sign at the subject's end; a German
// compound's dash stays.
func TestOpenBracket(t *testing.T) {
	tests := []langCase[string]{
		{"es", "Los fondos fueron a vivienda (8,1 %).", []string{"los fondos fueron a vivienda"}},
		{"fr", "Elle a baissé pour les cadres (– 0,2 %).", []string{"Elle a baissé pour les cadres"}},
	}
	checkLang(t, tests, claimSubject)
	if got := trimOpenBracket("davon Kurz-"); got != "davon Kurz-" {
		t.Errorf("trimOpenBracket(%q) = %q", "davon Kurz-", got)
	}
}
