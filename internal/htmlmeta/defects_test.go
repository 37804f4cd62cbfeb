package htmlmeta

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// defectTests pin the rules that keep output defects out of the metadata
// (glued or doubled titles, stray separators, markup left in, non-names
// among authors, impossible dates, slogans as outlets), each on a small
// synthetic page: the field named and the value it must hold.
var defectTests = []struct {
	name, url, page string
	field, want     string
}{
	{
		"headingAriaTwin: animated pieces are skipped, the screen-reader copy is the headline",
		"https://tool.example/",
		`<html><head><title>Tool - Plans that ship</title></head><body><main>
<h1 class="hero-title"><span aria-hidden="true"><span style="display:inline-block" class="m">Plans</span><span style="display:inline-block" class="m">that ship</span><span style="display:inline-block" class="d">Plans that</span><br><span style="display:inline-block" class="d">ship</span></span><span class="utils_visuallyHidden__a1">Plans that ship on time</span></h1>
<p>Text.</p></main></body></html>`,
		"title", "Plans that ship on time",
	},
	{
		"headingAriaTwin: an aria-hidden icon before the words is left out",
		"https://news.example/a/1",
		`<html><head><title>Harbour Bridge Reopens | News Example</title></head><body><article>
<h1><span aria-hidden="true">&#9733;</span>Harbour Bridge Reopens</h1><p>Text.</p></article></body></html>`,
		"title", "Harbour Bridge Reopens",
	},
	{
		"headingAriaTwin: a heading whose only text is aria-hidden keeps it",
		"https://news.example/a/2",
		`<html><head><title>Orchard Harvest Starts Early | News Example</title></head><body><article>
<h1><span aria-hidden="true">Orchard Harvest Starts Early</span></h1><p>Text.</p></article></body></html>`,
		"title", "Orchard Harvest Starts Early",
	},
	{
		"headingBlockPieces: a brand in a <div> and the name beside it are two words",
		"https://shop.example/p/kettle",
		`<html><head><title>Copperline Steel kettle - Shop Example</title></head><body><main>
<h1><div class="brand"><a href="/copperline">Copperline</a></div><span class="name">Steel kettle</span></h1><p>Text.</p></main></body></html>`,
		"title", "Copperline Steel kettle",
	},
	{
		"plainMetaText: a description escaped twice reads as text",
		"https://news.example/a/3",
		`<html><head><title>Ferry Fares Rise</title><meta name="description" content="Fares rise &amp;amp; timetables shrink&amp;nbsp;"></head><body><h1>Ferry Fares Rise</h1><p>Text.</p></body></html>`,
		"description", "Fares rise & timetables shrink",
	},
	{
		"plainMetaText: a description holding the article's markup keeps its words",
		"https://blog.example/post/4",
		`<html><head><title>Notes</title><meta property="og:description" content="&lt;p&gt;I tried &lt;a href=&quot;https://puzzles.example/&quot;&gt;the puzzle calendar&lt;/a&gt; again.&lt;/p&gt;"></head><body><h1>Notes</h1><p>Text.</p></body></html>`,
		"description", "I tried the puzzle calendar again.",
	},
	{
		"plainMetaText: a description cut before its paragraph closes loses the tag",
		"https://blog.example/post/5",
		`<html><head><title>Notes</title><meta property="og:description" content="&lt;p&gt;The council met on a"></head><body><h1>Notes</h1><p>Text.</p></body></html>`,
		"description", "The council met on a",
	},
	{
		"plainMetaText: prose naming a tag keeps it",
		"https://docs.example/el/list",
		`<html><head><title>The list element</title><meta name="description" content="The &lt;ol&gt; element holds a numbered list."></head><body><h1>The list element</h1><p>Text.</p></body></html>`,
		"description", "The <ol> element holds a numbered list.",
	},
	{
		"plainMetaText: tags escaped twice",
		"https://news.example/a/6",
		`<html><head><title>Harvest</title><meta property="article:tag" content="Plants &amp;amp; Crops"><meta property="article:tag" content="Weather"></head><body><h1>Harvest</h1><p>Text.</p></body></html>`,
		"tags", "Plants & Crops; Weather",
	},
	{
		"outletAddress: a site name written twice as an address is the host",
		"https://www.lanterns.example/2030/05/lamps",
		`<html><head><title>Lamps</title><meta property="og:site_name" content="http://www.lanterns.examplehttp://www.lanterns.example"></head><body><h1>Lamps</h1><p>Text.</p></body></html>`,
		"outlet", "lanterns.example",
	},
	{
		"outletAddress: a site name of a slash is the host",
		"https://www.lanterns.example/guide/lamps",
		`<html><head><title>Lamps</title><meta property="og:site_name" content="/"></head><body><h1>Lamps</h1><p>Text.</p></body></html>`,
		"outlet", "lanterns.example",
	},
	{
		"outletSlogan: the segment naming the host",
		"https://www.cedarpools.example/blog/stretching",
		`<html><head><title>Stretching</title><meta property="og:site_name" content="Cedar Pools | Open every day in three towns"></head><body><h1>Stretching</h1><p>Text.</p></body></html>`,
		"outlet", "Cedar Pools",
	},
	{
		"outletSlogan: a page title before the agency's short name",
		"https://rwb.example.org/press/2031-rates",
		`<html><head><title>Rates</title><meta property="og:site_name" content="Water rates rise in 2031 | RWB"></head><body><h1>Rates</h1><p>Text.</p></body></html>`,
		"outlet", "RWB",
	},
	{
		"outletSlogan: a short name before a long slogan, the host naming neither",
		"https://news.example.net/town/fair",
		`<html><head><title>Fair</title><meta property="og:site_name" content="Lantern Post - The town's own paper since 1901"></head><body><h1>Fair</h1><p>Text.</p></body></html>`,
		"outlet", "Lantern Post",
	},
	{
		"outletSlogan: a generic part of the host names no segment",
		"https://forum.kilnfriends.example/t/first-steps",
		`<html><head><title>First steps</title><meta property="og:site_name" content="Kiln Friends | Forum"></head><body><h1>First steps</h1><p>Text.</p></body></html>`,
		"outlet", "Kiln Friends",
	},
	{
		"outletSlogan: two short names stay as written",
		"https://example.net/a/1",
		`<html><head><title>Fair</title><meta property="og:site_name" content="Harbour Radio - Evening Desk"></head><body><h1>Fair</h1><p>Text.</p></body></html>`,
		"outlet", "Harbour Radio - Evening Desk",
	},
	{
		"dateModifiedOrder: a placeholder modified date years before publication is dropped",
		"https://news.example/ferry",
		`<html><head><title>Ferry</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry","datePublished":"2029-03-04T08:00:00Z","dateModified":"2001-01-01T00:00:00Z"}</script></head><body><h1>Ferry</h1><p>Text.</p></body></html>`,
		"modified", "",
	},
	{
		"dateModifiedOrder: a draft saved hours before publication is no update",
		"https://news.example/ferry",
		`<html><head><title>Ferry</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry","datePublished":"2029-03-04T15:00:00+01:00","dateModified":"2029-03-04T08:41:00+01:00"}</script></head><body><h1>Ferry</h1><p>Text.</p></body></html>`,
		"modified", "",
	},
	{
		"dateModifiedOrder: an update after publication stays",
		"https://news.example/ferry",
		`<html><head><title>Ferry</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry","datePublished":"2029-03-04T08:00:00Z","dateModified":"2029-03-05T10:30:00Z"}</script></head><body><h1>Ferry</h1><p>Text.</p></body></html>`,
		"modified", "2029-03-05T10:30:00Z",
	},
	{
		"dateModifiedOrder: two days, the modified one earlier, is dropped",
		"https://news.example/ferry",
		`<html><head><title>Ferry</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry","datePublished":"2029-03-04","dateModified":"2029-03-03"}</script></head><body><h1>Ferry</h1><p>Text.</p></body></html>`,
		"modified", "",
	},
	{
		"dateModifiedOrder: a local day against another zone's instant on the day before stays",
		"https://news.example/ferry",
		`<html><head><title>Ferry</title><meta property="article:published_time" content="2029-01-01"><meta property="article:modified_time" content="2028-12-31T17:20:00+00:00"></head><body><h1>Ferry</h1><p>Text.</p></body></html>`,
		"modified", "2028-12-31T17:20:00+00:00",
	},
	{
		"titleDanglingSeparator: a <title> whose site part came out empty",
		"https://janedoe.example/page",
		`<html><head><title>Jane Doe's page |</title></head><body><p>Text.</p></body></html>`,
		"title", "Jane Doe's page",
	},
	{
		"titleDanglingSeparator: a <title> whose headline came out empty is the site name alone",
		"https://ferrytimes.example/notice/7",
		`<html><head><title>Ferry Times -</title></head><body><p>Text.</p></body></html>`,
		"title", "Ferry Times",
	},
	{
		"titleDanglingSeparator: a dash glued to a word stays",
		"https://news.example/a/9",
		`<html><head><title>Signal -30-</title></head><body><p>Text.</p></body></html>`,
		"title", "Signal -30-",
	},
	{
		"bylineParts: a name and a role in sibling spans with no space between",
		"https://shop.example/blogs/desk-setup",
		`<html><head><title>Desk setup</title></head><body><article><h1>Desk setup</h1><div class="author-line"><span>Marta Velkin</span><span>Founder at Example Shop</span></div><p>Text.</p></article></body></html>`,
		"authors", "Marta Velkin",
	},
	{
		"bylineParts and authorNameTwice: a name written twice, once per screen size",
		"https://radio.example/show/12",
		`<html><head><title>Night show</title></head><body><article><h1>Night show</h1><div class="byline">By <span class="mobile">Jonas Berger</span><span class="desktop">Jonas Berger</span></div><p>Text.</p></article></body></html>`,
		"authors", "Jonas Berger",
	},
	{
		"bylineParts: a follow button set apart from the name still ends it",
		"https://social.example/pulse/wedding",
		`<html><head><title>Wedding</title></head><body><article><h1>Wedding</h1><div class="author-info"><span>Ines Hartmann</span><span>Follow</span><span>Coach for new work and learning</span></div><p>Text.</p></article></body></html>`,
		"authors", "Ines Hartmann",
	},
	{
		"bylineParts: a name split over inline formatting stays one word",
		"https://news.example/a/10",
		`<html><head><title>Tides</title></head><body><article><h1>Tides</h1><div class="byline">By <b>J</b>onas Berger</div><p>Text.</p></article></body></html>`,
		"authors", "Jonas Berger",
	},
	{
		"authorAccountName: a post credited to the publishing system's admin account names no one",
		"https://airco.example/blog/costs",
		`<html><head><title>Costs</title><meta name="author" content="admin"></head><body><article><h1>Costs</h1><div class="byline">By admin</div><p>Text.</p></article></body></html>`,
		"authors", "",
	},
	{
		"authorAccountName: a person named beside the account stays",
		"https://airco.example/blog/filters",
		`<html><head><title>Filters</title><meta name="author" content="admin"></head><body><article><h1>Filters</h1><div class="byline">By Petra Lindqvist</div><p>Text.</p></article></body></html>`,
		"authors", "Petra Lindqvist",
	},
	{
		"canonicalRepaired: a canonical address without its host is a path on the page's host",
		"https://learn.example/tracks/9?ref=home",
		`<html><head><title>Tracks</title><link rel="canonical" href="https:///tracks/9"></head><body><h1>Tracks</h1><p>Text.</p></body></html>`,
		"canonical", "https://learn.example/tracks/9",
	},
	{
		"canonicalRepaired: an og:url escaped once too often",
		"https://notes.example/posts/kiln?utm=x",
		`<html><head><title>Kiln</title><meta property="og:url" content="https://notes.example%2Fposts%2Fkiln"></head><body><h1>Kiln</h1><p>Text.</p></body></html>`,
		"canonical", "https://notes.example/posts/kiln",
	},
	{
		"canonicalRepaired: a blank canonical leaves og:url to name the page",
		"https://notes.example/posts/kiln?utm=x",
		`<html><head><title>Kiln</title><link rel="canonical" href=" "><meta property="og:url" content="https://notes.example/posts/kiln"></head><body><h1>Kiln</h1><p>Text.</p></body></html>`,
		"canonical", "https://notes.example/posts/kiln",
	},
	{
		"descriptionWholeWords: a description cut mid-word with an ellipsis is completed from the opening paragraph",
		"https://news.example/harbour",
		`<html><head><title>Harbour</title><meta name="description" content="The harbour master said on Monday that the new quay would open in the sp…"></head><body><article><h1>Harbour</h1><p>The harbour master said on Monday that the new quay would open in the spring, weeks after the first ferries were due.</p></article></body></html>`,
		"description", "The harbour master said on Monday that the new quay would open in the spring…",
	},
	{
		"descriptionWholeWords: a description cut mid-word across two paragraphs, with no ellipsis",
		"https://news.example/harbour-2",
		`<html><head><title>Harbour</title><meta name="description" content="The quay opens in spring. Ferries will dock there from the first week of Ma"></head><body><article><h1>Harbour</h1><p>The quay opens in spring.</p><p>Ferries will dock there from the first week of May, the council said.</p></article></body></html>`,
		"description", "The quay opens in spring. Ferries will dock there from the first week of May…",
	},
	{
		"descriptionWholeWords: a description ending at a word's end stays as written",
		"https://news.example/harbour-3",
		`<html><head><title>Harbour</title><meta name="description" content="The harbour master said on Monday that the new quay would open..."></head><body><article><h1>Harbour</h1><p>The harbour master said on Monday that the new quay would open in the spring.</p></article></body></html>`,
		"description", "The harbour master said on Monday that the new quay would open...",
	},
	{
		"descriptionWholeWords: a trailing ellipsis that the text does not carry stays",
		"https://news.example/harbour-4",
		`<html><head><title>Harbour</title><meta name="description" content="What the harbour master found under the old quay will surprise you…"></head><body><article><h1>Harbour</h1><p>Divers found an anchor.</p></article></body></html>`,
		"description", "What the harbour master found under the old quay will surprise you…",
	},
	{
		"sectionShape: a tag list in the section field gives its first tag",
		"https://bakery.example/blog/bread",
		`<html><head><title>Bread</title><meta property="article:section" content="Baking, Bread, Sourdough tips, Weekend projects"></head><body><h1>Bread</h1><p>Text.</p></body></html>`,
		"section", "Baking",
	},
	{
		"sectionShape: a section naming a school with a comma stays",
		"https://bakery.example/blog/bread",
		`<html><head><title>Bread</title><meta property="article:section" content="School of Arts, Media and Design"></head><body><h1>Bread</h1><p>Text.</p></body></html>`,
		"section", "School of Arts, Media and Design",
	},
	{
		"sectionShape: an address is no section",
		"https://bakery.example/blog/bread",
		`<html><head><title>Bread</title><meta property="article:section" content="https://bakery.example/blog/bread/"></head><body><h1>Bread</h1><p>Text.</p></body></html>`,
		"section", "",
	},
	{
		"sectionShape: a sentence is no section",
		"https://bakery.example/blog/bread",
		`<html><head><title>Bread</title><meta property="article:section" content="Baking bread at home takes patience, flour, water and a warm kitchen to rise"></head><body><h1>Bread</h1><p>Text.</p></body></html>`,
		"section", "",
	},
	{
		"sectionShape: the headline in the section field is no section",
		"https://bakery.example/blog/bread",
		`<html><head><title>Why Bread Rises</title><meta property="article:section" content="Why Bread Rises"></head><body><h1>Why Bread Rises</h1><p>Text.</p></body></html>`,
		"section", "",
	},
	{
		"authorAgencyTail: a wire agency after the reporter's name is cut",
		"https://paper.example/world/summit",
		`<html><head><title>Summit</title></head><body><article><h1>Summit</h1><div class="byline">By JONAS BERGER Associated Press</div><p>Text.</p></article></body></html>`,
		"authors", "Jonas Berger",
	},
	{
		"authorAgencyTail: an agency credited alone stays",
		"https://paper.example/world/summit-2",
		`<html><head><title>Summit</title></head><body><article><h1>Summit</h1><div class="byline">By Reuters</div><p>Text.</p></article></body></html>`,
		"authors", "Reuters",
	},
	{
		"authorBreadcrumb: a breadcrumb trail in a byline-classed element is no name",
		"https://consult.example/services/audits",
		`<html><head><title>Audits</title></head><body><main><h1>Audits</h1><div class="author-trail">Courses » Glazing Basics</div><p>Text.</p></main></body></html>`,
		"authors", "",
	},
	{
		"noise word visit: a shop's link to a brand page is no name",
		"https://shop.example/dp/kettle",
		`<html><head><title>Kettle</title></head><body><main><h1>Kettle</h1><div class="byline"><a href="/stores/copperline">Visit the Copperline Store</a></div><p>Text.</p></main></body></html>`,
		"authors", "",
	},
	{
		"authorTitleTail: the parts after a name's job title are the title and employer",
		"https://consult.example/case/clinic",
		`<html><head><title>Clinic</title></head><body><main><h1>Clinic</h1><div class="byline">Petra Lindqvist, Director, Studio, Kilns, and Glazes, Example Pottery</div><p>Text.</p></main></body></html>`,
		"authors", "Petra Lindqvist",
	},
	{
		"authorSerialComma: no name keeps the conjunction of a serial comma",
		"https://paper.example/city/budget",
		`<html><head><title>Budget</title></head><body><article><h1>Budget</h1><div class="byline">By Jonas Berger, Petra Lindqvist, and Ines Hartmann</div><p>Text.</p></article></body></html>`,
		"authors", "Jonas Berger; Petra Lindqvist; Ines Hartmann",
	},
	{
		"titleSitePrefixColon: a heading agrees with the <title> after its 'Site: ' opening",
		"https://www.shop.example/steel-kettle/dp/K17",
		`<html><head><title>Shop.example: Steel kettle 1.7 l with temperature control : Kitchen</title></head><body><aside><h1 class="product-title">Steel kettle 1.7 l with temperature control</h1></aside><div><h1>Details</h1><p>Text.</p><h1>Questions</h1><p>Text.</p><h1>Reviews</h1><p>Text.</p><h1>Help</h1></div></body></html>`,
		"title", "Steel kettle 1.7 l with temperature control",
	},
	{
		"titleSitePrefixColon: a front page keeps its <title> as written",
		"https://news.example/",
		`<html><head><title>News.example: Software news and practices</title></head><body><div><p>Text.</p></div></body></html>`,
		"title", "News.example: Software news and practices",
	},
	{
		"outletArchived: an archived page's outlet is the archived site",
		"https://web.archive.org/web/20110305120000/http://www.harbourlog.example/2011/07/tides",
		`<html><head><title>Tides</title></head><body><h1>Tides</h1><p>Text.</p></body></html>`,
		"outlet", "harbourlog.example",
	},
	{
		"outletArchived: a site name the archived page declares stays",
		"https://web.archive.org/web/20110305120000/http://www.harbourlog.example/2011/07/tides",
		`<html><head><title>Tides</title><meta property="og:site_name" content="Harbour Log"></head><body><h1>Tides</h1><p>Text.</p></body></html>`,
		"outlet", "Harbour Log",
	},
	{
		"urlSlashes: a lead image with two slashes too many",
		"https://pottery.example/products/bowl",
		`<html><head><title>Bowl</title><meta property="og:image" content="https:////cdn.pottery.example/files/bowl.jpg?v=3"></head><body><h1>Bowl</h1><p>Text.</p></body></html>`,
		"image", "https://cdn.pottery.example/files/bowl.jpg?v=3",
	},
	{
		"urlSlashes: a lead image whose address lost its host is a path on the page's host",
		"https://www.talk.example/help",
		`<html><head><title>Help</title><meta property="og:image" content="https:/assets/og/card.png"></head><body><h1>Help</h1><p>Text.</p></body></html>`,
		"image", "https://www.talk.example/assets/og/card.png",
	},
	{
		"authorForOutlet: the outlet a reporter wrote for is cut",
		"https://paper.example/story",
		`<html><head><title>Story</title></head><body><article><h1>Story</h1><div class="byline">By Jonas Berger and Petra Lindqvist For The Evening Post</div><p>Text.</p></article></body></html>`,
		"authors", "Jonas Berger; Petra Lindqvist",
	},
	{
		"authorForOutlet: a body's name goes on with for",
		"https://paper.example/story",
		`<html><head><title>Story</title></head><body><article><h1>Story</h1><div class="byline">By National Centre for Rare Diseases</div><p>Text.</p></article></body></html>`,
		"authors", "National Centre for Rare Diseases",
	},
	{
		"authorAvatarInitials: an avatar's initials before the name",
		"https://paper.example/story",
		`<html><head><title>Story</title></head><body><article><h1>Story</h1><div class="byline">PL Petra Lindqvist</div><p>Text.</p></article></body></html>`,
		"authors", "Petra Lindqvist",
	},
	{
		"authorTrailingWord and authorLowerTail: a bio sentence after the name",
		"https://paper.example/story",
		`<html><head><title>Story</title></head><body><article><h1>Story</h1><div class="byline">PL Petra Lindqvist As head of the Example Kiln studio, I have taught many curious beginners</div><p>Text.</p></article></body></html>`,
		"authors", "Petra Lindqvist",
	},
	{
		"authorForumRank: a forum handle and the poster's rank",
		"https://paper.example/story",
		`<html><head><title>Story</title></head><body><article><h1>Story</h1><div class="byline">QuietFox Senior Member Posts: 116 Joined: Feb 2019</div><p>Text.</p></article></body></html>`,
		"authors", "QuietFox",
	},
	{
		"authorForumRank: a given name before a word like a rank stays",
		"https://paper.example/story",
		`<html><head><title>Story</title></head><body><article><h1>Story</h1><div class="byline">Ines Regular</div><p>Text.</p></article></body></html>`,
		"authors", "Ines Regular",
	},
	{
		"authorWholeSiteName: a credit naming the site whole stays whole, not cut at a job word",
		"https://toplanternmarketing.example/guides/email",
		`<html><head><title>Email guide</title><meta property="og:site_name" content="Top Lantern Marketing"><meta name="author" content="Top Lantern Marketing"></head><body><article><h1>Email guide</h1><p>Text.</p></article></body></html>`,
		"authors", "Top Lantern Marketing",
	},
	{
		"authorWholeSiteName: a credit naming the site whole stays one name, not split at its '&'",
		"https://copperandkiln.example/guides/glaze",
		`<html><head><title>Glaze guide</title><meta property="og:site_name" content="Copper &amp; Kiln"><meta name="author" content="Copper &amp; Kiln"></head><body><article><h1>Glaze guide</h1><p>Text.</p></article></body></html>`,
		"authors", "Copper & Kiln",
	},
	{
		"authorWholeSiteName: a labelled credit cut short leaves the whole name",
		"https://toplanternmarketing.example/guides/ads",
		`<html><head><title>Ads guide</title><meta property="og:site_name" content="Top Lantern Marketing"><meta name="author" content="Top Lantern Marketing"></head><body><article><h1>Ads guide</h1><p>Text.</p><h4>Written by <a href="/author/tlm/">Top Lantern Marketing</a></h4></article></body></html>`,
		"authors", "Top Lantern Marketing",
	},
	{
		"authorConfirmedName: roles run on after the name give way to the author box's name",
		"https://pottery.example/studio/glazes",
		`<html><head><title>Glazes</title></head><body><article><h1>Glazes</h1><div class="byline">By: Petra Lindqvist Potter &amp; Teacher</div><p>Text.</p><div class="author-bio"><h3>Petra Lindqvist</h3><p>Petra teaches glazing.</p></div></article></body></html>`,
		"authors", "Petra Lindqvist",
	},
	{
		"authorConfirmedName: two authors stay two",
		"https://almanac.example/garden/soil",
		`<html><head><title>Soil</title></head><body><article><h1>Soil</h1><div class="byline">By Petra Lindqvist &amp; Jonas Berger</div><p>Text.</p><div class="author-bio"><h3>Petra Lindqvist</h3><p>Petra teaches glazing.</p></div></article></body></html>`,
		"authors", "Petra Lindqvist; Jonas Berger",
	},
	{
		"authorEmail: an address written against harvesting is no name",
		"https://blog.example/macro",
		`<html><head><title>Macro</title><meta name="author" content="jonas[at]mailbox.example"></head><body><article><h1>Macro</h1><a rel="author" href="/author/j">JonasB</a><p>Text.</p></article></body></html>`,
		"authors", "JonasB",
	},
	{
		"authorSiteAddress: beside the site's name, one-word parts are its address",
		"https://www.harbourtv.example/culture/books",
		`<html><head><title>Books</title><meta property="og:site_name" content="harbourtv.example"><meta name="author" content="harbourtv.example, Bergen, Norway"></head><body><article><h1>Books</h1><p>Text.</p></article></body></html>`,
		"authors", "harbourtv.example",
	},
	{
		"authorLoneDepartment: a department alone is no name",
		"https://lab.example/stories/method",
		`<html><head><title>Method</title></head><body><article><h1>Method</h1><div class="author-card">Studio notes &amp; Development</div><p>Text.</p></article></body></html>`,
		"authors", "",
	},
	{
		"authorBlurb: a sentence in a byline-classed box credits no one",
		"https://chain.example/blog/review",
		`<html><head><title>Review</title></head><body><article><h1>Review</h1><p>Text.</p><div class="author-info">Our team shares notes on pottery, glazes, kiln firing, studio safety, and how we plan the classes for beginners each season.</div></article></body></html>`,
		"authors", "",
	},
	{
		"authorBlurb: a bio that a name leads keeps the name",
		"https://pottery.example/courses/summer",
		`<html><head><title>Courses</title></head><body><article><h1>Courses</h1><div class="byline">Written by Jonas Berger, ten years at the wheel, teaching glazing and firing to beginners and running the summer courses.</div><p>Text.</p></article></body></html>`,
		"authors", "Jonas Berger",
	},
	{
		"dateOtherEvent: a sale's end is no publication date",
		"https://desks.example/accessories/",
		`<html><head><title>Accessories</title></head><body><main><h1>Accessories</h1><p class="promo">Spring sale ends 04/30/2030. Use code TIDE at checkout for ten percent off every glaze.</p><p>Text.</p></main></body></html>`,
		"published", "",
	},
	{
		"dateOtherEvent: the server's clock on a forum page is the crawl's date",
		"https://forum.example/viewtopic.php?t=12",
		`<html><head><title>Topic</title></head><body><main><h1>Topic</h1><p class="right">It is currently Tue May 14, 2030 8:05 am</p><p>Text.</p></main></body></html>`,
		"published", "",
	},
	{
		"dateOtherEvent: a shopper's review date on a product page",
		"https://shop.example/dp/kettle",
		`<html><head><title>Kettle</title></head><body><main><h1>Kettle</h1><p>Text.</p><span class="review-date">Reviewed in Norway on 9 May 2030</span></main></body></html>`,
		"published", "",
	},
	{
		"dateOtherEvent: a deadline with a soft hyphen in its label",
		"https://school.example/apply",
		`<html><head><title>Apply</title></head><body><main><h1>Apply</h1><p><strong>Dead&shy;line for entries: May 2nd, 2030</strong></p><p>Text.</p></main></body></html>`,
		"published", "",
	},
	{
		"dateOtherEvent: a labelled publication date stays",
		"https://news.example/ferry",
		`<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1><p class="date">Published March 3, 2030</p><p>Offer ends March 9, 2030.</p><p>Text.</p></article></body></html>`,
		"published", "2030-03-03",
	},
	{
		"dateOtherEvent: a course's period is no publication date",
		"https://college.example/courses/pottery",
		`<html><head><title>Pottery</title></head><body><main><h1>Pottery</h1><p class="dates">2/3/2030 - 4/28/2030</p><p>Text.</p></main></body></html>`,
		"published", "",
	},
	{
		"dateOtherEvent: a member's last visit on a profile page",
		"https://forum.example/u/quietfox",
		`<html><head><title>quietfox</title></head><body><main><h1>quietfox</h1><p>Last active June 2, 2029 09:10</p><p>Text.</p></main></body></html>`,
		"published", "",
	},
	{
		"titleEmphasis: a metadata title's markup asterisks are no part of the headline",
		"https://review.example/collection/coffee/",
		`<html><head><title>*A Pamphlet on Tea* (1811) — The Example Review</title><meta property="og:title" content="*A Pamphlet on Tea* (1811)"></head><body><div><p>Text.</p></div></body></html>`,
		"title", "A Pamphlet on Tea (1811)",
	},
	{
		"titleEmphasis: a lone asterisk stays",
		"https://review.example/hotels/",
		`<html><head><title>Five* hotels by the sea</title></head><body><div><p>Text.</p></div></body></html>`,
		"title", "Five* hotels by the sea",
	},
	{
		"titleTemplateHeading: a placeholder heading is no headline",
		"https://review.example/collection/tea/",
		`<html><head></head><body><div class="hero"><h1 class="page-title">{{ t("headline.main") }}</h1></div><div><p>Text.</p></div></body></html>`,
		"title", "",
	},
	{
		"authorLayoutBoxes: headings of a page built of boxes name no author",
		"https://petralindqvist.example/blog/glazing",
		`<html><head><title>Glazing</title></head><body class="item-show-author-name form-checkbox-square"><div><h3>KILN COURSES</h3></div><article><h1>Glazing</h1><div class="byline">June 3 Written By Petra Lindqvist</div><p>Text.</p><p>` + strings.Repeat("A walk along the shore at dawn, with the light low over the water. ", 12) + `</p></article><div><h3>Studio Vouchers</h3></div><div><h3>Opening Hours</h3></div></body></html>`,
		"authors", "Petra Lindqvist",
	},
	{
		"authorLayoutBoxes: one author box still names the author",
		"https://news.example/a/box",
		`<html><head><title>Tides</title></head><body><article><h1>Tides</h1><p>Text.</p><div class="author-box"><h3>Petra Lindqvist</h3><p>Petra writes about the sea.</p></div></article></body></html>`,
		"authors", "Petra Lindqvist",
	},
	{
		"authorTrailingWord: a column's name cut at its job word is no name",
		"https://paper.example/opinion/notes",
		`<html><head><title>Notes: Late buses</title></head><body><article><h1>Notes: Late buses</h1><div class="byline">By Notes From The Editor |</div><p>Text.</p></article></body></html>`,
		"authors", "",
	},
	{
		"dateOtherEvent: a medical review date is the page's own, not another event",
		"https://health.example/sleep",
		`<html><head><title>Sleep</title></head><body><article><h1>Sleep</h1><p class="meta">Medically reviewed by Dr. Jonas Berger on March 3, 2030</p><p>Text.</p></article></body></html>`,
		"published", "2030-03-03",
	},
	{
		"titleEmphasis: asterisks inside words stay",
		"https://schule.example/news/ferien",
		`<html><head><title>Ferien für Lehrer*innen und Schüler*innen</title></head><body><div><p>Text.</p></div></body></html>`,
		"title", "Ferien für Lehrer*innen und Schüler*innen",
	},
	{
		"outletSlogan: a guillemet or bullet separates a slogan too",
		"https://www.tidewear.example/blog/gear",
		`<html><head><title>Gear</title><meta property="og:site_name" content="Tidewear Rain Jackets » Why stay dry?"></head><body><h1>Gear</h1><p>Text.</p></body></html>`,
		"outlet", "Tidewear Rain Jackets",
	},
	{
		"tagShape: field keys and tagger labels are no tags, a list in one tag is split",
		"https://news.example/a/tags",
		`<html><head><title>Harvest</title><meta property="article:tag" content="region: EU"><meta property="article:tag" content="pageTitle: The harvest in brief"><meta property="article:tag" content="Jonas Berger ENTITY LABEL_ARTIST"><meta property="article:tag" content="Farming,Weather,Autumn fairs"><meta property="article:tag" content="DIY: Apple crates"></head><body><h1>Harvest</h1><p>Text.</p></body></html>`,
		"tags", "Farming; Weather; Autumn fairs; DIY: Apple crates",
	},
	{
		"authorAcronymCredit: an organisation's acronym in the author meta gives way to the person the byline names",
		"https://pottery.example/article/prices",
		`<html><head><title>Prices</title><meta name="author" content="KILNCO"></head><body><article><h1>Prices</h1><div class="byline">by Petra Lindqvist, Head of Studio, Example Kilns</div><p>Text.</p></article></body></html>`,
		"authors", "Petra Lindqvist",
	},
	{
		"authorAcronymCredit: a poster named in capitals stays",
		"https://forum.example/thread/7",
		`<html><head><title>Kilns</title><meta name="author" content="TIDEFOX"></head><body><main><h1>Kilns</h1><div class="author-info">TIDEFOX Member Profile</div><p>Text.</p><div class="author-info">Petra Lindqvist Member Profile</div><p>Reply.</p></main></body></html>`,
		"authors", "TIDEFOX",
	},
	{
		"outletAddress: a site named by its address in the <title> is its host",
		"https://www.lanterns.example/2030/05/wicks",
		`<html><head><title>Wicks | https://www.lanterns.example/</title></head><body><h1>Wicks</h1><p>Text.</p></body></html>`,
		"outlet", "lanterns.example",
	},
	{
		"outletSlogan: the segment chosen loses the quotation marks around the name",
		"https://www.backofbeyond.example/walks/cliffs",
		`<html><head><title>Cliffs</title><meta property="og:site_name" content="&quot;Back of Beyond&quot; | Notes from a slow walk round the coast"></head><body><h1>Cliffs</h1><p>Text.</p></body></html>`,
		"outlet", "Back of Beyond",
	},
	{
		"descriptionWholeWords: a cut word is completed from the JSON-LD articleBody when no paragraph carries it",
		"https://news.example/quay",
		`<html><head><title>Quay</title><meta name="description" content="The ferry board said on Tuesday that the north quay would reopen in aut"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay","articleBody":"The ferry board said on Tuesday that the north quay would reopen in autumn, after the storm repairs."}</script></head><body><article><h1>Quay</h1><div>Photo: the quay.</div></article></body></html>`,
		"description", "The ferry board said on Tuesday that the north quay would reopen in autumn…",
	},
	{
		"dateOtherEvent: a day that a text also gives to the publication stays the page's date",
		"https://desks.example/offers/",
		`<html><head><title>Offers</title></head><body><main><h1>Offers</h1><p>Offer ends May 12, 2030.</p><p>This note on desk lamps was first published May 12, 2030.</p><p>Text.</p></main></body></html>`,
		"published", "2030-05-12",
	},
	{
		"dateOtherEvent: past a sale's end, the next date shown dates the page",
		"https://desks.example/notes/",
		`<html><head><title>Notes</title></head><body><main><h1>Notes</h1><p>Spring sale ends 04/30/2030.</p><p>May 12, 2030</p><p>Text.</p></main></body></html>`,
		"published", "2030-05-12",
	},
	{
		"headingBlockPieces: an inline element styled as a block is a word of its own",
		"https://shop.example/p/teapot",
		`<html><head><title>Copperline Round teapot - Shop Example</title></head><body><main>
<h1><span style="DISPLAY: block">Copperline</span><span class="name">Round teapot</span></h1><p>Text.</p></main></body></html>`,
		"title", "Copperline Round teapot",
	},
}

func TestDefectRules(t *testing.T) {
	now := time.Date(2030, 6, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range defectTests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			m := Extract(doc, tc.url, now)
			if diff := cmp.Diff(tc.want, metaField(m, tc.field)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.field, diff)
			}
		})
	}
}

// metaField returns the field of m that a defect test names; lists are
// joined by "; ", dates are their values.
func metaField(m *Meta, field string) string {
	switch field {
	case "title":
		return m.Title
	case "outlet":
		return m.Outlet
	case "canonical":
		return m.CanonicalURL
	case "language":
		return m.Language
	case "description":
		return m.Description
	case "section":
		return m.Section
	case "authors":
		return strings.Join(m.Authors, "; ")
	case "tags":
		return strings.Join(m.Tags, "; ")
	case "image":
		if m.LeadImage != nil {
			return m.LeadImage.URL
		}
	case "published":
		if m.Published != nil {
			return m.Published.Value
		}
	case "modified":
		if m.Modified != nil {
			return m.Modified.Value
		}
	}
	return ""
}

func TestNameOnce(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Jonas Berger Jonas Berger", "Jonas Berger"},
		{"Jonas BergerJonas Berger", "Jonas Berger"},
		{"A documentary by Jonas Berger Jonas Berger", "A documentary by Jonas Berger"},
		{"Anna Anna", "Anna Anna"},       // one word twice may be a name
		{"Lee Lee Park", "Lee Lee Park"}, // no repeated run at the end
		{"Jonas Berger", "Jonas Berger"},
	} {
		if got := nameOnce(tc.in); got != tc.want {
			t.Errorf("nameOnce(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzDefectCleaners runs the value cleaners of defects.go on arbitrary
// input: none panics, each is idempotent where a second pass must change
// nothing, and what they return is valid UTF-8 when the input is.
func FuzzDefectCleaners(f *testing.F) {
	for _, s := range []string{
		"&lt;p&gt;The council met.&lt;/p&gt;", "<p>cut", "The <ol> element", "https:////cdn.example/a.jpg",
		"https:/img/a.jpg", "Cedar Pools | Open every day in three towns", "http://a.examplehttp://a.example", "| Site -",
		"Jonas BergerJonas Berger", "JANE DOE Associated Press", "Baking, Bread, Sourdough tips", "«»", "- -",
		"*A Pamphlet* (1811)", "Lehrer*innen und Schüler*innen", "region: EU", "Spring sale ends 04/30/2030", "JD Jane Doe As",
	} {
		f.Add(s, "news.example")
	}
	f.Fuzz(func(t *testing.T, s, host string) {
		plainMetaText(s)
		repairedRef(s)
		sectionLabel(s, s)
		cutAgency(s)
		splitOutlet(s)
		if r := nameOnce(s); len(r) > len(s) {
			t.Errorf("nameOnce(%q) grew to %q", s, r)
		}
		if r := trimDanglingSeparators(s); trimDanglingSeparators(r) != r {
			t.Errorf("trimDanglingSeparators(%q) = %q, not stable", s, r)
		}
		o := outletName(s, host)
		if utf8.ValidString(s) && utf8.ValidString(host) && !utf8.ValidString(o) {
			t.Errorf("outletName(%q, %q) = %q, invalid UTF-8", s, host, o)
		}
		if r := repairedRef(s); repairedRef(r) != r {
			t.Errorf("repairedRef(%q) = %q, not stable", s, r)
		}
		tagShape(s)
		otherEvent(s)
		blurb(s)
		accountWord(s)
		if w := strings.Fields(s); len(shapeWords(w)) == len(w) && !slices.Equal(shapeWords(w), w) {
			// cleanName reads a change in the count alone.
			t.Errorf("shapeWords(%q) changed words without dropping any", w)
		}
		if r := noEmphasis(s); len(r) > len(s) || noEmphasis(r) != r && strings.Count(r, "*") == strings.Count(s, "*") {
			t.Errorf("noEmphasis(%q) = %q", s, r)
		}
	})
}

func TestAccountWord(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"cmsadmin", true}, {"kiln_admin", false}, {"admin2", true}, {"Admin", false}, // "admin" alone is singleWordNoise's
		{"Administrator", false}, {"Adminah", false}, {"Jonas", false},
	} {
		if got := accountWord(tc.w); got != tc.want {
			t.Errorf("accountWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestOtherEventLead pins rule dateOtherEvent's reading of a long text:
// only its opening counts, since further in a label's word may be prose.
func TestOtherEventLead(t *testing.T) {
	long := "Published May 12, 2030. The town council met to decide the future of the old mill, " +
		"and after an hour of talk the members agreed that the sale of the building would go ahead next year."
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Spring sale ends 04/30/2030", true},
		{long, false},
	} {
		if got := otherEvent(tc.text); got != tc.want {
			t.Errorf("otherEvent(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
