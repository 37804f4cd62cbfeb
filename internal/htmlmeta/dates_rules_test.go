package htmlmeta

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// publishedOf extracts page (a synthetic snippet) at pageURL and returns
// the published date's day and evidence.
func publishedOf(t *testing.T, page, pageURL string) (day, evidence string) {
	t.Helper()
	m := Extract(parse(t, page), pageURL, testNow)
	if m.Published == nil {
		return "", ""
	}
	return dayOf(m.Published.Value), m.Published.Evidence
}

var dateRuleTests = []struct {
	name, url, page string
	want            string // published day, "" for none
	evidence        string // prefix of the evidence, checked when set
}{
	// datePublishedLabel
	{"label and date in separate elements (French)", "https://example.com/son/1",
		`<h1>La voix</h1><ul><li><p class="title">Durée</p><p class="content">3 min</p></li><li><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></li></ul>`,
		"2019-05-23", "visible text labelled"},
	{"label text then a linked date (German)", "https://example.com/album",
		`<h1>Album</h1><div>Veröffentlichung: <a href="/music/">04.02.2022</a><br>Label: Sony</div>`,
		"2022-02-04", "visible text labelled"},
	{"publication label wins over the modification date before it", "https://example.com/rezension",
		`<h1>Rezension</h1><div>Text</div><p class="footerLine">Letzte Änderung: 14.03.2024 - 10:12:48<br>Erschienen am: 15.03.2024<br>Lesungen: 23</p>`,
		"2024-03-15", "visible text labelled"},
	{"one text with both labels keeps the publication date", "https://example.com/a",
		`<h1>A</h1><div><span>Published 3 May 2021, last updated 9 June 2022</span></div>`,
		"2021-05-03", ""},
	{"published by names a publisher, not a date", "https://example.com/a",
		`<h1>A</h1><div><span>Published by Acme Press</span><span>12 comments 2020</span></div>`,
		"", ""},
	{"published inside a sentence is not a label", "https://example.com/a",
		`<h1>A</h1><p>Our report was first published on 21 June 2017 and revised often.` + strings.Repeat(" More prose follows here.", 10) + `</p>`,
		"2017-06-21", "visible text near the top"}, // the last-resort rule, not the label
	{"labels in reader comments are ignored", "https://example.com/a",
		`<h1>A</h1><div class="comments"><p>Posted on 2 May 2020</p></div>`,
		"", ""},
	{"forum thread start label before the first post's time", "https://forum.example.com/threads/best-watch.40213/",
		`<h1>Which watch for a diver?</h1><div class="p-description"><span class="u-srOnly">Start date</span> <a href="/threads/best-watch.40213/"><time class="u-dt" datetime="2022-10-18T23:08:41+0100">Oct 18, 2022</time></a></div><div class="message"><span>Apr 9, 2016</span><p>Old post.</p></div>`,
		"2022-10-18", ""},
	{"a label repeated for screen readers still waits for its date", "https://example.gov/collection/guide",
		`<h1>Guide</h1><div class="sidebar"><div><h4>Published</h4><h3 class="sr-only">Publish date</h3> <time datetime="2018-11-15T12:00:00Z">15 November 2018</time></div></div>`,
		"2018-11-15", "visible text labelled"},
	// dateLabelBeforeTime
	{"a labelled date over an unmarked <time> in the body", "https://example.gov/collection/guide",
		`<h1>Guide</h1><div class="sidebar"><div><h4>Published</h4><time datetime="2018-11-15T12:00:00Z">15 November 2018</time></div></div><section><p>Step 1 reviewed <time datetime="2019-01-17T12:00:00Z">17 January 2019</time></p></section>`,
		"2018-11-15", "visible text labelled"},
	{"with no label the unmarked <time> dates the page", "https://example.gov/collection/guide",
		`<h1>Guide</h1><section><p>Step 1 <time datetime="2019-01-17T12:00:00Z">17 January 2019</time></p></section>`,
		"2019-01-17", "<time datetime>"},
	// dateLabelOverride
	{"labelled date over a re-stamped JSON-LD date", "https://example.com/tools",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Tools","datePublished":"2025-11-29T12:16:50-05:00"}</script></head><h1>Tools</h1><p>Text.</p><div><span>Published</span> <span>August 13, 2025</span></div>`,
		"2025-08-13", "visible text labelled as the publication date (over json-ld"},
	{"the declared day shown only inside an update keeps the label", "https://example.com/blog/top-firms",
		`<head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Top firms","datePublished":"Aug 21, 2025"}</script></head><h1>Top firms</h1><div class="post-meta"><p>Published Apr 26, 2023</p><p class="date">Updated <span class="date">Aug 21, 2025</span></p></div>`,
		"2023-04-26", "visible text labelled as the publication date (over json-ld"},
	{"declared day shown in the byline keeps it", "https://example.com/tools",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Tools","datePublished":"2025-12-20"}</script></head><h1>Tools</h1><p class="byline">By Ann Lee • 20 Dec 2025</p><ul class="cards"><li>Published on May 02, 2024</li></ul>`,
		"2025-12-20", "json-ld"},
	{"labelled dates that disagree are related cards", "https://example.com/tools",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Tools","datePublished":"2022-01-26"}</script></head><h1>Tools</h1><ul><li>Published 21 July 2017</li><li>Published 6 April 2018</li></ul>`,
		"2022-01-26", "json-ld"},
	{"a label one day off is a time zone", "https://example.com/tools",
		`<head><meta property="article:published_time" content="2025-10-14T23:04:17+00:00"></head><h1>Tools</h1><p>Published: 15 Oct 2025</p>`,
		"2025-10-14", "meta"},
	// dateDeclaredDisagree
	{"meta date shown on the page over a stale JSON-LD date", "https://example.com/chrome-export",
		`<head><meta property="article:published_time" content="2017-11-08T12:06:44+01:00"><script type="application/ld+json">{"@type":"VideoObject","name":"Export","uploadDate":"2015-02-11T14:27:09+01:00"}</script></head><h1>Export</h1><p class="meta">Jane Doe, 08.11.2017, 12:06 Uhr</p>`,
		"2017-11-08", "meta article:published_time"},
	{"an embedded video's uploadDate gives way to the page's meta", "https://example.com/t/valuation/31877",
		`<head><meta property="article:published_time" content="2024-05-20T15:12:33+00:00"><script type="application/ld+json">{"@type":"VideoObject","name":"Clip","uploadDate":"2024-05-26T02:48:16Z"}</script></head><h1>Valuation</h1><p>Text.</p>`,
		"2024-05-20", "meta article:published_time"},
	{"JSON-LD date shown on the page stays", "https://example.com/a",
		`<head><meta property="article:published_time" content="2022-05-26"><script type="application/ld+json">{"@type":"Article","headline":"A","datePublished":"2025-12-01"}</script></head><h1>A</h1><p class="date">December 1, 2025</p>`,
		"2025-12-01", "json-ld"},
	{"neither shown keeps JSON-LD", "https://example.com/a",
		`<head><meta property="article:published_time" content="2022-05-26"><script type="application/ld+json">{"@type":"Article","headline":"A","datePublished":"2025-12-01"}</script></head><h1>A</h1><p>Text.</p>`,
		"2025-12-01", "json-ld"},
	// dateBareText
	{"a date alone after the title", "https://example.com/archive/week-2.html",
		`<h1><a href="/">Roger's Blog</a></h1><fieldset><legend>Week 2</legend> 20 December 2025 <div class="body"><p>I did the puzzles again.</p></div></fieldset>`,
		"2025-12-20", "visible text (a date alone)"},
	{"a date alone on a product page is a review's", "https://shop.example.com/itm/365",
		`<head><meta property="og:type" content="product"></head><div class="review"><span>25 February 2026</span><p>Lovely mug.</p></div><h1>Blue mug</h1>`,
		"", ""}, // neither dateBareText nor the last resort: rule dateNotReviews
	// embeddedPostChrome
	{"an embedded post's day is not the page's", "https://example.com/tram",
		`<h1>Tram line approved</h1><p>The council voted on Tuesday night to approve the new tram line to the north.</p><blockquote class="twitter-tweet"><p>The council said yes tonight.</p>&mdash; Lena Fors (@lenafors) <a href="https://twitter.com/lenafors/status/1234567890">March 3, 2026</a></blockquote><p>Works start next year.</p>`,
		"", ""},
	{"an AMP post's placeholder day is not the page's", "https://example.com/tram",
		`<h1>Tram line approved</h1><p>The council voted on Tuesday night to approve the new tram line to the north.</p><amp-twitter data-tweetid="1234567890"><blockquote placeholder><p>The council said yes tonight.</p><span>March 3, 2026</span></blockquote></amp-twitter>`,
		"", ""},
	{"a date alone in the footer is not the page's", "https://example.com/a",
		`<p>Text without dates.</p><footer><span>1 January 2020</span></footer><h1>A</h1>`,
		"", ""},
	{"a sentence with a date is not a date alone", "https://example.com/a",
		`<div><b>History</b> The mill was built on 3 May 1998 by the town council of Ashford.` + strings.Repeat(" It still grinds flour.", 8) + `</div><h1>A</h1>`,
		"", ""},
	// dateBareBeforeScript
	{"a date alone over the headline before the script's app state", "https://example.com/us/blog/cloud-next",
		`<head><script>self.__next_f.push([1,"{\"publishedAt\":\"2024-12-17\"}"])</script></head><div><p class="chakra-text">February 4, 2025<!-- --> - 11 minutes</p><h1>Cloud: what's next</h1></div><p>Text.</p>`,
		"2025-02-04", "visible text (a date alone)"},
	{"with no date shown the script dates the page", "https://example.com/us/blog/cloud-next",
		`<head><script>self.__next_f.push([1,"{\"publishedAt\":\"2024-12-17\"}"])</script></head><div><h1>Cloud: what's next</h1></div><p>Text.</p>`,
		"2024-12-17", "script data"},
	// ms.date
	{"a documentation page's ms.date over its last-updated line", "https://docs.example.com/en-us/widgets/setup",
		`<head><meta name="ms.date" content="2024-07-09T00:00:00Z"></head><h1>Widget setup</h1><p class="date">Last updated on 2024-07-30</p><p>Text.</p>`,
		"2024-07-09", "meta ms.date"},
	// dateBareOverCards
	{"a date alone above the headline over dated cards", "https://example.org/blog/tax-season",
		`<div class="post-header"><span class="tag">Finance</span> <span>September 9, 2024</span><h1>Tax season is here</h1></div><p>Text.</p><div class="cards"><div class="card"><a href="/blog/a">Filing early</a><span class="date">October 2, 2024</span></div><div class="card"><a href="/blog/b">Refunds</a><span class="date">November 20, 2024</span></div></div>`,
		"2024-09-09", "visible text (a date alone, over dated cards)"},
	{"a citation with a date is no date alone", "https://example.org/blog/tax-season",
		`<div class="post-header"><span>Bulletin of the tax office 9 May 2019</span><h1>Tax season is here</h1></div><p>Text.</p><div class="cards"><div class="card"><span class="date">October 2, 2024</span></div><div class="card"><span class="date">November 20, 2024</span></div></div>`,
		"2024-10-02", "visible text"},
	{"a shop page's lone date over dated review cards is no publication", "https://example.org/shop/kettle",
		`<head><meta property="og:type" content="product"></head><div class="product-header"><span>September 9, 2024</span><h1>Steel kettle</h1></div><p>Text.</p><div class="cards"><div class="card"><span class="date">October 2, 2024</span></div><div class="card"><span class="date">November 20, 2024</span></div></div>`,
		"2024-10-02", "visible text"},
	{"a byline naming one day keeps it", "https://example.org/blog/tax-season",
		`<div class="post-header"><span>September 9, 2024</span><h1>Tax season is here</h1></div><p class="date">October 2, 2024</p>`,
		"2024-10-02", "visible text"},
	// dateChangeStampMeta
	{"byline date before a generic date meta", "https://example.com/ski",
		`<head><meta name="date" content="2022-02-16T09:47:21+02:00"></head><h1>Ski</h1><p class="post-meta"><time class="post-meta-time">11.02.2022 - 10:15</time></p>`,
		"2022-02-11", "visible text (before the meta date"},
	{"byline date after a generic date meta keeps the meta", "https://example.com/ski",
		`<head><meta name="date" content="2017-05-01"></head><h1>Ski</h1><p class="date">26.02.2020</p>`,
		"2017-05-01", "meta date"},
	{"a later byline day that a <time> carries replaces a hidden generic meta", "https://example.com/themen/taxonomy",
		`<head><meta name="dcterms.date" content="2022-01-21T09:43:00+01:00"></head><h1>Taxonomy</h1><div class="article-meta"><time class="date-display-single" datetime="2022-01-25T08:00:00+01:00">25.01.2022</time></div>`,
		"2022-01-25", "visible text and <time> (over the meta dcterms.date"},
	{"a later byline day with the meta's day shown keeps the meta", "https://example.com/themen/taxonomy",
		`<head><meta name="dcterms.date" content="2022-01-21"></head><h1>Taxonomy</h1><div class="article-meta"><time datetime="2022-01-25">25.01.2022</time></div><p class="date">Erstellt 21.01.2022</p>`,
		"2022-01-21", "meta dcterms.date"},
	{"an update label keeps the meta", "https://example.com/ski",
		`<head><meta name="dcterms.date" content="2022-01-26"></head><h1>Ski</h1><p class="date">Aktualisiert am 21.01.2022</p>`,
		"2022-01-26", "meta dcterms.date"},
	// dateRestamped
	{"published equals modified, byline shows an earlier day", "https://example.com/yoga",
		`<head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Yoga","datePublished":"2025-06-24","dateModified":"2025-06-24"}</script></head><h1>Yoga</h1><p class="author">Shauna Mitchell</p><p class="date">August 25, 2024</p>`,
		"2024-08-25", "visible text (json-ld datePublished equals the modification"},
	{"related cards with several dates keep the declared day", "https://example.com/guide",
		`<head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Guide","datePublished":"2025-09-12T00:00:00Z","dateModified":"2025-09-12T00:00:00Z"}</script></head><h1>Guide</h1><p>Text.</p><div class="card-date">May 8, 2024 | 12 min read</div><div class="card-date">September 8, 2023 | 14 min read</div>`,
		"2025-09-12", "json-ld"},
	{"a byline day outside the URL's month is a related card's", "https://example.com/2019/10/fast-shoes/",
		`<head><meta property="article:published_time" content="2019-10-01"><meta property="article:modified_time" content="2019-10-01"></head><h1>Fast shoes</h1><div class="post-date">Loop battle 18. Januar 2019</div>`,
		"2019-10-01", "meta"},
	{"distinct published and modified keep the declared day", "https://example.com/yoga",
		`<head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Yoga","datePublished":"2025-06-24","dateModified":"2025-07-01"}</script></head><h1>Yoga</h1><p class="date">August 25, 2024</p>`,
		"2025-06-24", "json-ld"},
	// dateRestamped within a minute, read from the first <time> (dateRestampedTime)
	{"stamps a minute apart, the first <time> shows an earlier day", "https://example.com/heat-pump",
		`<head><meta property="article:published_time" content="2023-06-14T08:21:47Z"><meta property="article:modified_time" content="2023-06-14T08:20:52Z"></head><h1>Heat pump</h1><ul class="nav-links"><li>Heating</li><li>Solar</li></ul><p>von Ann Lee</p><ul><li><time datetime="2023-02-08">08.02.2023</time></li></ul>`,
		"2023-02-08", "visible text (meta article:published_time equals the modification"},
	{"stamps a minute apart, a <time> above the headline shows an earlier day", "https://example.com/heat-pump",
		`<head><meta property="article:published_time" content="2023-06-14T08:21:47Z"><meta property="article:modified_time" content="2023-06-14T08:20:52Z"></head><time datetime="2023-02-08">08.02.2023</time><h1>Heat pump</h1>`,
		"2023-02-08", "<time datetime> (meta article:published_time equals the modification"},
	{"a US-style <time> value under re-stamped JSON-LD", "https://example.com/article/12/bottleneck",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Bottleneck","datePublished":"2025-12-01T05:22:47Z","dateModified":"2025-12-01T05:22:47Z"}</script></head><h1>Bottleneck</h1><p>Ann Lee, Bo Chen</p><time datetime="4/24/2000 12:00:00 AM">24 Apr 2000</time>`,
		"2000-04-24", "<time datetime> (json-ld"},
	{"stamps an hour apart are two events, no re-stamp (dateShownTime reads the <time> by the headline)", "https://example.com/heat-pump",
		`<head><meta property="article:published_time" content="2023-06-14T08:21:47Z"><meta property="article:modified_time" content="2023-06-14T09:20:52Z"></head><h1>Heat pump</h1><ul><li><time datetime="2023-02-08">08.02.2023</time></li></ul>`,
		"2023-02-08", "visible text and <time datetime> (meta"},
	{"a <time> one day before a re-stamp is its local day, kept as declared", "https://example.com/gear",
		`<head><meta property="article:published_time" content="2026-02-23T00:43:20+00:00"><meta property="article:modified_time" content="2026-02-23T00:43:22+00:00"></head><h1>Gear</h1><ul><li><time datetime="2026-02-22T19:43:20-05:00">Feb 22</time></li></ul>`,
		"2026-02-23", "meta"},
	{"a never-edited page keeps its date over a related card's <time> far from the headline", "https://example.com/heat-pump",
		`<head><meta property="article:published_time" content="2023-06-14T08:21:47Z"><meta property="article:modified_time" content="2023-06-14T08:21:47Z"></head><h1>Heat pump</h1>` + strings.Repeat(`<p>Text <b>in</b> <i>the</i> article.</p>`, 40) + `<section class="more"><div><time datetime="2023-02-08">08.02.2023</time> Older post</div></section>`,
		"2023-06-14", "meta"},
	{"a navigation <time> is not the byline", "https://example.com/heat-pump",
		`<head><meta property="article:published_time" content="2023-06-14T08:21:47Z"><meta property="article:modified_time" content="2023-06-14T08:21:47Z"></head><nav><time datetime="2022-02-16">16.02.2022</time></nav><h1>Heat pump</h1>`,
		"2023-06-14", "meta"},
	// page-wrapping forms
	{"an ASP.NET form wrapping the page is read", "https://example.com/sport/1234-retires.html",
		`<body><div><form id="aspnetForm" method="post"><section class="page"><article><p class="date">15 августа 2016, 13:43</p><h1>Вратарь завершил карьеру</h1></article></section></form></div></body>`,
		"2016-08-15", "visible text"},
	{"a form inside the page is a widget, its label is not read", "https://example.com/a",
		`<body><div><div><div><form class="subscribe"><span>Published</span> <span>1 May 2016</span></form></div></div></div><h1>A</h1></body>`,
		"2016-05-01", "visible text near the top"}, // the estimated last resort reads the lines around it, as before
	// dateInDescription
	{"a page dated only in its summary", "https://park.example.it/notizie.php?id=12",
		`<head><meta name="description" content="LUPI IN VALLE: IL CENSIMENTO DI PRIMAVERA (Notizia del 9 Marzo 2021)"></head><h1>LUPI IN VALLE: IL CENSIMENTO DI PRIMAVERA</h1><p>Il parco pubblica i dati.</p>`,
		"2021-03-09", "meta description (a date in the summary)"},
	{"a dated page keeps its own date over the summary's", "https://example.com/a",
		`<head><meta name="description" content="Notizia del 9 Marzo 2021"><meta property="article:published_time" content="2021-03-10"></head><h1>A</h1>`,
		"2021-03-10", "meta article:published_time"},
	{"a shop's summary dates its price", "https://shop.example.com/jacket.html",
		`<head><meta property="og:type" content="product"><meta name="description" content="Faux leather jacket for 49,99 € (05/03/2026). Free delivery"></head><h1>Jacket</h1>`,
		"", ""},
	// regions named as chrome around the headline
	{"a caption line in an intro band named for its breadcrumb", "https://example.org/tipps/igel/",
		`<body><header><nav><a href="/">Start</a></nav></header><div class="intro intro--breadcrumbNavigation"><div class="wrap"><div id="c12"><nav class="breadcrumb"><a href="/">Start</a></nav><h1>Unser Tipp im November: Der Igel</h1><p class="caption">01. November 2021 | Naturschutz</p></div></div></div><p>Text.</p></body>`,
		"2021-11-01", ""},
	{"a site-title heading does not lift the header's chrome mark", "https://example.com/harbour-news",
		`<body><div class="site-header"><h1 class="site-title">Harbor Weekly</h1><span>March 5, 2026</span></div><div class="main"><h2>Harbour news</h2><p>Text.</p></div></body>`,
		"", ""},
	{"a logo heading does not lift the header's chrome mark", "https://forum.example.org/index.php?topic=1",
		`<body><div class="site-banner"><h1><a href="/"><img src="logo.png" alt="Forum"></a></h1><div class="user"><span>March 05, 2026</span></div></div><div><p class="date">Started by Ann, August 12, 2024, 10:41:07 AM</p></div></body>`,
		"2024-08-12", "visible text"},
	{"a body class naming the layout (Drupal no-sidebars) is no chrome", "https://example.org/planung-im-dorf",
		`<body class="html not-front no-sidebars page-node"><div id="page"><div class="views-field"><span class="field-content">25.10.2022 - Anna Berger</span></div><div class="main"><div class="region"><div class="node"><h1>Planung im Dorf</h1><p>Text.</p></div></div></div></div></body>`,
		"2022-10-25", ""},
	// URL with the month by name
	{"URL month name over an ambiguous byline", "https://example.com/blog/2023/october/03/wine-styles",
		`<head><html lang="en"></head><h1>Wine styles</h1><p class="date">03/10/2023 by Wine Club</p>`,
		"2023-10-03", "url"},
	{"URL month abbreviation", "https://example.com/world/2023/oct/03/storm",
		`<h1>Storm</h1>`,
		"2023-10-03", "url"},
	{"URL word that is no month", "https://example.com/2023/news/03/storm",
		`<h1>Storm</h1>`,
		"", ""},
	// dateURLLocalDay
	{"UTC timestamp one day after the URL day", "https://example.com/2019/01/01/new-year/",
		`<head><meta property="article:published_time" content="2018-12-31T23:14:06+00:00"></head><h1>New year</h1>`,
		"2019-01-01", "url (the local day"},
	{"UTC timestamp one day before the URL day", "https://example.com/2023/11/08/mayor/",
		`<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor","datePublished":"2023-11-09T05:18:39Z"}</script></head><h1>Mayor</h1>`,
		"2023-11-08", "url (the local day"},
	{"URL days apart keeps the declared date", "https://example.com/2019/12/01/story/",
		`<head><meta property="article:published_time" content="2019-12-09T19:27:13+01:00"></head><h1>Story</h1>`,
		"2019-12-09", "meta"},
	// dateUTCLocalDay
	{"UTC Z stamp after midnight, the byline shows the local day", "https://example.com/politics/vote",
		`<head><meta property="article:published_time" content="2022-05-04T00:41:17.508Z"></head><h1>Vote</h1><p class="date">3 de mayo de 2022</p>`,
		"2022-05-03", "visible text (the local day of meta"},
	{"a zoneless stamp, the byline shows the day before", "https://example.com/forum/trip",
		`<head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Trip","datePublished":"2026-02-15 03:12:40"}</script></head><h1>Trip</h1><p class="date">Feb 14, 2026 | 9:12 pm</p>`,
		"2026-02-14", "visible text (the local day of json-ld"},
	{"a <time> with the same instant and an offset gives the local day", "https://example.com/threads/euv",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"EUV","datePublished":"2025-11-20T22:10:05Z"}</script></head><h1>EUV</h1><div class="thread-start"><time datetime="2025-11-21T03:10:05+0500">Yesterday at 3:10 AM</time></div>`,
		"2025-11-21", "<time datetime> (the local day of json-ld"},
	{"an explicit +00:00 stamp is kept as written", "https://example.com/bread",
		`<head><meta property="article:published_time" content="2021-12-10T02:41:00+00:00"></head><h1>Bread</h1><p class="date">December 9, 2021</p>`,
		"2021-12-10", "meta"},
	{"a stamp with a local offset is kept as written", "https://example.com/retraite",
		`<head><meta property="article:published_time" content="2019-12-09T19:27:13+01:00"></head><h1>Retraite</h1><p class="date">mardi 10.12.2019</p>`,
		"2019-12-09", "meta"},
	{"a shown update a day off is no local day", "https://example.com/guide",
		`<head><meta property="article:published_time" content="2024-03-05T01:00:00Z"></head><h1>Guide</h1><p class="date">Updated March 4, 2024</p>`,
		"2024-03-05", "meta"},
	{"a correction note a day later is no local day", "https://example.com/port",
		`<head><meta property="article:published_time" content="2026-10-02T09:00:00Z"></head><h1>Port</h1><p>Ferries sail again.</p><p>This article was amended on 3 October 2026 to correct a figure.</p>`,
		"2026-10-02", "meta"},
	{"the declared day shown further down keeps it", "https://example.com/news",
		`<head><meta property="article:published_time" content="2024-03-05T01:00:00Z"></head><h1>News</h1><p class="date">March 4, 2024</p><p class="date">March 5, 2024</p>`,
		"2024-03-05", "meta"},
	// dateShownNotUpdate
	{"a byline date glued to its category before the update", "https://example.com/blog/meditation",
		`<h1>Meditation</h1><div class="date-line"><span>Mental Health</span><span class="date">DECEMBER 22, 2022</span><span>Updated: JANUARY 02, 2026</span></div>`,
		"2022-12-22", "visible text (not the update)"},
	{"an update alone stays the page's date", "https://example.com/blog/meditation",
		`<h1>Meditation</h1><p class="date">Updated: JANUARY 02, 2026</p>`,
		"2026-01-02", "visible text"},
	// dateOriginallyPublished
	{"a note of the original publication under a refreshed byline", "https://example.com/advice/tiny-homes",
		`<h1>Tiny homes</h1><p class="byline">Chris Carroll 30 Sep 2022, 11:07am</p><p class="date">This article was originally published on 26 Sep 2019 at 4:12pm but has been updated.</p>`,
		"2019-09-26", "visible text (noted as originally published)"},
	{"a note naming a later day is about something else", "https://example.com/advice/tiny-homes",
		`<head><meta property="article:published_time" content="2019-09-26"></head><h1>Tiny homes</h1><p class="date">First published in print on 1 Oct 2019.</p>`,
		"2019-09-26", "meta"},
	// dateShownUpdate
	{"JSON-LD only, the byline shows an update that is not the dateModified", "https://example.com/guides/kettles",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Kettles","datePublished":"2025-04-08T21:10:05Z","dateModified":"2025-10-21T15:04:12Z"}</script></head><h1>Kettles</h1><p class="byline">Written by Ann Lee Updated July 22, 2025</p>`,
		"2025-07-22", "visible text (an update date"},
	{"JSON-LD only, published equals modified, the page shows a later update", "https://example.com/blog/ledgers",
		`<head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Ledgers","datePublished":"2025-05-13","dateModified":"2025-05-13"}</script></head><h1>Ledgers</h1><p class="date">Updated Nov 25, 2025 · 7 min read</p>`,
		"2025-11-25", "visible text (an update date"},
	{"a publication meta keeps the declared date over a shown update", "https://example.com/guides/kettles",
		`<head><meta property="article:published_time" content="2025-04-08T21:10:05Z"><script type="application/ld+json">{"@type":"Article","headline":"Kettles","datePublished":"2025-04-08T21:10:05Z"}</script></head><h1>Kettles</h1><p class="byline">Updated July 22, 2025</p>`,
		"2025-04-08", "json-ld"},
	{"the datePublished day shown further down keeps it", "https://example.com/guides/kettles",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Kettles","datePublished":"2025-04-08T12:00:00Z"}</script></head><h1>Kettles</h1><p class="date">Updated July 22, 2025</p><p class="date">Published April 8, 2025</p>`,
		"2025-04-08", "json-ld"},
	// dateShownUpdateTime
	{"a <time> on the datePublished day in the byline keeps it beside a shown update", "https://example.com/news/ferry-fares",
		`<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","datePublished":"2025-11-12T08:00:00Z"}</script></head><h1>Ferry fares rise</h1><p class="byline">By Lena Marsh · <time datetime="2025-11-12T08:00:00Z">12 Nov</time></p><p class="date">Updated Nov 14, 2025</p>`,
		"2025-11-12", "json-ld"},
	{"an unlabelled shown date that is not the dateModified keeps the JSON-LD", "https://example.com/guides/kettles",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Kettles","datePublished":"2024-03-11","dateModified":"2025-11-18"}</script></head><h1>Kettles</h1><p class="date">Saturday, November 22, 2025</p>`,
		"2024-03-11", "json-ld"},
	// dateShownTime
	{"a declared date never shown gives way to the byline's <time> by the headline", "https://example.com/travel/hiring-a-van",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Hiring a van","datePublished":"2011-02-17T15:40:21+00:00"}</script></head><h1>Hiring a van</h1><p class="meta">Travel <time datetime="2019-03-08T17:05:44+00:00">March 8, 2019</time> · 4 min read</p><p>Text.</p>`,
		"2019-03-08", "visible text and <time datetime> (json-ld datePublished not shown)"},
	{"the page's one publication-marked <time>, away from a headline", "https://example.com/reisen/berghuetten",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Hotels","datePublished":"2020-10-13T17:41:20+01:00"}</script></head><div class="hero"><h1 class="nav">Hotels</h1></div><div class="byline">Von Ann Lee <time itemprop="datePublished">1. März 2022</time></div><p>Text.</p>`,
		"2022-03-01", "visible text and"},
	{"one publication mark among unmarked related cards", "https://example.com/news/ladder-tips",
		`<head><meta property="article:published_time" content="2021-09-27T11:26:19+00:00"></head><div class="post"><span class="meta">On <span itemprop="datePublished">9 Sep 2021</span> in NEWS</span><p>Text.</p></div><ul class="recent"><li><span class="date">November 4, 2025</span></li><li><span class="date">July 15, 2025</span></li></ul>`,
		"2021-09-09", "visible text and microdata datePublished (meta"},
	{"publication-marked <time>s of related cards far from the headline keep the declared date", "https://example.com/blog/board-games",
		`<head><script type="application/ld+json">{"@type":"WebPage","headline":"Board games","datePublished":"2023-10-10T07:31:50+05:30"}</script></head><div><p>Text.</p></div><ul class="related"><li><span itemprop="datePublished">July 23, 2024</span> <span class="date">July 23, 2024</span></li><li><span itemprop="datePublished">July 16, 2024</span> <span class="date">July 16, 2024</span></li></ul>`,
		"2023-10-10", "json-ld"},
	{"a byline date without a <time> keeps the declared date", "https://example.com/travel/hiring-a-van",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Hiring a van","datePublished":"2011-02-17T15:40:21+00:00"}</script></head><h1>Hiring a van</h1><p class="meta">Travel March 8, 2019 · 4 min read</p>`,
		"2011-02-17", "json-ld"},
	{"an update the <time> carries keeps the declared date", "https://example.com/travel/hiring-a-van",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Hiring a van","datePublished":"2011-02-17T15:40:21+00:00"}</script><meta property="article:published_time" content="2011-02-17T15:40:21+00:00"></head><h1>Hiring a van</h1><p class="meta">Updated <time datetime="2019-03-08">March 8, 2019</time></p>`,
		"2011-02-17", "json-ld"},
	// JSON-LD in a meta tag, JSON-LD blogPost
	{"JSON-LD rendered into a meta tag", "https://example.com/guide",
		`<head><meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Guide&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}"></head><h1>Guide</h1>`,
		"2025-11-17", "json-ld datePublished"},
	{"a Blog listing one post", "https://example.com/post/frame",
		`<head><script type="application/ld+json">{"@type":"Blog","name":"Apps","blogPost":[{"@type":"BlogPosting","headline":"Frames","datePublished":"2025-12-19T20:36:05Z"}]}</script></head><h1>Frames</h1>`,
		"2025-12-19", "json-ld"},
	{"a Blog listing many posts gives no date", "https://example.com/blog",
		`<head><script type="application/ld+json">{"@type":"Blog","name":"Apps","blogPost":[{"@type":"BlogPosting","headline":"A","datePublished":"2025-12-19"},{"@type":"BlogPosting","headline":"B","datePublished":"2025-12-01"}]}</script></head><h1>Apps</h1>`,
		"", ""},
	// dateTimeByHeadline
	{"a <time> in a title band by the headline over the cards' <time>s", "https://example.org/news/release/heating-rules",
		`<main><div class="news-banner"><div class="title-holder"><time datetime="2021-06-14 09:30">14.06.2021 09:30</time></div></div><section><h1>New heating rules</h1>` + strings.Repeat("<p>The rules change in spring.</p>", 30) + `<h3>More releases</h3><ul><li><a href="/a"><time datetime="2021-03-02 10:00">02.03.2021 10:00</time> Older release</a></li><li><a href="/b"><time datetime="2021-02-01 10:00">01.02.2021 10:00</time> Oldest</a></li></ul></section></main>`,
		"2021-06-14", "<time datetime> (by the headline)"},
	{"a chrome <time> far from the headline stays out", "https://example.org/news/release/heating-rules",
		`<main><div class="news-banner"><time datetime="2021-06-14 09:30">14.06.2021 09:30</time></div>` + strings.Repeat("<p>Menu item.</p>", 30) + `<section><h1>New heating rules</h1><p>By the desk <time datetime="2021-03-02 10:00">02.03.2021</time></p></section></main>`,
		"2021-03-02", "<time datetime>"},
	{"a chrome <time> just after the headline is a sidebar's", "https://example.org/news/release/heating-rules",
		`<main><section><h1>New heating rules</h1><div class="news-banner"><time datetime="2021-06-14 09:30">14.06.2021 09:30</time></div>` + strings.Repeat("<p>The rules change in spring.</p>", 30) + `<p>By the desk <time datetime="2021-03-02 10:00">02.03.2021</time></p></section></main>`,
		"2021-03-02", "<time datetime>"},
	{"an article <time> by the headline is kept over a chrome one", "https://example.org/news/release/heating-rules",
		`<main><div class="news-banner"><time datetime="2021-06-14 09:30">14.06.2021 09:30</time></div><section><h1>New heating rules</h1><p>By the desk <time datetime="2021-05-10 08:00">10.05.2021</time></p>` + strings.Repeat("<p>The rules change in spring.</p>", 30) + `</section></main>`,
		"2021-05-10", "<time datetime>"},
	// dateShownModified, past a menu's dated cards
	{"the shown dateModified after a menu's dated cards", "https://example.com/best-boxes",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Best boxes","datePublished":"2025-01-01T08:00:00","dateModified":"2025-03-07T10:15:00"}</script></head><nav><ul><li><a href="/a">Card A</a> <span class="post-date">By Ann Lee | Jan 6, 2025</span></li><li><a href="/b">Card B</a> <span class="post-date">By Ann Lee | Jan 19, 2025</span></li></ul></nav><main><h1>Best boxes</h1><div class="post-meta"><span>By Jo Roe</span> <span class="post-date">Mar 7, 2025</span></div><p>Boxes arrive monthly.</p></main>`,
		"2025-03-07", "visible text (the JSON-LD dateModified"},
	{"the shown dateModified after a dated menu under the headline", "https://example.com/best-boxes",
		`<head><script type="application/ld+json">{"@type":"Article","headline":"Best boxes","datePublished":"2025-01-01T08:00:00","dateModified":"2025-03-07T10:15:00"}</script></head><main><h1>Best boxes</h1><nav><ul><li><a href="/a">Card A</a></li><li><span>Jan 6, 2025</span></li></ul></nav><p><span>Mar 7, 2025</span></p><p>Boxes arrive monthly.</p></main>`,
		"2025-03-07", "visible text (the JSON-LD dateModified"},
	// dateDatelineOverCards
	{"a dateline opening the text over a menu of dated cards", "https://example.org/news/rates",
		`<nav><ul><li><div class="newsitem"><span class="news-time">29.11.2021</span> <a href="/a">Card A</a></div></li><li><div class="newsitem"><span class="news-time">22.11.2021</span> <a href="/b">Card B</a></div></li></ul></nav><div class="content"><h2>Rates rise again</h2><p>(15. November 2021) Customers get one rate rise after another, and the letters keep coming through the winter months.</p></div>`,
		"2021-11-15", "visible text (a dateline"},
	{"a date further into the first line is no dateline", "https://example.org/news/rates",
		`<nav><ul><li><div class="newsitem"><span class="news-time">29.11.2021</span> <a href="/a">Card A</a></div></li><li><div class="newsitem"><span class="news-time">22.11.2021</span> <a href="/b">Card B</a></div></li></ul></nav><div class="content"><h2>Rates rise again</h2><p>Customers were told on 15. November 2021 that rates rise again, and the letters keep coming.</p></div>`,
		"2021-11-29", "visible text"},
	// dateCommentTime
	{"a thread's opening post in a replies container over a sidebar's <time>", "https://forum.example.org/topic/smoking-brisket",
		`<h1>Smoking brisket</h1><div id="topicAndRepliesBox"><article class="post original-post"><div class="post-meta">By pitmaster <time datetime="2009-04-12T08:15:00">4/12/09</time></div><p>How long per pound?</p></article><article class="post reply"><time datetime="2009-04-13T10:00:00">4/13/09</time><p>About an hour.</p></article></div><aside><ul><li><a href="/topic/ribs">Ribs</a> <time datetime="2025-11-30T18:00:00">Nov 30</time></li></ul></aside>`,
		"2009-04-12", "<time> opening the comments"},
	{"a shop page's first review does not date it", "https://shop.example.com/tent-rental",
		`<head><meta property="og:type" content="product"></head><h1>Tent rental</h1><div id="reviews" class="comments"><time datetime="2019-06-02T10:00:00">June 2, 2019</time><p>Great tent.</p></div>`,
		"", ""},
}

func TestDateRules(t *testing.T) {
	for _, tt := range dateRuleTests {
		page := tt.page
		if !strings.HasPrefix(page, "<head>") {
			page = "<head><title>T</title></head>" + page
		}
		got, ev := publishedOf(t, "<html>"+page+"</html>", tt.url)
		if got != tt.want {
			t.Errorf("%s: published = %q (%s), want %q", tt.name, got, ev, tt.want)
			continue
		}
		if tt.evidence != "" && !strings.HasPrefix(ev, tt.evidence) {
			t.Errorf("%s: evidence = %q, want prefix %q", tt.name, ev, tt.evidence)
		}
	}
}

var dateLabelsTests = []struct {
	nodes []string
	want  []string
}{
	{[]string{"Published", "  ", "3 May 2021"}, []string{"Published 3 May 2021"}},
	{[]string{"Veröffentlicht am 3. März 2021"}, []string{"Veröffentlicht am 3. März 2021"}},
	{[]string{"· Posted on March 3, 2021 | Updated March 9, 2021"}, []string{"Posted on March 3, 2021 | "}},
	{[]string{"Last updated: 2021-03-04"}, nil},
	{[]string{"Start date", " ", "Oct 21, 2022"}, []string{"Start date Oct 21, 2022"}},
	{[]string{"Start date of the course: 3 May 2021"}, nil},
	{[]string{"Published by Acme"}, nil},
	{[]string{"Nothing here", "12 May 2020"}, nil},
}

func TestDateLabels(t *testing.T) {
	for _, tt := range dateLabelsTests {
		var l dateLabels
		for _, n := range tt.nodes {
			l.text(n, false)
		}
		if diff := cmp.Diff(tt.want, l.texts); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.nodes, diff)
		}
	}
}

var daysApartTests = []struct {
	a, b string
	want int
	ok   bool
}{
	{"2019-01-01", "2018-12-31T23:14:06+00:00", 1, true},
	{"2018-12-31T23:14:06+00:00", "2019-01-01", 1, true},
	{"2024-03-01", "2024-02-28", 2, true},
	{"2024-03-01T09:00:00Z", "2024-03-01", 0, true},
	{"2024-03", "2024-03-01", 0, false},
}

func TestDaysApart(t *testing.T) {
	for _, tt := range daysApartTests {
		if got, ok := daysApart(tt.a, tt.b); got != tt.want || ok != tt.ok {
			t.Errorf("daysApart(%q, %q) = %d, %v; want %d, %v", tt.a, tt.b, got, ok, tt.want, tt.ok)
		}
	}
}

var hasYearRunTests = []struct {
	in   string
	want bool
}{
	{"20 December 2025", true},
	{"2025", true},
	{"12345", false},
	{"Call 555-1234", true},
	{"12.05.22", false},
	{"", false},
}

func TestHasYearRun(t *testing.T) {
	for _, tt := range hasYearRunTests {
		if got := hasYearRun(tt.in); got != tt.want {
			t.Errorf("hasYearRun(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLabelNeedlesFitWindow(t *testing.T) {
	for _, nd := range pubLabelNeedles {
		if !hasLabelAnchor(nd) {
			t.Errorf("needle %q has no anchor pair for hasLabelAnchor", nd)
		}
		if len(nd) > maxNeedle {
			t.Errorf("needle %q is longer than maxNeedle (%d bytes)", nd, maxNeedle)
		}
	}
}

// FuzzDateLabels checks that no sequence of text nodes makes the label
// collector panic or keep more, or longer, texts than its bounds.
func FuzzDateLabels(f *testing.F) {
	f.Add("Published", "3 May 2021")
	f.Add("Veröffentlicht am 3. März 2021 · Aktualisiert", "x")
	f.Add("\xffublished\xff", "ü")
	f.Add("Posted on", "")
	f.Fuzz(func(t *testing.T, a, b string) {
		var l dateLabels
		for i := 0; i < 20; i++ {
			l.text(a, i%2 == 0)
			l.text(b, false)
		}
		if len(l.texts) > maxLabels || len(l.bare) > maxBare {
			t.Fatalf("kept %d labels, %d bare texts", len(l.texts), len(l.bare))
		}
		for _, lt := range l.texts {
			if len(lt) > 2*maxLabelText+1+utf8.UTFMax {
				t.Fatalf("label text of %d bytes", len(lt))
			}
			findTextDate(lt, testNow, true)
		}
	})
}

// textDateFormatTests pin the written date formats beyond the benchmark's
// core languages: other languages' month names, the German spaced numeric
// date and the CJK year-month-day. TestFindTextDate runs them with
// findTextDateTests; FuzzFindTextDate seeds from them.
var textDateFormatTests = []textDateCase{
	{"15 августа 2016, 13:43", true, "2016-08-15"},
	{"3 травня 2022", true, "2022-05-03"},
	{"3. května 2022", true, "2022-05-03"},
	{"3 maj 2022", true, "2022-05-03"},
	{"3. toukokuuta 2022", true, "2022-05-03"},
	{"3 Mayıs 2022 Salı", true, "2022-05-03"},
	{"3 mai 2022", true, "2022-05-03"},
	{"2022. május 3.", true, "2022-05-03"},
	{"Von Landesverband Nord 4. 2. 2022.", true, "2022-02-04"},
	{"4.2.2022", true, "2022-02-04"},
	{"发布时间：2022年5月3日 10:20", true, "2022-05-03"},
	{"2022年05月03日", true, "2022-05-03"},
	{"2022년 5월 3일", true, "2022-05-03"},
	{"2022年13月3日", true, ""},
	// Rule dateLocalDigits and the months of the lexicon's Arabic, Hebrew, Greek and Hindi.
	{"الخميس 14 نوفمبر 2024 - 10:32", true, "2024-11-14"},
	{"١٤ نوفمبر ٢٠٢٤", true, "2024-11-14"},
	{"٢٠٢٤/١١/١٤", true, "2024-11-14"},
	{"14 تشرين", true, ""},
	{"3 أيار 2022", true, "2022-05-03"},
	{"14 בנובמבר 2024", true, "2024-11-14"},
	{"14 नवंबर 2024, 10:32 AM IST", true, "2024-11-14"},
	{"१४ सितम्बर २०२४", true, "2024-09-14"},
	{"14 Νοεμβρίου 2024, 10:32", true, "2024-11-14"},
	{"3 Μαΐου 2022", true, "2022-05-03"},
	{"Kamis, 14 Agustus 2025 10:32 WIB", true, "2025-08-14"},
	{"Cập nhật ngày 14 tháng 11 năm 2024", true, "2024-11-14"},
	{"14 tháng 11, 2024", true, "2024-11-14"},
	{"tháng 11 năm 2024", true, ""},
	// Korean spaced dots, rule dateEra, Slovak months
	{"2024. 11. 14. 10:32", true, "2024-11-14"},
	{"令和6年11月14日", true, "2024-11-14"},
	{"令和元年5月1日", true, "2019-05-01"},
	{"民國113年11月14日", true, "2024-11-14"},
	{"14. novembra 2024", true, "2024-11-14"},
	// Rule dateThai, Thai digits
	{"14 พฤศจิกายน 2567", true, "2024-11-14"},
	{"วันพฤหัสบดีที่ 14 พ.ย. 2567 เวลา 10:32 น.", true, "2024-11-14"},
	{"๑๔ กุมภาพันธ์ ๒๕๖๗", true, "2024-02-14"},
	{"14 พฤศจิกายน 2024", true, "2024-11-14"},
	{"Ekim ayında 2022 yılı", true, ""},
	{"Kapitel 4. 2. 20 Seiten", true, ""},
	// Rule dateRangeStart.
	{"Wochenbericht 6. - 12. März 2023", true, "2023-03-06"},
	{"Festival 3–5 May 2024, Riverside", true, "2024-05-03"},
	{"Bulletin No. 5 – 17 May 2023", true, "2023-05-17"}, // an issue number, no range
	{"Heft 25 - 3. Mai 2022", true, "2022-05-03"},        // no range: 25 comes after 3
	{"Seite 25 - 3. Mai 2022", true, "2022-05-03"},       // the same with no numbering label
	// Rule dateDayMonthJoined.
	{"By: Jane Roe on 17-ago-2022 08:40:00", true, "2022-08-17"},
	{"Posted 7-Sep-2019", false, "2019-09-07"},
	{"[12/Mar/2024:10:01:02 +0000]", true, "2024-03-12"},
	{"04-ago/2021", true, ""},
	{"part 04-items-2021", true, ""},
}

// TestMonthNamesFitWord checks that every month name fits the word the
// date patterns read (3 to 14 letters) and is lower case, as looked up.
func TestMonthNamesFitWord(t *testing.T) {
	for name := range months {
		if n := utf8.RuneCountInString(name); n < 3 || n > 14 {
			t.Errorf("month name %q has %d letters, outside 3..14", name, n)
		}
		if strings.ToLower(name) != name {
			t.Errorf("month name %q is not lower case", name)
		}
		if !dayMonthYear.MatchString("3 " + name + " 2021") {
			t.Errorf("dayMonthYear misses %q", name)
		}
	}
}

// FuzzFindTextDate checks that any text, and any machine value, yields
// either no date or a real calendar day between minYear and now.
func FuzzFindTextDate(f *testing.F) {
	for _, tt := range textDateFormatTests {
		f.Add(tt.text)
	}
	f.Add("2022-05-04T03:21:06+00:00")
	f.Add("4/24/2000 12:00:00 AM")
	f.Add("31. Februar 2021")
	f.Fuzz(func(t *testing.T, s string) {
		for _, dayFirst := range []bool{true, false} {
			for name, got := range map[string]func() (string, bool){
				"findTextDate":  func() (string, bool) { return findTextDate(s, testNow, dayFirst) },
				"normalizeDate": func() (string, bool) { return normalizeDate(s, testNow, dayFirst) },
			} {
				v, ok := got()
				if !ok {
					continue
				}
				d, err := time.Parse(time.DateOnly, dayOf(v))
				if err != nil || d.Year() < minYear || d.After(testNow.Add(dateSlack)) {
					t.Fatalf("%s(%q) = %q: not a day between %d and now", name, s, v, minYear)
				}
			}
		}
	})
}

func TestDateAlone(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"September 9, 2024", true},
		{"Friday, November 21, 2025", true},
		{"Written: 2022-08-16 14:02:31", true},
		{"11.03.2025", true},
		{"14 июля 2015, 12:40", true},
		{"Bulletin am 9. Mai 2019", false},
		{"Post time: 02-05-2023", false},
		// timeWords: the clock's and the zone's words, the Vietnamese weekday
		{"Thứ năm, 14/11/2024, 10:32 (GMT+7)", true},
		{"Kamis, 14 November 2024 10:32 WIB", true},
		{"Mar. 14, 2021 4:17 PM EST", true},
		{"Sitzung 14.11.2024 ist", false}, // a zone's letters in small are a word ("ist")
		{"Sitzung am 14.11.2024 um 10:32 Uhr", false},
		{"14 de noviembre de 2024", true},
		{"Publicado el 14 de noviembre de 2024", false},
	} {
		if got := dateAlone(tt.text); got != tt.want {
			t.Errorf("dateAlone(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestDatelineDate pins what counts as a line opening with a date (rule
// dateDatelineOverCards).
func TestDatelineDate(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"(3. März 2023) Kunden erhalten", "2023-03-03"},
		{"9.2.2023 - At the meeting the board", "2023-02-09"},
		{"March 3, 2023 — The council", "2023-03-03"},
		{"Search 3.3.2023", ""},
		{"3 rooms, 2 baths, built 2022-01-04 by", ""},
		{"Customers were told on 15. November 2021", ""},
		{"", ""},
	} {
		got, ok := datelineDate(tc.line, testNow, true)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("datelineDate(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// FuzzDigitJoinsWord checks that the prefilter passes every text
// dayMonJoined matches.
func FuzzDigitJoinsWord(f *testing.F) {
	for _, s := range []string{"17-ago-2022", "12/Mar/2024", "7-Sep-2019", "12-мар-2021", "04-08-2021", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if dayMonJoined.MatchString(s) && !digitJoinsWord(s) {
			t.Errorf("digitJoinsWord(%q) = false, but dayMonJoined matches", s)
		}
	})
}

// FuzzRangeStartIndex pins rangeStartIndex's prefilter to the pattern it
// spares: the same submatch index on every text.
func FuzzRangeStartIndex(f *testing.F) {
	for _, s := range []string{"6. - ", "3–", "from 14 —\t", "No. 5 – ", "5-x", "-", "Published "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := rangeStartIndex(s), dayRangeStart.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("rangeStartIndex(%q) = %v, dayRangeStart gives %v", s, got, want)
		}
	})
}

// TestDateLine: a date alone, or with one other word such as its weekday,
// in any language the reader knows; never a line that holds a date among
// other words.
func TestDateLine(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in, want string
	}{
		{"November 13, 2031", "2031-11-13"},
		{"16 Oct, 2031", "2031-10-16"},
		{"Fri, Oct 3rd, 2031", "2031-10-03"},
		{"Wednesday, September 17, 2031", "2031-09-17"},
		{"2031-10-16", "2031-10-16"},
		{"16.10.2031", "2031-10-16"},
		{"7.10.31", "2031-10-07"},
		{"Sunday | 10/19/2031", "2031-10-19"},
		{"Mittwoch, 3. März 2031", "2031-03-03"},
		{"17 sierpnia 2031", "2031-08-17"},
		{"November 2031", ""}, // a month, not a day's date line
		{"May 3", ""},
		{"The ferry left on May 3, 2031", ""},
		{"3.14.159", ""},
		{"2031", ""},
		{"December 24, 2032", ""}, // after now
	} {
		got, ok := DateLine(tc.in, now)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("DateLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
