package htmlmeta

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/model"
)

var stripSiteTests = []struct {
	title string
	sites []string
	want  string
}{
	{"Storm hits coast | Daily Gazette", []string{"dailygazette"}, "Storm hits coast"},
	{"Daily Gazette - Storm hits coast", []string{"dailygazette"}, "Storm hits coast"},
	{"Storm hits coast :: BBC News", []string{"bbc", "bbccouk"}, "Storm hits coast"},
	{"Storm hits coast – News – The Gazette", []string{"thegazette"}, "Storm hits coast – News"},
	{"Brexit: what happens next", []string{"gazette"}, "Brexit: what happens next"},
	{"Well-known self-made man", []string{"gazette"}, "Well-known self-made man"},
	{"Gazette", []string{"gazette"}, "Gazette"},
}

func TestStripSite(t *testing.T) {
	for _, tt := range stripSiteTests {
		if got := stripSite(tt.title, tt.sites); got != tt.want {
			t.Errorf("stripSite(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// agreesCase is a heading, a metadata title and whether they agree.
type agreesCase struct {
	h, t string
	want bool
}

var agreesTests = []agreesCase{
	{"Storm hits coast", "Storm hits coast | Gazette", true},
	{"Storm hits coast", "storm hits  coast", true},
	{"It’s over", "It's over", true},
	{"News", "News | Gazette", true},      // a whole segment
	{"News", "Newsroom | Gazette", false}, // too short to count as a prefix
	{"Storm hits", "Storm hitsville USA", false},
	{"Storm hits coast", "Gazette - Storm hits coast", true},
}

func TestAgrees(t *testing.T) {
	for _, tt := range slices.Concat(agreesTests, sentenceHeadingTests) {
		if got := agrees(tt.h, tt.t); got != tt.want {
			t.Errorf("agrees(%q, %q) = %v, want %v", tt.h, tt.t, got, tt.want)
		}
	}
}

var splitAuthorsTests = []struct {
	raw  string
	want []string
}{
	{"By Jane Doe", []string{"Jane Doe"}},
	{"ByJane Doe", []string{"Jane Doe"}},
	{"By JANE DOE and JOHN SMITH", []string{"Jane Doe", "John Smith"}},
	{"Jane Doe, Senior Reporter", []string{"Jane Doe"}},
	{"Jane Doe, John Smith & Ann Lee", []string{"Jane Doe", "John Smith", "Ann Lee"}},
	{"Dylan Bailey, MS, RD, FAND", []string{"Dylan Bailey"}},
	{"Posted on March 3, 2021 by Adi Tzlil", []string{"Adi Tzlil"}},
	{"28. Juni 2019 | Klaus Quibeldey-Cirkel", []string{"Klaus Quibeldey-Cirkel"}},
	{"Veröffentlicht am 19. Dezember 2022 von Redaktion", []string{"Redaktion"}},
	{"Von Max Mustermann und Erika Musterfrau", []string{"Max Mustermann", "Erika Musterfrau"}},
	{"Par Claire Martin", []string{"Claire Martin"}},
	{"Autor: gnaddrig", []string{"gnaddrig"}},
	{"Walter von Aachen", []string{"Walter von Aachen"}},
	{"Sonia Mevißen", []string{"Sonia Mevißen"}},
	{"EcoFlow- 2025/4/29", []string{"EcoFlow"}},
	{"Staff Writer", nil},
	{"https://example.com/author/jane", nil},
	{"Jane Doe 5 min read", []string{"Jane Doe"}},
	{"WRAL", []string{"WRAL"}},
	{"Podium Staff", []string{"Podium Staff"}},
}

func TestSplitAuthors(t *testing.T) {
	for _, tt := range slices.Concat(splitAuthorsTests, splitAuthorsRuleTests) {
		if diff := cmp.Diff(tt.want, splitAuthors(tt.raw)); diff != "" {
			t.Errorf("splitAuthors(%q) (-want +got):\n%s", tt.raw, diff)
		}
	}
}

var normalizeDateTests = []struct {
	in   string
	want string // "" when rejected
}{
	{"2021-03-04", "2021-03-04"},
	{"2021-03-04T10:00:00+01:00", "2021-03-04T10:00:00+01:00"},
	{"2021-03-04T10:00:00.000Z", "2021-03-04T10:00:00Z"},
	{"2021-03-04 10:00:00", "2021-03-04"},
	{"2021-03-04T10:00:00+0100", "2021-03-04T10:00:00+01:00"},
	{"Thu, 04 Mar 2021 10:00:00 GMT", "2021-03-04"},
	{"1614852000", "2021-03-04"},
	{"20210304", "2021-03-04"},
	{"March 4, 2021", "2021-03-04"},
	{"2023 Jan 7", "2023-01-07"},
	{"2099-01-01", ""},           // after now
	{"2026-11-26T13:00:00Z", ""}, // an hour after now
	{"1970-01-01T00:00:00Z", ""}, // before the web
	{"2021-02-30", ""},           // no such day
	{"not a date", ""},
}

func TestNormalizeDate(t *testing.T) {
	for _, tt := range normalizeDateTests {
		got, ok := normalizeDate(tt.in, testNow, true)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("normalizeDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// textDateCase is a written date and the day findTextDate should read
// from it ("" for none).
type textDateCase struct {
	text     string
	dayFirst bool
	want     string
}

var findTextDateTests = []textDateCase{
	{"Published 3 March 2021", true, "2021-03-03"},
	{"Veröffentlicht am 3. März 2021, 14:20 Uhr", true, "2021-03-03"},
	{"March 3rd, 2021 by Jane", false, "2021-03-03"},
	{"le 12 décembre 2019", true, "2019-12-12"},
	{"3 de marzo de 2021", true, "2021-03-03"},
	{"opublikowano 3 marca 2021", true, "2021-03-03"},
	{"3 maart 2021", true, "2021-03-03"},
	{"il 3 marzo 2021", true, "2021-03-03"},
	{"03.04.2021", true, "2021-04-03"},
	{"03/04/2021", false, "2021-03-04"},
	{"03/04/2021", true, "2021-04-03"},
	{"25/12/2020", false, "2020-12-25"},
	{"28.01.22", true, "2022-01-28"},
	{"2021/03/04", true, "2021-03-04"},
	{"Updated: 2021-03-04 | 5 min read", true, "2021-03-04"},
	{"12 comments", true, ""},
	{"In 2021 we sold 3000 cars", true, ""},
}

func TestFindTextDate(t *testing.T) {
	for _, tt := range append(findTextDateTests[:len(findTextDateTests):len(findTextDateTests)], textDateFormatTests...) {
		got, ok := findTextDate(tt.text, testNow, tt.dayFirst)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("findTextDate(%q, dayFirst=%v) = %q, want %q", tt.text, tt.dayFirst, got, tt.want)
		}
	}
}

var decodeLenientTests = []struct {
	name, src string
	want      int // values decoded
}{
	{"plain", `{"@type":"NewsArticle"}`, 1},
	{"array", `[{"@type":"A"},{"@type":"B"}]`, 1},
	{"trailing comma", `{"@type":"NewsArticle","headline":"x",}`, 1},
	{"cdata", "//<![CDATA[\n{\"@type\":\"A\"}\n//]]>", 1},
	{"entities", `{&quot;@type&quot;:&quot;A&quot;}`, 1},
	{"two values", `{"a":1}{"b":2}`, 2},
	{"raw newline", "{\"d\":\"a\nb\"}", 1},
	{"truncated", `{"@type": "Article", "headline": `, 0},
	{"empty", "  ", 0},
}

func TestDecodeLenient(t *testing.T) {
	for _, tt := range decodeLenientTests {
		if got := len(decodeLenient(tt.src)); got != tt.want {
			t.Errorf("%s: decoded %d values, want %d", tt.name, got, tt.want)
		}
	}
}

// FuzzExtract checks that no page makes Extract panic, and that every date
// it returns is well-formed and not after now.
func FuzzExtract(f *testing.F) {
	f.Add(`<html><head><title>A | B</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"@id":"#a"},"datePublished":"2021-01-01"}]}</script></head><body><h1>A</h1></body></html>`)
	f.Add(`<script type="application/ld+json">[[[[{"@type":"Article","author":[[["x"]]]}]]]]</script>`)
	f.Add(`<p class="byline">By <a rel="author">X</a> on 3 March 2021</p><time datetime="9999-99-99">`)
	f.Add(`<meta property="article:published_time" content="2021-13-45T99:99:99+99:99"><h1><time datetime="2020-01-01">x</time></h1>`)
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		m := Extract(doc, "https://example.com/2020/01/02/x", testNow)
		for _, d := range [...]string{dateValue(m.Published), dateValue(m.Modified)} {
			if d == "" {
				continue
			}
			var tm time.Time
			var err error
			if len(d) == len("2006-01-02") {
				tm, err = time.Parse("2006-01-02", d)
				tm = tm.Add(-dateSlack)
			} else {
				tm, err = time.Parse(time.RFC3339, d)
			}
			if err != nil {
				t.Fatalf("bad date %q: %v", d, err)
			}
			if tm.After(testNow) {
				t.Fatalf("date %q after now", d)
			}
		}
	})
}

func dateValue(d *model.Date) string {
	if d == nil {
		return ""
	}
	return d.Value
}

// TestPathological checks that hostile pages (very deep nesting, a flood of
// headers, metas, JSON-LD and bylines) are read in bounded time.
func TestPathological(t *testing.T) {
	pages := map[string]string{
		"deep":    strings.Repeat("<div class=byline><span>", 250) + "By Jane Doe" + strings.Repeat("</span></div>", 250),
		"headers": strings.Repeat("<header>"+strings.Repeat("<span>x</span>", 200)+"</header>", 500),
		"metas":   "<head>" + strings.Repeat(`<meta name="k" content="v"><meta property="article:tag" content="t">`, 20000) + "</head>",
		"jsonld":  strings.Repeat(`<script type="application/ld+json">[`+strings.Repeat(`{"@type":"Article","author":{"@id":"#a"}},`, 2000)+`{}]</script>`, 20),
		"h1s":     strings.Repeat("<h1>Headline number one</h1><p class=author>By A</p><time datetime=2020-01-01></time>", 20000),
	}
	for name, page := range pages {
		doc := parse(t, page)
		start := time.Now()
		Extract(doc, "https://example.com/", testNow)
		d := time.Since(start)
		t.Logf("%s: %v", name, d)
		if d > 3*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
	}
}

var titleRuleTests = []struct {
	name, page, want string
}{
	{
		"website landing page: the <title> names it, not the reworded <h1>",
		`<html><head><title>Harbor Tiles Kitchen Renovation Services | Harbor Tiles</title>
<meta property="og:type" content="website"><meta property="og:site_name" content="Harbor Tiles"></head>
<body><main><h1>Kitchen renovation done right</h1><p>We plan and fit kitchens.</p></main></body></html>`,
		"Harbor Tiles Kitchen Renovation Services",
	},
	{
		"article: the visible <h1> wins over an SEO <title>",
		`<html><head><title>Harbor Town Storm Damage Costs 2026 | Gazette</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Gazette"></head>
<body><main><h1>What the storm cost Harbor Town</h1><p>Text.</p></main></body></html>`,
		"What the storm cost Harbor Town",
	},
}

func TestTitleRules(t *testing.T) {
	for _, tt := range titleRuleTests {
		if got := Extract(parse(t, tt.page), "https://example.com/page", testNow).Title; got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.name, got, tt.want)
		}
	}
}

var shownModifiedTests = []struct {
	name, head, byline, want string
}{
	{"JSON-LD only, page shows the modified date",
		``, `Updated May 2, 2025`, "2025-05-02"},
	{"page also shows the publication date",
		``, `Published March 1, 2024 · Updated May 2, 2025`, "2024-03-01"},
	{"a publication meta keeps the declared date",
		`<meta property="article:published_time" content="2024-03-01T09:00:00Z">`, `Updated May 2, 2025`, "2024-03-01"},
	{"shown date is neither",
		``, `June 9, 2023`, "2024-03-01"},
}

func TestShownModified(t *testing.T) {
	for _, tt := range shownModifiedTests {
		page := `<html><head>` + tt.head + `<script type="application/ld+json">{"@type":"Article","headline":"Tiles that last","datePublished":"2024-03-01T09:00:00Z","dateModified":"2025-05-02T10:00:00Z"}</script></head>
<body><article><h1>Tiles that last</h1><p class="byline">` + tt.byline + `</p><p>Some text about tiles.</p></article></body></html>`
		if got, _ := publishedOf(t, page, "https://example.com/tiles"); got != tt.want {
			t.Errorf("%s: published = %q, want %q", tt.name, got, tt.want)
		}
	}
}
