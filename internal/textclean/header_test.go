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

// TestTitleAfterChrome: a text that opens with the page's chrome (skip
// links, a menu, a breadcrumb, a section label) keeps its headline as a
// text that opens with the headline does, when the article's header (a
// byline or a time stamp) follows it; the guards keep other lines under
// the chrome out of the title. Each case names the rule it fails without.
func TestTitleAfterChrome(t *testing.T) {
	const headline = "Storm damage halts Holm island ferry for a week"
	for _, tc := range []struct {
		name, head, title string
		label             string // a line removed as rule section-label
	}{
		{"title-after-chrome: menu, headline, time stamp, byline",
			"Skip to content\nMenu\nSearch\nNews | Sport | Weather\n\n" + headline + "\n\nUpdated 20 minutes ago\n\nBy Tomas Reyn", headline, ""},
		{"title-after-chrome: a breadcrumb over the headline",
			"Home > News > Islands\n\n" + headline + "\n\nBy Tomas Reyn | Reuters", headline, ""},
		{"title-header-run: the headline runs on into its time stamp",
			"Skip to main content\n" + headline + "\nPublished 3 hours ago\nBy Tomas Reyn", headline, ""},
		{"title-header-run: with no chrome above",
			headline + "\nPublished 3 hours ago\nBy Tomas Reyn", headline, ""},
		{"section-label: a section name over the headline",
			"Islands\n\n" + headline + "\n\nBy Tomas Reyn", headline, "Islands"},
		// the guards of title-after-chrome
		{"headerFollows: no header under the line after the chrome, no title",
			"Skip to content\nMenu\n\nFerry timetables for the islands\n\n" + headerBody + " Ferry timetables are posted at the pier.", "", ""},
		{"runsOnFromChrome: a breadcrumb's current page is no headline",
			"Home\nHoly island ferries\n\nUpdated 2 hours ago\n\n" + headerBody, "", ""},
		{"headlineShaped: nor the pieces of a byline whose names were links",
			"Skip to content\n\nBy\n\n, and\n\nUpdated 2 hours ago\n\n" + headerBody, "", ""},
	} {
		a, err := Extract(tc.head+"\n\n"+headerBody, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("%s: title %q, want %q", tc.name, a.Title, tc.title)
		}
		if tc.label != "" && !slices.Contains(a.Removed, model.Removed{Kind: model.RemovedNavigation, Text: tc.label, Rule: "section-label"}) {
			t.Errorf("%s: %q not removed as a section label: %+v", tc.name, tc.label, a.Removed)
		}
		if strings.Contains(a.Text, headline) {
			t.Errorf("%s: the headline stayed in the body: %.80q", tc.name, a.Text)
		}
	}
}
