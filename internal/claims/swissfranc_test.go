package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSwissFranc checks rule swissFranc: "Fr." before a figure is the
// franc and ends no sentence; after a figure it is the franc too.
func TestSwissFranc(t *testing.T) {
	type vu struct {
		v float64
		u string
	}
	get := func(c model.Claim) vu { return vu{*c.Value, c.Unit} }
	tests := []langCase[vu]{
		{"de", "Der Zuschuss für Brennau beträgt Fr. 250'000.", []vu{{250000, "CHF"}}},
		{"de", "Der Kanton zahlt Fr. 1,2 Mio. an die Gemeinde Brennau.", []vu{{1.2e6, "CHF"}}},
		{"de", "Das Billett nach Brennau kostet 4.50 Fr.", []vu{{4.5, "CHF"}}},
		{"fr", "La subvention pour Valmont s'élève à Fr. 250'000.", []vu{{250000, "CHF"}}},
	}
	checkLang(t, tests, get)
}
