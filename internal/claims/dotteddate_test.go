package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDottedDate checks rule dottedDate: a day, month and year joined by
// dots is a date, no figure; a thousands grouping and a decimal stay
// figures. Texts invented.
func TestDottedDate(t *testing.T) {
	type vu struct {
		value float64
		unit  string
	}
	get := func(c model.Claim) vu {
		if c.Value == nil {
			return vu{-1, c.Unit}
		}
		return vu{*c.Value, c.Unit}
	}
	tests := []langCase[vu]{
		{"de", "Am 7.5.2019 eröffnete Marta Brenkel die neue Bücherei von Lindrau.", nil},
		{"de", "Neue Karten für die Wander-App Trailbuch 14.03.2021Die Entwickler haben nachgebessert.", nil},
		{"de", "Bis zum 30.11.22 meldeten sich 1.318 Freiwillige beim Verein Grünhag.", []vu{{1318, "freiwillige"}}},
		{"de", "Der Kreis Ostmarn zählt 2.150.000 Einwohner.", []vu{{2150000, "people"}}},
		{"nl", "Op 3.9.2020 kwamen 250 bewoners van Veldmaar-Oost naar de zaal.", []vu{{250, "people"}}},
	}
	checkLang(t, tests, get)
}

// TestDottedDateShapes is the table of dottedDate's shapes.
func TestDottedDateShapes(t *testing.T) {
	for s, want := range map[string]bool{
		"7.5.2019": true, "14.03.2021": true, "30.11.22": true,
		"1.234.567": false, "32.01.2020": false, "12.13.2020": false,
		"1.2.3": false, "2.150.000": false, "3.5": false, "10.10.202": false,
	} {
		if got := dottedDate(s); got != want {
			t.Errorf("dottedDate(%q) = %v, want %v", s, got, want)
		}
	}
}
