package claims

import "testing"

// TestFigureGrid checks rule figureGrid: a run with a price or a
// percentage beside another figure is a flattened grid, no claim; a year
// before a share, a counter beside its own sentence and a sentence that
// separates its figures by words stay claims. Texts invented.
func TestFigureGrid(t *testing.T) {
	tests := []langCase[float64]{
		{"en", "Trail shoe Velmo Crest $84.50 now 30% off was $120.00 212 ratings 4.2 stars", nil},
		{"en", "Fees per term Harlow College $412.50 $690.25 Brenmoor University $388.00 $702.10", nil},
		{"en", "Admitted 64% $12,480 91% $31,200 Enrolled 18,400", nil},
		{"en", "Kettle Brenna Seller$18.40+ $6.10 postage 31 sold", nil},
		{"en", "The Dunmore ring road will cost $1.2 billion-to-$1.4 billion.", []float64{1.2e9}},
		{"en", "The Corran ferry now carries 4,200 passengers a day, up 12% on last year.", []float64{4200, 12}},
		{"en", "In 2023 37% of firms in Dunmore raised their prices.", []float64{37}},
		{"en", "62% 62% of riders in Velmar renew each spring", []float64{62}},
		{"de", "Tarif Basis 9% 12% Tarif Plus 14% 18% Laufzeit", nil},
		{"de", "Die Mieten in Lindrau stiegen im Mai um 9 % gegenüber dem Vorjahr.", []float64{9}},
	}
	checkLang(t, tests, claimValue)
}

// TestFigureGridKinds is the table of the words figureGrid reads.
func TestFigureGridKinds(t *testing.T) {
	for w, want := range map[string]int{
		"$18.00": figureUnit, "12%": figureUnit, "€40+": figureUnit, "£1,250": figureUnit,
		"214": figureBare, "4.5": figureBare, "2021": figureYear,
		"Seller$18.40": figureUnit, "-to-$1.4": figureNone,
		"$": figureNone, "%": figureNone, "2K": figureNone, "-17.9": figureNone, "4.": figureNone, "Cam": figureNone,
	} {
		if got := figureKind(w); got != want {
			t.Errorf("figureKind(%q) = %d, want %d", w, got, want)
		}
	}
}
