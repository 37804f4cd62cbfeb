package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMetricAbbrev checks rule metricAbbrev: a unit abbreviation after a
// figure, glued or spaced, is its unit when the clause measures it (a
// quantity "of" something, a verb of level, change, weight or length
// before it); a measure that names a format or a size before a noun is
// no claim, and "m" stays a million.
func TestMetricAbbrev(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "The storm dumped 30cm of snow on Eastmere.", []got{{30, "cm"}}},
		{"", "Up to 40 mm of rain fell on Velden in an hour.", []got{{40, "mm"}}},
		{"", "Winds reached 120km/h on the Tarn coast.", []got{{120, "km/h"}}},
		{"", "The new Orrin line runs 12km.", []got{{12, "km"}}},
		{"", "The Brackley plant will produce 20MW of power.", []got{{20, "MW"}}},
		{"", "He bought a 35mm camera in Harlow.", nil},
		{"", "The club raised £2m for the Ashby pitch.", []got{{2e6, "GBP"}}},
	}
	checkLang(t, tests, get)
}

// TestMetreDimension checks rule metreDimension: a glued "m" before a
// word of size ending the phrase is metres; before a noun it is left,
// and money keeps its millions.
func TestMetreDimension(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "The new quay at Kelmouth is 300m long.", []got{{300, "metres"}}},
		{"", "The Orrin tower will be 40m tall when it opens.", []got{{40, "metres"}}},
		{"", "A 40m tall tower will rise over Kelmouth.", nil},
		{"", "Orrin Holdings raised £40m long before the crash.", []got{{40e6, "GBP"}}},
	}
	checkLang(t, tests, get)
}

// TestMetreSize checks rule metreSize: a glued "m" between a determiner
// and a singular noun is a size in metres, no claim; before a plural it
// stays millions.
func TestMetreSize(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "Construction of the 40m tower begins in June.", nil},
		{"", "Work on a 300m quay starts at Kelmouth next spring.", nil},
		{"", "The 3m residents of Velmar voted on Sunday.", []got{{3e6, "people"}}},
	}
	checkLang(t, tests, get)
}

// TestMetreVerb checks rule metreVerb: a glued "m" after a verb that
// states a length is metres; before a plural or an area it stays
// millions.
func TestMetreVerb(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "The Brennock lighthouse measures 40m.", []got{{40, "metres"}}},
		{"", "The sea wall stretches 120m along the Kelmouth quay.", []got{{120, "metres"}}},
		{"", "The Tarvin festival measures 3m visitors a year.", []got{{3e6, "people"}}},
		{"", "The Orrin reef spans 3m square kilometres.", []got{{3e6, "square kilometres"}}},
	}
	checkLang(t, tests, get)
}

// TestCostPredicate checks rule costPredicate: "and cost" between two
// figures opens a predicate of its own, so the price is a claim of its
// own; a capitalised "Costs" is a label.
func TestCostPredicate(t *testing.T) {
	type got struct {
		Value float64
		Unit  string
	}
	get := func(c model.Claim) got { return got{*c.Value, c.Unit} }
	tests := []langCase[got]{
		{"", "The Brennock lighthouse measures 40m and cost about £12 million.", []got{{40, "metres"}, {12e6, "GBP"}}},
		{"", "The small Brennock ferry costs £9 a trip and the large one costs £14.", []got{{9, "GBP"}, {14, "GBP"}}},
	}
	checkLang(t, tests, get)
}
