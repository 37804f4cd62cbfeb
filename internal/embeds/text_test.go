package embeds

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-news/lede/internal/model"
)

func TestMatch(t *testing.T) {
	tests := []matchCase{
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
	checkMatch(t, tests)
}

func FuzzMatch(f *testing.F) {
	f.Add("text pic.twitter.com/x\n— Name (@handle) April 26, 2016")
	f.Add("A post shared by X (@y) on Jan 1, 2020")
	f.Add("@a\nb\n♬ c")
	f.Add("A B\n@ab\n·\nFollow\nc #d\n8:14 PM · Oct 12, 2026\nReply\n3")
	f.Add("A (@b) posted:\nc\nOct 12, 2026")
	f.Add("a.b\n2h\nc\n1\nView on Threads")
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

// TestMatchRenderedCard: rule rendered-card reads the post cards a browser
// shows, flattened a line per part, and leaves article lines that share a
// part of their shape (a name, "Follow", a handle, a date) alone.
func TestMatchRenderedCard(t *testing.T) {
	rail := model.Embed{Kind: "post", Platform: "twitter", Author: "Valley Rail", Handle: "valleyrail", Date: "2026-10-12",
		Text: "Trains to Castell are suspended until further notice. #wildfire", Hashtags: []string{"wildfire"}}
	tests := []matchCase{
		{"x card", "Valley Rail\n@valleyrail\n·\nFollow\nTrains to Castell are suspended until further notice. #wildfire\n8:14 PM · Oct 12, 2026\nReply\nCopy link\nRead 14 replies", 9, rail},
		{"x card with counts and views", "Valley Rail\nVerified account\n@valleyrail\nTrains to Castell are suspended until further notice. #wildfire\n8:14 PM · Oct 12, 2026 · 12.3K Views\n41\n1.2K\nRepost\nLike\nThe operator said buses would run.", 9, rail},
		{"x card name and handle on one line", "Valley Rail @valleyrail · Follow\nTrains to Castell are suspended until further notice. #wildfire\n8:14 PM · Oct 12, 2026", 3, rail},
		{"posted lead-in", "Valley Rail (@valleyrail) posted:\nTrains to Castell are suspended until further notice. #wildfire\n8:14 PM · Oct 12, 2026\nThe operator said buses would run.", 3, rail},
		{"posted on lead-in, date only", "@valleyrail posted on X:\nTrains to Castell are suspended until further notice. #wildfire\nOct 12, 2026", 3,
			model.Embed{Kind: "post", Platform: "twitter", Handle: "valleyrail", Date: "2026-10-12", Text: rail.Text, Hashtags: rail.Hashtags}},
		{"lead-in over two lines of text", "Valley Rail (@valleyrail) posted:\nTrains to Castell are suspended.\nCheck the app for updates.\n8:14 PM · Oct 12, 2026", 4,
			model.Embed{Kind: "post", Platform: "twitter", Author: "Valley Rail", Handle: "valleyrail", Date: "2026-10-12", Text: "Trains to Castell are suspended.\nCheck the app for updates."}},
		{"bluesky header time", "Sam Roe @samroe.bsky.social · 2h\nThe ferry is running late again, bring a coat.\n3 replies\n12 reposts\n40 likes\nOfficials did not comment.", 5,
			model.Embed{Kind: "post", Platform: "bluesky", Author: "Sam Roe", Handle: "samroe.bsky.social", Text: "The ferry is running late again, bring a coat."}},
		{"bluesky header time, no buttons", "Sam Roe\n@samroe.bsky.social\n·\n2h\nThe ferry is running late again, bring a coat.\nOfficials did not comment on the delays.", 5,
			model.Embed{Kind: "post", Platform: "bluesky", Author: "Sam Roe", Handle: "samroe.bsky.social", Text: "The ferry is running late again, bring a coat."}},
		{"bluesky footer", "Sam Roe\n@samroe.bsky.social\nThe ferry is running late again, bring a coat.\nOctober 12, 2026 at 3:04 PM", 4,
			model.Embed{Kind: "post", Platform: "bluesky", Author: "Sam Roe", Handle: "samroe.bsky.social", Date: "2026-10-12", Text: "The ferry is running late again, bring a coat."}},
		{"mastodon", "Dev Team\n@dev@toots.example\nVersion 4 ships today https://example.org/r/4\nOct 12, 2026, 20:14\n3\n12\n5", 7,
			model.Embed{Kind: "post", Platform: "mastodon", Author: "Dev Team", Handle: "dev@toots.example", Date: "2026-10-12", Text: "Version 4 ships today", Links: []string{"https://example.org/r/4"}}},
		{"threads", "harbourbakes\n2h\nFresh rye on the counter until noon.\n12\n3\nView on Threads", 6,
			model.Embed{Kind: "post", Platform: "threads", Handle: "harbourbakes", Text: "Fresh rye on the counter until noon."}},
		{"instagram", "harbourbakes\n•\nFollow\nFresh rye on the counter until noon #bread\nOctober 12, 2026\n212 likes\nView on Instagram", 7,
			model.Embed{Kind: "post", Platform: "instagram", Handle: "harbourbakes", Date: "2026-10-12", Text: "Fresh rye on the counter until noon #bread", Hashtags: []string{"bread"}}},
		{"header-timed card before another card", "Sam Roe @samroe.bsky.social · 2h\nThe ferry is running late again, bring a coat.\nDev Team\n@dev@toots.example\nVersion 4 ships today\nOct 12, 2026, 20:14", 2,
			model.Embed{Kind: "post", Platform: "bluesky", Author: "Sam Roe", Handle: "samroe.bsky.social", Text: "The ferry is running late again, bring a coat."}},
		{"untimed card before another card", "Ann Lee\n@annlee\n·\nFollow\nThe ferry is running late again, bring a coat.\nDev Team\n@dev@toots.example\nVersion 4 ships today\nOct 12, 2026, 20:14", 0, model.Embed{}},
		// article lines with a part of a card's shape
		{"follow alone", "Follow\nThe council meets again on Monday to vote.\n8:14 PM · Oct 12, 2026", 0, model.Embed{}},
		{"name alone", "Valley Rail\nThe operator said buses would run where roads were open.\nOct 12, 2026", 0, model.Embed{}},
		{"author box", "Jane Roe\n@janeroe\nJane covers transport and the valley towns.\nOct 12, 2026", 0, model.Embed{}},
		{"byline", "Jane Roe\n@janeroe\nOct 12, 2026 8:14 PM\nTrains to Castell are suspended until further notice.", 0, model.Embed{}},
		{"byline with a day", "Jane Roe\n@janeroe\nMay 3\nTrains to Castell are suspended until further notice.", 0, model.Embed{}},
		{"x card dated in its header", "Valley Rail\n@valleyrail\n·\nOct 12\nTrains to Castell are suspended until further notice. #wildfire\n41\nRepost", 7,
			model.Embed{Kind: "post", Platform: "twitter", Author: "Valley Rail", Handle: "valleyrail", Date: "--10-12", Text: rail.Text, Hashtags: rail.Hashtags}},
		{"forum reply", "@quillpen\nThat fixed it for me, thanks for the tip.\nOct 12, 2026, 8:14 PM\nReply", 0, model.Embed{}},
		{"handle in a sentence", "Follow us @valleyrail for updates\nTrains to Castell are suspended.\nOct 12, 2026 at 8:14 PM", 0, model.Embed{}},
		{"mention in a sentence", "Thanks @quillpen\nThat fixed it for me, thanks for the tip.\nOct 12, 2026, 8:14 PM", 0, model.Embed{}},
		{"post text ending with a mention", "Valley Rail\n@valleyrail\nBuses replace trains today, thanks @countybus\n8:14 PM · Oct 12, 2026", 4,
			model.Embed{Kind: "post", Platform: "twitter", Author: "Valley Rail", Handle: "valleyrail", Date: "2026-10-12", Text: "Buses replace trains today, thanks @countybus", Mentions: []string{"countybus"}}},
		{"decorator", "@login_required\ndef index(request):\nOct 12, 2026", 0, model.Embed{}},
		{"bare word, no platform", "harbourbakes\n2h\nFresh rye on the counter until noon.", 0, model.Embed{}},
		{"bare word, label past the card", "harbourbakes\n2h\nFresh rye on the counter until noon.\nThe bakery opened in May.\nIt sells out most days.\nIts owner bakes at four.\nShe hired two staff.\nPrices held this year.\nQueues form early.\nView on Threads", 0, model.Embed{}},
		{"lead-in, no time", "Valley Rail (@valleyrail) posted:\nTrains to Castell are suspended until further notice.\nThe operator said buses would run.", 0, model.Embed{}},
		{"header date, no buttons", "Jane Roe @janeroe · Oct 12, 2026\nTrains to Castell are suspended until further notice.\nThe operator said buses would run.", 0, model.Embed{}},
		// rule card-opener-not-footer: the next post's opening line is no
		// footer of this card, and the paragraph above it stays the story's
		{"card before an instagram post", "Sam Roe\n@samroe_sport\n·\nMar 4\nThe noise in the ground is something else. #HomeAgain\nTickets sold out within the hour, the club said.\nView this post on Instagram\nA post shared by Quay Club (@quayclub)", 5,
			model.Embed{Kind: "post", Author: "Sam Roe", Handle: "samroe_sport", Platform: "twitter", Date: "--03-04", Text: "The noise in the ground is something else. #HomeAgain", Hashtags: []string{"HomeAgain"}}},
		{"timed card before an instagram post", "Valley Rail\n@valleyrail\nTrains to Castell are suspended.\n8:14 PM · Oct 12, 2026\n41\nView this post on Instagram\nA post shared by Quay Club (@quayclub)", 5,
			model.Embed{Kind: "post", Platform: "twitter", Author: "Valley Rail", Handle: "valleyrail", Date: "2026-10-12", Text: "Trains to Castell are suspended."}},
		{"header date before an instagram post", "Valley Rail\n@valleyrail\n·\nOct 12, 2026\nTrains to Castell are suspended.\nView this post on Instagram\nA post shared by Quay Club (@quayclub)", 0, model.Embed{}},
	}
	checkMatch(t, tests)
}

// matchCase is one case of Match: lines joined by "\n", the lines it
// spans (0: no embed) and the embed.
type matchCase struct {
	name  string
	lines string
	n     int
	want  model.Embed
}

func checkMatch(t *testing.T, tests []matchCase) {
	t.Helper()
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

// TestMatchSigNoYear: rule sig-date-no-year reads a signature whose date
// lost its year, keeping its month and day for ResolveYearless; a word that
// is no month after the handle still rejects.
func TestMatchSigNoYear(t *testing.T) {
	post := func(text, author, handle string) model.Embed {
		return model.Embed{Kind: "post", Platform: "twitter", Author: author, Handle: handle, Date: "--03-12", Text: text}
	}
	checkMatch(t, []matchCase{
		{"day month", "The ferry is running late again.\n— Ana Reyes (@areyes) 12 March", 2, post("The ferry is running late again.", "Ana Reyes", "areyes")},
		{"month day", "The ferry is running late again.\n— Ana Reyes (@areyes) March 12", 2, post("The ferry is running late again.", "Ana Reyes", "areyes")},
		{"german", "Die Fähre fällt heute aus.\n— Jonas Kettler (@jkettler) 12. März", 2, post("Die Fähre fällt heute aus.", "Jonas Kettler", "jkettler")},
		{"spanish", "El ferry no sale hoy.\n— Lucía Barrio (@luciabarrio) 12 de marzo", 2, post("El ferry no sale hoy.", "Lucía Barrio", "luciabarrio")},
		{"with a time", "The ferry is running late again.\n— Ana Reyes (@areyes) March 12 at 3:04 PM", 2, post("The ferry is running late again.", "Ana Reyes", "areyes")},
		{"no month", "The ferry is running late again.\n— Ana Reyes (@areyes) 12 apples", 0, model.Embed{}},
		{"no day", "The ferry is running late again.\n— Ana Reyes (@areyes) 42 March", 0, model.Embed{}},
		{"no time", "The ferry is running late again.\n— Ana Reyes (@areyes) March 12 at the pier", 0, model.Embed{}},
	})
}

// TestResolveYearless: rule sig-date-year-from-article gives a yearless
// post the article's year, or the year before for a day after the
// article's; with no article date, or a day the year lacks, the date is
// empty. Full dates stay as they are.
func TestResolveYearless(t *testing.T) {
	jan3 := time.Date(2026, time.January, 3, 0, 0, 0, 0, time.UTC)
	mar1 := time.Date(2027, time.March, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, date string
		published  time.Time
		want       string
	}{
		{"same year", "--01-02", jan3, "2026-01-02"},
		{"same day", "--01-03", jan3, "2026-01-03"},
		{"year before", "--12-28", jan3, "2025-12-28"},
		{"no article date", "--12-28", time.Time{}, ""},
		{"leap day in no leap year", "--02-29", mar1, ""},
		{"full date kept", "2025-11-30", jan3, "2025-11-30"},
		{"no date", "", jan3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := []model.Embed{{Kind: "post", Date: tt.date}}
			ResolveYearless(es, tt.published)
			if es[0].Date != tt.want {
				t.Errorf("ResolveYearless(%q, %s) = %q, want %q", tt.date, tt.published.Format("2006-01-02"), es[0].Date, tt.want)
			}
		})
	}
}

// TestMatchViewOnRemnant: rule view-on-remnant reads Mastodon's and
// Bluesky's link lines, alone or under Mastodon's author line; prose that
// starts the same way stays.
func TestMatchViewOnRemnant(t *testing.T) {
	checkMatch(t, []matchCase{
		{"mastodon code", "Post by @harbourwatch@social.example.org\nView on Mastodon", 2,
			model.Embed{Kind: "post", Platform: "mastodon", Handle: "harbourwatch@social.example.org"}},
		{"mastodon alone", "View on Mastodon", 1, model.Embed{Kind: "post", Platform: "mastodon"}},
		{"bluesky alone", "View on Bluesky", 1, model.Embed{Kind: "post", Platform: "bluesky"}},
		{"french bluesky", "Voir sur Bluesky", 1, model.Embed{Kind: "post", Platform: "bluesky"}},
		{"german mastodon", "Auf Mastodon ansehen", 1, model.Embed{Kind: "post", Platform: "mastodon"}},
		{"prose", "View on Mastodon was mixed among the dockers, the union said.", 0, model.Embed{}},
	})
}

// TestMatchViewOnXTikTok: rule view-on-x-tiktok reads X's and TikTok's
// link lines alone, in English and the other languages of
// view-on-remnant; a TikTok embed is a video. Prose stays.
func TestMatchViewOnXTikTok(t *testing.T) {
	x := model.Embed{Kind: "post", Platform: "twitter"}
	tiktok := model.Embed{Kind: "video", Platform: "tiktok"}
	checkMatch(t, []matchCase{
		{"x", "View on X", 1, x},
		{"twitter", "View on Twitter", 1, x},
		{"spanish x", "Ver en X", 1, x},
		{"german x", "Auf X ansehen", 1, x},
		{"tiktok", "View on TikTok", 1, tiktok},
		{"french tiktok", "Voir sur TikTok", 1, tiktok},
		{"italian tiktok", "Visualizza su TikTok", 1, tiktok},
		{"prose", "Ver en X lo que dijo el alcalde no sirvió de nada, según los vecinos.", 0, model.Embed{}},
	})
}
