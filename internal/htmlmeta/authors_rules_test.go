package htmlmeta

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// splitAuthorsRuleTests pin rule authorJobPart: a byline part after a name
// that holds a job or department word is the name's title, not a second
// author; a desk credited beside a person stays a credit. TestSplitAuthors
// runs them.
var splitAuthorsRuleTests = []struct {
	raw  string
	want []string
}{
	{"Brett Cole, Digital Security Expert", []string{"Brett Cole"}},
	{"Matt Checker, Co-Founder", []string{"Matt Checker"}},
	{"Dana Padua, Community Development", []string{"Dana Padua"}},
	{"Zack Cuevo | Hardware", []string{"Zack Cuevo"}},
	{"Will Juddson Former", []string{"Will Juddson"}},
	// Rule authorStaffCredit: the staff a name belongs to is no second
	// author, as a wire's name after it is none.
	{"Jane Doe, Podium Staff", []string{"Jane Doe"}},
	{"Jane Doe, Tech Desk", []string{"Jane Doe", "Tech Desk"}},
	{"Guard Net Security", []string{"Guard Net Security"}},
	{"Research Desk", []string{"Research Desk"}},
	// Rule authorTitleTail, after a title glued to the name: the parts
	// after it go on with the title or name the employer.
	{"Lena Oduya Deputy Editor and Weekend Cook", []string{"Lena Oduya"}},
	{"Ola Brenn Chief Engineer, Fjord Pixel", []string{"Ola Brenn"}},
	// Rule authorOtherCredit: a credit for other work ends the authors'
	// part; the editors and photographers after it are no authors.
	{"By Tomas Iver and Rhea Gant. Edited by Pia Sorell", []string{"Tomas Iver", "Rhea Gant"}},
	{"Reporting by Tomas Iver; Editing by Pia Sorell and Rhea Gant", []string{"Tomas Iver"}},
	{"By Tomas Iver. Additional reporting by Rhea Gant", []string{"Tomas Iver"}},
	{"By Tomas Iver and Rhea Gant, Graphics by Pia Sorell", []string{"Tomas Iver", "Rhea Gant"}},
	{"By Tomas Iver. Photos by Rhea Gant", []string{"Tomas Iver"}},
	{"Written by Tomas Iver Edited by Pia Sorell", []string{"Tomas Iver"}},
	{"Written and edited by Tomas Iver", []string{"Tomas Iver"}},
	// Rule authorLeadingTitle.
	{"Garten-Expertin Jana Berg", []string{"Jana Berg"}},
	{"Anne-Marie Louise Smith", []string{"Anne-Marie Louise Smith"}},
	// Rule authorTemplateField.
	{"page.head.extra.author", nil},
	{"{{ post.author }}", nil},
	{"matt.brooks", []string{"matt.brooks"}},
	// Rule authorMixedPair.
	{"En vitrine", nil},
	{"Redacción ejemplo", []string{"Redacción ejemplo"}},
	{"marta velkin", []string{"marta velkin"}},
	{"Rosa de Vries", []string{"Rosa de Vries"}},
	{"Gärten im Herbst", nil}, // three words, one lower-case and no particle: a phrase
}

// authorPageTests pin the author rules that read a whole page, each on a
// small synthetic page.
var authorPageTests = []struct {
	name, url, page string
	want            []string
}{
	// Rule authorServedCopy: a forum thread rendered by script keeps a
	// server copy in <noscript>; its first post's microdata author is the
	// thread's author, and repliers are not.
	{"served copy", "https://forum.example/t/best-trails/12",
		`<html><head><title>Best trails near town - Hiking - Example Forum</title>
<meta property="og:title" content="Best trails near town"></head><body>
<div id="app"></div>
<noscript data-path="/t/best-trails/12">
<div id="post_1" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/trailfan"><span itemprop="name">trailfan</span></a></span>
</div><div class="post" itemprop="text"><p>Which trails do you like?</p></div></div>
<div id="post_2" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/replier"><span itemprop="name">replier</span></a></span>
</div><div class="post" itemprop="text"><p>The ridge loop.</p></div></div>
</noscript>
<noscript><img src="/pixel.gif" alt=""></noscript>
</body></html>`,
		[]string{"trailfan"}},
	// Rule authorHandleName: an account handle credited in the metadata
	// gives way to the same person's name in the page's byline.
	{"handle then name", "https://example.com/politik/hear",
		`<html><head><title>What we do not want to hear | Example</title>
<meta name="author" content="ramon_veyrie"></head><body><article><h1>What we do not want to hear</h1>
<p class="post-author">Author: Ràmon Veyrié, Datum: 03.03.2019</p><p>Text.</p></article></body></html>`,
		[]string{"Ràmon Veyrié"}},
	// Rule authorDeclaredAsIs: a declared author that the name rules
	// refuse is kept as written when nothing else credits anyone, but not
	// when it is an address or a number; a Twitter card's "Written by"
	// field counts as a declaration too.
	{"declared as is", "https://example.com/zero-waste", declaredAuthorPage(`<meta name="author" content="Our Editors">`), []string{"Our Editors"}},
	{"declared as is: a job", "https://example.com/zero-waste", declaredAuthorPage(`<meta name="author" content="Community Editor">`), []string{"Community Editor"}},
	{"declared address", "https://example.com/zero-waste", declaredAuthorPage(`<meta name="author" content="https://example.com/team">`), nil},
	{"declared number", "https://example.com/zero-waste", declaredAuthorPage(`<meta name="author" content="12345">`), nil},
	{"declared in a Twitter card", "https://example.com/zero-waste",
		declaredAuthorPage(`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Staff">`), []string{"Staff"}},
	// noiseWords: a class-named byline that is a sentence about the post
	// ("This review is posted in ...") credits no one.
	{"a byline sentence", "https://example.com/reviews",
		`<html><head><title>Reviews | Example</title></head><body><h1>Reviews</h1>
<div class="result"><h2><a href="/r/1">Calendar app</a></h2><p class="result-author">This review is posted in <a href="/reviews">Reviews</a></p></div>
<div class="result"><h2><a href="/r/2">Notes app</a></h2><p class="result-author">This review is posted in <a href="/reviews">Reviews</a></p></div>
</body></html>`, nil},
	{"a Twitter card field of another label", "https://example.com/zero-waste",
		declaredAuthorPage(`<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="Staff">`), nil},
	// Rule authorCopyrightHolder: with no credit anywhere, a person named
	// in the copyright notice is the author, even when the site is named
	// after them; a company, a photo credit or prose about copyright is not.
	{"copyright holder", "https://marlaquist.example/notes/tides", copyrightPage(`<footer><p>© 2019–2025 Marla Quist. All rights reserved.</p></footer>`), []string{"Marla Quist"}},
	{"copyright holder in capitals", "https://example.com/notes/tides", copyrightPage(`<footer><p>Impressum | COPYRIGHT TOBIAS VELLMAR | Datenschutz</p></footer>`), []string{"Tobias Vellmar"}},
	{"copyright holder with (c)", "https://example.com/notes/tides", copyrightPage(`<div id="footer"><p>Copyright (c) 2011- Orrin Bask. Design by a template.</p></div>`), []string{"Orrin Bask"}},
	{"copyright company", "https://example.com/notes/tides", copyrightPage(`<footer><p>© 2025 Harbor Media Group. All rights reserved.</p></footer>`), nil},
	{"copyright holder on the front page", "https://harbornast.example/", copyrightPage(`<footer><p>© 2025 Harbor Nast. All rights reserved.</p></footer>`), nil},
	{"copyright legal form", "https://example.com/notes/tides", copyrightPage(`<footer><p>© Quayside A/S</p></footer>`), nil},
	{"copyright photo credit", "https://example.com/notes/tides", copyrightPage(`<figure><img src="a.jpg"><figcaption>© Lena Ostrow</figcaption></figure>`), nil},
	{"copyright of a shop", "https://quayside.example/kettle", `<html><head><title>Camp kettle</title></head>
<body><main><h1>Camp kettle</h1><p>Boils a litre in four minutes.</p></main><footer>© 2025 Quayside Kettles</footer></body></html>`, nil},
	{"copyright acronym", "https://example.com/notes/tides", copyrightPage(`<footer><p>© 2025 PQR Harbor Advisors</p></footer>`), nil},
	{"copyright photo line", "https://example.com/notes/tides", copyrightPage(`<div class="note">Bild: © Lena Ostrow In: Bilderdienst</div>`), []string{"Lena Ostrow"}},
	// Rule authorLabelledDateLine: a date line with a labelled credit.
	{"labelled credit in a date line", "https://example.com/news/cleanup", `<html><head><title>River cleanup</title></head>
<body><main><div class="news-date">05.02.2020 - Redaktion: Jorin Falk (Pressesprecher des Vereins)</div><h1>River cleanup</h1><p>Forty helpers came.</p></main></body></html>`, []string{"Jorin Falk"}},
	// Rule authorHandleAfterName: the site's handle after a first name.
	{"handle after a first name", "https://tidewalker.example/2024/05/tides",
		`<html><head><title>Tides | Tidewalker</title><meta property="og:site_name" content="Tidewalker"></head>
<body><article><h1>Tides</h1><div class="entry-meta-author"><a href="/author/jonas">Jonas</a> <a href="https://social.example/tidewalker">tidewalker</a></div><p>The tide came in.</p></article></body></html>`,
		[]string{"Jonas"}},
	// Rule authorInitialsName: initials credited, the full name nearby.
	{"initials", "https://example.com/2024/05/walk", initialsPage("Ein Wandertagebuch von Dana Tarrant steht unter einer freien Lizenz."), []string{"Dana Tarrant"}},
	{"initials without a name", "https://example.com/2024/05/walk", initialsPage("Die Tagesschau berichtete."), []string{"DT"}},
	// Rule authorSiteOwner: a blog named as someone's.
	{"site owner", "https://example.org/blog/sails", ownerPage("Notes on sails | Orrin Bask's blog"), []string{"Orrin Bask"}},
	{"site owner with an honorific", "https://example.org/blog/sails", ownerPage("Notes on sails – Dr. Orrin Bask's Digital Home"), []string{"Orrin Bask"}},
	{"site named like a person", "https://orrinbask.example/blog/sails", ownerPage("Notes on sails | Orrin Bask"), nil},
	{"site of a phrase", "https://example.org/blog/sails", ownerPage("Notes on sails | Every Rider's Journal"), nil},
	// Rule authorNameDateLine: name, job and date after the headline,
	// but not a list of dated items.
	{"name and date line", "https://example.com/insights/tides", `<html><head><title>Tides | Example</title></head>
<body><main><header><h1>Tides</h1><p>Jorin Falk | Senior Writer | July 2, 2025</p></header><p>The tide came in twice today.</p></main></body></html>`, []string{"Jorin Falk"}},
	{"name and date joined by a dot", "https://example.com/insights/tides", `<html><head><title>Tides | Example</title></head>
<body><main><header><h1>Tides</h1><p>Jorin Falk · July 2, 2025</p></header><p>The tide came in twice today.</p></main></body></html>`, []string{"Jorin Falk"}},
	{"date, time and name above the headline", "https://example.com/news/tides", `<html><head><title>Tides | Example</title></head>
<body><div class="content"><small>04.02.2022 | 13:10 Uhr | Jorin Falk</small><h1>Tides</h1><p>The tide came in twice today.</p></div></body></html>`, []string{"Jorin Falk"}},
	{"date and categories", "https://example.com/news/tides", `<html><head><title>Tides | Example</title></head>
<body><div class="content"><small>01. November 2021 | Nature, Coast</small><h1>Tides</h1><p>The tide came in twice today.</p></div></body></html>`, nil},
	{"dated listing", "https://example.com/news", `<html><head><title>In the news | Example</title></head>
<body><main><h1>In the news</h1><p>12/09/2025 | Harbor Tribune</p><p>Tutoring works.</p><p>11/25/2025 | Valley Index</p><p>Tutoring spreads.</p></main></body></html>`, nil},
	// Rule authorLabelledInText: a credit in a short element of the text,
	// also over an organisation credited for want of a person.
	{"credit in the text", "https://example.org/news/prices", labelledPage(``, `<h5><em>Von Jorin Falk</em></h5>`), []string{"Jorin Falk"}},
	{"credit in the text over an org", "https://example.org/news/prices",
		labelledPage(`<meta name="author" content="Harbor Society e.V.">`, `<p><strong>Autorin: Lena Ostrow, Projektleiterin</strong></p>`), []string{"Lena Ostrow"}},
	{"credit in the text of an undated page", "https://example.org/magazine/limits",
		`<html><head><title>Limits</title></head><body><div class="text"><p><i>von Jorin Falk</i></p><h2>Limits</h2><p>We feel them only when crossed.</p></div></body></html>`,
		[]string{"Jorin Falk"}},
	{"text and illustration credits", "https://example.org/news/prices", labelledPage(``, `<p><em>Text von Jorin Falk    Illustration von Lena Ostrow</em></p>`), []string{"Jorin Falk"}},
	{"copyright on an undated page", "https://example.org/about", `<html><head><title>About</title></head><body><main><h1>About</h1><p>We sail.</p></main><footer>© 2025 Orrin Bask</footer></body></html>`, nil},
	{"label then name", "https://example.org/news/prices", labelledPage(``, `<div><p>Written by</p><p>Jorin Falk</p></div>`), []string{"Jorin Falk"}},
	{"label then no name", "https://example.org/news/prices", labelledPage(``, `<div><h3>Author</h3><p>Prices rose again in the spring and summer.</p></div>`), nil},
	{"org kept without a credit in the text", "https://example.org/news/prices",
		labelledPage(`<meta name="author" content="Harbor Society e.V.">`, `<h3>By the numbers</h3>`), []string{"Harbor Society e.V."}},
	{"copyright of an image", "https://example.com/notes/tides", copyrightPage(`<section><img src="a.jpg"><p class="image-copyright">© Lena Ostrow/Agency Images</p></section>`), nil},
	{"copyright in prose", "https://example.com/notes/tides", copyrightPage(`<p>The Copyright Office Report came out in May.</p>`), nil},
	// Rule authorBylineFuller: the byline a reader sees names the declared
	// author and more people: its fuller list wins, in its order; an
	// unrelated or noisy byline leaves the declared names.
	{"byline names the meta author and one more", "https://example.com/news/ferry",
		coauthorPage(`<meta name="author" content="Tomas Iver">`, `<p class="byline">By <a href="/au/tomas">Tomas Iver</a> and <a href="/au/rhea">Rhea Gant</a> · March 3, 2025</p>`),
		[]string{"Tomas Iver", "Rhea Gant"}},
	{"byline names the meta author and two more", "https://example.com/news/ferry",
		coauthorPage(`<meta name="author" content="Tomas Iver">`, `<p class="byline">By Tomas Iver, Rhea Gant and Pia Sorell</p>`),
		[]string{"Tomas Iver", "Rhea Gant", "Pia Sorell"}},
	{"byline with a plural title", "https://example.com/news/ferry",
		coauthorPage(`<meta name="author" content="Tomas Iver">`, `<p class="byline">By Tomas Iver, Rhea Gant and Pia Sorell, Staff Writers</p>`),
		[]string{"Tomas Iver", "Rhea Gant", "Pia Sorell"}},
	{"byline fuller than JSON-LD", "https://example.com/news/ferry",
		coauthorPage(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry","author":[{"@type":"Person","name":"Tomas Iver"}]}</script>`,
			`<div class="article-byline"><span>By <a href="/au/tomas">Tomas Iver</a> and <a href="/au/rhea">Rhea Gant</a></span></div>`),
		[]string{"Tomas Iver", "Rhea Gant"}},
	{"meta names the second author", "https://example.com/news/ferry",
		coauthorPage(`<meta name="author" content="Rhea Gant">`, `<p class="byline">By Tomas Iver and Rhea Gant</p>`),
		[]string{"Tomas Iver", "Rhea Gant"}},
	{"byline with honorifics and particles", "https://example.com/news/ferry",
		coauthorPage(`<meta name="author" content="Eva van Dijk">`, `<div class="byline">Written by Dr Eva van Dijk, Dr Omar Feld, Ines de Waal</div>`),
		[]string{"Dr Eva van Dijk", "Dr Omar Feld", "Ines de Waal"}},
	{"byline with an editor", "https://example.com/news/ferry",
		coauthorPage(`<meta name="author" content="Tomas Iver">`, `<p class="byline">By Tomas Iver and Rhea Gant. Edited by Pia Sorell</p>`),
		[]string{"Tomas Iver", "Rhea Gant"}},
	// Rule authorReportingCredit.
	{"reporting and editing credits", "https://example.com/news/ferry",
		coauthorPage(``, `<p>Reporting by Tomas Iver and Rhea Gant; Editing by Pia Sorell</p>`),
		[]string{"Tomas Iver", "Rhea Gant"}},
	{"unrelated byline", "https://example.com/news/ferry",
		coauthorPage(`<meta name="author" content="Tomas Iver">`, `<p class="byline">By Rhea Gant and Pia Sorell</p>`),
		[]string{"Tomas Iver"}},
	{"byline with a desk", "https://example.com/news/ferry",
		coauthorPage(`<meta name="author" content="Tomas Iver">`, `<p class="byline">By Tomas Iver and Photo Desk</p>`),
		[]string{"Tomas Iver"}},
}

// coauthorPage is a news page with the given head elements and byline.
func coauthorPage(head, byline string) string {
	return `<html><head><title>Ferry runs again | Example</title>` + head + `</head>
<body><article><h1>Ferry runs again</h1>` + byline + `<p>The ferry across the bay runs again from Monday after a winter in the yard.</p></article></body></html>`
}

// copyrightPage is a dated page that credits no one but, perhaps, in extra.
func copyrightPage(extra string) string {
	return `<html><head><title>Tides and notes</title><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><article><h1>Tides and notes</h1><p>The tide came in twice today, as it does.</p></article>` + extra + `</body></html>`
}

// declaredAuthorPage is a page that credits no one but in the given metas.
func declaredAuthorPage(metas string) string {
	return `<html><head><title>Zero waste at home | Example</title>` + metas + `</head>
<body><article><h1>Zero waste at home</h1><p>Text.</p></article></body></html>`
}

func TestAuthorPageRules(t *testing.T) {
	for _, tt := range authorPageTests {
		// Without scripting, as a crawler reads it: <noscript> holds
		// elements, not text.
		doc, err := html.ParseWithOptions(strings.NewReader(tt.page), html.ParseOptionEnableScripting(false))
		if err != nil {
			t.Fatal(err)
		}
		m := Extract(doc, tt.url, testNow)
		if diff := cmp.Diff(tt.want, m.Authors); diff != "" {
			t.Errorf("%s: authors (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestCreditCase pins the case rule of the credit-line patterns: the credit
// word ignores case, the name after it does not ("by batching" is prose).
func TestCreditCase(t *testing.T) {
	for _, tt := range []struct {
		line string
		re   string
		want bool
	}{
		{"By Jane Doe", "start", true},
		{"von Greta Berg", "start", true},
		{"by ibby", "start", true},
		{"by: Jane Doe, Dec 17, 2025", "start", true},
		{"by: tuning the parser", "start", false},
		{"by batching, even fewer GPUs", "start", false},
		{"by tuning the parser", "start", false},
		{"Reporting by Jane Doe; Editing by Max Roe", "start", true},
		{"reporting by the river", "start", false},
		{"19.04.2024 09:45 von Greta", "date", true},
		{"8X faster by batching", "date", false},
	} {
		re := creditStart
		if tt.re == "date" {
			re = dateThenCredit
		}
		if got := re.MatchString(tt.line); got != tt.want {
			t.Errorf("%s %q = %v, want %v", tt.re, tt.line, got, tt.want)
		}
	}
}

// TestDescriptionCredit pins rule authorDescriptionCredit.
func TestDescriptionCredit(t *testing.T) {
	for _, tt := range []struct{ desc, want string }{
		{"By Md Rafiq Alam TIDEPUR, Dec 20, 2025 (NNS) - Rooftop farming has grown.", "Md Rafiq Alam"},
		{"This post was written by Carla Brenner, MD, cardiologist, Lakeshore Clinic.", "Carla Brenner"},
		{"By the numbers: how gardens feed towns.", ""},
		{"Gardens feed towns, written by nobody in particular.", ""},
		{"Rooftop farming has grown in Tidepur.", ""},
	} {
		if got := descriptionCredit(tt.desc); got != tt.want {
			t.Errorf("descriptionCredit(%q) = %q, want %q", tt.desc, got, tt.want)
		}
	}
}

// initialsPage is a post credited to initials, with line after it.
func initialsPage(line string) string {
	return `<html><head><title>Walk | Example</title></head><body><article><h1>Walk</h1>
<div class="entry-meta">Posted <span class="byline">by <a rel="author" href="/author/dt">DT</a></span></div>
<p>We walked.</p><p>` + line + `</p></article></body></html>`
}

// ownerPage is a dated post with the given title that credits no one.
func ownerPage(title string) string {
	return `<html><head><title>` + title + `</title><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><article><h1>Notes on sails</h1><p>Sails are cloth.</p></article></body></html>`
}

// labelledPage is a dated news page with extra metas and a block in its text.
func labelledPage(metas, block string) string {
	return `<html><head><title>Prices</title><meta property="article:published_time" content="2024-05-02T10:00:00Z">` + metas + `</head>
<body><div class="content"><div class="headline">Prices</div>` + block + `<p>Prices rose again this winter, and again.</p></div></body></html>`
}

// The prefilters must let through every text and class the regexps they
// replace or guard would match.
func TestCopyrightPrefilters(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"© 2024 Jane Doe", true},
		{"(c) Jane Doe", true},
		{"(C) 2020 Jane Doe", true},
		{"COPYRIGHT 2019 JANE DOE", true},
		{"Copyright 2021 Jane Doe", true},
		{"coPyRight 2021", true},
		{"Read more about the copy", false},
		{"", false},
	} {
		if got := mayHoldCopyright(tc.s); got != tc.want {
			t.Errorf("mayHoldCopyright(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	for _, tc := range []struct {
		class string
		want  bool
	}{
		{"article-Image__credit", true},
		{"wp-caption-text", true},
		{"flex px-4 text-sm md:PHOTO", true},
		{"bildunterschrift", true},
		{"footer-notice small", false},
	} {
		if got := imageClassed(tc.class); got != tc.want {
			t.Errorf("imageClassed(%q) = %v, want %v", tc.class, got, tc.want)
		}
	}
}

// creditLeads must hold every opening of textLabel and textCredit (both
// cases, as the patterns fold case), and patternLeads must give up (nil:
// read every text) on a pattern whose opening it cannot bound.
func TestCreditLeads(t *testing.T) {
	if diff := cmp.Diff("ABCGPTVWabcgptvw", runeSetString(creditLeads)); diff != "" {
		t.Errorf("creditLeads (-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		expr string
		want string // "nil" when patternLeads gives up
	}{
		{`^(?i:by|von)\s+\w`, "BVbv"},
		{`^(?:[Xx]|Ab)c`, "AXx"},
		{`^(?i:k)`, "Kk\u212a"},    // K folds with the Kelvin sign
		{`by\s+\w`, "nil"},         // not anchored: a match may open anywhere
		{`^(?:by)?\s*Jane`, "nil"}, // an optional opening
		{`^\pL+`, "nil"},           // a class too wide to be a filter
		{`^(?:by|\s*von)`, "nil"},  // an alternative opening with an optional part
	} {
		got := "nil"
		if set := patternLeads(regexp.MustCompile(tc.expr)); set != nil {
			got = runeSetString(set)
		}
		if got != tc.want {
			t.Errorf("patternLeads(%q) = %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// runeSetString is set's runes in order, as one string.
func runeSetString(set map[rune]bool) string {
	var rs []rune
	for r := range set {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	return string(rs)
}

// leadRunes must name the rune shortText's text opens with, on every
// element shortText accepts, whatever the markup before the first letter.
func TestLeadRune(t *testing.T) {
	for _, block := range []string{
		`<p>By Jane Doe</p>`,
		`<p>  <span> </span>
	<em>Written by</em> Jane Doe</p>`,
		`<p><button>Share</button><script>var a</script>Von Jane Doe</p>`,
		`<p>` + "\u00a0\u2003" + `Par Jane Doe</p>`,
		`<div><svg><text>Z</text></svg><b>Text: Jane Doe</b></div>`,
		`<p>Pictures of the day</p>`,
		`<p>` + "\xffoo" + `</p>`,
		`<p> <!-- c --> </p>`,
	} {
		doc := parse(t, `<html><body>`+block+`</body></html>`)
		var el *html.Node
		for n := doc.FirstChild.LastChild.FirstChild; n != nil; n = n.NextSibling {
			if n.Type == html.ElementNode {
				el = n
				break
			}
		}
		want := rune(-1)
		if txt, ok := shortText(el); ok {
			want, _ = utf8.DecodeRuneInString(txt)
		}
		if got, _ := leadRunes(el); got != want {
			t.Errorf("leadRunes(%q) = %q, want %q", block, got, want)
		}
	}
}

// TestIsTemplateField pins isTemplateField, which runs the regexp only on
// texts with a brace, a dollar sign or two dots, to templateField itself.
func TestIsTemplateField(t *testing.T) {
	for _, s := range []string{
		"", "Ada Quell", "A. B. Quell", "Dr. Ada Quell Jr.", "page.head.author", "page.author",
		"site.data.authors.lead", "Page.Head.Author", "{{ author }}", "{{author", "name}}",
		"${post.author}", "$ 12", "{ Ada }", "ada.quell@harbour.example", "post.meta.by_line",
		"J.R.R. Quell", "ada..quell", "Orvania {{",
	} {
		if got, want := isTemplateField(s), templateField.MatchString(s); got != want {
			t.Errorf("isTemplateField(%q) = %v, want %v", s, got, want)
		}
	}
}
