package textclean

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMenuColumn: a site's menu kept one item a line above the story goes
// (rule menu-column), and the byline under it is still read; short lines
// that are no menu stay. Fails with rule menu-column switched off (the
// menu's items were the body's first paragraphs).
func TestMenuColumn(t *testing.T) {
	story := "The Tallow harbour board voted on Tuesday to run a winter ferry to Quimby Island for the first time in ten years.\n" +
		"The ferry will sail twice a day from November, the board said.\n"
	for _, tc := range []struct {
		name, text string
		gone       []string // lines removed as the menu
		kept       []string // lines the body keeps
		author     string
	}{
		{"menu under a known label", "Ferry to Quimby Island returns\n\nHome\nNews\nLocal\nSport\nReal Estate\nBy Ada Marr\n" + story,
			[]string{"News", "Local", "Sport", "Real Estate"}, nil, "Ada Marr"},
		{"German menu under the home link", "Fähre nach Quimby fährt wieder\n\nStartseite\nNachrichten\nRegion\nKultur\n" + story,
			[]string{"Nachrichten", "Region", "Kultur"}, nil, ""},
		{"long menu alone", "Ferry to Quimby Island returns\n\nWorld\nBusiness\nObituaries\nClassifieds\nPlace an Ad\n" + story,
			[]string{"World", "Business", "Obituaries", "Classifieds", "Place an Ad"}, nil, ""},
		// a section label and kickers over the story: three short lines
		// with no known chrome are the text's own
		{"section label and kicker", "Ferry to Quimby Island returns\n\nIslands\nWinter Service\nSea Links\n" + story,
			nil, []string{"Islands", "Winter Service", "Sea Links"}, ""},
		// lower-case words set large on the page are no menu items
		{"lower-case slogan", "Ferry to Quimby Island returns\n\nHome\nsail\nfish\nswim\nrest\n" + story,
			nil, []string{"sail"}, ""},
		// short lines after the story began are its own (a list)
		{"list inside the story", "Ferry to Quimby Island returns\n\n" + story + "Home\nHarbour\nIsland\nMainland\nThe board meets again in May to set the fares.\n",
			nil, []string{"Harbour", "Island", "Mainland"}, ""},
	} {
		a, err := Extract(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var body []string
		for _, b := range a.Body {
			body = append(body, b.Text)
		}
		for _, g := range tc.gone {
			if slices.Contains(body, g) {
				t.Errorf("%s: menu item %q kept in the body %q", tc.name, g, body)
			}
			if !slices.ContainsFunc(a.Removed, func(r model.Removed) bool { return r.Text == g && r.Kind == model.RemovedNavigation }) {
				t.Errorf("%s: menu item %q not removed as navigation", tc.name, g)
			}
		}
		for _, k := range tc.kept {
			if !slices.Contains(body, k) {
				t.Errorf("%s: %q left the body %q", tc.name, k, body)
			}
		}
		if !strings.HasPrefix(a.Text, "The Tallow harbour board") && len(tc.kept) == 0 {
			t.Errorf("%s: text opens %.60q, want the story", tc.name, a.Text)
		}
		if tc.author != "" && !slices.Contains(a.Authors, tc.author) {
			t.Errorf("%s: authors %q, want %q", tc.name, a.Authors, tc.author)
		}
	}
}

// TestMenuItem is the table of rule menu-column's line test.
func TestMenuItem(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"News", true},
		{"Real Estate", true},
		{"Place a Classified Ad", true},
		{"Économie", true},
		{"Новости", true},
		{"首页", true},
		{"Ferry to Quimby Island returns today", false}, // five words
		{"talk", false},                                 // lower case
		{"March 3, 2026", false},                        // a date
		{"Posted:", false},                              // a label
		{"By Ada Marr", false},                          // a byline
		{"- Harbour", false},                            // a list item
		{"# Harbour", false},                            // a heading
		{"渡轮今冬重新开往岛上", false},                           // a headline of a script without spaces
		{"Supercalifragilistic Harbourmasters", false},  // too long
	} {
		if got := menuItem(tc.line); got != tc.want {
			t.Errorf("menuItem(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
