// Package gen makes synthetic news pages and writes them as WARC archives,
// for ingest tests and the throughput benchmark (cmd genwarc). The pages are
// our own invention: varied outlets, templates, boilerplate, quotes and
// numbers, about 60 KB of HTML and 700 words each by default.
package gen

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"io"
	"math/rand/v2"
	"regexp"
	"strings"
	"time"

	"github.com/lede-news/lede/internal/model"
)

var (
	outlets = []struct{ name, host string }{
		{"The Morning Ledger", "morningledger.example"}, {"Valley Courier", "valleycourier.example"},
		{"North Coast Times", "northcoast.example"}, {"Capital Wire", "capitalwire.example"},
		{"The Daily Lantern", "dailylantern.example"}, {"Harbour Gazette", "harbourgazette.example"},
		{"Metro Observer", "metroobserver.example"}, {"Plains Herald", "plainsherald.example"},
	}
	sections = []string{"politics", "world", "business", "health", "science", "sport", "culture", "local"}
	first    = []string{"Maria", "James", "Aisha", "Tomas", "Grace", "Kwame", "Elena", "Rohan", "Sofia", "Liam", "Nadia", "Owen", "Hana", "Pedro", "Ingrid", "Samuel"}
	last     = []string{"Okafor", "Lindqvist", "Moreau", "Castillo", "Brennan", "Haddad", "Novak", "Tanaka", "Osei", "Whitfield", "Duarte", "Kowalski", "Rahman", "Fischer", "Adeyemi", "Marsh"}
	roles    = []string{"the health minister", "the mayor", "a council spokesperson", "the union leader", "the chief executive", "an opposition MP", "the police commissioner", "a local resident", "the professor of economics", "the party chair"}
	places   = []string{"Riverton", "Eastfield", "Port Alder", "Greyhaven", "Millbrook", "Stonebridge", "Larkspur", "Westmoor"}
	orgs     = []string{"the National Rail Authority", "Greenway Energy", "the Teachers' Union", "the Central Bank", "Harbour Hospital Trust", "the Water Board", "the Civic Party", "the Farmers' Cooperative"}
	nouns    = []string{"budget", "plan", "strike", "report", "council", "hospital", "school", "bridge", "election", "vote", "policy", "contract", "deal", "river", "flood", "market", "price", "wage", "tax", "service", "inquiry", "court", "project", "station", "factory", "harbour", "road", "scheme", "survey", "programme",
		"library", "museum", "airport", "railway", "tunnel", "reservoir", "pipeline", "festival", "stadium", "prison", "university", "college", "clinic", "pharmacy", "bakery", "brewery", "vineyard", "orchard", "forest", "quarry",
		"mine", "shipyard", "ferry", "tram", "bus", "cycle lane", "motorway", "parking", "housing", "rent", "mortgage", "pension", "benefit", "grant", "loan", "subsidy", "tariff", "levy", "fine", "licence",
		"permit", "ballot", "referendum", "petition", "protest", "march", "rally", "union", "merger", "takeover", "bankruptcy", "recall", "outbreak", "vaccine", "drought", "heatwave", "storm", "wildfire", "landslide", "earthquake",
		"pollution", "recycling", "landfill", "sewage", "beach", "park", "zoo", "theatre", "cinema", "gallery", "concert", "trial", "verdict", "appeal", "sentence", "arrest", "raid", "scandal", "audit", "review"}
	verbs   = []string{"announced", "approved", "rejected", "delayed", "criticised", "defended", "reviewed", "expanded", "cut", "proposed", "questioned", "welcomed", "postponed", "funded", "blocked"}
	adjs    = []string{"new", "controversial", "long-awaited", "local", "national", "emergency", "annual", "revised", "independent", "regional", "public", "private", "major", "temporary", "final"}
	fillers = []string{"on Monday", "on Tuesday", "last week", "earlier this year", "after months of talks", "despite strong objections", "according to officials", "in a statement", "at a packed meeting", "for the second time", "amid growing pressure", "in the town centre"}
	said    = []string{"said", "told reporters", "added", "warned", "argued", "insisted", "explained"}
	units   = []string{"per cent", "million pounds", "people", "jobs", "homes", "years", "miles"}
)

// Page is one synthetic article page.
type Page struct {
	URL       string
	Outlet    string
	Title     string
	Published time.Time
	HTML      []byte
	// Words is the number of words in the article body.
	Words  int
	Author string
}

// Options shape the pages.
type Options struct {
	// Words is the body length in words (default 700).
	Words int
	// PadBytes is the boilerplate target: menus, scripts, related links, so
	// that a page weighs about this much (default 60,000).
	PadBytes int
	// Seed varies the whole set.
	Seed uint64
}

func (o Options) withDefaults() Options {
	if o.Words <= 0 {
		o.Words = 700
	}
	if o.PadBytes <= 0 {
		o.PadBytes = 60000
	}
	return o
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// Synthetic proper names widen the vocabulary the way a real corpus has
// thousands of places, firms and surnames, each in few articles.
var (
	syllables = []string{"ka", "lo", "mi", "ren", "dor", "vin", "sal", "ter", "bro", "gan", "lis", "mor", "ped", "qua", "ril", "son", "tav", "ul", "wex", "yor", "zen", "har", "bel", "cor"}
	placeEnd  = []string{"ton", "ford", "by", "wick", "mouth", "field", "ham", "stead", "bury", "dale"}
	orgKinds  = []string{"Holdings", "Trust", "Group", "Foundation", "Partnership", "Council", "Association", "Authority"}
)

// synth builds the k-th synthetic word from syllables.
func synth(k int, end string) string {
	a, b := syllables[k%len(syllables)], syllables[(k/len(syllables))%len(syllables)]
	return capital(a + b + end)
}

// topic is one article's vocabulary: real articles keep to a few subjects,
// places and people, so most words are in a small share of the corpus.
type topic struct {
	nouns, verbs, adjs, places, orgs, people []string
}

// zipf draws an index in [0, n) with a heavy head, as word use goes.
func zipf(r *rand.Rand, n int) int {
	f := r.Float64()
	return min(n-1, int(float64(n)*f*f*f))
}

func newTopic(i int, seed uint64) topic {
	r := rand.New(rand.NewPCG(seed^0x51ed2701, uint64(i)))
	var t topic
	for k := 0; k < 4; k++ {
		t.nouns = append(t.nouns, pick(r, nouns))
		t.adjs = append(t.adjs, pick(r, adjs))
		t.verbs = append(t.verbs, pick(r, verbs))
	}
	t.places = []string{pick(r, places), synth(zipf(r, 2400), placeEnd[r.IntN(len(placeEnd))])}
	t.orgs = []string{pick(r, orgs), "the " + synth(zipf(r, 576), "") + " " + pick(r, orgKinds)}
	for k := 0; k < 3; k++ {
		t.people = append(t.people, pick(r, first)+" "+synth(zipf(r, 576), pick(r, []string{"s", "er", "ley", "an"})))
	}
	t.people = append(t.people, pick(r, first)+" "+pick(r, last))
	return t
}

func name(r *rand.Rand) string { return pick(r, first) + " " + pick(r, last) }

func sentence(r *rand.Rand, t topic) string {
	n, a, v, pl, o, who := t.nouns, t.adjs, t.verbs, t.places, t.orgs, t.people
	switch r.IntN(5) {
	case 0:
		return fmt.Sprintf("\u201cThe %s %s will change how %s works,\u201d %s %s, %s.", pick(r, a), pick(r, n), pick(r, pl), pick(r, who), pick(r, said), pick(r, roles))
	case 1:
		return fmt.Sprintf("About %d %s were affected by the %s %s, %s %s.", 2+r.IntN(900), pick(r, units), pick(r, a), pick(r, n), pick(r, said), pick(r, o))
	case 2:
		return fmt.Sprintf("%s %s the %s %s %s %s.", capital(pick(r, o)), pick(r, v), pick(r, a), pick(r, n), pick(r, fillers), "in "+pick(r, pl))
	case 3:
		return fmt.Sprintf("Residents of %s said the %s had left the %s %s, and %d%% of those asked wanted a new %s.", pick(r, pl), pick(r, n), pick(r, n), pick(r, v), 10+r.IntN(85), pick(r, n))
	default:
		return fmt.Sprintf("The %s was %s %s, while critics of the %s %s that the %s %s had been %s.", pick(r, n), pick(r, v), pick(r, fillers), pick(r, n), pick(r, said), pick(r, a), pick(r, n), pick(r, v))
	}
}

// Make returns page i of the set; the same i and options always give the same page.
func Make(i int, o Options) Page {
	o = o.withDefaults()
	r := rand.New(rand.NewPCG(o.Seed, uint64(i)))
	out := outlets[i%len(outlets)]
	sec := pick(r, sections)
	tp := newTopic(i, o.Seed)
	title := fmt.Sprintf("%s %s %s %s in %s", capital(strings.TrimPrefix(tp.orgs[0], "the ")), tp.verbs[0], tp.adjs[0], tp.nouns[0], tp.places[0])
	pub := time.Date(2023, 1, 1, 6, 0, 0, 0, time.UTC).Add(time.Duration(i%1000)*9*time.Hour + time.Duration(r.IntN(3600))*time.Second)
	zone := time.FixedZone("", (r.IntN(5)-2)*3600)
	pub = pub.In(zone)
	url := fmt.Sprintf("https://%s/%s/%d/%02d/%s-%d", out.host, sec, pub.Year(), pub.Month(), slug(title), i)
	author := name(r)

	var body strings.Builder
	blocks, words := paragraphs(r, o.Words, tp)
	for i, bl := range blocks {
		if bl.heading {
			fmt.Fprintf(&body, "<h2>%s</h2>\n", bl.text)
			continue
		}
		fmt.Fprintf(&body, "<p>%s</p>\n", bl.text)
		if i == 2 {
			fmt.Fprintf(&body, "<div class=\"inline-promo\"><a href=\"/subscribe\">Support independent journalism: subscribe from £1</a></div>\n")
		}
	}

	tmpl := i % 4
	var b bytes.Buffer
	b.Grow(o.PadBytes + 8192)
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | %s</title>\n", title, out.name)
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\"><meta property=\"og:site_name\" content=\"%s\">\n", title, out.name)
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\"><meta name=\"author\" content=\"%s\">\n", pub.Format(time.RFC3339), author)
	fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\">\n", url)
	fmt.Fprintf(&b, "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":%q,\"datePublished\":%q,\"author\":{\"@type\":\"Person\",\"name\":%q},\"publisher\":{\"@type\":\"Organization\",\"name\":%q}}</script>\n", title, pub.Format(time.RFC3339), author, out.name)
	b.WriteString("<style>")
	for b.Len() < o.PadBytes/4 {
		fmt.Fprintf(&b, ".c%d-%d{margin:%dpx;padding:%dpx;color:#%06x}", tmpl, r.IntN(1e6), r.IntN(40), r.IntN(40), r.IntN(1<<24))
	}
	b.WriteString("</style>\n<script>")
	for b.Len() < o.PadBytes/2 {
		fmt.Fprintf(&b, "window.dl=window.dl||[];dl.push({ev:'v%d',t:%d});", r.IntN(1e6), r.IntN(1e9))
	}
	b.WriteString("</script></head>\n<body>\n")
	fmt.Fprintf(&b, "<div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept all</button></div>\n")
	navClass := [...]string{"site-nav", "menu", "topbar", "navigation"}[tmpl]
	fmt.Fprintf(&b, "<header><nav class=%q><ul>", navClass)
	for _, s := range sections {
		fmt.Fprintf(&b, "<li><a href=\"/%s\">%s</a></li>", s, strings.ToUpper(s[:1])+s[1:])
	}
	b.WriteString("</ul></nav></header>\n")
	wrap := [...]string{"article", "div class=\"story-body\"", "main", "div id=\"content\""}[tmpl]
	fmt.Fprintf(&b, "<%s>\n<h1>%s</h1>\n<p class=\"byline\">By %s, %s</p>\n<time datetime=\"%s\">%s</time>\n",
		wrap, title, author, out.name, pub.Format(time.RFC3339), pub.Format("2 January 2006"))
	b.WriteString(body.String())
	fmt.Fprintf(&b, "<div class=\"share\">Share this article: <a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">Email</a></div>\n")
	fmt.Fprintf(&b, "</%s>\n", strings.Fields(wrap)[0])
	b.WriteString("<aside class=\"related\"><h3>Related stories</h3><ul>\n")
	for b.Len() < o.PadBytes*9/10 {
		fmt.Fprintf(&b, "<li><a href=\"/%s/%d\">%s %s %s</a></li>\n", pick(r, sections), r.IntN(1e6), pick(r, orgs), pick(r, verbs), pick(r, nouns))
	}
	b.WriteString("</ul></aside>\n<footer><p>© 2023 ")
	b.WriteString(out.name)
	b.WriteString(". All rights reserved.</p><ul>")
	for b.Len() < o.PadBytes {
		fmt.Fprintf(&b, "<li><a href=\"/page/%d\">%s</a></li>", r.IntN(1e5), pick(r, nouns))
	}
	b.WriteString("</ul></footer>\n</body></html>\n")
	return Page{URL: url, Outlet: out.name, Title: title, Published: pub, HTML: b.Bytes(), Words: words, Author: author}
}

type block struct {
	text    string
	heading bool
}

// paragraphs writes about n words of body: paragraphs of 3-5 sentences
// with a subheading before every fifth.
func paragraphs(r *rand.Rand, n int, tp topic) ([]block, int) {
	var out []block
	words, para := 0, 0
	for words < n {
		var p strings.Builder
		for k := 0; k < 3+r.IntN(3) && words < n; k++ {
			s := sentence(r, tp)
			words += strings.Count(s, " ") + 1
			if k > 0 {
				p.WriteByte(' ')
			}
			p.WriteString(s)
		}
		para++
		if para%5 == 0 {
			out = append(out, block{capital(pick(r, tp.nouns)) + " and " + pick(r, tp.nouns), true})
		}
		out = append(out, block{text: p.String()})
	}
	return out, words
}

// Article returns an article record like the one extraction makes of page
// i (body, title, outlet, author, date, a person per quote), without
// building the HTML: for filling large test stores quickly.
func Article(i int, o Options) *model.Article {
	p := Make(i, Options{Words: 1, PadBytes: 1, Seed: o.Seed})
	o = o.withDefaults()
	r := rand.New(rand.NewPCG(o.Seed^0x9e3779b97f4a7c15, uint64(i)))
	blocks, _ := paragraphs(r, o.Words, newTopic(i, o.Seed))
	a := &model.Article{URL: p.URL, Title: p.Title, Outlet: p.Outlet, Language: "en", Authors: []string{p.Author}}
	for _, b := range blocks {
		k := model.KindParagraph
		if b.heading {
			k = model.KindHeading
		}
		a.Body = append(a.Body, model.Block{Kind: k, Text: b.text, Level: map[bool]int{true: 2}[b.heading]})
	}
	a.Text = model.JoinBlocks(a.Body)
	a.Dates.Published = &model.Date{Value: p.Published.Format(time.RFC3339), Evidence: "generated"}
	for _, m := range quoteRe.FindAllStringSubmatchIndex(a.Text, -1) {
		name := a.Text[m[4]:m[5]]
		a.Quotes = append(a.Quotes, model.Quote{Text: a.Text[m[2]:m[3]], Form: model.QuoteDirect, Speaker: name, Start: m[2], End: m[3]})
		a.People = append(a.People, model.Person{Name: name})
	}
	a.Normalize()
	return a
}

// quoteRe finds the generator's own quote sentences: “...,” Name Surname said.
var quoteRe = regexp.MustCompile(`\x{201c}([^\x{201d}]+),\x{201d} ([A-Z][a-z]+ [A-Z][a-z]+) `)

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// WARCWriter writes response records, each its own gzip member when compressed
// (as crawlers do, so a reader can resume after a damaged record).
type WARCWriter struct {
	w   io.Writer
	gz  bool
	n   int
	zw  *gzip.Writer
	buf bytes.Buffer
}

// NewWARCWriter returns a writer; gz compresses each record.
func NewWARCWriter(w io.Writer, gz bool) *WARCWriter {
	ww := &WARCWriter{w: w, gz: gz}
	if gz {
		ww.zw, _ = gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	}
	return ww
}

// Record writes one WARC record of the given type with an HTTP or other block.
func (ww *WARCWriter) Record(typ, target string, date time.Time, contentType string, block []byte) error {
	ww.n++
	sum := sha1.Sum(block)
	ww.buf.Reset()
	fmt.Fprintf(&ww.buf, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: %s\r\n",
		typ, ww.n, date.UTC().Format(time.RFC3339))
	if target != "" {
		fmt.Fprintf(&ww.buf, "WARC-Target-URI: %s\r\n", target)
	}
	fmt.Fprintf(&ww.buf, "WARC-Block-Digest: sha1:%s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
		base32.StdEncoding.EncodeToString(sum[:]), contentType, len(block))
	ww.buf.Write(block)
	ww.buf.WriteString("\r\n\r\n")
	if !ww.gz {
		_, err := ww.w.Write(ww.buf.Bytes())
		return err
	}
	ww.zw.Reset(ww.w)
	if _, err := ww.zw.Write(ww.buf.Bytes()); err != nil {
		return err
	}
	return ww.zw.Close()
}

// HTTPResponse builds the block of a response record.
func HTTPResponse(status int, contentType string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", status, statusText(status), contentType, len(body))
	b.Write(body)
	return b.Bytes()
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 404:
		return "Not Found"
	}
	return "Status"
}

// Page writes a page as a response record (and, every so often, a request
// record and an image response before it, as in a real crawl).
func (ww *WARCWriter) Page(p Page) error {
	if ww.n%7 == 0 {
		req := []byte("GET / HTTP/1.1\r\nHost: example\r\nUser-Agent: gen\r\n\r\n")
		if err := ww.Record("request", p.URL, p.Published, "application/http;msgtype=request", req); err != nil {
			return err
		}
		img := HTTPResponse(200, "image/png", []byte("\x89PNG\r\n\x1a\nnot really"))
		if err := ww.Record("response", p.URL+".png", p.Published, "application/http;msgtype=response", img); err != nil {
			return err
		}
	}
	return ww.Record("response", p.URL, p.Published.Add(time.Hour), "application/http;msgtype=response", HTTPResponse(200, "text/html; charset=utf-8", p.HTML))
}
