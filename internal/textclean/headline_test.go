package textclean

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNotHeadline: a short first line standing alone is not taken as the
// title when it is a one-word label, a label ending with a colon, page
// chrome, a dateline or an image credit (an extractor that left the headline
// out); the line stays with the body, which keeps it or removes it by its
// own rules. Each case fails with its rule switched off; the last cases are
// headlines that must stay titles.
func TestNotHeadline(t *testing.T) {
	const body = "\n\nThe Quimby council opened two allotment sites on Friday, each with forty plots.\n\nThe sites open at eight."
	for _, tc := range []struct {
		rule, first, title string
		removed            bool // the body rules remove the line (else it opens the body text)
	}{
		{"title-one-word", "Zorblets", "", false},
		{"title-one-word", "#1", "", true}, // rule lone-hash-number: a post number, not the story's
		{"title-counter", "1,204 views", "", false},
		{"title-counter", "$24.95 plus postage", "", false},
		{"title-counter", "6.3K views 23 replies 14 participants last post by zorbfan", "", false},
		{"title-label", "Tallow plots come with the following:", "", false},
		{"title-salutation", "Hi, all zorblers!", "", false},
		{"title-salutation", "Dear fellow allotment holders,", "", false},
		{"title-salutation", "Back at the Quimby plots again --", "", false},
		{"title-date", "Apr 12", "", false},
		{"title-date", "Released Wednesday, March 2, 2031", "", false},
		{"title-date", "1d ago · 3 min read", "", false},
		{"title-capitals", "CRUSH THE WEEDS WITH ZORBLER POWER", "", false},
		{"title-prose", "Anyone planning a zorbler hedge along a windy plot tends to start with a tall fence, though a low wall of stones often serves a small garden better?", "", false},
		{"title-chrome", "Share on Pinterest", "", true},
		{"title-chrome", "Skip to main content", "", true},
		{"title-chrome", "Ada Marr/Reuters", "", true},
		{"title-dateline", "Updated March 9, 2031", "", true},
		{"title-dateline", "By Ada Marr", "", true},
		{"title-credit", "AFP / Ada Marr", "", true},
		{"title-credit", "Ada Marr digging the new plots (Photo: Tallow Gazette)", "", true},
		{"headline", "Quimby council opens two allotment sites", "Quimby council opens two allotment sites", false},
		{"headline opening with a number", "2031 in review: the Quimby allotments", "2031 in review: the Quimby allotments", false},
		{"initials", "US FDA", "US FDA", false},
		{"headline with a date", "Quimby plots open on March 2", "Quimby plots open on March 2", false},
		{"long Title Case headline", "Zorbler Hedge Trimmer 2031, 40V Cordless Garden Shears With Battery, Charger, Blade Guard And Extension Pole For Tall Hedges (Green)", "Zorbler Hedge Trimmer 2031, 40V Cordless Garden Shears With Battery, Charger, Blade Guard And Extension Pole For Tall Hedges (Green)", false},
		{"headline after cta-watch", "WATCH: Five things the Quimby council promised", "WATCH: Five things the Quimby council promised", false},
	} {
		a, err := Extract(tc.first+body, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("%s %q: title %q, want %q", tc.rule, tc.first, a.Title, tc.title)
			continue
		}
		if tc.title != "" {
			continue
		}
		kept := strings.HasPrefix(a.Text, tc.first+"\n")
		if tc.removed {
			kept = false
			for _, r := range a.Removed {
				kept = kept || r.Text == tc.first
			}
		}
		if !kept {
			t.Errorf("%s %q: line lost; text %.60q, removed %v", tc.rule, tc.first, a.Text, a.Removed)
		}
	}
}

// TestTitleEcho: rule title-echo refuses a first line none of whose words
// the text uses again (a section label, a tagline above the story) and
// sets it aside with the removed parts; a headline whose words recur, a
// short body, a line in a script without spaces and a Markdown heading keep
// the title; a label of two words must have both recur. The first cases
// fail without the rule (the third without maxLabelWords).
func TestTitleEcho(t *testing.T) {
	const long = "\n\nThe Quimby council opened two allotment sites on Friday, each with forty plots for residents of the town.\n\n" +
		"Councillors said the sites, on former playing fields by the river, had waited three years for planning approval and drainage work.\n\n" +
		"Plot holders pay twelve pounds a year; the council supplies water, a shed for tools and compost from the town's green bins.\n\n" +
		"A waiting list opens next month, and the council hopes to add a third site by the spring if the first two fill."
	const short = "\n\nThe Quimby council opened two allotment sites on Friday, each with forty plots."
	for _, tc := range []struct {
		name, text, title string
		removed           bool // the first line is set aside by title-echo
	}{
		{"label over a long body", "Handy summary" + long, "", true},
		{"tagline over a long body", "Gardening notes" + long, "", true},
		{"label of two words, one echoed", "Allotment notes" + long, "", true},
		{"two words, both echoed", "Quimby allotments" + long, "Quimby allotments", false},
		{"headline echoed", "Quimby council opens two allotment sites" + long, "Quimby council opens two allotment sites", false},
		{"headline echoed by a longer form", "Allotments open by the Quimby river" + long, "Allotments open by the Quimby river", false},
		{"short body", "Handy summary" + short, "Handy summary", false},
		{"headline echoed by a longer form of a four-letter word", "Long wait over" + long, "Long wait over", false},
		{"numbers are not judged", "Top 10 of 2031" + long, "Top 10 of 2031", false},
		{"no spaces between words", "昆比市议会 开放菜园" + long, "昆比市议会 开放菜园", false},
		{"no spaces between words, one word", "昆比市议会开放两处菜园" + long, "昆比市议会开放两处菜园", false},
		{"markdown heading", "# Handy summary" + long + "\n\nSee [the plots](https://quimby.example/plots).", "Handy summary", false},
	} {
		a, err := Extract(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("%s: title %q, want %q", tc.name, a.Title, tc.title)
		}
		first, _, _ := strings.Cut(tc.text, "\n")
		removed := false
		for _, r := range a.Removed {
			removed = removed || r.Rule == "title-echo" && r.Text == first
		}
		if removed != tc.removed {
			t.Errorf("%s: set aside %v, want %v (removed %v)", tc.name, removed, tc.removed, a.Removed)
		}
		if tc.removed && strings.Contains(a.Text, first) {
			t.Errorf("%s: %q left in the body", tc.name, first)
		}
	}
}

// TestEachEchoWord: words are runs of letters and digits, stems their first
// five runes lower-cased.
func TestEachEchoWord(t *testing.T) {
	var got []string
	eachEchoWord("Über-Gärten, 2031: walk…Ausbildungen", func(w string, stem []byte, runes int) bool {
		got = append(got, w+"/"+string(stem)+"/"+strconv.Itoa(runes))
		return true
	})
	want := []string{"Über/über/4", "Gärten/gärte/6", "2031/2031/4", "walk/walk/4", "Ausbildungen/ausbi/12"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("eachEchoWord (-want +got):\n%s", diff)
	}
}

// TestCutSiteSuffix: rule title-site-suffix cuts the site's name and crumbs
// off a first line copied from a page title, and leaves headlines that only
// look alike; rule title-crumb keeps a crumb trail's last step (none when
// it is one word) and leaves a headline with its site after "»". The cut
// cases fail without their rule.
func TestCutSiteSuffix(t *testing.T) {
	for in, want := range map[string]string{
		"Quimby opens two allotment sites | Tallow Gazette":                     "Quimby opens two allotment sites",
		"Quimby opens two allotment sites | TALLOWGAZETTE.EXAMPLE":              "Quimby opens two allotment sites",
		"Zorblers for a small plot? | Zorbs | Garden Tools | Outdoor Living":    "Zorblers for a small plot?",
		"Which zorbler for a small plot? - Garden Tools - Quimby Growers Forum": "Which zorbler for a small plot?",
		"Quimby allotment prices - Tallow Price Report":                         "Quimby allotment prices",
		"Zorbler Dial - HDR Model":                                              "Zorbler Dial - HDR Model",
		"ZORBdesk - Adjustable Height Potting Bench":                            "ZORBdesk - Adjustable Height Potting Bench",
		"Quimby council opens two allotment sites - VIDEO":                      "Quimby council opens two allotment sites - VIDEO",
		"Zorbs | Tallow Gazette":                                                "Zorbs | Tallow Gazette",
		"UP TO 45% OFF | 48-HOUR DEAL":                                          "UP TO 45% OFF | 48-HOUR DEAL",
		"Quimby's plots - are they worth it? - Tallow Forum":                    "Quimby's plots - are they worth it? - Tallow Forum",
		"Quimby council opens two allotment sites | VIDEO":                      "Quimby council opens two allotment sites | VIDEO",
		"Quimby plots | Worth It?":                                              "Quimby plots | Worth It?",
		"Home › Allotments › Quimby council opens two sites":                    "Quimby council opens two sites",
		"shop › zorbler mug":                                                    "zorbler mug",
		"> Blog > News > Quimby plots open":                                     "Quimby plots open",
		"Library » Reports":                                                     "",
		"Zorbler review » Tallow Gazette":                                       "Zorbler review » Tallow Gazette",
		"Why dig deep? » Zorb Gardens":                                          "Why dig deep? » Zorb Gardens",
		"Zorbs > weeds":                                                         "Zorbs > weeds",
		"« Les zorbs » et nous":                                                 "« Les zorbs » et nous",
	} {
		if got := cutSiteSuffix(in); got != want {
			t.Errorf("cutSiteSuffix(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSiteSuffixOutlet: the headline loses the site's name, the outlet is
// still read from it.
func TestSiteSuffixOutlet(t *testing.T) {
	a, err := Extract("Quimby opens two allotment sites | Tallow Gazette\n\nThe Quimby council opened two allotment sites on Friday.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Quimby opens two allotment sites" || a.Outlet != "Tallow Gazette" {
		t.Errorf("title %q, outlet %q", a.Title, a.Outlet)
	}
}

// TestProseLineAlone: rule title-prose leaves a text of one line alone.
func TestProseLineAlone(t *testing.T) {
	const line = "Anyone planning a zorbler hedge along a windy plot tends to start with a tall fence, though a low wall of stones often serves a small garden better?"
	if proseLine(line, nil) || proseLine(line, []string{"", " "}) {
		t.Errorf("proseLine fires on a text of one line")
	}
	if !proseLine(line, []string{"", "Zorblers grow fast."}) {
		t.Errorf("proseLine does not fire over a body")
	}
}

// TestChromeRunOn: rule title-chrome-run refuses a first line run on into
// page furniture; a headline run on into its standfirst keeps the title.
func TestChromeRunOn(t *testing.T) {
	const body = "\n\nThe Quimby council opened two allotment sites on Friday, each with forty plots."
	for _, tc := range []struct{ text, title string }{
		{"Tallow Gazette accessibility statement\nSkip to main content" + body, ""},
		{"Quimby council opens two allotment sites\nForty plots by the river, and more to come" + body, "Quimby council opens two allotment sites"},
	} {
		a, err := Extract(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("%.40q: title %q, want %q", tc.text, a.Title, tc.title)
		}
	}
}

// TestNoSpaceHeadline: rule title-one-word reads a line without spaces in a
// script written without them as a headline when it is long enough
// (minNoSpaceHeadlineRunes); a two-character label is no title.
func TestNoSpaceHeadline(t *testing.T) {
	const body = "\n\n码头管理局今天宣布，北码头渡轮将于周六起每天增加两个班次。\n\n管理局发言人表示，新班次将缓解早高峰的拥挤。"
	for _, tc := range []struct{ first, title string }{
		{"北码头渡轮周六起加班", "北码头渡轮周六起加班"},
		{"桟橋のフェリーが増便へ", "桟橋のフェリーが増便へ"},
		{"首页", ""},
		{"概述", ""},
	} {
		a, err := Extract(tc.first+body, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("%q: title %q, want %q", tc.first, a.Title, tc.title)
		}
	}
}

// TestFirstSectionOnly: rule title-first-section refuses a first line whose
// words the text takes up only before its first subheading (a listing's
// first teaser over its blurb); a headline whose words come back in a
// later section, and one over a short text after its first subheading,
// keeps the title. The first case fails without the rule.
func TestFirstSectionOnly(t *testing.T) {
	const later = "Plots by the river went to families on the waiting list, each with a shed and a water butt, " +
		"and the rest of the sites will follow once the paths are laid and the fences are mended by the volunteers " +
		"who have worked there every weekend since the spring. Each family pays a small fee for the year, " +
		"and the water is free."
	for _, tc := range []struct{ text, title string }{
		{"Herons return to the Quimby marshes\n\nThe herons nest again in the marshes after ten years away.\n\n" +
			"Tallow opens new allotments\n\n" + later, ""},
		{"Quimby council opens two allotment sites\n\nThe council opened two allotment sites on Friday.\n\n" +
			"Waiting list\n\n" + later + " The council thanks them.", "Quimby council opens two allotment sites"},
		{"Herons return to the Quimby marshes\n\nThe herons nest again in the marshes after ten years away.\n\n" +
			"Tallow opens new allotments\n\nPlots by the river went to families.", "Herons return to the Quimby marshes"},
	} {
		a, err := Extract(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("%.40q: title %q, want %q", tc.text, a.Title, tc.title)
		}
		if first, _, _ := strings.Cut(tc.text, "\n"); tc.title == "" && !strings.HasPrefix(a.Text, first+"\n") {
			t.Errorf("%q: line not kept in the body: %.60q", first, a.Text)
		}
	}
}

// TestTitleUnderDateline pins rule title-under-dateline: under an opening
// date line, a headline-shaped line with a byline after it is the title;
// without the byline it stays a paragraph.
func TestTitleUnderDateline(t *testing.T) {
	lead := "The harbour council voted on Tuesday to approve a reduced winter timetable for the island ferry, cutting two evening crossings.\n"
	for _, tc := range []struct {
		text, title string
		blocks      int
	}{
		{"March 4, 2025\n\nCouncil approves new ferry timetable\n\nBy Ann Hale\n\n" + lead, "Council approves new ferry timetable", 1},
		{"12. März 2026\nNeue Tarife für Strom und Gas ab April\nVon Julia Becker\n" + lead, "Neue Tarife für Strom und Gas ab April", 1},
		{"March 4, 2025\n\nCouncil approves new ferry timetable\n\n" + lead, "", 2},
		{"March 4, 2025\n\nThe council met on Tuesday.\n\nBy Ann Hale\n\n" + lead, "", 2},
		// the line under the headline is a byline: a credit word
		// (not a dated line alone) that the dateline reader takes (not
		// a sentence opening with "By"); the first line a date line,
		// not a byline
		{"March 4, 2025\n\nCouncil approves new ferry timetable\n\nUpdated March 5, 2025\n\n" + lead, "", 2},
		{"March 4, 2025\n\nCouncil approves new ferry timetable\n\nBy the numbers\n\n" + lead, "", 3},
		{"By Ann Hale\n\nCouncil approves new ferry timetable\n\nBy Tom Reed\n\n" + lead, "", 3},
	} {
		a, _ := Extract(tc.text, Options{})
		if a.Title != tc.title || len(a.Body) != tc.blocks {
			t.Errorf("%q: title %q, %d blocks, want %q, %d", tc.text, a.Title, len(a.Body), tc.title, tc.blocks)
		}
	}
}
