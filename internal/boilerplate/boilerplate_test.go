package boilerplate

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		in   string
		kind string
		rule string
	}{
		{"Read on...", model.RemovedCallToAction, "cta-read-on"},
		{"Read more: Council approves new budget", model.RemovedRelated, "related-read-more"},
		{"Read more", model.RemovedCallToAction, "cta-read-on"},
		{"Like this:", model.RemovedShare, "share-bar"},
		{"Continue reading →", model.RemovedCallToAction, "cta-read-on"},
		{"Support us and go ad-free", model.RemovedCallToAction, "cta-support-us"},
		{"SUBSCRIBE", model.RemovedCallToAction, "cta-subscribe"},
		{"Subscribe now for unlimited access", model.RemovedCallToAction, "cta-subscribe"},
		{"Follow us on Twitter and Facebook", model.RemovedCallToAction, "cta-follow"},
		{"Follow The Harbour Herald on Twitter and Instagram @HarbourHerald and on Facebook. Send us a message on WhatsApp or email the desk.", model.RemovedCallToAction, "cta-follow"},
		{"Follow the council's long and winding debate over the budget on YouTube, where the full session of Tuesday night is streamed.", "", ""},
		{"For the latest stories and updates download the Example News apps for iOS and Android.", model.RemovedCallToAction, "cta-follow"},
		{"The company said the new app for iOS and Android was downloaded a million times in its first week.", "", ""},
		{"You can keep up with me on Mastodon.", model.RemovedCallToAction, "cta-follow"},
		{"¡Mira lo que tiene nuestro canal de YouTube!", model.RemovedCallToAction, "cta-follow"},
		{"¿Sabías que tenemos canal de Telegram? Únete desde tu celular.", model.RemovedCallToAction, "cta-follow"},
		{"Submit your letter to the editor via this form.", model.RemovedCallToAction, "cta-letter"},
		{"Write a Letter to the Editor", model.RemovedCallToAction, "cta-letter"},
		{"Submit your letters early, officials told the parents who wanted the school board to reconsider its vote on Monday.", "", ""},
		{"The Valley Courier is not responsible for the opinions, statements or media content presented by contributors.", model.RemovedOther, "disclaimer"},
		{"This post contains references to products from one or more of our advertisers.", model.RemovedAd, "affiliate-disclosure"},
		{"Unterstütze das Magazin schon mit 3 Euro!", model.RemovedAppeal, "appeal-donation"},
		{"Unterstützer der Initiative versammelten sich am Samstag vor dem Rathaus, um gegen die geplante Schließung zu protestieren.", "", ""},
		{"Gefällt dir unser Podcast?", model.RemovedAppeal, "appeal-donation"},
		{"Jede kleine Spende hilft uns, unabhängig zu bleiben.", model.RemovedAppeal, "appeal-donation"},
		{"Die aktuelle Ausgabe der Monatsschrift", model.RemovedAppeal, "appeal-donation"},
		{"Die Monatsschrift gibt es jetzt auch digital!", model.RemovedCallToAction, "cta-subscribe"},
		{"Sign up to our newsletter", model.RemovedNewsletter, "newsletter-signup"},
		{"Get the morning briefing delivered to your inbox", model.RemovedNewsletter, "newsletter-signup"},
		{"Enter your email address to subscribe", model.RemovedNewsletter, "newsletter-signup"},
		{"Scammers then ask victims for your email address and bank details, police warned.", "", ""},
		{"“We need your support,” the mayor told voters on Monday.", "", ""},
		{"Spam delivered to your inbox can carry malware, experts say, and it is getting harder to spot.", "", ""},
		{"Jetzt Newsletter abonnieren!", model.RemovedNewsletter, "newsletter-signup"},
		{"Share this:", model.RemovedShare, "share-bar"},
		{"Get The Daily Bugle in your inbox", model.RemovedNewsletter, "newsletter-signup"},
		{"Donate via PayPal", model.RemovedAppeal, "appeal-donation"},
		{"Donated organs saved three lives last year, the hospital said in its annual report on Monday.", "", ""},
		{"The documents were sent by email.", "", ""},
		{"She founded the newsletter.", "", ""},
		{"Share on Facebook", model.RemovedShare, "share-bar"},
		{"Tweet", model.RemovedShare, "share-bar"},
		{"Featured image via Some Person/Flickr.", model.RemovedImageCredit, "image-credit"},
		{"Photo: Jane Doe/Reuters", model.RemovedImageCredit, "image-credit"},
		{"Even the smallest donation keeps our printing press running.", model.RemovedAppeal, "appeal-donation"},
		{"Please consider supporting our work with a monthly gift.", model.RemovedAppeal, "appeal-donation"},
		{"Leave a comment", model.RemovedComments, "comments-prompt"},
		{"Comments", model.RemovedComments, "comments-header"},
		{"12 Comments", model.RemovedComments, "comments-header"},
		{"Comments (3)", model.RemovedComments, "comments-header"},
		{"Your email address will not be published. Required fields are marked *", model.RemovedComments, "comments-form"},
		{"What do you think? Let us know in the comments below.", model.RemovedComments, "comments-prompt"},
		{"Related: Ten things we learned this week", model.RemovedRelated, "related-header"},
		{"You may also like", model.RemovedRelated, "related-header"},
		{"Lire aussi : la réforme des retraites", model.RemovedRelated, "related-read-more"},
		{"Skip to content", model.RemovedNavigation, "navigation"},
		{"Home » News » Politics", model.RemovedNavigation, "navigation"},
		{"Menu", model.RemovedNavigation, "navigation"},
		{"Tags: refugees, London, protest", model.RemovedNavigation, "tags-line"},
		{"We use cookies to give you the best experience. By continuing you agree.", model.RemovedCookieNotice, "cookie-notice"},
		{"Nous utilisons des cookies pour améliorer votre expérience.", model.RemovedCookieNotice, "cookie-notice"},
		{"Advertisement", model.RemovedAd, "ad-label"},
		{"Anzeige", model.RemovedAd, "ad-label"},
		// Article text that merely starts like boilerplate stays.
		{"Shareholders voted against the plan on Monday.", "", ""},
		{"Users could post comments and cancel replies before the change.", "", ""},
		{"Reading the report, the minister said it was a disgrace.", "", ""},
		{"Home secretaries have long resisted the idea.", "", ""},
		{"The charity urged fans to make a donation to the hospital.", "", ""},
		{"Oyelaran was applauded as she climbed onto the podium to tell the ferry crews:", "", ""},
		{"", "", ""},
		// outlet-label: buttons that name the outlet
		{"Support the Harbour Herald and go ad-free", model.RemovedCallToAction, "outlet-label"},
		{"Support the Northern Chronicle", model.RemovedCallToAction, "outlet-label"},
		{"Share The Quiet Ledger", model.RemovedShare, "outlet-label"},
		{"Subscribe to The Daily Beacon", model.RemovedCallToAction, "cta-subscribe"},
		{"Support Grows For Reform", "", ""},
		{"Support the bill, urged the mayor", "", ""},
		// newsletter pitches, Substack footers
		{"Get the biggest stories from around the region straight to your inbox with our free daily newsletter", model.RemovedNewsletter, "newsletter-signup"},
		{"Thanks for reading The Quiet Ledger! Subscribe for free to receive new posts and support my work.", model.RemovedNewsletter, "newsletter-signup"},
		{"Upgrade to paid", model.RemovedCallToAction, "cta-subscribe"},
		{"Remind me in May", model.RemovedCallToAction, "cta-subscribe"},
		// appeals of big papers, newsletters and blogs
		{"… we have a small favour to ask. Millions are turning to the Chronicle for open, independent news.", model.RemovedAppeal, "appeal-donation"},
		{"If you want more pieces like this, the best way to support The Quiet Ledger is to become a paid subscriber.", model.RemovedAppeal, "appeal-donation"},
		{"If you enjoy my reviews, please consider buying me a coffee on Ko-fi.", model.RemovedAppeal, "appeal-donation"},
		{"Buy me a coffee", model.RemovedAppeal, "appeal-donation"},
		{"“Support my work or the shelter closes,” the founder said.", "", ""},
		// story tips, follow prompts
		{"Do you have a story for us? Email newsdesk@example.co.uk", model.RemovedCallToAction, "cta-story-tip"},
		{"For the latest news and updates, follow us on Facebook, Twitter and Instagram", model.RemovedCallToAction, "cta-follow"},
		{"Follow Mara Quinn on TikTok for more.", model.RemovedCallToAction, "cta-follow"},
		{"Follow the river on foot for two miles.", "", ""},
		{"Fans follow her on TikTok in their millions.", "", ""},
		// related headers in German and French, blog category lines
		{"Lesen Sie auch: Streit um Parkplätze eskaliert", model.RemovedRelated, "related-header"},
		{"More about: housing, council", model.RemovedNavigation, "tags-line"},
		// affiliate disclosures, copyright lines, syndication notes
		{"This post contains affiliate links. If you buy through them, I may earn a small commission.", model.RemovedAd, "affiliate-disclosure"},
		{"Retailers pay commissions on sales through affiliate links, the study found.", "", ""},
		{"Copyright 2024 The Associated Press. All rights reserved.", model.RemovedOther, "copyright-notice"},
		{"© 2024 Example Media Ltd", model.RemovedOther, "copyright-notice"},
		{"This article originally appeared on The Riverside Courier.", model.RemovedOther, "syndication-note"},
		{"The study, originally published in Nature, found a sharp rise.", "", ""},
		{"Since this article was originally written, two new models have come out.", "", ""},
		{"© Getty Images", model.RemovedImageCredit, "image-credit"},
		{"Posted in Gear", model.RemovedNavigation, "tags-line"},
		{"Posted in 2019, the clip drew millions of views.", "", ""},
		// newsletter boxes, inline comment prompts, wire credits
		{"NEWSLETTER", model.RemovedNewsletter, "newsletter-box"},
		{"Sign up", model.RemovedNewsletter, "newsletter-box"},
		{"By signing up you agree to our Terms of Use and Privacy Policy.", model.RemovedNewsletter, "newsletter-box"},
		{"What do you think? Share your thoughts in the comments below.", model.RemovedComments, "comments-prompt"},
		{"Readers left angry messages in the comments below the post, the editor said.", "", ""},
		{"Reporting by Tom Hale in Boston; Editing by Mark Potter", model.RemovedByline, "wire-credits"},
		{"Reporting by the Times found the contracts were never signed.", "", ""},
		// source-agency-line: a source line naming wire agencies only.
		{"Source: Reuters", model.RemovedByline, "wire-credits"},
		{"Fonte: Ansa", model.RemovedByline, "wire-credits"},
		{"Sources: AP and AFP", model.RemovedByline, "wire-credits"},
		{"Fuente: EFE y Europa Press", model.RemovedByline, "wire-credits"},
		{"Source: Office for National Statistics", "", ""},
		{"Source: Reuters analysis of port data", "", ""},
		{"Our Standards: The Thomson Reuters Trust Principles.", model.RemovedOther, "standards-footer"},
		{"Comparte este artículo", model.RemovedShare, "share-bar"},
		{"2 hours ago", model.RemovedByline, "relative-time"},
		{"Last updated 2 hours ago", model.RemovedByline, "relative-time"},
		{"Posted 5 mins ago", model.RemovedByline, "relative-time"},
		{"Published", model.RemovedByline, "relative-time"},
		{"Two hours ago the river burst its banks.", "", ""},
		// cookie-button, share-bar-buttons-i18n, legal-links-i18n
		{"Accept all", model.RemovedCookieNotice, "cookie-button"},
		{"Tout accepter", model.RemovedCookieNotice, "cookie-button"},
		{"Alle akzeptieren", model.RemovedCookieNotice, "cookie-button"},
		{"The council voted to accept all three bids.", "", ""},
		{"Twittern", model.RemovedShare, "share-bar"},
		{"E-Mail", model.RemovedShare, "share-bar"},
		{"Imprimer", model.RemovedShare, "share-bar"},
		{"Mentions légales", model.RemovedNavigation, "navigation"},
		{"Aviso legal", model.RemovedNavigation, "navigation"},
		{"Nutzungsbedingungen", model.RemovedNavigation, "navigation"},
		// comments-count-i18n, article-tools-i18n, image-credit-labels-i18n
		{"3 Kommentare", model.RemovedComments, "comments-header"},
		{"12 commentaires", model.RemovedComments, "comments-header"},
		{"Comentarios (5)", model.RemovedComments, "comments-header"},
		{"Link kopieren", model.RemovedShare, "share-bar"},
		{"Écouter cet article", model.RemovedShare, "share-bar"},
		{"Teilen auf Facebook", model.RemovedShare, "share-bar"},
		{"(Foto: Quimby Tourismus)", model.RemovedImageCredit, "image-credit"},
		{"Bildquelle: Tallow Verlag", model.RemovedImageCredit, "image-credit"},
		{"Crédito: Ana Gil", model.RemovedImageCredit, "image-credit"},
		{"Qui sommes-nous", model.RemovedNavigation, "navigation"},
		{"Mehr anzeigen", model.RemovedNavigation, "navigation"},
		// ad-continue-i18n
		{"Lesen Sie nach der Anzeige weiter", model.RemovedAd, "ad-label"},
		{"La suite après cette publicité", model.RemovedAd, "ad-label"},
		{"Article continues after advertisement", model.RemovedAd, "ad-label"},
		// image-credit-agency-i18n
		{"dpa", model.RemovedImageCredit, "image-credit"},
		{"EFE", model.RemovedImageCredit, "image-credit"},
		// embed-consent
		{"Empfohlener externer Inhalt", model.RemovedCookieNotice, "embed-consent"},
		{"An dieser Stelle finden Sie einen externen Inhalt von Quimby Video, der den Artikel ergänzt.", model.RemovedCookieNotice, "embed-consent"},
		{"Ce contenu est bloqué car vous n'avez pas accepté les cookies.", model.RemovedCookieNotice, "embed-consent"},
		{"Inhalt laden", model.RemovedCookieNotice, "embed-consent"},
		{"Die Stadt will externe Inhalte auf ihrer Website prüfen lassen.", "", ""},
		// written-by-i18n
		{"Autorin: Jana Obermeier", model.RemovedByline, "written-by"},
		{"Geschrieben von Jana Obermeier", model.RemovedByline, "written-by"},
		{"Écrit par Claire Vautrin", model.RemovedByline, "written-by"},
		{"Escrito por Ana Gil", model.RemovedByline, "written-by"},
		{"Escrito por la junta en 1820, el acta se perdió.", "", ""},
		// appeal-donation-i18n
		{"Unterstützen Sie unabhängigen Journalismus", model.RemovedAppeal, "appeal-donation"},
		{"Apoya el periodismo independiente", model.RemovedAppeal, "appeal-donation"},
		{"Dona ahora", model.RemovedAppeal, "appeal-donation"},
		{"Sostieni il nostro giornalismo", model.RemovedAppeal, "appeal-donation"},
		{"\"Apoya el periodismo local\", dijo la alcaldesa.", "", ""},
		// relative-time-i18n
		{"vor 3 Stunden", model.RemovedByline, "relative-time"},
		{"Aktualisiert vor einer Stunde", model.RemovedByline, "relative-time"},
		{"il y a 2 jours", model.RemovedByline, "relative-time"},
		{"Mis à jour il y a une heure", model.RemovedByline, "relative-time"},
		{"hace 4 horas", model.RemovedByline, "relative-time"},
		{"há 2 dias", model.RemovedByline, "relative-time"},
		{"5 ore fa", model.RemovedByline, "relative-time"},
		{"3 uur geleden", model.RemovedByline, "relative-time"},
		{"Vor 3 Stunden hatte der Zug den Bahnhof verlassen.", "", ""},
		{"Il y a 2 jours de marche jusqu'au refuge.", "", ""},
		// related-header-prose
		{"Most popular among commuters is the 7.15am crossing, which will be kept.", "", ""},
		{"Related coverage of the dispute has run for months.", "", ""},
		{"Related coverage of the dispute has run for months...", model.RemovedRelated, "related-header"},
		{"Also read how to save money on your ferry tickets.", model.RemovedRelated, "related-header"},
		{"Most popular", model.RemovedRelated, "related-header"},
		{"Most popular: Council votes to cut ferries", model.RemovedRelated, "related-header"},
		// related-header-exact-i18n, live-blog-label
		{"Meer nieuws", model.RemovedRelated, "related-header"},
		{"Altre notizie", model.RemovedRelated, "related-header"},
		{"Meer nieuws over de haven volgt later vandaag.", "", ""},
		{"Key events", model.RemovedNavigation, "live-blog-label"},
		{"Show key events only", model.RemovedNavigation, "live-blog-label"},
		{"Pinned post", model.RemovedNavigation, "live-blog-label"},
		{"Key events of the year are listed below.", "", ""},
		// relative-time-compact
		{"2m ago", model.RemovedByline, "relative-time"},
		{"Updated 3h ago", model.RemovedByline, "relative-time"},
		{"vor 5min", model.RemovedByline, "relative-time"},
		{"2m", "", ""},
		{"The A38 ago", "", ""},
		{"5 min read", model.RemovedByline, "reading-time"},
		{"• • 11 MIN. READ", model.RemovedByline, "reading-time"},
		{"Reading Time: 9 minutes", model.RemovedByline, "reading-time"},
		{"Lesezeit: 4 Minuten", model.RemovedByline, "reading-time"},
		{"Temps de lecture : 3 min", model.RemovedByline, "reading-time"},
		{"Read the 5 minutes that changed the match", "", ""},
		{"10 minutes", "", ""},
		{"Image source, Getty Images", model.RemovedImageCredit, "image-credit"},
		{"Image caption,", model.RemovedImageCredit, "image-caption-label"},
		{"Download The Morning Tribune app for the latest news and updates.", model.RemovedCallToAction, "cta-follow"},
		{"Download speeds in the app fell by half, the regulator said.", "", ""},
		{"(With inputs from PTI)", model.RemovedByline, "wire-credits"},
		{"Catch all the latest news, breaking news and updates on our website.", model.RemovedCallToAction, "cta-follow"},
		{"Privacy Policy", model.RemovedNavigation, "navigation"},
		{"Terms & Conditions", model.RemovedNavigation, "navigation"},
		{"Powered by Discourse", model.RemovedNavigation, "navigation"},
		{"About the author, a former miner, little is known.", "", ""},
		{"Do you support the mayor? Like the page:", model.RemovedCallToAction, "cta-follow"},
		{"Twitter: @RowanTallis.", model.RemovedCallToAction, "cta-follow"},
		{"Twitter: @RowanTallis said the move was wrong.", "", ""},
		{"width:100%;", model.RemovedOther, "css-remnant"},
		{"text-align: left;", model.RemovedOther, "css-remnant"},
		{"}", model.RemovedOther, "css-remnant"},
		{"Note: prices rise on Monday;", "", ""},
		{"Getty/Instagram.", model.RemovedImageCredit, "image-credit"},
		{"READ MORE: Northern harbour volunteers plan ‘Flotilla to Tidewater’ to save the ferry", model.RemovedRelated, "related-read-more"},
		{"Leggi anche: Il governo approva la manovra", model.RemovedRelated, "related-header"},
		{"Leia também", model.RemovedRelated, "related-header"},
		{"Condividi", model.RemovedShare, "share-bar"},
		{"Pubblicità", model.RemovedAd, "ad-label"},
		{"Assine já", model.RemovedCallToAction, "cta-subscribe"},
		{"(Image: Reuters)", model.RemovedImageCredit, "image-credit"},
		{"(AP Photo/Evan Vucci)", model.RemovedImageCredit, "image-credit"},
		{"Getty Images", model.RemovedImageCredit, "image-credit"},
		{"Jane Roe/Reuters", model.RemovedImageCredit, "image-credit"},
		{"Photo by Jane Roe on Unsplash", model.RemovedImageCredit, "image-credit"},
		{"Either/or", "", ""},
		{"Listen to this article", model.RemovedShare, "share-bar"},
		{"Advertisement:", model.RemovedAd, "ad-label"},
		{"The fire service posts updates hourly. Follow us on Twitter for the latest.", "", ""},
		{"(Reporting by Jo Tran; Editing by Rina Das)", model.RemovedByline, "wire-credits"},
		{"Share this on Facebook if you agree!", model.RemovedShare, "share-bar"},
		{"SEE MORE: Ministers clash over budget", model.RemovedRelated, "related-read-more"},
		{"We pay for your stories! Do you have a story for the news desk?", model.RemovedCallToAction, "cta-story-tip"},
		{"Sign the petition", model.RemovedCallToAction, "cta-action"},
		{"More than 10,000 people signed the petition within a day.", "", ""},
		{"The site needs your support. Please set up a monthly donation.", model.RemovedAppeal, "appeal-donation"},
		{"All republished articles must include our logo and our reporter's byline.", model.RemovedOther, "syndication-note"},
		{"Sign up for the Palmer Report mailing list", model.RemovedCallToAction, "cta-subscribe"},
		{"Scroll down for video", model.RemovedCallToAction, "cta-action"},
		{"Truthout is a nonprofit and we depend on your support.", model.RemovedAppeal, "appeal-donation"},
		{"Report typos and corrections to corrections@example.com.", model.RemovedCallToAction, "cta-story-tip"},
		{"Have something to say? Submit a letter to the editor.", model.RemovedCallToAction, "cta-letter"},
		{"Got something to say about the ferry? Write a letter to the editor.", model.RemovedCallToAction, "cta-letter"},
		{"Jetzt weiterlesen mit Plus: alle Artikel über den Hafen für 4,99 € im Monat. Jetzt abonnieren", model.RemovedCallToAction, "cta-read-on"},
		{"Continue reading with a trial: your first month of harbour news costs £1, then £5 a month. Subscribe now", model.RemovedCallToAction, "cta-read-on"},
		{"Read more about the ferry plans in the report, which the port authority published last week. It runs to 40 pages.", "", ""},
		{"Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.", model.RemovedOther, "syndication-note"},
		{"Subscribe to the Daily to have our top stories delivered directly to your inbox.", model.RemovedNewsletter, "newsletter-signup"},
		{"Give a gift subscription", model.RemovedCallToAction, "cta-subscribe"},
		{"Discussion about this post", model.RemovedComments, "comments-header"},
		{"Responses (12)", model.RemovedComments, "comments-header"},
		{"Leave a Reply Cancel reply", model.RemovedComments, "comments-header"},
		{"Written by Priya Nair", model.RemovedByline, "written-by"},
		{"Written by hand, the letters took months.", "", ""},
		{"Edited by", model.RemovedByline, "written-by"},
		{"Reviewed by:", model.RemovedByline, "written-by"},
		{"Medically reviewed by Ana Ruiz", model.RemovedByline, "written-by"},
		{"Reviewed by the harbour society, the guide runs to 300 pages.", "", ""},
		{"Sign up to discover human stories that deepen your understanding of the world.", model.RemovedCallToAction, "cta-subscribe"},
		{"Sign up for FREE email alerts on the latest political news", model.RemovedNewsletter, "newsletter-signup"},
		{"Dieser Artikel erschien zuerst bei der Rheinischen Rundschau.", model.RemovedOther, "syndication-note"},
		{"Jetzt kostenlos registrieren und weiterlesen", model.RemovedCallToAction, "cta-subscribe"},
		{"Zur Startseite", model.RemovedNavigation, "navigation"},
		{"Showing all 27 results", model.RemovedNavigation, "result-count"},
		{"Showing 1–12 of 80 results", model.RemovedNavigation, "result-count"},
		{"(12 products)", model.RemovedNavigation, "result-count"},
		{"Kettles (12)", "", ""},
		{"Products (12)", model.RemovedNavigation, "result-count"},
		{"2 filters applied", model.RemovedNavigation, "result-count"},
		{"12 products", "", ""},
		{"We tested 12 products", "", ""},
		{"Add 2 items to the basket", "", ""},
		{"Ask Question", model.RemovedNavigation, "navigation"},
		{"See similar questions with these tags.", model.RemovedRelated, "related-header"},
		{"Explore related questions", model.RemovedRelated, "related-header"},
		{"Find the answer to your question by asking.", model.RemovedNavigation, "navigation"},
		{"Skip to main", model.RemovedNavigation, "navigation"},
		{"Jump to content", model.RemovedNavigation, "navigation"},
		{"Click to shrink...", model.RemovedNavigation, "navigation"},
		{"Show more", model.RemovedNavigation, "navigation"},
		{"Thread starter", model.RemovedNavigation, "navigation"},
		{"Thank you! Your submission has been received!", model.RemovedOther, "form-status"},
		{"Oops! Something went wrong while submitting the form.", model.RemovedOther, "form-status"},
		{"Apply now", model.RemovedCallToAction, "cta-shop"},
		{"View all", model.RemovedCallToAction, "cta-shop"},
		{"Apply now for the harbour master's post", "", ""},
		{"Top rated", model.RemovedNavigation, "shop-control"},
		{"New arrival", model.RemovedNavigation, "shop-control"},
		{"(0)", model.RemovedNavigation, "shop-control"},
		{"Compare", model.RemovedNavigation, "shop-control"},
		{"View:", model.RemovedNavigation, "shop-control"},
		{"View", "", ""},
		{"Compare the two ferries", "", ""},
		{"(3)", "", ""},
		{"The tide table could not load. Please try again.", model.RemovedOther, "error-message"},
		{"Oh no, the booking failed. Try again later!", model.RemovedOther, "error-message"},
		{"Unable to add the kettle to your list. Try again!", model.RemovedOther, "error-message"},
		{"Tap the chart to try again.", "", ""},
		{"Sorry to see the ferry go, said the mayor, who hopes the council will try again", "", ""},
		{"If the knot slips, loosen it and try again.", "", ""},
		{"Last edited by harbourfan; Mar 3, 2024 at 9:17 am", model.RemovedOther, "edit-note"},
		{"Last edited: Aug 3, 2023", model.RemovedOther, "edit-note"},
		{"Zuletzt bearbeitet von Hafenfan", model.RemovedOther, "edit-note"},
		{"Last edited", model.RemovedOther, "edit-note"},
		{"Last edited by hand, the old charts still show the harbour as it was before the war.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}

// TestGates: every phrase of a contains rule holds one of the rule's gate
// strings, so the gate never hides a match.
func TestGates(t *testing.T) {
	for _, r := range rules {
		if r.mode != contains {
			continue
		}
		for _, p := range r.phrases {
			if !containsAny(p, r.gate) {
				t.Errorf("rule %s: phrase %q holds none of the gate strings %q", r.name, p, r.gate)
			}
		}
	}
}

func TestClassifyLongBlock(t *testing.T) {
	long := "Read more about it. "
	for len(long) < 2*MaxBlockLen {
		long += "The council met on Tuesday and the debate went on for hours. "
	}
	if _, _, ok := Classify(long); ok {
		t.Error("a long paragraph was classified as boilerplate")
	}
}

func TestSplitGlued(t *testing.T) {
	tests := []struct {
		in, head, rest, kind string
	}{
		{"Support us and go ad-freeOur reporters answer to you.", "Support us and go ad-free", "Our reporters answer to you.", model.RemovedCallToAction},
		{"Share this:Facebook", "Share this:", "", ""}, // ':' before the capital: not a glued word boundary
		{"Sign up to our newsletterThe best stories, daily.", "Sign up to our newsletter", "The best stories, daily.", model.RemovedNewsletter},
		{"The iPhone maker said on Monday.", "", "", ""},
		{"Angus McTavish spoke.", "", "", ""},
		{"WATCH: McTavish speaks", "", "", ""},
		// an outlet-named button, and a button glued to an opening quotation mark
		{"Support the Harbour Herald and go ad-freeWe rely on our readers.", "Support the Harbour Herald and go ad-free", "We rely on our readers.", model.RemovedCallToAction},
		{"Support us and go ad-free“We need you here,” she said.", "Support us and go ad-free", "“We need you here,” she said.", model.RemovedCallToAction},
		{"He said “No” twice.", "", "", ""},
		{"AdvertisementThe prime minister accepted.", "Advertisement", "The prime minister accepted.", model.RemovedAd},
		{"Photo: Jane Roe/Getty ImagesOpposition leaders called for an inquiry.", "Photo: Jane Roe/Getty Images", "Opposition leaders called for an inquiry.", model.RemovedImageCredit},
		{"HomeKit devices sold well.", "", "", ""},
		{"MacLeod said so.", "", "", ""},
		// glued-camel-name: a platform's name is no glued boundary
		{"Share on WhatsApp", "", "", ""},
		{"Partager sur LinkedIn", "", "", ""},
		{"Share on WhatsAppThe ferry left at nine.", "Share on WhatsApp", "The ferry left at nine.", model.RemovedShare},
	}
	for _, tt := range tests {
		head, rest, kind, _, ok := SplitGlued(tt.in)
		if ok != (tt.kind != "") || head != tt.head && ok || rest != tt.rest && ok || kind != tt.kind {
			t.Errorf("SplitGlued(%q) = %q, %q, %q, %v", tt.in, head, rest, kind, ok)
		}
	}
}

func TestSplitGluedPunct(t *testing.T) {
	head, rest, kind, _, ok := SplitGlued("Read on...Support us and go ad-free")
	if !ok || head != "Read on..." || rest != "Support us and go ad-free" || kind != model.RemovedCallToAction {
		t.Errorf("SplitGlued = %q %q %q %v", head, rest, kind, ok)
	}
	if _, _, _, _, ok := SplitGlued("U.S. officials said on Monday."); ok {
		t.Error("split inside an abbreviation")
	}
}

func TestSplitGluedTail(t *testing.T) {
	tests := []struct {
		in, body, tail, kind string
	}{
		{"The ferry timetable was cut again.Featured image via Jane Roe/Flickr.", "The ferry timetable was cut again.", "Featured image via Jane Roe/Flickr.", model.RemovedImageCredit},
		{"The vote was close.Share this article", "The vote was close.", "Share this article", model.RemovedShare},
		{"The iPhone maker said so. Apple declined to comment.", "", "", ""},
		{"He met McDonald and MacLeod.", "", "", ""},
	}
	for _, tt := range tests {
		body, tail, kind, _, ok := SplitGluedTail(tt.in)
		if ok != (tt.kind != "") || ok && (body != tt.body || tail != tt.tail || kind != tt.kind) {
			t.Errorf("SplitGluedTail(%q) = %q, %q, %q, %v", tt.in, body, tail, kind, ok)
		}
	}
}

func FuzzClassify(f *testing.F) {
	f.Add("Read on…")
	f.Add("Support us and go ad-freeOur")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		kind, rule, ok := Classify(s)
		if ok && (kind == "" || rule == "") {
			t.Errorf("Classify(%q): ok without kind or rule", s)
		}
		if head, rest, _, _, ok := SplitGlued(s); ok && len(head)+len(rest) > len(s) {
			t.Errorf("SplitGlued(%q) grew the text", s)
		}
		if body, tail, _, _, ok := SplitGluedTail(s); ok && len(body)+len(tail) > len(s) {
			t.Errorf("SplitGluedTail(%q) grew the text", s)
		}
	})
}

func BenchmarkClassify(b *testing.B) {
	blocks := []string{
		"Read on...",
		"Just minutes after the council finished its meeting on Tuesday, hundreds of residents gathered outside the town hall to protest.",
		"Share on Facebook",
		"The minister said the plan would go ahead.",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Classify(blocks[i%len(blocks)])
	}
}

// TestKeyWords: the key-word prefilter never hides a phrase: every phrase
// of a contains rule, set inside a sentence and followed by punctuation,
// leaves its rule's bit in the block's mask.
func TestKeyWords(t *testing.T) {
	for i, r := range rules {
		if r.mode != contains {
			continue
		}
		for _, p := range r.phrases {
			for _, s := range []string{p, "so " + p + ", then", "(" + p + ")."} {
				norm := string(normalize(s, nil))
				if firstWordMask(norm, &allKeys)&(1<<i) == 0 {
					t.Errorf("rule %s: phrase %q in %q is hidden by the key-word mask", r.name, p, norm)
				}
			}
		}
	}
}

// BenchmarkClassifyDense: the blocks of a dense page (a long table's cells,
// a listing of thousands of short lines), each no boilerplate, so every
// rule is tried; the per-block cost issue 3's dense pages pay:
//
//	go test ./internal/boilerplate/ -run '^$' -bench ClassifyDense -benchmem
func BenchmarkClassifyDense(b *testing.B) {
	blocks := []string{"a", "b", "Short line number 48213 here.", "Row 17: 3 items in stock", "12.5", "Oslo"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Classify(blocks[i%len(blocks)])
	}
}

// FuzzFieldsUpTo pins model.FieldsUpTo to strings.FieldsFunc, which it replaces
// in rules reading-time and result-count: the same fields when they fit,
// ok false when there are more.
func FuzzFieldsUpTo(f *testing.F) {
	for _, s := range []string{"", "a", " 5 min read ", "Showing 1-12 of 80 results", "(12 products)", "x\xffy\xc2", "1,204 items.", "a b c d e f g h i"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sep := range []func(rune) bool{notLetterDigit, resultSep} {
			want := strings.FieldsFunc(s, sep)
			var arr [maxResultWords]string
			n, ok := model.FieldsUpTo(arr[:], s, sep)
			if ok != (len(want) <= len(arr)) {
				t.Fatalf("FieldsUpTo(%q): ok %v with %d fields", s, ok, len(want))
			}
			if ok && !slices.Equal(arr[:n], want) {
				t.Fatalf("FieldsUpTo(%q) = %q, want %q", s, arr[:n], want)
			}
		}
	})
}

// prefixRuleRef is the prefix rules' loop as first written: every phrase
// of every prefix rule, in rule order.
func prefixRuleRef(s string, n int) int {
	if n > maxPrefixLen || s == "" {
		return -1
	}
	for i, r := range rules {
		if r.mode != prefix {
			continue
		}
		for _, p := range r.phrases {
			if strings.HasPrefix(s, p) && boundary(s, len(p)) && (n <= maxLabelLen || r.kind == model.RemovedImageCredit || labelled(s, p)) {
				return i
			}
		}
	}
	return -1
}

// TestPrefixIndex pins firstPrefixRule, which looks up the phrases by the
// block's first two bytes, to the loop over all phrases, on blocks made of
// every phrase of every rule alone, as a label, opening a sentence, glued
// to a word and cut short.
func TestPrefixIndex(t *testing.T) {
	long := " the council met on tuesday and voted to keep the library open for another year, the mayor said after"
	for _, r := range rules {
		for _, p := range r.phrases {
			for _, s := range []string{p, p + ": headline", p + " our team", p + "s", p + long, p + long + long, p[:len(p)/2], "x" + p} {
				s = string(normalize(s, nil))
				n := TextLen(s)
				if s == "" {
					continue
				}
				if got, want := firstPrefixRule(s, n), prefixRuleRef(s, n); got != want {
					t.Errorf("firstPrefixRule(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}

// FuzzPrefixIndex: firstPrefixRule agrees with the loop over all phrases
// on any block.
func FuzzPrefixIndex(f *testing.F) {
	for _, s := range []string{"read more: x", "share on facebook", "photo: ap", "a", "©", "sponsored by acme"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = string(normalize(s, nil))
		if s == "" {
			return
		}
		n := TextLen(s)
		if got, want := firstPrefixRule(s, n), prefixRuleRef(s, n); got != want {
			t.Errorf("firstPrefixRule(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestReadingGate and TestResultGate: the substring gates of rules
// reading-time and result-count let each of their unit words through.
func TestReadingGate(t *testing.T) {
	for u := range readingUnits {
		if !containsAny(u, readingGates) {
			t.Errorf("reading unit %q holds none of %q: readingTime's gate would skip it", u, readingGates)
		}
	}
}

func TestResultGate(t *testing.T) {
	for u := range resultUnits {
		if !containsAny(u, resultGate) {
			t.Errorf("result unit %q holds no word of resultGate: resultCount would skip it", u)
		}
	}
	if !containsAny("1 filter applied", resultGate) {
		t.Error("resultGate skips \"1 filter applied\"")
	}
}
