package htmlmeta

import "testing"

// halfwidthPunctTests pin rule titleFullwidthPunct: full-width marks in a
// Latin-script title read as ASCII; full-width letters and digits, and
// every mark of a CJK title, stay.
var halfwidthPunctTests = []struct{ in, want string }{
	{"How Do Tide Clocks Work？", "How Do Tide Clocks Work?"},
	{"Sale！Lanterns（two for one）", "Sale!Lanterns(two for one)"},
	{"Ｔｉｄｅ Clocks", "Ｔｉｄｅ Clocks"},
	{"潮汐時計の仕組みとは？", "潮汐時計の仕組みとは？"},
	{"Tide clocks: how they work", "Tide clocks: how they work"},
}

func TestHalfwidthPunct(t *testing.T) {
	for _, tt := range halfwidthPunctTests {
		if got := halfwidthPunct(tt.in); got != tt.want {
			t.Errorf("halfwidthPunct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFullwidthPunctTitle pins the rule on an invented page: the title
// comes out with the ASCII mark.
func TestFullwidthPunctTitle(t *testing.T) {
	page := `<html lang="en"><head><title>How Do Tide Clocks Work？ | Harbour Courier</title><meta property="og:site_name" content="Harbour Courier"></head><body><article><h1>How Do Tide Clocks Work？</h1><p>` + tramText + `</p></article></body></html>`
	if got := Extract(parse(t, page), "https://courier.example/tide-clocks", testNow).Title; got != "How Do Tide Clocks Work?" {
		t.Errorf("title = %q", got)
	}
}
