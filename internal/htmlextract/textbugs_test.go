package htmlextract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
	"golang.org/x/net/html"
)

// TestElementBoundary covers rule "element-boundary" (boundarySpace):
// words that meet at an element boundary are spaced when the case or a
// sibling's edge says a browser shows them apart, and kept whole inside a
// word.
func TestElementBoundary(t *testing.T) {
	for _, tc := range []struct {
		name, frag, want, notWant string
	}{
		{"bold label before its text", `<li><b>Opening hours</b>Monday to Friday, nine to five.</li>`, "Opening hours Monday", "hoursMonday"},
		{"empty break span", `<p>on the <span>tide table</span><span class="br"></span>Boats leave at dawn.</p>`, "table Boats", "tableBoats"},
		{"card fields", `<div><span>weight</span><span>12 kg</span></div>`, "weight 12 kg", "weight12"},
		{"sibling after a stop", `<div><span>Ferries run daily.</span><span>Book ahead</span></div>`, "daily. Book", "daily.Book"},
		{"runs split mid-word", `<div><span>harb</span><span>our wall</span></div>`, "harbour wall", "harb our"},
		{"price cents", `<div><span>19.</span><span>60</span></div>`, "19.60", "19. 60"},
		{"letter by letter", `<div><span>T</span><span>i</span><span>d</span><span>e</span></div>`, "Tide", "T i"},
		{"emphasis glued as on screen", `<p><em><b>half</b></em><em>Way</em> there</p>`, "half Way", "halfWay"},
		{"emphasis lower case", `<p><em>sea</em><em>wall</em></p>`, "seawall", "sea wall"},
		{"superscript", `<div><span>x2</span><sup>10</sup></div>`, "x210", "x2 10"},
		{"name with a capital inside", `<p>the new iPhone</p>`, "iPhone", "i Phone"},
		{"label before a price", `<p><span class="label">Sale price</span><span>£20</span> a pair</p>`, "price £20", "price£20"},
		{"currency in one word", `<p>Fares from US$20 a head.</p>`, "US$20", "US $20"},
		{"no space in Chinese", `<div><span>港口</span><span>新闻</span></div>`, "港口新闻", "港口 新闻"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, "<html><body><article><h1>Harbour notes</h1>"+points(4)+tc.frag+"</article></body></html>")
			if !strings.Contains(a.Text, tc.want) || strings.Contains(a.Text, tc.notWant) {
				t.Errorf("want %q and not %q in:\n%s", tc.want, tc.notWant, a.Text)
			}
		})
	}
}

// TestAdjacentCopy covers rule "adjacent-copy": the second of two sibling
// elements showing the same text goes when it is inline, or a block of
// the same tag and class; fields that happen to read alike stay.
func TestAdjacentCopy(t *testing.T) {
	for _, tc := range []struct {
		name, frag, text string
		n                int
	}{
		{"phone and desktop badge", `<div><span class="md:hidden">Limited</span><span class="hidden md:block">Limited</span> run of sea boots</div>`, "Limited", 1},
		{"ticker", `<div class="ticker"><div class="ticker-item">Ferries every hour</div><div class="ticker-item">Ferries every hour</div></div>`, "Ferries every hour", 1},
		{"unclassed plan columns", `<div class="plans"><div>No limit</div><div>No limit</div></div>`, "No limit", 2},
		{"two fields alike", `<div><p class="employer">Withheld</p><p class="place">Withheld</p></div>`, "Withheld", 2},
		{"cards to two offers", `<ul><li class="job"><a href="/jobs/1">Deckhand, full time</a></li><li class="job"><a href="/jobs/2">Deckhand, full time</a></li></ul>`, "Deckhand, full time", 2},
		{"stars", `<div><span>★</span><span>★</span><span>★</span></div>`, "★", 3},
		{"text between", `<div><span>Tide</span> and <span>Tide</span></div>`, "Tide", 2},
		{"screen reader copy after text", `<div><span>Sold by the harbour shop<span class="clipped">Sold by the harbour shop</span></span></div>`, "Sold by the harbour shop", 1},
		{"text after its element", `<h3><span class="overlay">Fresh crab daily</span>Fresh crab daily</h3>`, "Fresh crab daily", 1},
		{"word said twice", `<p>It was very <em>very</em> cold on the quay.</p>`, "very", 2},
		{"words set one by one", `<h2><span class="w">We</span> <span class="w">knew</span> <span class="w">that</span> <span class="w">that</span> <span class="w">tide</span></h2>`, "that", 2},
		{"linked copy", `<div>Harbour tours<a href="/tours">Harbour tours</a></div>`, "Harbour tours", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, "<html><body><article><h1>Harbour notes</h1>"+points(4)+tc.frag+points(1)+"</article></body></html>")
			if got := strings.Count(a.Text, tc.text); got != tc.n {
				t.Errorf("%q %d times, want %d:\n%s", tc.text, got, tc.n, a.Text)
			}
		})
	}
}

// TestLDEntities covers rule "ld-entities": a structured-data description
// written through an HTML escaper reads as its characters.
func TestLDEntities(t *testing.T) {
	for _, tc := range []struct{ ld, want string }{
		{`{"@type":"Product","description":"Oilskin 6&apos;0&quot; long, cod &amp; chips proof"}`, `Oilskin 6'0" long, cod & chips proof`},
		{`{"@type":"Product","description":"Tackle for R&D, no entity here"}`, `Tackle for R&D, no entity here`},
		{`{"@type":"Product","description":"<p>Waxed &amp; lined</p>"}`, `Waxed & lined`},
	} {
		doc, err := html.Parse(strings.NewReader(`<html><head><script type="application/ld+json">` + tc.ld + `</script></head><body></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		_, scripts, _ := scanElements(doc, nil)
		if got := productDescriptionOf(scripts); got != tc.want {
			t.Errorf("productDescriptionOf = %q, want %q", got, tc.want)
		}
	}
	// The articleBody a page's layout did not give is unescaped too.
	var body strings.Builder
	for i := range 12 {
		fmt.Fprintf(&body, "Day %d: the ferry &amp; the pilot boat left the quay at dawn. ", i)
	}
	a := mustExtract(t, `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry","articleBody":"`+
		body.String()+`"}</script></head><body><article><h1>Ferry</h1><p>The ferry left the quay at dawn with the pilot boat beside it.</p></article></body></html>`)
	checkKept(t, a, "Day 3: the ferry & the pilot boat", "the unescaped articleBody", true)
	checkKept(t, a, "&amp;", "the escaped ampersand", false)
}

// TestBareMarker covers rule "bare-marker": a number alone opens the
// next block, a bullet alone goes, and a number with words stays a block.
func TestBareMarker(t *testing.T) {
	page := "<html><body><article><h1>Harbour notes</h1>" + points(4) +
		`<div class="step"><span class="num">3.</span><div>Check the tide tables before you sail.</div></div>` +
		`<div class="step"><div class="dot">•</div><div>Carry a spare oar in the dinghy.</div></div>` +
		`<div><div>4.</div><h3>Mooring fees</h3></div>` +
		`<p>5. Pay at the office.</p>` + "</article></body></html>"
	a := mustExtract(t, page)
	for _, want := range []string{"3. Check the tide tables", "\n\nCarry a spare oar", "4. Mooring fees", "5. Pay at the office."} {
		checkKept(t, a, want, want, true)
	}
	checkKept(t, a, "•", "the bullet", false)
}

// TestFormatChar covers rule "format-char": invisible marks that cut words
// go, C1 controls read as their Windows-1252 characters, and the soft
// hyphen and joiners stay.
func TestFormatChar(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"harbour\u200bmaster", "harbourmaster"},
		{"\ufeffTide\u2060s", "Tides"},
		{"sea\u200e wall\u200f", "sea wall"},
		{"don\u0092t \u0093go\u0094 \u0081", "don\u2019t \u201cgo\u201d "},
		{"Schiff\u00adfahrt", "Schiff\u00adfahrt"},
		{"\U0001F468\u200d\U0001F467", "\U0001F468\u200d\U0001F467"},
	} {
		x := &extractor{}
		x.appendText(tc.in)
		if got := string(x.buf); got != tc.want {
			t.Errorf("appendText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSlideCounter covers rule "slide-counter" and the bare "FIG 2.1"
// label of rule "figure-label".
func TestSlideCounter(t *testing.T) {
	for _, tc := range []struct {
		t    string
		want bool
	}{
		{"1 of 3", true}, {"12 von 40", true}, {"2 de 5", true},
		{"4 of 3", false}, {"1 of 300", false}, {"5/5", false}, {"1 of the boats", false},
		{"3 of 4 boats", false}, {"1.5 of 3", false}, {"2 or 3", false},
	} {
		if got := counterOnly(tc.t); got != tc.want {
			t.Errorf("counterOnly(%q) = %v, want %v", tc.t, got, tc.want)
		}
	}
	a := mustExtract(t, "<html><body><article><h1>Harbour notes</h1>"+points(4)+
		`<div class="slides"><p>2 of 6</p><p>The east quay at low water, seen from the lighthouse.</p></div><p><span>FIG 0.2</span></p><p>Built for fishing boats</p></article></body></html>`)
	checkKept(t, a, "2 of 6", "the counter", false)
	checkKept(t, a, "FIG", "the label", false)
	checkKept(t, a, "The east quay", "the slide", true)
	checkKept(t, a, "Built for fishing boats", "the text after the label", true)
}

// TestImageURL covers rule "image-url": a block that is only an image's
// address goes; a page's address and a sentence holding one stay.
func TestImageURL(t *testing.T) {
	for _, tc := range []struct {
		t    string
		want bool
	}{
		{"https://cdn.example.org/thumbs/boot_red_160.jpg", true},
		{"http://img.example.org/a/b/swatch.PNG?v=3&w=160", true},
		{"https://example.org/guide/tides", false},
		{"See https://example.org/tide.png for the chart", false},
		{"https://example.org/photo.jpg.html", false},
	} {
		if got := imageURL(tc.t); got != tc.want {
			t.Errorf("imageURL(%q) = %v, want %v", tc.t, got, tc.want)
		}
	}
	a := mustExtract(t, "<html><body><article><h1>Harbour notes</h1>"+points(4)+
		`<dl><dt>Colour</dt><dd>Sea green</dd><dt>Swatch</dt><dd>https://cdn.example.org/sw/green_160.jpg</dd></dl></article></body></html>`)
	checkKept(t, a, "green_160.jpg", "the image address", false)
	checkKept(t, a, "Sea green", "the field's value", true)
}

// TestTypeScale covers rule "type-scale": a type style named after
// captions is no caption.
func TestTypeScale(t *testing.T) {
	for name, want := range map[string]bool{
		"caption-s": true, "caption-m": true, "Caption_XL": true, "text-caption": true, "typography-caption-2": true,
		"mdc-typography--caption": true, "caption": false, "caption-text": false, "figure-caption": false,
		"wp-caption": false, "caption-credit": false, "captions": false,
	} {
		if got := typeScale(name); got != want {
			t.Errorf("typeScale(%q) = %v, want %v", name, got, want)
		}
	}
	a := mustExtract(t, "<html><body><article><h1>Harbour notes</h1>"+points(4)+
		`<p class="caption-s">Written by the harbour master, the pilot and two lock keepers</p><div class="caption">The east quay at dawn, photographed from the breakwater.</div></article></body></html>`)
	checkKept(t, a, "two lock keepers", "the type-scaled line", true)
	checkKept(t, a, "photographed from the breakwater", "the caption", false)
}

// TestNameList covers rule "name-list": linked names written as one
// enumeration stay on a page whose link lists go; tag rows and menus go.
func TestNameList(t *testing.T) {
	entry := func(i int, links string) string {
		return fmt.Sprintf(`<div class="entry"><h3>Tidal currents in narrow harbours, part %d</h3><div class="authors">%s</div><p>We measure the ebb and flood through three harbour mouths over a year of spring and neap tides, and model the eddies behind the breakwaters.</p></div>`, i, links)
	}
	var b strings.Builder
	b.WriteString("<html><body><main><h1>New papers</h1>" + points(12))
	b.WriteString(entry(1, `<a href="/p/1">Ana de la Cruz</a>, <a href="/p/2">Tomas Berg</a> and <a href="/p/3">Mei Lin</a>`))
	b.WriteString(entry(2, `<a href="/t/1">tides</a>, <a href="/t/2">harbours</a>, <a href="/t/3">eddies</a>`))
	b.WriteString(entry(3, `<a href="/p/4">Ola Nordmann</a> <a href="/p/5">Kari Nordmann</a>`))
	b.WriteString(`<div class="more"><a href="/a">Harbour news</a><a href="/b">Ferry news</a></div></main></body></html>`)
	a := mustExtract(t, b.String())
	checkKept(t, a, "Ana de la Cruz, Tomas Berg and Mei Lin", "the authors", true)
	checkKept(t, a, "harbours, eddies", "the tag row", false)
	checkKept(t, a, "Kari Nordmann", "names without separators", false)
}

// TestSectionSpread covers rule "section-spread": a landing page's <main>
// told in several sections is read whole, though one section outweighs
// the others; a declared article moves into its body as before.
func TestSectionSpread(t *testing.T) {
	long := strings.Repeat("Our pilots bring ships through the narrow channel at any tide, day or night, with two tugs on call and a launch at the pier. ", 12)
	page := func(head string) string {
		return `<html><head>` + head + `</head><body><nav><a href="/">Home</a></nav><main>` +
			`<div class="hero"><h1>Harbour pilotage for every vessel</h1><p>Book a pilot online in two minutes and pay at the quay when you berth.</p></div>` +
			`<section class="how"><div class="wrap"><div class="grid"><h2>How it works</h2><p>` + long + `</p></div></div></section>` +
			`<section class="quote"><h2>Prices</h2><p>A pilot costs one fee a metre of draught, whatever the hour of arrival.</p></section>` +
			`</main><footer>Harbour office</footer></body></html>`
	}
	a := mustExtract(t, page(""))
	checkKept(t, a, "Book a pilot online", "the hero's pitch", true)
	checkKept(t, a, "whatever the hour of arrival", "the prices section", true)
	b := mustExtract(t, page(`<meta property="og:type" content="article">`))
	checkKept(t, b, "Our pilots bring ships", "the article's body", true)
	checkKept(t, b, "whatever the hour of arrival", "the declared article's other section", false)
}

// TestInlineCustom covers rule "inline-custom": an unknown element inside
// a line flows with it; one standing alone is a block.
func TestInlineCustom(t *testing.T) {
	a := mustExtract(t, "<html><body><article><h1>Harbour notes</h1>"+points(4)+
		`<p>Most boats in the bay are under ten metres long (<trusted-ref><a href="/s/1">1</a></trusted-ref>).</p>`+
		`<div><tide-card>High water at noon, low water at six in the evening.</tide-card><tide-card>Spring tides next week, with the moon full on Monday.</tide-card></div></article></body></html>`)
	checkKept(t, a, "ten metres long (1).", "the inline reference", true)
	checkKept(t, a, "evening.\n\nSpring tides", "the block cards", true)
}

// TestScreenReaderOnlyRelaxed covers rule "screen-reader-only": on a shop
// grid too thin for the class rules, a screen reader's labels still go.
func TestScreenReaderOnlyRelaxed(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Boots</h1><p>Our sea boots keep your feet dry on deck, on the quay and in the surf, whatever the weather brings.</p><ul class="grid">`)
	for i := range 4 {
		fmt.Fprintf(&b, `<li class="card"><h3><a href="/p/%d">Sea boot %d</a></h3><span class="price"><span class="visually-hidden">Sale price</span>£%d</span></li>`, i, i, 20+i)
	}
	b.WriteString(`</ul></main></body></html>`)
	a := mustExtract(t, b.String())
	checkKept(t, a, "Sale price", "the screen reader's label", false)
	checkKept(t, a, "Sea boot 2", "the card's name", true)
	checkKept(t, a, "£22", "the card's price", true)
}

// TestSiteBanner covers rule "site-banner": a listing page's banner of
// links goes; its cards, and an article's own header, stay.
func TestSiteBanner(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><header><a href="/">Harbour Shop</a> <a href="/account">Sign in to your account</a> <a href="/orders">Track your orders</a> <a href="/cart">Basket and checkout</a> <a href="/stores">Find a store near you</a> <span>Free delivery</span></header><div class="grid"><h1>Oilskins</h1><ul>`)
	for i := range 3 {
		fmt.Fprintf(&b, `<li><a href="/p/%d">Oilskin jacket %d</a> <span>£%d</span></li>`, i, i, 80+i)
	}
	b.WriteString(`</ul></div></body></html>`)
	a := mustExtract(t, b.String())
	checkKept(t, a, "Sign in", "the banner's links", false)
	checkKept(t, a, "Oilskin jacket 2", "a card", true)
}

// TestPagination covers rule "pagination": a pager goes; a list of
// numbered links that say more stays.
func TestPagination(t *testing.T) {
	a := mustExtract(t, "<html><body><article><h1>Harbour notes</h1>"+points(4)+
		`<ul class="pages"><li><span>1</span></li><li><a href="?p=2">2</a></li><li><a href="?p=3">3</a></li><li>…</li><li><a href="?p=9">9</a></li><li><a href="?p=2">Next »</a></li></ul>`+
		`<div class="go">Page <a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=2">Next</a></div>`+
		`<ol><li><a href="/t/1">1 tide table</a></li><li><a href="/t/2">2 tide tables</a></li></ol></article></body></html>`)
	checkKept(t, a, "Next", "the pager", false)
	checkKept(t, a, "Page 1", "the pager with its word", false)
	for _, l := range strings.Split(a.Text, "\n") {
		if l == "9" || l == "…" {
			t.Errorf("pager line %q kept:\n%s", l, a.Text)
		}
	}
	checkKept(t, a, "2 tide tables", "the numbered links", true)
}

// TestConsentStrong covers rule "consent-strong": on a page too thin for
// the class rules, a consent banner named by its class still goes.
func TestConsentStrong(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><div class="grid"><h1>Headphones</h1><p>Closed and open headphones for the studio, the stage and the long train home, all tested by our sound team.</p><ul>`)
	for i := range 5 {
		fmt.Fprintf(&b, `<li><a href="/p/%d">Studio headphones %d</a> <span>£%d</span></li>`, i, i, 60+i)
	}
	b.WriteString(`</ul></div><div class="cookie-consent"><p>We use small files to remember your basket and to count our visitors; some partners show you adverts based on them.</p><p>Tell us which you accept.</p></div></body></html>`)
	a := mustExtract(t, b.String())
	checkKept(t, a, "We use small files", "the consent banner", false)
	checkKept(t, a, "Studio headphones 4", "a card", true)
}

// TestShortTextSpacing: a removed box's text is parted at tags and white
// space, but not before a comma or stop the page writes against a link.
func TestShortTextSpacing(t *testing.T) {
	for _, tc := range []struct{ frag, want string }{
		{`<div>By <a href="/a">Ada Lund</a> and <a href="/b">Ben Ode</a>, Harbour Desk</div>`, "By Ada Lund and Ben Ode, Harbour Desk"},
		{`<div><a>Share on Facebook</a><a>Copy link</a></div>`, "Share on Facebook Copy link"},
		{`<div><h2>More on tides</h2><ul><li>Spring tide</li><li>Neap tide</li></ul></div>`, "More on tides Spring tide Neap tide"},
		{`<div>Up <b>5</b>% on the week (<i>estimate</i>)</div>`, "Up 5% on the week (estimate)"},
	} {
		doc, err := html.Parse(strings.NewReader(tc.frag))
		if err != nil {
			t.Fatal(err)
		}
		div := doc.LastChild.LastChild.FirstChild // html > body > div
		if got := shortText(div, removedTextMax); got != tc.want {
			t.Errorf("shortText(%s) = %q, want %q", tc.frag, got, tc.want)
		}
	}
}

// TestTitleKicker covers rule "title-kicker" and the headline over a
// byline box: the section label over the headline leaves the text, and the
// headline goes as the title, not as the byline box's heading.
func TestTitleKicker(t *testing.T) {
	page := `<html><head><title>Ferry timetable changes | Harbour Gazette</title></head><body><article>
<span class="kicker">Transport</span>
<h1>Ferry timetable changes</h1>
<div class="author">By Ada Lund</div>` + points(6) + `</article></body></html>`
	a := mustExtract(t, page)
	if strings.Contains(a.Text, "Transport") {
		t.Errorf("kicker kept in the text:\n%s", a.Text)
	}
	for _, r := range a.Removed {
		if r.Text == "Ferry timetable changes" {
			t.Errorf("headline recorded as removed %s by %s", r.Kind, r.Rule)
		}
	}
	if !slices.ContainsFunc(a.Removed, func(r model.Removed) bool { return r.Rule == "title-kicker" && r.Text == "Transport" }) {
		t.Errorf("kicker not recorded: %+v", a.Removed)
	}
}

// TestLooseCaption covers rule "loose-caption": a caption element beside a
// picture set outside <figure> is the picture's caption and credit; one
// beside no picture gives none.
func TestLooseCaption(t *testing.T) {
	for _, tc := range []struct {
		frag            string
		caption, credit string
	}{
		{`<div class="image-block"><img src="quay.jpg"><p class="caption">Boats at the quay. Photo: Ada Lund</p></div>`, "Boats at the quay.", "Photo: Ada Lund"},
		{`<div class="image-block"><a href="/big"><img src="quay.jpg"></a><span class="caption">Boats at the quay</span></div>`, "Boats at the quay", ""},
		{`<div class="image-block"><img src="quay.jpg"><p class="caption">© Harbour Office</p></div>`, "", "© Harbour Office"},
		{`<div class="image-block"><img src="quay.jpg"></div>` + points(2) + `<p class="caption">Boats at the quay</p>`, "", ""},
	} {
		a := mustExtract(t, "<html><body><article><h1>Harbour notes</h1>"+points(4)+tc.frag+points(2)+"</article></body></html>")
		if len(a.Media.Images) != 1 {
			t.Fatalf("%s: images %+v", tc.frag, a.Media.Images)
		}
		if im := a.Media.Images[0]; im.Caption != tc.caption || im.Credit != tc.credit {
			t.Errorf("%s: caption %q credit %q, want %q %q", tc.frag, im.Caption, im.Credit, tc.caption, tc.credit)
		}
	}
}

// TestInstagramEmbed: Instagram's embed code gives the post's caption,
// author, handle, date and hashtags; the button's label is no caption, and
// the signature is read in the page's language too.
func TestInstagramEmbed(t *testing.T) {
	post := `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Bx9Kq2LhQ1a/"><div><a href="https://www.instagram.com/p/Bx9Kq2LhQ1a/">View this post on Instagram</a><p><a href="https://www.instagram.com/p/Bx9Kq2LhQ1a/">First sailing of the new ferry! #harbour with @portoffice</a></p><p>%s<a href="https://www.instagram.com/harbourlife/">Harbour Life</a> (@harbourlife) on <time datetime="2026-04-07T08:15:00+00:00">Apr 7, 2026</time></p></div></blockquote>`
	for _, shared := range []string{"A post shared by ", "Ein Beitrag geteilt von "} {
		a := mustExtract(t, "<html><body><article><h1>Ferry photos</h1>"+points(3)+fmt.Sprintf(post, shared)+points(2)+"</article></body></html>")
		if len(a.Embeds) != 1 {
			t.Fatalf("embeds %+v", a.Embeds)
		}
		e := a.Embeds[0]
		if e.Author != "Harbour Life" || e.Handle != "harbourlife" || e.Date != "2026-04-07" ||
			e.Text != "First sailing of the new ferry! #harbour with @portoffice" || !slices.Equal(e.Hashtags, []string{"harbour"}) {
			t.Errorf("%s: %+v", shared, e)
		}
	}
}
