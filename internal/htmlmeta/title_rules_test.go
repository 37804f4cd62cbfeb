package htmlmeta

import (
	"strings"
	"testing"
)

// titlePickTests pin each title rule on small synthetic pages: the title
// chosen and the rule that chose it.
var titlePickTests = []struct {
	name, url, page string
	want, rule      string
}{
	{
		"registrable host: a subdomain page's <title> ends in the site named after the domain",
		"https://talk.harbourcourier.example/t/ferry-timetables",
		`<html><head><title>Ferry timetables for the winter - Harbour Courier Community</title></head>
<body><div><p>Text.</p></div></body></html>`,
		"Ferry timetables for the winter", "meta",
	},
	{
		"registrable host: a two-letter country suffix behind a short label",
		"https://jobs.harbourcourier.co.uk/listing/deckhand",
		`<html><head><title>Harbour Courier Careers - Deckhand for the night ferry</title></head>
<body><div><p>Text.</p></div></body></html>`,
		"Deckhand for the night ferry", "meta",
	},
	{
		"cut short: a JSON-LD headline ending in an ellipsis yields to the <title> that holds it whole",
		"https://courier.example/2030/05/01/quay",
		`<html><head><title>Harbour Board Approves the New Quay After a Long Night of Debate</title><meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour Board Approves the New Quay After a Long Night of...","datePublished":"2030-05-01"}</script></head>
<body><div><p>Text.</p></div></body></html>`,
		"Harbour Board Approves the New Quay After a Long Night of Debate", "meta",
	},
	{
		"cut short: an ellipsis no other title extends is the headline's own",
		"https://courier.example/2030/05/02/wait",
		`<html><head><title>And Then the Lights Went Out… | Harbour Courier</title><meta property="og:title" content="And Then the Lights Went Out…"><meta property="og:type" content="article"></head>
<body><div><p>Text.</p></div></body></html>`,
		"And Then the Lights Went Out…", "meta",
	},
	{
		"page label: the second page of a story numbers the page in its <title>",
		"https://courier.example/2030/05/03/quay?page=2",
		`<html><head><title>Harbour Board Approves the New Quay - Page 2 | Harbour Courier</title><meta property="og:site_name" content="Harbour Courier"><meta property="og:type" content="article"></head>
<body><div><p>Text.</p></div></body></html>`,
		"Harbour Board Approves the New Quay", "meta",
	},
	{
		"nameless head: a <title> that only names the site yields to the one title-named heading",
		"https://www.harbourcourier.example/2030/05/04/storm",
		`<html><head><title>Harbour Courier</title><meta property="og:type" content="article"></head>
<body><article><h2 class="headline">Storm Brenna Reaches the Outer Islands</h2><p>Text.</p></article></body></html>`,
		"Storm Brenna Reaches the Outer Islands", "namelessHead",
	},
	{
		"nameless head: two title-named cards are a listing, the site's name stays",
		"https://www.harbourcourier.example/weather/storms",
		`<html><head><title>Harbour Courier</title></head>
<body><div><h2 class="entry-title">Storm Brenna Reaches the Outer Islands</h2><p>Text.</p>
<h2 class="entry-title">Ferries Cancelled Along the Coast</h2><p>Text.</p></div></body></html>`,
		"Harbour Courier", "meta",
	},
	{
		"name then sentence: a saved page's <title> opens with the site's name before a sentence",
		"",
		`<html><head><title>Harbour Courier | Ferry fares rise again for island commuters</title><meta property="og:type" content="article"></head>
<body><div><p>Text.</p></div></body></html>`,
		"Ferry fares rise again for island commuters", "meta",
	},
	{
		"bracket site: the site's name in brackets closes the <title>",
		"https://www.harbourcourier.example/2030/05/05/fares",
		`<html><head><title>Ferry Fares Rise Again (Harbour Courier)</title><meta property="og:site_name" content="Harbour Courier"><meta property="og:type" content="article"></head>
<body><div><p>Text.</p></div></body></html>`,
		"Ferry Fares Rise Again", "meta",
	},
	{
		"home labels: a Dutch og:title naming the front page yields to the <title>",
		"https://www.dorpskrant.example/2030/05/06/veerboot",
		`<html lang="nl"><head><title>Nieuwe veerboot voor de haven | Dorpskrant</title><meta property="og:title" content="Startpagina"><meta property="og:type" content="article"></head>
<body><div><p>Text.</p></div></body></html>`,
		"Nieuwe veerboot voor de haven", "meta",
	},
	{
		"home labels: a Portuguese front page titled by its label gives the site",
		"https://www.jornaldacosta.example/",
		`<html lang="pt"><head><title>Início - Jornal da Costa</title></head>
<body><div><p>Text.</p></div></body></html>`,
		"Jornal da Costa", "meta",
	},
	{
		"section heading: an <h1> that is only the declared section is no headline",
		"https://www.harbourcourier.example/2030/05/07/keeper",
		`<html><head><title>Kellan Rovers Sign a New Goalkeeper | Harbour Courier</title><meta property="og:site_name" content="Harbour Courier">
<meta property="og:type" content="article"><meta property="article:section" content="Sport"></head>
<body><main><h1>Sport</h1><article><p>Text.</p></article></main></body></html>`,
		"Kellan Rovers Sign a New Goalkeeper", "meta",
	},
	{
		"section heading: a section the metadata names as the headline is the headline",
		"https://www.harbourcourier.example/guides/ferry-costs",
		`<html><head><title>Ferry Costs Explained [2030]: Fares and Passes | Harbour Courier</title><meta property="og:type" content="article">
<meta property="og:title" content="Ferry Costs Explained [2030]: Fares and Passes">
<script type="application/ld+json">{"@type":"Article","headline":"Ferry Costs Explained","articleSection":"Ferry Costs Explained","datePublished":"2030-05-07"}</script></head>
<body><main><article><h1>Ferry Costs Explained</h1><p>Text.</p></article></main></body></html>`,
		"Ferry Costs Explained", "sameAsMeta",
	},
	{
		"section head: the declared section opening a dash-joined <title> is no part of the headline",
		"https://www.harbourcourier.example/2030/05/08/keeper",
		`<html><head><title>Sport - Kellan Rovers Sign a New Goalkeeper - Harbour Courier</title><meta property="og:site_name" content="Harbour Courier">
<meta property="og:type" content="article"><meta property="article:section" content="Sport"></head>
<body><main><article><p>Text.</p></article></main></body></html>`,
		"Kellan Rovers Sign a New Goalkeeper", "meta",
	},
	{
		"section head: the declared section before a bar, on a page that names no site",
		"https://www.harbourcourier.example/2030/05/09/keeper",
		`<html><head><title>Sport | Kellan Rovers sign a new goalkeeper</title><meta property="og:type" content="article"><meta property="article:section" content="Sport"></head>
<body><main><article><p>Text.</p></article></main></body></html>`,
		"Kellan Rovers sign a new goalkeeper", "meta",
	},
	{
		"h2 same as meta: an <h1> labels the page, the <h2> below is og:title word for word",
		"https://www.harbourcourier.example/2030/05/10/keeper",
		`<html><head><title>Kellan Rovers Sign a New Goalkeeper | Harbour Courier</title><meta property="og:title" content="Kellan Rovers Sign a New Goalkeeper">
<meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Courier"></head>
<body><main><h1>Matchday</h1><article><h2>Kellan Rovers Sign a New Goalkeeper</h2><p>Text.</p></article></main></body></html>`,
		"Kellan Rovers Sign a New Goalkeeper", "h2SameAsMeta",
	},
	{
		"glued site: a Chinese <title> joins the site with an unspaced dash",
		"https://www.gangwan.example/2030/05/11/quay.html",
		`<html lang="zh"><head><title>港务局批准新建码头-港湾日报</title><meta property="og:site_name" content="港湾日报"><meta property="og:type" content="article"></head>
<body><div><p>Text.</p></div></body></html>`,
		"港务局批准新建码头", "meta",
	},
	{
		"name then sentence: where the site is known, a name the rules leave before the bar is the page's",
		"https://tides.example/",
		`<html><head><title>Harbour Almanac | tide tables for every harbour on the coast</title><meta property="og:type" content="article"></head>
<body><div><p>Text.</p></div></body></html>`,
		"Harbour Almanac", "meta",
	},
	{
		"home heading: a front page's \"Name Homepage\" <h1> is a label, the <title> names the page",
		"https://www.harbourcourier.example/",
		`<html><head><title>Harbour Courier: News from the Islands</title></head>
<body><main><h1>Harbour Courier Homepage</h1><p>Text.</p></main></body></html>`,
		"Harbour Courier: News from the Islands", "meta",
	},
	{
		"label first: a one-word label opens a barred <title> before the headline",
		"https://www.harbourcourier.example/2030/05/12/resigns",
		`<html><head><title>EXCLUSIVE | Harbour Master Resigns After Ferry Inquiry | Harbour Courier</title><meta property="og:site_name" content="Harbour Courier"><meta property="og:type" content="article"></head>
<body><div><p>Text.</p></div></body></html>`,
		"Harbour Master Resigns After Ferry Inquiry", "meta",
	},
	{
		"section label: og:title that is only the declared section yields to the <title>",
		"https://courier.example/2030/04/02/pier",
		`<html><head><title>Why the Pier Must Stay | Harbour Courier</title><meta property="og:title" content="Opinion">
<meta property="og:site_name" content="Harbour Courier"><meta property="og:type" content="article"><meta property="article:section" content="Opinion"></head>
<body><article><p>Text.</p></article></body></html>`,
		"Why the Pier Must Stay", "meta",
	},
	{
		"section label: JSON-LD articleSection marks the og:title that repeats it",
		"https://courier.example/2030/04/03/tides",
		`<html><head><title>Spring Tides Flood the Lower Quay - Harbour Courier</title><meta property="og:title" content="Weather">
<meta property="og:site_name" content="Harbour Courier"><meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"NewsArticle","articleSection":"Weather","datePublished":"2030-04-03"}</script></head>
<body><article><p>Text.</p></article></body></html>`,
		"Spring Tides Flood the Lower Quay", "meta",
	},
	{
		"newer year: the <h1> re-dates a yearly guide the <title> still dates last year",
		"https://gardens.example/guides/tools",
		`<html><head><title>Best Garden Tools of 2028 | Example Gardens</title><meta property="og:type" content="website"></head>
<body><main><h1>Best Garden Tools of 2029</h1><p>Text.</p></main></body></html>`,
		"Best Garden Tools of 2029", "newerYearH1",
	},
	{
		"newer year: a weekly digest's <h1> dates the issue the <title> leaves undated",
		"https://harbour.example/digest",
		`<html><head><title>Weekly Harbour Digest</title><meta property="og:type" content="website"></head>
<body><main><h1>Harbour Digest 03/14/2030</h1><p>Text.</p></main></body></html>`,
		"Harbour Digest 03/14/2030", "newerYearH1",
	},
	{
		"newer year: an <h1> with an older year leaves the <title>",
		"https://gardens.example/guides/seeds",
		`<html><head><title>Best Seed Catalogues of 2029 | Example Gardens</title><meta property="og:type" content="website"></head>
<body><main><h1>Best Seed Catalogues of 2027</h1><p>Text.</p></main></body></html>`,
		"Best Seed Catalogues of 2029", "meta",
	},
	{
		"newer year: an <h1> with words the <title> lacks is a rewording, not a re-dating",
		"https://gardens.example/guides/hoses",
		`<html><head><title>Garden Hoses Compared | Example Gardens</title><meta property="og:type" content="website"></head>
<body><main><h1>Our Favourite Garden Hoses for 2030</h1><p>Text.</p></main></body></html>`,
		"Garden Hoses Compared", "meta",
	},
	{
		"headline continues: the <title> dropped the question mark",
		"https://example.com/blog/cloud",
		`<html><head><title>Cloud Tools: What's Next in 2030 | Example Blog</title><meta property="og:type" content="article"></head>
<body><h1>Cloud Tools: What's Next in 2030?</h1><p>Text.</p></body></html>`,
		"Cloud Tools: What's Next in 2030?", "visibleH1",
	},
	{
		"headline continues: the <title> dropped a clause after a comma",
		"https://example.com/tutors",
		`<html><head><title>Best Chess Tutors in 2030 | Example</title></head>
<body><main><h1>Best Chess Tutors in 2030, Reviewed by a Student</h1><p>Text.</p></main></body></html>`,
		"Best Chess Tutors in 2030, Reviewed by a Student", "visibleH1",
	},
	{
		"headline continues: the <title> was cut mid-word",
		"https://example.com/desk",
		`<html><head><title>Desk setup step by step: monitor, laptop and k | Example Shop</title></head>
<body><article><h1>Desk setup step by step: monitor, laptop and keyboard</h1><p>Text.</p></article></body></html>`,
		"Desk setup step by step: monitor, laptop and keyboard", "visibleH1",
	},
	{
		"h1 extends: furniture after the headline stays out",
		"https://example.com/story/1",
		`<html><head><title>Ferry Riders Find Timetables No Longer Hold - Example</title></head>
<body><article><h1>Ferry Riders Find Timetables No Longer Hold (harbour.example) 87</h1><p>Text.</p></article></body></html>`,
		"Ferry Riders Find Timetables No Longer Hold", "h1Extends",
	},
	{
		"site heading: the logo <h1> names the <title>'s site segment",
		"https://docs.example.org/ch04.html",
		`<html><head><title>What is Ownership? - The Lobster Language Book</title></head>
<body><header><h1 class="menu-title">The Lobster Language Book</h1></header><div><p>What is Ownership?</p><p>Text.</p></div></body></html>`,
		"What is Ownership?", "meta",
	},
	{
		"site tail: an <h1> repeating the <title>'s section and site segments is not the headline",
		"https://salsa.example/figuren/enchufla",
		`<html><head><title>Enchufla Figures - Salsa Figures - Rueda in Berlin</title></head>
<body><h1>Salsa Figures - Rueda in Berlin</h1><div><h2 class="entry-title">Enchufla Figures</h2><p>Text.</p></div></body></html>`,
		"Enchufla Figures", "agreedHead",
	},
	{
		"same as meta: the <h1> equal to og:title beats a section <h1> matching the <title>",
		"https://lab.example/news/electron",
		`<html><head><title>News - Example Lab</title><meta property="og:title" content="The first electron decides"></head>
<body><h1 class="page-title">News</h1><div><h1>The first electron decides</h1><p>Text.</p></div></body></html>`,
		"The first electron decides", "sameAsMeta",
	},
	{
		"same as meta: a site suffix on the <h1> itself is cut, a leading name like the host's stays",
		"https://puppies24.example/buy",
		`<html><head><title>Puppies buy – Tips for every breed | Puppies24</title><meta property="og:title" content="Puppies buy – Tips for every breed"></head>
<body><article><h1>Puppies buy – Tips for every breed</h1><p>Text.</p></article></body></html>`,
		"Puppies buy – Tips for every breed", "sameAsMeta",
	},
	{
		"branded title: an inner page titled with the site's tagline takes its only <h1>",
		"https://www.threads.example/r/cooking/comments/abc/steel_wok/",
		`<html><head><title>Threads - The heart of the web</title><meta property="og:site_name" content="Threads"></head>
<body><header class="post-header"><h1>Carbon steel wok and wooden spatulas</h1></header><div><p>Is it safe?</p></div></body></html>`,
		"Carbon steel wok and wooden spatulas", "brandedTitle",
	},
	{
		"branded title: a short section <h1> does not replace it",
		"https://roamer.example/collections/carry-on",
		`<html><head><title>Roamer | Quality Luggage for Every Trip</title><meta property="og:site_name" content="Roamer"></head>
<body><header class="banner"><h1>Carry-On</h1></header><div><p>Bags.</p></div></body></html>`,
		"Quality Luggage for Every Trip", "meta",
	},
	{
		"lone main h1: the only <h1> in <main> beats a generic <title>",
		"https://example.com/news/goodbye",
		`<html><head><title>Home</title></head>
<body><nav><a href="/">Home</a></nav><main><h1>Time to say goodbye.</h1><p>After twenty years we close the shop.</p></main></body></html>`,
		"Time to say goodbye.", "loneMainH1",
	},
	{
		"lone main h1 does not apply to a declared website",
		"https://example.com/services",
		`<html><head><title>Kitchen Renovation Services | Example</title><meta property="og:type" content="website"></head>
<body><main><h1>Clarity, finally.</h1><p>Text.</p></main></body></html>`,
		"Kitchen Renovation Services", "meta",
	},
	{
		"home page: a dash-joined leading brand stays",
		"https://talkwell.example/",
		`<html><head><title>Talkwell - Online Therapy for Everyone</title><meta property="og:site_name" content="Talkwell"></head>
<body><main><h2>Space to figure things out</h2></main></body></html>`,
		"Talkwell - Online Therapy for Everyone", "meta",
	},
	{
		"home page: a pipe-divided leading brand goes",
		"https://todoly.example/",
		`<html><head><title>Todoly | A To-Do List for Your Life</title><meta property="og:site_name" content="Todoly"></head>
<body><main><h2>Organize everything</h2></main></body></html>`,
		"A To-Do List for Your Life", "meta",
	},
	{
		"inner page: a leading brand goes",
		"https://talkwell.example/pricing",
		`<html><head><title>Talkwell - Plans and Pricing</title><meta property="og:site_name" content="Talkwell"></head>
<body><main><h2>Choose a plan</h2></main></body></html>`,
		"Plans and Pricing", "meta",
	},
	{
		"site-only meta: an og:title that is only the site's name yields to the <title>'s headline",
		"https://mowbot.example/guide/lawn-size",
		`<html><head><title>Which robot mower suits which lawn size? | Mowbot</title><meta property="og:title" content="Mowbot"><meta property="og:site_name" content="Mowbot"></head>
<body><main><h2>Small lawns</h2><p>Text.</p></main></body></html>`,
		"Which robot mower suits which lawn size?", "meta",
	},
	{
		"site-only meta: on a home page the site's name stays",
		"https://mowbot.example/",
		`<html><head><title>Mowbot | Robot mowers for every garden</title><meta property="og:title" content="Mowbot"><meta property="og:site_name" content="Mowbot"></head>
<body><main><h2>Small lawns</h2><p>Text.</p></main></body></html>`,
		"Mowbot", "meta",
	},
	{
		"sentence heading: a question <h1> opening the <title> is the headline, the rest a tagline",
		"https://routers.example/guides/mesh",
		`<html><head><title>What Is Mesh WiFi? Our 2030 Exclusive Guide</title></head>
<body><header><h1>What is Mesh WiFi?</h1></header><div><p>Text.</p></div></body></html>`,
		"What is Mesh WiFi?", "agreedHeading",
	},
	{
		"invisible characters: a soft-hyphenated <h1> agrees with the <title> and loses its soft hyphens",
		"https://town.example/building/repair-program",
		"<html><head><title>Town Building Department: Home Repair Assistance Program</title></head>\n" +
			"<body><main><h1>Home Repair Assis\u00adtance Pro\u00adgram</h1><p>Text.</p></main></body></html>",
		"Home Repair Assistance Program", "agreedHeading",
	},
	{
		"home label: og:title \"Home\" yields, and \"Home - Blog\" names the page by the site",
		"https://blog.example/",
		`<html><head><title>Home - The Example Blog</title><meta property="og:title" content="Home"></head>
<body><main><h2>Latest posts</h2><p>Text.</p></main></body></html>`,
		"The Example Blog", "meta",
	},
	{
		"agreed h2: without a main <h1>, the <h2> the <title> carries drops the title's furniture",
		"https://books.example/browse/hardware",
		`<html><head><title>Browse subject: Lathes -- Catalogs | The Example Books Page</title></head>
<body><header><h1>The Example Books Page</h1></header><div><h2>Lathes -- Catalogs</h2><p>Text.</p></div></body></html>`,
		"Lathes -- Catalogs", "agreedH2",
	},
	{
		"agreed h2: a short <h2> section label is no headline",
		"https://shop.example/guides/kettles",
		`<html><head><title>Kettles: how to choose one | Example Shop</title></head>
<body><div><h2>Kettles</h2><p>Text.</p></div></body></html>`,
		"Kettles: how to choose one", "meta",
	},
	{
		"agreed h2: an <h2> in the chrome is not considered",
		"https://shop.example/news/lathes",
		`<html><head><title>Lathe news from the workshop | Example Shop</title></head>
<body><aside><h2>Lathe news from the workshop</h2></aside><div><h2>Related reading on lathes</h2><p>Text.</p></div></body></html>`,
		"Lathe news from the workshop", "meta",
	},
	{
		"nameless meta: every metadata title only names the site, the inner page's <h1> names it",
		"https://shop.bloom.example/products/serum-set",
		`<html><head><title>Bloom</title><meta property="og:title" content="Bloom"><meta property="og:site_name" content="Bloom"><meta property="og:type" content="website"></head>
<body><div><h1>Night Serum Set</h1><p>Text.</p></div></body></html>`,
		"Night Serum Set", "namelessMeta",
	},
	{
		"nameless meta: on the home page the site's name is the page's name",
		"https://bloom.example/",
		`<html><head><title>Bloom</title><meta property="og:site_name" content="Bloom"></head>
<body><div><h1>Skincare for every day</h1><p>Text.</p></div></body></html>`,
		"Bloom", "meta",
	},
	{
		"unescape twice: a title escaped twice reads with its ampersand",
		"https://garden.example/accessories",
		`<html><head><title>Garden Tools &amp;amp; Kneelers | Garden Example</title><meta property="og:site_name" content="Garden Example"></head>
<body><div><p>Text.</p></div></body></html>`,
		"Garden Tools & Kneelers", "meta",
	},
	{
		"site once: after the site suffix is cut, a leading product line starting with the host's label stays",
		"https://www.gizmo.example/store/gizmo-switch-lite",
		`<html><head><title>Gizmo Switch - Lite Model Blue - Gizmo Official Site</title><meta property="og:site_name" content="Gizmo Official Site"></head>
<body><div><p>Text.</p></div></body></html>`,
		"Gizmo Switch - Lite Model Blue", "meta",
	},
	{
		"site once: a breadcrumb title still loses its leading site segment",
		"https://www.newsco.example/weather/storm",
		`<html><head><title>Newsco News | Storm hits the coast | Newsco</title><meta property="og:site_name" content="Newsco"></head>
<body><div><p>Text.</p></div></body></html>`,
		"Storm hits the coast", "meta",
	},
	{
		"site once: a leading site name is still cut when no tail names the site",
		"https://www.gizmo.example/blog/lite-review",
		`<html><head><title>Gizmo Blog - The Lite Model, one year on</title></head>
<body><div><p>Text.</p></div></body></html>`,
		"The Lite Model, one year on", "meta",
	},
}

var dropInvisibleTests = []struct{ in, want string }{
	{"Assis\u00adtance", "Assistance"},
	{"\ufeffHeadline\u2060", "Headline"},
	{"Hafen\u200bfest im Regen\u200b", "Hafenfest im Regen"}, // rule titleZeroWidthSpace
	{"می\u200cخواهم", "می\u200cخواهم"},                       // Persian needs its zero-width non-joiner
	{"Plain", "Plain"},
}

func TestDropInvisible(t *testing.T) {
	for _, tt := range dropInvisibleTests {
		if got := dropInvisible(tt.in); got != tt.want {
			t.Errorf("dropInvisible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestZeroWidthSpaceTitle pins rule titleZeroWidthSpace on an invented
// page whose headline carries a zero-width break hint inside a long word:
// the title reads the word whole, as the reader sees it.
func TestZeroWidthSpaceTitle(t *testing.T) {
	const text = "Das Hafenfest in Quillon beginnt in diesem Jahr am alten Kai, teilten die Veranstalter mit, weil der neue Steg nach den Herbststürmen noch gesperrt ist und erst im Sommer wieder öffnet."
	page := `<html lang="de"><head><title>Quillon: Hafenfest zieht an den alten Kai | Quillon Hafenbote</title></head><body><main><article><h1>Das Hafen` + "\u200b" + `fest zieht an den alten Kai</h1><p>` + text + `</p></article></main></body></html>`
	if got := Extract(parse(t, page), "https://hafenbote.example/hafenfest", testNow).Title; got != "Das Hafenfest zieht an den alten Kai" {
		t.Errorf("title = %q", got)
	}
}

// sentenceHeadingTests pin rule titleSentenceHeading: a heading ending in
// "?" or "!" agrees with a title it opens; other endings need a separator.
// TestAgrees runs them with agreesTests.
var sentenceHeadingTests = []agreesCase{
	{"What is Mesh WiFi?", "What Is Mesh WiFi? Our 2030 Exclusive Guide", true},
	{"Stop the presses!", "Stop the presses! Why print still matters", true},
	{"What is Mesh WiFi", "What Is Mesh WiFi Our 2030 Exclusive Guide", false},
	{"What is Mesh WiFi?", "What Is Mesh WiFi?Our Guide", false},
	{"Mesh WiFi explained.", "Mesh WiFi explained. Our 2030 Exclusive Guide", false},
}

// leftGuillemetTests pin rule titleLeftGuillemet: an older WordPress
// theme's "Post title « Blog name" loses the blog's name on a page with
// no heading. Invented blog.
var leftGuillemetTests = []struct{ page, want string }{
	{`<html><head><title>Winter timetable for the Kellan ferry « Harbour Notes</title></head>
<body><article><p>The ferry will sail twice a week from December, the operator said on Tuesday.</p></article></body></html>`, "Winter timetable for the Kellan ferry"},
}

func TestLeftGuillemet(t *testing.T) {
	for _, tt := range leftGuillemetTests {
		if got := Extract(parse(t, tt.page), "https://harbournotes.example/2024/11/ferry/", testNow).Title; got != tt.want {
			t.Errorf("title = %q, want %q", got, tt.want)
		}
	}
}

// TestSectionTail pins rule titleSectionTail: the declared section after
// the headline in a dash-joined title goes with the site; another last
// segment stays. Invented pages without a heading.
func TestSectionTail(t *testing.T) {
	for _, tt := range []struct{ head, want string }{
		{`<meta property="article:section" content="Local News">`, "Winter timetable for the Kellan ferry"},
		{`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","articleSection":"Local News"}</script>`, "Winter timetable for the Kellan ferry"},
		{`<meta property="article:section" content="Sport">`, "Winter timetable for the Kellan ferry - Local News"},
	} {
		page := `<html><head><title>Winter timetable for the Kellan ferry - Local News - Harbour Courier</title>` + tt.head +
			`</head><body><article><p>The ferry will sail twice a week from December, the operator said on Tuesday.</p></article></body></html>`
		if got := Extract(parse(t, page), "https://www.harbourcourier.example/local/ferry/", testNow).Title; got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.head, got, tt.want)
		}
	}
}

func TestTitlePick(t *testing.T) {
	for _, tt := range titlePickTests {
		checkTitleRule(t, tt.name, tt.page, tt.url, tt.want, tt.rule)
	}
}

// checkTitleRule fails t unless page, read at url, takes the title want
// by rule (titleRule's name); name names the case in the failure.
func checkTitleRule(t *testing.T, name, page, url, want, rule string) {
	t.Helper()
	doc := parse(t, page)
	m := Extract(doc, url, testNow)
	_, got := collect(doc, url).titleRule(m.Outlet)
	if m.Title != want || got != rule {
		t.Errorf("%s: title = %q (rule %s), want %q (rule %s)", name, m.Title, got, want, rule)
	}
}

var headlineContinuesTests = []struct {
	r, h string
	want bool
}{
	{"What's Next in 2030", "What's Next in 2030?", true},
	{"Best Tutors in 2030", "Best Tutors in 2030, Reviewed by a Student", true},
	{"Zitronenkuchen vom Blech", "Zitronenkuchen vom Blech: einfach köstlich!", true},
	{"laptop and k", "laptop and keyboard", true},
	{"Timetables No Longer Hold", "Timetables No Longer Hold (harbour.example) 87", false},
	{"Savings Planner", "Savings Planner - Example Funds", false},
	{"Access overview", "Access overview Stay organized with collections", false},
	{"Was wir hören wollen", "Was wir hören wollen | EXAMPLE.NET", false},
	{"Same", "Same", false},
}

func TestHeadlineContinues(t *testing.T) {
	for _, tt := range headlineContinuesTests {
		if got := headlineContinues(tt.r, tt.h); got != tt.want {
			t.Errorf("headlineContinues(%q, %q) = %v, want %v", tt.r, tt.h, got, tt.want)
		}
	}
}

var stripSiteTailTests = []struct {
	title string
	sites []string
	want  string
}{
	{"Best UK Exhibitions 2025 – Artlyst", []string{"artlyst"}, "Best UK Exhibitions 2025"},
	{"Grill 1600 - Martinsen | Martinsen", []string{"martinsen"}, "Grill 1600"},
	{"Puppies buy – Tips for every breed", []string{"puppies24"}, "Puppies buy – Tips for every breed"},
	{"Martinsen", []string{"martinsen"}, "Martinsen"},
}

func TestStripSiteTail(t *testing.T) {
	for _, tt := range stripSiteTailTests {
		if got := stripSiteTail(tt.title, tt.sites); got != tt.want {
			t.Errorf("stripSiteTail(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

var latestYearTests = []struct {
	in   string
	want int
}{
	{"Best Garden Tools of 2028 and 2029", 2029},
	{"Harbour Digest 03/14/2030", 2030},
	{"Room 20301 and a 1200-page guide", 0},
	{"No year here", 0},
}

func TestLatestYear(t *testing.T) {
	for _, tt := range latestYearTests {
		if got := latestYear(tt.in); got != tt.want {
			t.Errorf("latestYear(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

var registrableLabelTests = []struct{ host, want string }{
	{"talk.harbourcourier.example", "harbourcourier"},
	{"jobs.harbourcourier.co.uk", "harbourcourier"},
	{"harbourcourier.de", "harbourcourier"},
	{"localhost", ""},
}

func TestRegistrableLabel(t *testing.T) {
	for _, tt := range registrableLabelTests {
		if got := registrableLabel(tt.host); got != tt.want {
			t.Errorf("registrableLabel(%q) = %q, want %q", tt.host, got, tt.want)
		}
	}
}

var cutShortTests = []struct {
	t    string
	refs []string
	want bool
}{
	{"Harbour Board Approves the New Quay...", []string{"Harbour Board Approves the New Quay Plan | Courier"}, true},
	{"Harbour Board Approves the New Quay…", []string{"harbour board approves the new quay plan"}, true},
	{"Harbour Board Approves the New Quay...", []string{"Harbour Board Approves the New Quay..."}, false},
	{"Harbour Board Approves the New Quay ...", []string{"Harbour Board Approves the New Quay ...", "Harbour Board Approves the New Quay…"}, false},
	{"And Then the Lights Went Out…", []string{"And Then the Lights Went Out… | Courier"}, false},
	{"Quay...", []string{"Quay plans approved"}, false},
	{"Harbour Board Approves the New Quay", []string{"Harbour Board Approves the New Quay Plan"}, false},
}

func TestCutShort(t *testing.T) {
	for _, tt := range cutShortTests {
		if got := cutShort(tt.t, tt.refs); got != tt.want {
			t.Errorf("cutShort(%q, %q) = %v, want %v", tt.t, tt.refs, got, tt.want)
		}
	}
}

var cutPageLabelTests = []struct{ in, want string }{
	{"Harbour Board Approves the New Quay - Page 2", "Harbour Board Approves the New Quay"},
	{"Hafenamt genehmigt neuen Kai | Seite 3 von 4", "Hafenamt genehmigt neuen Kai"},
	{"Página 2 - La junta aprueba el nuevo muelle", "La junta aprueba el nuevo muelle"},
	{"Harbour Board Approves the New Quay - Part 2", "Harbour Board Approves the New Quay - Part 2"},
	{"Page 2", "Page 2"},
	{"Page Turners - The Courier's Book Club", "Page Turners - The Courier's Book Club"},
	// Rule titlePageLabelWider.
	{"Le port approuve le nouveau quai - Page 2 sur 5", "Le port approuve le nouveau quai"},
	{"Havenbestuur keurt nieuwe kade goed | Pagina 2 van 4", "Havenbestuur keurt nieuwe kade goed"},
	{"Přístav schválil nové nábřeží - Strana 2", "Přístav schválil nové nábřeží"},
	{"Liman yeni rıhtımı onayladı - Sayfa 3", "Liman yeni rıhtımı onayladı"},
	{"Порт одобрил новый причал - Страница 2 из 3", "Порт одобрил новый причал"},
	{"Η λιμενική αρχή ενέκρινε τη νέα προβλήτα - Σελίδα 2 από 3", "Η λιμενική αρχή ενέκρινε τη νέα προβλήτα"},
	{"Strana zelených slaví - Kellan", "Strana zelených slaví - Kellan"},
}

func TestCutPageLabel(t *testing.T) {
	for _, tt := range cutPageLabelTests {
		if got := cutPageLabel(tt.in); got != tt.want {
			t.Errorf("cutPageLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var nameThenSentenceTests = []struct{ in, want string }{
	{"Harbour Courier | Ferry fares rise again for island commuters", "Ferry fares rise again for island commuters"},
	{"Island Festival 2030 | A lantern parade for the old harbour", "A lantern parade for the old harbour"},
	{"Best Ferry Routes in 2030 | Top 12 Crossings", "Best Ferry Routes in 2030 | Top 12 Crossings"},
	{"Ferry fares rise again for island commuters | Harbour Courier", "Ferry fares rise again for island commuters | Harbour Courier"},
	{"Harbour Courier | Ferry fares rise | Local news", "Harbour Courier | Ferry fares rise | Local news"},
	{"Courier | Ferry fares rise again for island commuters", "Courier | Ferry fares rise again for island commuters"},
}

func TestNameThenSentence(t *testing.T) {
	for _, tt := range nameThenSentenceTests {
		if got := nameThenSentence(tt.in); got != tt.want {
			t.Errorf("nameThenSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var cutBracketSiteTests = []struct{ in, want string }{
	{"Ferry Fares Rise Again (Harbour Courier)", "Ferry Fares Rise Again"},
	{"Ferry Fares Rise Again [harbourcourier.example]", "Ferry Fares Rise Again"},
	{"Ferry Fares Rise Again (Photos)", "Ferry Fares Rise Again (Photos)"},
	{"Ferry Fares Rise Again (tidewatch.example)", "Ferry Fares Rise Again (tidewatch.example)"},
	{"(Harbour Courier)", "(Harbour Courier)"},
	{"港湾委員会、新しい岸壁を承認（みなと新聞）", "港湾委員会、新しい岸壁を承認"},
	{"港湾委員会、新しい岸壁を承認【みなと新聞】", "港湾委員会、新しい岸壁を承認"},
	{"港湾委員会、新しい岸壁を承認【速報】", "港湾委員会、新しい岸壁を承認【速報】"},
}

func TestCutBracketSite(t *testing.T) {
	sites := []string{"harbourcourier", "harbourcourierexample", "みなと新聞"}
	for _, tt := range cutBracketSiteTests {
		if got := cutBracketSite(tt.in, sites); got != tt.want {
			t.Errorf("cutBracketSite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzTitleCuts checks that the <title> cutting rules never panic and only
// ever cut: what they return is a piece of the title they were given.
func FuzzTitleCuts(f *testing.F) {
	for _, s := range []string{
		"Harbour Board Approves the New Quay - Page 2 | Courier",
		"Página 2 - La junta aprueba el nuevo muelle",
		"Ferry Fares Rise Again (Harbour Courier)",
		"x ()", "a []", " (", "]", "Page 2",
		"Harbour Courier | Ferry fares rise again for island commuters",
		"Quay...", "…", "市議会｜みなと新聞",
	} {
		f.Add(s)
	}
	sites := []string{"harbourcourier", "courier"}
	f.Fuzz(func(t *testing.T, s string) {
		for name, got := range map[string]string{
			"cutPageLabel":     cutPageLabel(s),
			"cutBracketSite":   cutBracketSite(s, sites),
			"firstPipeSegment": firstPipeSegment(s),
		} {
			if !strings.Contains(s, got) {
				t.Errorf("%s(%q) = %q, not a piece of its input", name, s, got)
			}
		}
		cutShort(s, []string{s + " more", s})
	})
}

var cutGluedSiteTests = []struct{ in, want string }{
	{"港务局批准新建码头-港湾日报", "港务局批准新建码头"},
	{"港务局批准新建码头—港湾日报", "港务局批准新建码头"},
	{"港务局批准新建码头-二期工程", "港务局批准新建码头-二期工程"},
	{"Harbour-港湾日报", "Harbour-港湾日报"},
	{"港湾日报", "港湾日报"},
	// Rule titleGluedColon: a full-width colon cuts before the whole
	// site name only.
	{"港务局批准新建码头：港湾日报", "港务局批准新建码头"},
	{"特集：港湾日报の百年", "特集：港湾日报の百年"},
	{"港务局批准新建码头：二期工程", "港务局批准新建码头：二期工程"},
}

func TestCutGluedSite(t *testing.T) {
	sites := []string{"港湾日报"}
	for _, tt := range cutGluedSiteTests {
		if got := cutGluedSite(tt.in, sites); got != tt.want {
			t.Errorf("cutGluedSite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var homeHeadingTests = []struct {
	in   string
	want bool
}{
	{"Harbour Courier Homepage", true},
	{"Harbour Courier home page", true},
	{"HarbourCourier Startseite", true},
	{"Homepage", false},
	{"Working from home", false},
	{"Redesigning our homepage", false},
	{"Ferry fares rise again", false},
}

func TestHomeHeading(t *testing.T) {
	sites := []string{"harbourcourier", "harbourcourierexample"}
	for _, tt := range homeHeadingTests {
		if got := homeHeading(tt.in, sites); got != tt.want {
			t.Errorf("homeHeading(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

var labelFirstTests = []struct{ title, want string }{
	{"Opinion | Harbour master resigns after ferry inquiry | Harbour Courier", "Harbour master resigns after ferry inquiry"},
	{"Harbour master resigns after ferry inquiry | Opinion | Harbour Courier", "Harbour master resigns after ferry inquiry"},
	{"Weather | Storms | Harbour Courier", "Weather"},
	{"Obituaries | Local News | Harbour Courier", "Obituaries"},
}

// TestLabelFirst pins rule titleLabelFirst in stripSite's breadcrumb
// branch.
func TestLabelFirst(t *testing.T) {
	for _, tt := range labelFirstTests {
		if got := stripSite(tt.title, []string{"harbourcourier"}); got != tt.want {
			t.Errorf("stripSite(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestSeoPluginSeparators pins rule titleSeoPluginSeparators: the star and
// the angle a WordPress SEO plugin sets between the post and the site go
// with the site's name on a page without a heading; an angle inside a
// headline cut at a dash stays. Invented outlet.
func TestSeoPluginSeparators(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"Winter timetable for the Kellan ferry ⋆ Harbour Notes", "Winter timetable for the Kellan ferry"},
		{"Winter timetable for the Kellan ferry > Harbour Notes", "Winter timetable for the Kellan ferry"},
		{"Why 5G > 4G on the Kellan islands - Harbour Notes", "Why 5G > 4G on the Kellan islands"},
	} {
		page := `<html><head><title>` + tt.title + `</title><meta property="og:site_name" content="Harbour Notes"></head>
<body><article><p>The ferry will sail twice a week from December, the operator said on Tuesday.</p></article></body></html>`
		if got := Extract(parse(t, page), "https://harbournotes.example/2030/11/ferry/", testNow).Title; got != tt.want {
			t.Errorf("%q: title = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestArchivedSite pins rule titleArchivedSite: on a page read from a web
// archive, the archived site's name in the logo heading and the <title>
// is the site, not the headline. Invented blog.
func TestArchivedSite(t *testing.T) {
	page := `<html><head><title>Harbour Notes » Blog Archive » Winter timetable for the Kellan ferry</title></head>
<body><div id="header"><h1>Harbour Notes</h1></div>
<div class="post"><h2>Winter timetable for the Kellan ferry</h2><p>The ferry will sail twice a week from December, the operator said on Tuesday.</p></div></body></html>`
	u := "https://web.archive.org/web/20140226054445/http://www.harbournotes.example/2013/08/07/winter-timetable/"
	if got := Extract(parse(t, page), u, testNow).Title; got != "Winter timetable for the Kellan ferry" {
		t.Errorf("title = %q", got)
	}
}

// TestSiteFirstPath pins rule titleSiteFirstPath: a <title> written as a
// path from the site down to the post gives the post's name; a page
// number at the end stays for rule titlePageLabel, and a path that does
// not open with the site is left whole. Invented outlet, no heading.
func TestSiteFirstPath(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"Harbour Courier » Local » Ferry fares rise again for island commuters", "Ferry fares rise again for island commuters"},
		{"Harbour Courier › Blog Archive › Ferry fares rise again for island commuters", "Ferry fares rise again for island commuters"},
		{"Harbour Courier » Ferry fares rise again for island commuters » Page 2", "Ferry fares rise again for island commuters"},
		{"Local » Ferry fares rise again for island commuters", "Local » Ferry fares rise again for island commuters"},
	} {
		page := `<html><head><title>` + tt.title + `</title><meta property="og:site_name" content="Harbour Courier"></head>
<body><article><p>The ferry will sail twice a week from December, the operator said on Tuesday.</p></article></body></html>`
		if got := Extract(parse(t, page), "https://harbourcourier.example/2030/03/14/ferry-fares/", testNow).Title; got != tt.want {
			t.Errorf("%q: title = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestHomeLabelsAsia pins rule titleHomeLabelsAsia: a front page whose
// <title> is its language's label for "home" and the site's name is
// named by the site. Invented outlets.
func TestHomeLabelsAsia(t *testing.T) {
	for _, tt := range []struct{ lang, title, site string }{
		{"ja", "ホーム - みなと新聞", "みなと新聞"},
		{"zh", "首页 - 城市日报", "城市日报"},
		{"ko", "홈 - 항구일보", "항구일보"},
		{"ar", "الرئيسية - صحيفة المرفأ", "صحيفة المرفأ"},
		{"he", "דף הבית - עיתון הנמל", "עיתון הנמל"},
		{"vi", "Trang chủ - Báo Cảng", "Báo Cảng"},
		{"tr", "Anasayfa - Liman Kuryesi", "Liman Kuryesi"},
		{"th", "หน้าแรก - ข่าวท่าเรือ", "ข่าวท่าเรือ"},
	} {
		page := `<html lang="` + tt.lang + `"><head><title>` + tt.title + `</title><meta property="og:site_name" content="` + tt.site + `"></head>
<body><div><p>Text.</p></div></body></html>`
		if got := Extract(parse(t, page), "https://news.example/", testNow).Title; got != tt.site {
			t.Errorf("%s: title = %q, want %q", tt.lang, got, tt.site)
		}
	}
}

// TestSiteBeforeTagline pins rule titleSiteBeforeTagline: the site's name
// behind a dash, its tagline behind the bar that follows, both go from a
// page without a heading; a dash-joined subtitle with no site after it
// stays. Invented outlet.
func TestSiteBeforeTagline(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"Ferry fares rise again for island commuters - Harbour Courier | News from the islands", "Ferry fares rise again for island commuters"},
		{"Ferry fares rise again - what commuters will pay | News from the islands", "Ferry fares rise again - what commuters will pay"},
	} {
		page := `<html><head><title>` + tt.title + `</title><meta property="og:site_name" content="Harbour Courier"></head>
<body><article><p>The ferry will sail twice a week from December, the operator said on Tuesday.</p></article></body></html>`
		if got := Extract(parse(t, page), "https://harbourcourier.example/2030/03/14/ferry-fares/", testNow).Title; got != tt.want {
			t.Errorf("%q: title = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// shortHeadlineSiteTests pin rule titleShortHeadlineSite: a short
// headline before "- Site | Tagline" is the headline; a section label in
// its place names the desk, and the headline follows the bar; a site
// named first opens a site segment as before. Invented outlet.
var shortHeadlineSiteTests = []struct{ in, want string }{
	{"Fares rise - Harbour Courier | News from the islands", "Fares rise"},
	{"Ferry fares rise again for island commuters - Harbour Courier | News from the islands", "Ferry fares rise again for island commuters"},
	{"Local News - Harbour Courier | Ferry fares rise again", "Ferry fares rise again"},
	{"Arts and Culture - Harbour Courier | A lantern parade for the old harbour", "A lantern parade for the old harbour"},
	{"Harbour Courier • View topic - Fares rise again", "Fares rise again"},
}

func TestShortHeadlineSite(t *testing.T) {
	sites := []string{"harbourcourier", "harbourcourierexample"}
	for _, tt := range shortHeadlineSiteTests {
		if got := stripSite(tt.in, sites); got != tt.want {
			t.Errorf("stripSite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// cutDatePrefixTests pin rule titleDatePrefix: the day of publication
// before a headline goes; a date alone, or a date that is the subject
// of the headline without a separator, stays. Invented headlines.
var cutDatePrefixTests = []struct{ in, want string }{
	{"23.03.2030 - Ferry fares rise again", "Ferry fares rise again"},
	{"2030-03-23 | Harbour board approves the new quay", "Harbour board approves the new quay"},
	{"3/23/2030: Ferry fares rise again", "Ferry fares rise again"},
	{"23.03.2030 – Fährpreise steigen erneut", "Fährpreise steigen erneut"},
	{"23.03.2030", "23.03.2030"},
	{"23.03.2030 - Rückblick", "23.03.2030 - Rückblick"},
	{"2030 - the year the ferries stopped", "2030 - the year the ferries stopped"},
	{"Ferry fares rise again - 23.03.2030", "Ferry fares rise again - 23.03.2030"},
}

func TestCutDatePrefix(t *testing.T) {
	for _, tt := range cutDatePrefixTests {
		if got := cutDatePrefix(tt.in); got != tt.want {
			t.Errorf("cutDatePrefix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	page := `<html><head><title>23.03.2030 - Ferry fares rise again - Harbour Courier</title><meta property="og:site_name" content="Harbour Courier"></head>
<body><article><p>The ferry will sail twice a week from December, the operator said on Tuesday.</p></article></body></html>`
	if got := Extract(parse(t, page), "https://harbourcourier.example/archive/ferry-fares/", testNow).Title; got != "Ferry fares rise again" {
		t.Errorf("title = %q, want the headline without its date", got)
	}
}

// cutCountSuffixTests pin rule titleCountSuffix: a closing count of a
// listing's entries goes; a year, an edition year and a count of people
// stay. Invented titles.
var cutCountSuffixTests = []struct{ in, want string }{
	{"Best Island Novels (1,204 books)", "Best Island Novels"},
	{"Harbour storm in pictures [37 Fotos]", "Harbour storm in pictures"},
	{"Ferry timetables (12 results)", "Ferry timetables"},
	{"Best Island Novels (2030)", "Best Island Novels (2030)"},
	{"Best Island Ferries (2030 Reviews)", "Best Island Ferries (2030 Reviews)"},
	{"Ferry capsizes off the point (3 dead)", "Ferry capsizes off the point (3 dead)"},
	{"(12 photos)", "(12 photos)"},
}

func TestCutCountSuffix(t *testing.T) {
	for _, tt := range cutCountSuffixTests {
		if got := cutCountSuffix(tt.in); got != tt.want {
			t.Errorf("cutCountSuffix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	page := `<html><head><title>Best Island Novels (1,204 books)</title></head>
<body><h1>Score</h1><ul><li>The Tide Keeper</li><li>Salt and Lantern</li></ul></body></html>`
	if got := Extract(parse(t, page), "https://islandreads.example/lists/best-island-novels", testNow).Title; got != "Best Island Novels" {
		t.Errorf("title = %q, want the list's name without its count", got)
	}
}
