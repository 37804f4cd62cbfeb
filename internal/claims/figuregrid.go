package claims

import (
	"strings"
	"unicode"
)

// figureGrid is rule figureGrid: a claim whose text holds two figures
// side by side, a price or a percentage beside another figure with only
// a space between them ("$31.50 $22.00", "12% $41,200", "$89.95 214
// reviews"), is a table, a price grid or a shop's listing that a text
// extractor flattened into one run: no sentence writes two figures with
// nothing between them, and the claim's text ran over several items of
// the grid with a product's or a row's name as its subject. A year before
// the figure is a date's ("in 2021 37% of firms"), and a figure before
// "of" opens a share ("62% 62% of riders", a page's counter written
// beside its sentence), no grid.
//
// It reports whether s holds two figures side by side, one of
// them a price or a percentage.
func figureGrid(s string) bool {
	prev, pair := figureNone, false
	for w := range strings.FieldsSeq(s) {
		if pair && w != "of" {
			return true
		}
		k := figureKind(w)
		pair = k != figureNone && prev != figureNone && prev != figureYear && (k == figureUnit || prev == figureUnit)
		prev = k
	}
	return pair
}

// Kinds of word for rule figureGrid.
const (
	figureNone = iota
	// figureBare is a number alone ("214", "4.5").
	figureBare
	// figureYear is a bare year ("2021").
	figureYear
	// figureUnit is a price or a percentage ("$18.00", "12%", "€40+").
	figureUnit
)

// gridCurrencies open a price in a grid ("$24.00", "€40", "£9.99").
const gridCurrencies = "$€£"

// figureKind says what kind of figure the whitespace-delimited word w is.
func figureKind(w string) int {
	w = strings.TrimSuffix(w, "+")
	// A label glued before a price ("Business$18.40", a listing's seller
	// type) leaves the price.
	if i := strings.IndexAny(w, gridCurrencies); i > 0 && strings.IndexFunc(w[:i], func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
		w = w[i:]
	}
	unit := false
	if rest := strings.TrimLeft(w, gridCurrencies); rest != w {
		w, unit = rest, true
	}
	if rest, ok := strings.CutSuffix(w, "%"); ok && !unit {
		w, unit = rest, true
	}
	if w == "" || w[0] < '0' || w[0] > '9' || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return figureNone
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != ',' && c != '.' {
			return figureNone
		}
	}
	switch {
	case unit:
		return figureUnit
	case len(w) == 4 && w >= "1800" && w <= "2100":
		return figureYear
	}
	return figureBare
}
