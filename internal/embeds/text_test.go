package embeds

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-news/lede/internal/model"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name  string
		lines string // joined by "\n"
		n     int
		want  model.Embed
	}{
		{"twitter two lines", "Council votes tonight #budget https://t.co/AbC123 pic.twitter.com/XyZ789\n— Town Hall News (@townhallnews) March 3, 2019", 2,
			model.Embed{Kind: "post", Platform: "twitter", Author: "Town Hall News", Handle: "townhallnews", Date: "2019-03-03", Text: "Council votes tonight #budget", Hashtags: []string{"budget"}, Links: []string{"https://t.co/AbC123"}, Media: []string{"pic.twitter.com/XyZ789"}}},
		{"twitter one line", "Still waiting @mayor_office #potholes pic.twitter.com/Q1w2E3 — Ann Lee (@annlee) 4 June 2018", 1,
			model.Embed{Kind: "post", Platform: "twitter", Author: "Ann Lee", Handle: "annlee", Date: "2018-06-04", Text: "Still waiting @mayor_office #potholes", Hashtags: []string{"potholes"}, Mentions: []string{"mayor_office"}, Media: []string{"pic.twitter.com/Q1w2E3"}}},
		{"bluesky", "The bridge is closed again.\n— Sam Roe (@samroe.bsky.social) May 1, 2024 at 3:04 PM", 2,
			model.Embed{Kind: "post", Platform: "bluesky", Author: "Sam Roe", Handle: "samroe.bsky.social", Date: "2024-05-01", Text: "The bridge is closed again."}},
		{"mastodon", "New release is out! https://example.org/r/1\n— Dev Team (@dev@fosstodon.org) Jan 5, 2023", 2,
			model.Embed{Kind: "post", Platform: "mastodon", Author: "Dev Team", Handle: "dev@fosstodon.org", Date: "2023-01-05", Text: "New release is out!", Links: []string{"https://example.org/r/1"}}},
		{"instagram three lines", "View this post on Instagram\nSunset at the pier #summer\nA post shared by Pier Cafe (@piercafe) on Jul 9, 2017 at 8:12pm PDT", 3,
			model.Embed{Kind: "post", Platform: "instagram", Author: "Pier Cafe", Handle: "piercafe", Date: "2017-07-09", Text: "Sunset at the pier #summer", Hashtags: []string{"summer"}}},
		{"instagram signature only", "A post shared by Pier Cafe (@piercafe) on Jul 9, 2017 at 8:12pm PDT", 1,
			model.Embed{Kind: "post", Platform: "instagram", Author: "Pier Cafe", Handle: "piercafe", Date: "2017-07-09"}},
		{"facebook", "We are open all weekend for the fair.\nPosted by Green Lane Market on Friday, August 11, 2017", 2,
			model.Embed{Kind: "post", Platform: "facebook", Author: "Green Lane Market", Date: "2017-08-11", Text: "We are open all weekend for the fair."}},
		{"tiktok one line", "@dancer.jo new routine #dance #fyp ♬ original sound - Jo", 1,
			model.Embed{Kind: "video", Platform: "tiktok", Handle: "dancer.jo", Text: "new routine #dance #fyp", Hashtags: []string{"dance", "fyp"}}},
		{"tiktok three lines", "@dancer.jo\nnew routine\n♬ original sound - Jo", 3,
			model.Embed{Kind: "video", Platform: "tiktok", Handle: "dancer.jo", Text: "new routine"}},
		{"youtube remnant", "Watch this video on YouTube", 1, model.Embed{Kind: "video", Platform: "youtube"}},
		{"x picture link", "Services are suspended. pic.x.com/Ab12Cd — Southlink (@southlinkrail) July 15, 2024", 1,
			model.Embed{Kind: "post", Platform: "twitter", Author: "Southlink", Handle: "southlinkrail", Date: "2024-07-15", Text: "Services are suspended.", Media: []string{"pic.x.com/Ab12Cd"}}},
		{"threads", "Post by @metofficeuk\nView on Threads", 2, model.Embed{Kind: "post", Platform: "threads", Handle: "metofficeuk"}},
		{"threads remnant", "View on Threads", 1, model.Embed{Kind: "post", Platform: "threads"}},
		{"bare url", "https://twitter.com/someone/status/123456", 1,
			model.Embed{Kind: "post", Platform: "twitter", Handle: "someone", PostID: "123456", URL: "https://twitter.com/someone/status/123456"}},
		{"bare youtube", "https://www.youtube.com/watch?v=abcdefghijk", 1,
			model.Embed{Kind: "video", Platform: "youtube", PostID: "abcdefghijk", URL: "https://www.youtube.com/watch?v=abcdefghijk"}},
		{"orphan tweet", "Queues round the block this morning #vote pic.twitter.com/Vv1Ww2", 1,
			model.Embed{Kind: "post", Platform: "twitter", Text: "Queues round the block this morning #vote", Hashtags: []string{"vote"}, Media: []string{"pic.twitter.com/Vv1Ww2"}}},
		{"author with parentheses", "Lovely day out\n— Ron F. (retired) (@ronf) 26 April 2016", 2,
			model.Embed{Kind: "post", Platform: "twitter", Author: "Ron F. (retired)", Handle: "ronf", Date: "2016-04-26", Text: "Lovely day out"}},
		{"no name", "Morning all\n— (@anon_acct) April 2, 2016", 2,
			model.Embed{Kind: "post", Platform: "twitter", Handle: "anon_acct", Date: "2016-04-02", Text: "Morning all"}},
		{"paragraph", "The council met on Tuesday - and nothing changed.\nIt was a long night.", 0, model.Embed{}},
		{"dash in prose", "Prices rose – sharply – in May (@ the market) as expected.", 0, model.Embed{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n, ok := Match(strings.Split(tt.lines, "\n"), 0)
			if n != tt.n || ok != (tt.n > 0) {
				t.Fatalf("Match: n = %d ok = %v, want %d (%+v)", n, ok, tt.n, got)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Match mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func FuzzMatch(f *testing.F) {
	f.Add("text pic.twitter.com/x\n— Name (@handle) April 26, 2016")
	f.Add("A post shared by X (@y) on Jan 1, 2020")
	f.Add("@a\nb\n♬ c")
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		for i := range lines {
			_, n, ok := Match(lines, i)
			if ok && (n < 1 || i+n > len(lines)) {
				t.Fatalf("Match(%q, %d) spans %d lines", s, i, n)
			}
		}
	})
}
