package textclean

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// headerBody is the story under the headers of TestHeaderAfterChrome.
const headerBody = "The ferry to Holm island stopped running on Tuesday after a storm tore two mooring posts from the pier, the operator said.\n\n" +
	"Islanders were told to expect a week without the service while divers inspect the harbour wall.\n\n" +
	"A smaller boat will carry post and medicine to Holm twice a day until the ferry returns, the council added."

// TestHeaderAfterChrome: a text that opens with the page's chrome (skip
// links, a menu, a breadcrumb, a section label) keeps its headline, byline
// and time stamp as a text that opens with the headline does, when the
// article's header (a byline or a time stamp) follows the headline; the
// guards keep other lines under the chrome out of the title. Each case
// names the rule it fails without.
func TestHeaderAfterChrome(t *testing.T) {
	const headline = "Storm damage halts Holm island ferry for a week"
	type rm struct{ text, kind, rule string }
	for _, tc := range []struct {
		name, head, title string
		authors           []string
		removed           []rm
		kept              string // a line that stays in the body
	}{
		{"title-after-chrome, dateline-after-chrome, byline-agency: menu, headline, time stamp, byline, agency",
			"Skip to content\nMenu\nSearch\nNews | Sport | Weather\n\n" + headline + "\n\nUpdated 20 minutes ago\n\nBy Tomas Reyn\nReuters",
			headline, []string{"Tomas Reyn"}, []rm{{"Updated 20 minutes ago", "byline", "relative-time"}, {"By Tomas Reyn", "byline", "dateline"}, {"Reuters", "byline", "byline-agency"}}, ""},
		{"title-after-chrome: menu, headline, time stamp, byline",
			"Skip to content\nMenu\nSearch\nNews | Sport | Weather\n\n" + headline + "\n\nUpdated 20 minutes ago\n\nBy Tomas Reyn",
			headline, []string{"Tomas Reyn"}, []rm{{"By Tomas Reyn", "byline", "dateline"}}, ""},
		{"title-after-chrome: a breadcrumb over the headline, a byline with its agency",
			"Home > News > Islands\n\n" + headline + "\n\nBy Tomas Reyn | Reuters",
			headline, []string{"Tomas Reyn"}, []rm{{"By Tomas Reyn | Reuters", "byline", "dateline"}}, ""},
		{"dateline-after-chrome: no time stamp, the byline is the fifth line from the top",
			"Skip to content\nMenu\nSearch\nNews | Sport | Weather\n\n" + headline + "\n\nBy Tomas Reyn",
			headline, []string{"Tomas Reyn"}, []rm{{"By Tomas Reyn", "byline", "dateline"}}, ""},
		{"caption-not-byline: a byline out of the header stays text, not a picture's caption",
			"Skip to content\nMenu\nSearch\nNews | Sport | Weather\nWeather warnings\n\nLong read\n\nBy Tomas Reyn\nReuters",
			"", nil, []rm{{"Reuters", "image_credit", "image-credit"}}, "By Tomas Reyn"},
		{"byline-agency: an agency line that is no credit word",
			headline + "\n\nBy Tomas Reyn\nAssociated Press",
			headline, []string{"Tomas Reyn"}, []rm{{"Associated Press", "byline", "byline-agency"}}, ""},
		{"byline-agency-name: the agency after a comma is no author",
			headline + "\n\nBy Tomas Reyn, Reuters",
			headline, []string{"Tomas Reyn"}, []rm{{"By Tomas Reyn, Reuters", "byline", "dateline"}}, ""},
		{"title-after-chrome: a breadcrumb over the headline",
			"Home > News > Islands\n\n" + headline + "\n\nBy Tomas Reyn | Reuters\n\nPublished 3 hours ago",
			headline, []string{"Tomas Reyn"}, []rm{{"Home > News > Islands", "navigation", "navigation"}, {"Published 3 hours ago", "byline", "relative-time"}}, ""},
		{"title-header-run: the headline runs on into its time stamp",
			"Skip to main content\n" + headline + "\nPublished 3 hours ago\nBy Tomas Reyn",
			headline, []string{"Tomas Reyn"}, []rm{{"Published 3 hours ago", "byline", "relative-time"}, {"By Tomas Reyn", "byline", "dateline"}}, ""},
		{"title-header-run: with no chrome above",
			headline + "\nPublished 3 hours ago\nBy Tomas Reyn",
			headline, []string{"Tomas Reyn"}, []rm{{"Published 3 hours ago", "byline", "relative-time"}, {"By Tomas Reyn", "byline", "dateline"}}, ""},
		{"section-label: a section name over the headline",
			"Islands\n\n" + headline + "\n\nBy Tomas Reyn",
			headline, []string{"Tomas Reyn"}, []rm{{"Islands", "navigation", "section-label"}}, ""},
		{"dateline-after-standfirst: a standfirst between headline and byline",
			"Skip to content\n\n" + headline + "\n\nDivers will check the harbour wall before the crossings resume\n\nBy Tomas Reyn\nReuters",
			headline, []string{"Tomas Reyn"}, []rm{{"By Tomas Reyn", "byline", "dateline"}, {"Reuters", "byline", "byline-agency"}}, ""},
		// the guards of title-after-chrome
		{"headerFollows: no header under the line after the chrome, no title",
			"Skip to content\nMenu\n\nFerry timetables for the islands\n\n" + headerBody + " Ferry timetables are posted at the pier.",
			"", nil, nil, ""},
		{"runsOnFromChrome: a breadcrumb's current page is no headline",
			"Home\nHoly island ferries\n\nUpdated 2 hours ago\n\n" + headerBody,
			"", nil, nil, ""},
		{"headlineShaped: a label under the chrome is no headline",
			"Skip to content\n\nPosted By\n\nUpdated 2 hours ago\n\n" + headerBody,
			"", nil, nil, ""},
		{"headlineShaped: nor the pieces of a byline whose names were links",
			"Skip to content\n\nBy\n\n, and\n\nUpdated 2 hours ago\n\n" + headerBody,
			"", nil, nil, ""},
	} {
		a, err := Extract(tc.head+"\n\n"+headerBody, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("%s: title %q, want %q", tc.name, a.Title, tc.title)
		}
		if !slices.Equal(a.Authors, tc.authors) {
			t.Errorf("%s: authors %q, want %q", tc.name, a.Authors, tc.authors)
		}
		if strings.Contains(a.Text, headline) {
			t.Errorf("%s: the headline stayed in the body: %.80q", tc.name, a.Text)
		}
		if tc.kept != "" && !strings.Contains(a.Text, tc.kept) {
			t.Errorf("%s: %q left the body: %+v", tc.name, tc.kept, a.Removed)
		}
		for _, w := range tc.removed {
			if !slices.Contains(a.Removed, model.Removed{Kind: w.kind, Text: w.text, Rule: w.rule}) {
				t.Errorf("%s: %q not removed as %s (%s): %+v", tc.name, w.text, w.kind, w.rule, a.Removed)
			}
		}
		// the body starts with the story, under a header read whole
		if tc.title != "" && !strings.HasPrefix(a.Text, "The ferry to Holm") && !strings.HasPrefix(a.Text, "Divers will check") {
			t.Errorf("%s: text starts %.50q, want the story", tc.name, a.Text)
		}
	}
}
