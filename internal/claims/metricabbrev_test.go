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
