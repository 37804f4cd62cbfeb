package textclean

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLeadNotHeadline: a first line that ends with a full stop and is longer
// than a headline is the body's lead paragraph (an extractor that leaves the
// headline out); a short stopped line or an unstopped one alone is still the
// headline. Fails with rule lead-not-headline switched off.
func TestLeadNotHeadline(t *testing.T) {
	for _, tc := range []struct {
		name, text, title, firstBody string
	}{
		{"long stopped lead", "Tallow Rows and Quimby Plots, the two garden planners Ada Marr tried over a whole wet summer, differ most in how they draw beds.\n\nThe first planner, Tallow Rows, draws beds to scale.\n\nThe second, Quimby Plots, only lists them.",
			"", "Tallow Rows and Quimby Plots"},
		{"two sentences, no closing stop", "Tallow Farm grew more beans this summer than in any year before. The owners now plan a second stall in the valley\n\nThe stall opens at eight.",
			"", "Tallow Farm grew more beans"},
		{"long line ending with a colon", "The Quimby council named each change it wants the allotment holders to make before the spring show:\n\nNew water taps.\n\nA second shed.",
			"", "The Quimby council named each change"},
		{"two-letter word ends a sentence", "Quimby fell in love with it. However the town council never funded the ferry it had promised\n\nThe ferry ran for a year.",
			"", "Quimby fell in love"},
		{"quote closes the sentence", "Everyone knows the saying “a hen lays one egg”. Yet the Tallow hens laid two each day this spring\n\nThe farm counted them.",
			"", "Everyone knows the saying"},
		{"abbreviations are no sentence end", "Dr. Ada Marr and the U.S. Army band open the Quimby summer fair with a parade on Saturday\n\nThe fair runs for three days.",
			"Dr. Ada Marr and the U.S. Army band open the Quimby summer fair with a parade on Saturday", "The fair runs"},
		{"lower-case abbreviation is no sentence end", "Quimby Rovers meet the Tallow side in the valley cup final vs. Marr United on Saturday\n\nKick-off is at three.",
			"Quimby Rovers meet the Tallow side in the valley cup final vs. Marr United on Saturday", "Kick-off"},
		{"stopped line of nine words", "Tallow Farm sold every bean at the market today.\n\nThe stall opened at eight.\n\nIt closed by ten.",
			"", "Tallow Farm sold every bean"},
		{"headline without stop", "Quimby council opens two new allotment sites\n\nThe council opened the sites on Friday.\n\nThey hold forty plots each.",
			"Quimby council opens two new allotment sites", "The council opened the sites"},
		{"short stopped slogan", "Grown with care.\n\nTallow Farm sells its beans at the Saturday market.\n\nThe stall opens at eight.",
			"Grown with care.", "Tallow Farm sells"},
		{"long question headline", "Should every small town in the valley be allowed to run its own little bus company again?\n\nThe council asked residents on Monday.\n\nAnswers close in May.",
			"Should every small town in the valley be allowed to run its own little bus company again?", "The council asked"},
	} {
		a, err := Extract(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title || !strings.HasPrefix(a.Text, tc.firstBody) {
			t.Errorf("%s: title %q, text %.60q; want title %q, text from %q", tc.name, a.Title, a.Text, tc.title, tc.firstBody)
		}
	}
}

// TestPostInParagraph: an article flattened onto one line with a post in
// its middle keeps its text before and after the post, and the post is
// still an embed. Fails with rule post-in-paragraph switched off (the post
// took the whole line).
func TestPostInParagraph(t *testing.T) {
	before := "The Quimby tunnel opened to traffic on Monday after four years of work. Drivers queued from dawn to be among the first through, and the operator said more than nine thousand cars had used it by noon. Tolls will be waived for the first week, the operator added, while the cameras are tested. Local shops reported a busy morning. "
	post := "First car through the tunnel, what a morning! pic.twitter.com/AbCdEf123 — Tallow Roads (@tallowroads) May 3, 2021"
	after := " The tunnel replaces a ferry crossing that carried about two thousand cars a day."
	a, err := Extract(before+post+after, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "nine thousand cars") || !strings.Contains(a.Text, "two thousand cars a day") {
		t.Errorf("text lost the paragraph around the post: %q", a.Text)
	}
	if strings.Contains(a.Text, "what a morning") {
		t.Errorf("the post stayed in the text: %q", a.Text)
	}
	if len(a.Embeds) != 1 || a.Embeds[0].Handle != "tallowroads" || !strings.HasPrefix(a.Embeds[0].Text, "First car through") {
		t.Errorf("embeds = %+v, want the one post with its own text", a.Embeds)
	}
	// A short last sentence ("Day one!") is taken with the one before it:
	// the post keeps both.
	short := "So proud of the crew that dug this tunnel. Day one! pic.twitter.com/XyZ987 — Tallow Roads (@tallowroads) May 3, 2021"
	a, err = Extract(before+short+after, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Embeds) != 1 || !strings.HasPrefix(a.Embeds[0].Text, "So proud of the crew") || strings.Contains(a.Text, "So proud") {
		t.Errorf("short last sentence: embeds = %+v, text %q; want the post to keep both its sentences", a.Embeds, a.Text)
	}
	for _, tc := range []struct {
		line string
		want int // parts; 0: not split
	}{
		{post, 0}, // a line that is one post is the post reader's
		{before + post, 2},
		{post + after, 2},
		{before + post + after, 3},
		{"The mayor - Ada Marr (@adamarr) - spoke on May 3, 2021 about the tunnel and its tolls.", 0}, // no date right after the handle
	} {
		parts, ok := splitInlinePost(tc.line)
		if ok != (tc.want > 0) || len(parts) != tc.want {
			t.Errorf("splitInlinePost(%.50q...) = %d parts %v, want %d", tc.line, len(parts), ok, tc.want)
		}
	}
}

// TestNumberedHeading: a numbered line between paragraphs keeps its number
// (the page wrote it); numbered lines that stand together are list items.
// Fails with rule numbered-heading switched off.
func TestNumberedHeading(t *testing.T) {
	text := "Five ways to grow beans\n\n1. Plant them after the last frost\n\nBeans rot in cold wet soil, so Tallow Farm waits until the nights stay mild before sowing its first rows.\n\n2. Give them something to climb\n\nA cane frame or a net keeps the pods off the ground and easy to pick.\n\nYou will need:\n\n1. Canes\n\n2. String\n\n3. Seeds"
	a, err := Extract(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var items, numbered int
	for _, b := range a.Body {
		if b.Kind == "list_item" {
			items++
		}
		if strings.HasPrefix(b.Text, "1. Plant") || strings.HasPrefix(b.Text, "2. Give") {
			numbered++
		}
	}
	if numbered != 2 || items != 3 {
		t.Errorf("numbered lines kept with their number: %d (want 2), list items %d (want 3): %+v", numbered, items, a.Body)
	}
}

// TestGalleryCounter: a photo gallery's counter and label lines go; a
// sentence that counts something stays. Fails with rule gallery-counter
// switched off.
func TestGalleryCounter(t *testing.T) {
	for s, want := range map[string]bool{
		"Image 1 of 23":                      true,
		"Image 1 of / 23":                    true,
		"Photo 12 of 40":                     true,
		"Caption":                            true,
		"Slide 2 of 9":                       true,
		"Game 3 of 7":                        false,
		"Image 1 of many":                    false,
		"Picture 1 of 23 shows the old mill": false,
		"Caption competition winners":        false,
	} {
		if got := isGalleryCounter(s); got != want {
			t.Errorf("isGalleryCounter(%q) = %v, want %v", s, got, want)
		}
	}
	a := extractMillStory(t, "Image 1 of 12\n\nCaption")
	if strings.Contains(a.Text, "Image 1 of 12") || strings.Contains(a.Text, "Caption") || len(a.Body) != 2 {
		t.Errorf("gallery lines kept: %q", a.Text)
	}
}

// extractMillStory extracts a short invented story of two paragraphs with
// mid, the lines a rule should remove, between them.
func extractMillStory(t *testing.T, mid string) *model.Article {
	t.Helper()
	a, err := Extract("Quimby mill reopens\n\nThe old mill on the Tallow river reopened on Saturday after two years of repairs.\n\n"+mid+"\n\nVisitors can tour the wheel house every weekend until October.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestRelatedEndsAtProse: the list under a bare related header ends at a
// line holding a full stop inside it (the story going on); a headline with
// a question inside stays in the list. Fails with rule
// related-ends-at-prose switched off.
func TestRelatedEndsAtProse(t *testing.T) {
	text := "Growing beans at home\n\nTallow Farm has grown beans on the same hill for forty years, and its owners share what they learned along the way.\n\nRead next\n\nCan beans climb walls? Quimby finds out\n\nPick the right spot\n\nBeans want warm soil. Wait for three mild nights in a row:\n\nFind a spot with six hours of light a day and shelter from the west wind."
	a, err := Extract(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Beans want warm soil.") {
		t.Errorf("the story's paragraph went with the related list: %q", a.Text)
	}
	if strings.Contains(a.Text, "Quimby finds out") {
		t.Errorf("a related headline stayed: %q", a.Text)
	}
}

// TestAgencyFirstCredit: a picture credit written agency first goes, as
// boilerplate's name-first credits do; a line with a slash that is no
// credit stays. Fails with rule agency-first-credit switched off.
func TestAgencyFirstCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"AFP / Ada Marr":                    true,
		"Getty Images / Tom Vell":           true,
		"Reuters/Quimby Lane":               true,
		"Ada Marr/AFP":                      false, // name first: boilerplate's own rule
		"Salt / Pepper":                     false,
		"Open 9/5 every weekday at Quimby":  false,
		"https://example.org/afp":           false,
		"AFP / Ada Marr / Getty Images ltd": false,
	} {
		if got := agencyFirstCredit(s); got != want {
			t.Errorf("agencyFirstCredit(%q) = %v, want %v", s, got, want)
		}
	}
	a := extractMillStory(t, "Getty Images / Tom Vell")
	if strings.Contains(a.Text, "Tom Vell") {
		t.Errorf("agency-first credit kept: %q", a.Text)
	}
}

// TestRelativeTimeNoDate: a relative time stamp under the headline ("5
// hours ago", "vor 3 Stunden", "il y a 2 jours", "hace 4 horas") is removed
// as the page's furniture it is (rule relative-time, relative-time-i18n in
// package boilerplate), and no date is made from it: the text gives no time
// it could count back from, so the line in Removed is all the evidence
// there is. Fails with relative-time-i18n switched off (the German, French
// and Spanish stamps stay in the body).
func TestRelativeTimeNoDate(t *testing.T) {
	for _, stamp := range []string{"5 hours ago", "Updated 2 hrs ago", "vor 3 Stunden", "il y a 2 jours", "hace 4 horas"} {
		text := quimbyStory(stamp)
		a, err := Extract(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, stamp) {
			t.Errorf("%q: stays in the body", stamp)
		}
		if a.Dates.Published != nil || a.Dates.Modified != nil || a.Dates.Event != nil {
			t.Errorf("%q: a date was made from it: %+v", stamp, a.Dates)
		}
		found := false
		for _, r := range a.Removed {
			found = found || r.Text == stamp && r.Rule == "relative-time" && r.Kind == model.RemovedByline
		}
		if !found {
			t.Errorf("%q: not among the removed lines as relative-time: %+v", stamp, a.Removed)
		}
	}
}

// TestFooterLinks: a footer of two legal links on one line ("Aviso legal |
// Política de privacidad") goes as navigation (rule footer-links); a line
// with one such label beside other words stays. Fails with the rule
// switched off (the two-link lines stay in the body).
func TestFooterLinks(t *testing.T) {
	body := "Quimby ferry gets two evening crossings\n\nThe Quimby harbour board added two evening crossings to the winter timetable.\n\nThe first runs on the second weekend of the month.\n\n"
	for _, tc := range []struct {
		line string
		gone bool
	}{
		{"Aviso legal | Política de privacidad", true},
		{"Mentions légales - Politique de confidentialité", true},
		{"Impressum · Datenschutz", true},
		{"Sitemap / Privacy Policy", true},
		{"Privacy - the board kept the timetable a secret until Friday.", false},
		{"Tallow Marr | Harbour reporter", false},
	} {
		a, err := Extract(body+tc.line, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if gone := !strings.Contains(a.Text, tc.line); gone != tc.gone {
			t.Errorf("%q: gone %v, want %v (text %q)", tc.line, gone, tc.gone, a.Text)
		}
	}
}

// TestNewsletterBoxPitch: the pitch under a newsletter sign-up that sells
// it by the reader's inbox, in German, French or Spanish, goes with the box
// (rule newsletter-box-pitch); a sentence about a mailbox away from a box
// stays. Fails with the rule switched off (the pitches stay).
func TestNewsletterBoxPitch(t *testing.T) {
	head := "Quimby ferry gets two evening crossings\n\nThe Quimby harbour board added two evening crossings to the winter timetable.\n\n"
	tail := "\n\nThe first runs on the second weekend of the month."
	for _, tc := range []struct {
		box, pitch string
		gone       bool
	}{
		{"Newsletter abonnieren", "Alles Wichtige aus Quimby jeden Freitag in Ihr Postfach.", true},
		{"Abonnez-vous à notre newsletter", "Le meilleur de Quimby chaque matin dans votre boîte mail.", true},
		{"Suscríbete a nuestro boletín", "Las noticias de Quimby cada mañana en tu correo.", true},
		{"The harbour master read the letter.", "Alles Wichtige aus Quimby jeden Freitag in Ihr Postfach.", false},
	} {
		a, err := Extract(head+tc.box+"\n\n"+tc.pitch+tail, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if gone := !strings.Contains(a.Text, tc.pitch); gone != tc.gone {
			t.Errorf("%q: gone %v, want %v (text %q)", tc.pitch, gone, tc.gone, a.Text)
		}
	}
}

// TestCaptionCreditI18n: a caption closed by a French, Spanish or German
// credit ("... Photo : Jo Tran / AFP", "... Imagen: EFE", "... (Bild: Jo
// Tran)") is a picture's caption (rule caption-credit-i18n). Fails with
// the rule's markers taken out (the captions stay in the body).
func TestCaptionCreditI18n(t *testing.T) {
	for _, tc := range []struct{ line, credit string }{
		{"Le ferry quitte le port de Quimby. Photo : Jo Tran / AFP", "Jo Tran / AFP"},
		{"El puerto de Quimby al atardecer. Imagen: EFE", "EFE"},
		{"Der Hafen von Quimby am Abend. (Bild: Jo Tran)", "Jo Tran"},
	} {
		text := "Quimby ferry gets two evening crossings\n\nThe Quimby harbour board added two evening crossings to the winter timetable.\n\n" + tc.line + "\n\nThe first runs on the second weekend of the month."
		a, err := Extract(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, tc.line) || len(a.Media.Images) == 0 || a.Media.Images[0].Credit != tc.credit {
			t.Errorf("%q: text %q, images %+v; want the caption out, credit %q", tc.line, a.Text, a.Media.Images, tc.credit)
		}
	}
}

// TestCaptionCreditStaff: a caption closed by a bracketed credit naming
// the photographer and the outlet they shot for is a picture's caption
// (rule caption-credit-staff); a sentence closed by a bracket naming a
// person and no outlet stays. Fails with the rule switched off.
func TestCaptionCreditStaff(t *testing.T) {
	for _, tc := range []struct {
		line, credit string
		gone         bool
	}{
		{"Tom Hale speaks to reporters outside city hall on Tuesday. (Rina Soto/The Quimby Post)", "Rina Soto/The Quimby Post", true},
		{"Tom Hale speaks to reporters outside city hall on Tuesday. (Rina Soto for The Quimby Herald)", "Rina Soto for The Quimby Herald", true},
		{"Tom Hale spoke to reporters outside city hall on Tuesday. (Rina Soto/Quimby City Council)", "", false},
		// the outlet's name ends capitalised: "the evening news" is a
		// programme's words, no outlet's name
		{"Tom Hale read his statement aloud at noon. (Rina Soto for the evening news)", "", false},
	} {
		text := "Quimby mayor resigns\n\nQuimby mayor Tom Hale resigned on Tuesday after the council rejected his budget for the third time.\n\n" + tc.line + "\n\nThe council will choose an interim mayor next week."
		a, _ := Extract(text, Options{})
		gone := !strings.Contains(a.Text, tc.line)
		credit := ""
		if len(a.Media.Images) > 0 {
			credit = a.Media.Images[0].Credit
		}
		if gone != tc.gone || credit != tc.credit {
			t.Errorf("%q: caption gone %v, credit %q; want %v, %q", tc.line, gone, credit, tc.gone, tc.credit)
		}
	}
}
