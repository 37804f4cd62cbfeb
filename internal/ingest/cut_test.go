package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/ingest"
	"github.com/lede-news/lede/internal/ingest/gen"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
)

// cutPageURL is the canonical address of cutPage: a saved page and its cut
// copy are the same article (one id) through it.
const cutPageURL = "https://harbour-gazette.example/2026/03/quay-plan"

// cutPage is a made-up article page: a dozen distinct paragraphs, the last
// one with a word (cutLastWord) that a copy cut half-way does not reach.
func cutPage() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<!doctype html><html><head><meta charset="utf-8"><title>Quay plan approved after long debate</title>
<link rel="canonical" href="%s"></head><body><article><h1>Quay plan approved after long debate</h1>`, cutPageURL)
	places := []string{"Northgate", "Millbrook", "Eastwick", "Saltmarsh", "Rowanford", "Kestrel Point", "Greyhaven", "Ashcombe", "Penderry", "Holloway", "Fairlight", "Brackwater"}
	for i, p := range places {
		fmt.Fprintf(&b, "<p>Councillor %d from %s told the meeting that the quay would need %d new moorings, a dredged channel of %d metres and a survey of the old sea wall before any work could begin in %s.</p>\n", i+1, p, 10+i*7, 120+i*13, p)
	}
	fmt.Fprintf(&b, "<p>The final vote came after midnight and the %s scheme passed by a single vote.</p></article></body></html>", cutLastWord)
	return b.Bytes()
}

const cutLastWord = "zanderquay"

// currentText returns the text of the one article stored, failing unless
// there is exactly one.
func currentText(t *testing.T, db *sqlite.DB) (text string, cut bool) {
	t.Helper()
	var recs []*store.Record
	for r, err := range db.Articles(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if len(recs) != 1 {
		t.Fatalf("%d articles stored, want 1", len(recs))
	}
	return recs[0].Article.Text, recs[0].Article.Source.Cut
}

// TestRunCutKeepsWhole: a page stored from a complete file and then read
// again from a gzip file cut short (salvaged, with a warning) keeps the
// complete text current: the cut copy is not stored (kept), and show,
// search and export (Get, Search, Articles) still give the whole text.
// The other way round, a complete copy replaces a cut one.
func TestRunCutKeepsWhole(t *testing.T) {
	dir := t.TempDir()
	whole := filepath.Join(dir, "quay.html")
	write(t, whole, cutPage())
	full := gz(cutPage())
	cutFile := filepath.Join(dir, "quay.html.gz")
	write(t, cutFile, full[:len(full)/2])

	t.Run("complete then cut", func(t *testing.T) {
		db := openStore(t)
		outcomes(t, db, []string{whole}, &ingest.Reader{})
		wholeText, _ := currentText(t, db)
		if !strings.Contains(wholeText, cutLastWord) {
			t.Fatalf("complete page: text %q lacks %q", wholeText, cutLastWord)
		}
		var keptErr error
		sum, err := ingest.Run(context.Background(), []string{cutFile}, ingest.Config{Store: db, Reader: &ingest.Reader{}, Workers: 1, OnEvent: func(ev ingest.Event) {
			if ev.Kind == ingest.Kept {
				keptErr = ev.Err
			}
		}})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Kept != 1 || sum.Updated+sum.Ingested+sum.Failed != 0 || !errors.Is(keptErr, ingest.ErrKeptWhole) {
			t.Errorf("cut copy: summary %+v, event error %v; want 1 kept with ErrKeptWhole", sum, keptErr)
		}
		if text, cut := currentText(t, db); text != wholeText || cut {
			t.Errorf("after the cut copy: text %.80q (cut %v), want the complete text", text, cut)
		}
		hits, err := db.Search(context.Background(), store.Query{Text: cutLastWord})
		if err != nil || len(hits) != 1 {
			t.Errorf("search %s: %d hits (%v), want 1", cutLastWord, len(hits), err)
		}
		if r, err := db.GetByURL(context.Background(), cutPageURL); err != nil || r.Article.Text != wholeText {
			t.Errorf("show %s: %v; want the complete text", cutPageURL, err)
		} else if vs, err := db.Versions(context.Background(), r.Article.ID); err != nil || len(vs) != 0 {
			t.Errorf("versions: %d (%v), want none", len(vs), err)
		}
	})

	t.Run("cut then complete", func(t *testing.T) {
		db := openStore(t)
		outcomes(t, db, []string{cutFile}, &ingest.Reader{})
		text, cut := currentText(t, db)
		if !cut || strings.Contains(text, cutLastWord) {
			t.Fatalf("cut page alone: cut %v, text ends %q; want it marked cut, without the last paragraph", cut, text[max(0, len(text)-60):])
		}
		got, _ := outcomes(t, db, []string{whole}, &ingest.Reader{})
		if diff := cmp.Diff(map[string]string{whole: "updated"}, got); diff != "" {
			t.Errorf("complete copy (-want +got):\n%s", diff)
		}
		if text, cut := currentText(t, db); cut || !strings.Contains(text, cutLastWord) {
			t.Errorf("after the complete copy: cut %v, text lacks %q", cut, cutLastWord)
		}
	})
}

// TestRunCutWARCKeepsWhole: a WARC record cut short (the archive
// truncated inside it) fails, so the complete copy stored from another
// archive stays current; so does a record whose gzipped HTTP payload is
// cut while the record itself is whole.
func TestRunCutWARCKeepsWhole(t *testing.T) {
	dir := t.TempDir()
	warcOf := func(body []byte, encoding string) []byte {
		var b bytes.Buffer
		w := gen.NewWARCWriter(&b, false)
		resp := gen.HTTPResponse(200, "text/html; charset=utf-8", body)
		if encoding != "" {
			resp = bytes.Replace(resp, []byte("\r\n"), []byte("\r\nContent-Encoding: "+encoding+"\r\n"), 1)
		}
		if err := w.Record("response", cutPageURL, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), "application/http;msgtype=response", resp); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	whole := filepath.Join(dir, "whole.warc")
	write(t, whole, warcOf(cutPage(), ""))
	archive := warcOf(cutPage(), "")
	cutArchive := filepath.Join(dir, "cut.warc")
	write(t, cutArchive, archive[:len(archive)*2/3])
	full := gz(cutPage())
	cutPayload := filepath.Join(dir, "cut-payload.warc")
	write(t, cutPayload, warcOf(full[:len(full)/2], "gzip"))

	db := openStore(t)
	outcomes(t, db, []string{whole}, &ingest.Reader{})
	wholeText, _ := currentText(t, db)
	for _, src := range []string{cutArchive, cutPayload} {
		_, sum := outcomes(t, db, []string{src}, &ingest.Reader{})
		if sum.Failed != 1 || sum.Updated != 0 {
			t.Errorf("%s: summary %+v, want it failed", filepath.Base(src), sum)
		}
		if text, _ := currentText(t, db); text != wholeText {
			t.Errorf("after %s: the complete text no longer current", filepath.Base(src))
		}
	}
}

// cutFeed is a made-up RSS feed of one entry whose content is cutPage's
// paragraphs, linking to cutPageURL.
func cutFeed() []byte {
	body := string(cutPage())
	body = body[strings.Index(body, "<article>"):strings.Index(body, "</article>")]
	return []byte(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Gazette</title>
<item><title>Quay plan approved after long debate</title><link>` + cutPageURL + `</link><pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate>
<content:encoded><![CDATA[` + body + `]]></content:encoded></item>
</channel></rss>`)
}

// TestRunCutFeedKeepsWhole: a feed cut inside its last entry's content
// (salvaged) gives the start of that entry, marked cut: stored when the
// article is new, kept out when its complete copy is stored.
func TestRunCutFeedKeepsWhole(t *testing.T) {
	dir := t.TempDir()
	feed := cutFeed()
	whole := filepath.Join(dir, "feed.xml")
	write(t, whole, feed)
	cut := filepath.Join(dir, "feed-cut.xml")
	write(t, cut, feed[:bytes.Index(feed, []byte("Councillor 9"))])
	nofollow := &ingest.Reader{NoFollow: true}

	db := openStore(t)
	outcomes(t, db, []string{cut}, nofollow)
	if text, isCut := currentText(t, db); !isCut || !strings.Contains(text, "Councillor 8") || strings.Contains(text, cutLastWord) {
		t.Errorf("cut feed alone: cut %v, text %d bytes; want the entry's start, marked cut", isCut, len(text))
	}
	db = openStore(t)
	outcomes(t, db, []string{whole}, nofollow)
	_, sum := outcomes(t, db, []string{cut}, nofollow)
	if sum.Kept != 1 {
		t.Errorf("cut feed over the complete entry: summary %+v, want 1 kept", sum)
	}
	if text, isCut := currentText(t, db); isCut || !strings.Contains(text, cutLastWord) {
		t.Errorf("after the cut feed: cut %v, text lacks %q", isCut, cutLastWord)
	}
}

// TestRunCutFeedFetchedWhole: the entry a broken feed breaks off in is
// marked cut only when its own content is stored; when its link is
// followed, the page fetched is whole and the article is not marked cut
// (a fetched copy marked cut would never heal a cut one stored before).
func TestRunCutFeedFetchedWhole(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(cutPage())
	}))
	t.Cleanup(srv.Close)
	feed := bytes.Replace(cutFeed(), []byte("<link>"+cutPageURL), []byte("<link>"+srv.URL+"/2026/03/quay-plan"), 1)
	cut := filepath.Join(t.TempDir(), "feed-cut.xml")
	write(t, cut, feed[:bytes.Index(feed, []byte("Councillor 9"))])

	db := openStore(t)
	got, _ := outcomes(t, db, []string{cut}, &ingest.Reader{Fetcher: testFetcher()})
	if text, isCut := currentText(t, db); isCut || !strings.Contains(text, cutLastWord) {
		t.Errorf("cut feed, entry's page fetched: %v; cut %v, text has %q: %v; want the whole page, not marked cut", got, isCut, cutLastWord, strings.Contains(text, cutLastWord))
	}
}

// plainCuts are the points a plain page file is cut at in the tests
// below: inside a tag, in mid-text and just after a start tag, early and
// late in the article.
func plainCuts(page []byte) map[string][]byte {
	at := func(s string, off int) []byte {
		i := bytes.Index(page, []byte(s))
		if i < 0 {
			panic(s + " not in the page")
		}
		return page[:i+off]
	}
	return map[string][]byte{
		"mid-tag":           at("<p>Councillor 7", 2),
		"mid-text":          at("Councillor 10", 14),
		"after a start tag": at("The final vote", 0),
		"mid-word, late":    at(cutLastWord, 3),
	}
}

// TestRunCutPlainHTML: rule cut-plain-html. A plain .html file cut short
// (no gzip trailer to tell) is marked cut with a warning, so it never
// replaces the whole copy, in either order, at any cut point; with the
// page's canonical link and without any address (rule
// cut-matches-stored: the cut copy takes the whole one's id).
func TestRunCutPlainHTML(t *testing.T) {
	pages := map[string][]byte{
		"canonical":  cutPage(),
		"no address": bytes.Replace(cutPage(), []byte(`<link rel="canonical" href="`+cutPageURL+`">`), nil, 1),
	}
	for kind, page := range pages {
		for point, cutData := range plainCuts(page) {
			t.Run(kind+"/"+point, func(t *testing.T) {
				dir := t.TempDir()
				whole, cutFile := filepath.Join(dir, "quay.html"), filepath.Join(dir, "quay-part.html")
				write(t, whole, page)
				write(t, cutFile, cutData)

				db := openStore(t)
				outcomes(t, db, []string{whole}, &ingest.Reader{})
				wholeText, _ := currentText(t, db)
				got, _ := outcomes(t, db, []string{cutFile}, &ingest.Reader{})
				if diff := cmp.Diff(map[string]string{cutFile: "kept"}, got); diff != "" {
					t.Errorf("whole then cut (-want +got):\n%s", diff)
				}
				if text, cut := currentText(t, db); text != wholeText || cut {
					t.Errorf("whole then cut: text %d bytes (cut %v), want the whole %d", len(text), cut, len(wholeText))
				}

				db = openStore(t)
				outcomes(t, db, []string{cutFile}, &ingest.Reader{})
				var warned bool
				for r, err := range db.Articles(context.Background()) {
					if err != nil {
						t.Fatal(err)
					}
					for _, w := range r.Article.Warnings {
						warned = warned || strings.HasPrefix(w, "page cut short: ")
					}
				}
				if _, cut := currentText(t, db); !cut || !warned {
					t.Errorf("cut alone: marked cut %v, warned %v; want both", cut, warned)
				}
				got, _ = outcomes(t, db, []string{whole}, &ingest.Reader{})
				if diff := cmp.Diff(map[string]string{whole: "updated"}, got); diff != "" {
					t.Errorf("cut then whole (-want +got):\n%s", diff)
				}
				if text, cut := currentText(t, db); text != wholeText || cut {
					t.Errorf("cut then whole: text %d bytes (cut %v), want the whole %d", len(text), cut, len(wholeText))
				}
				// Again, in either order: nothing new, the whole text current.
				got, _ = outcomes(t, db, []string{whole, cutFile}, &ingest.Reader{})
				if diff := cmp.Diff(map[string]string{whole: "unchanged", cutFile: "kept"}, got); diff != "" {
					t.Errorf("both again (-want +got):\n%s", diff)
				}
				if text, _ := currentText(t, db); text != wholeText {
					t.Errorf("both again: the whole text is no longer current")
				}
			})
		}
	}
}

// TestRunNoAddressOtherArticle: rule cut-matches-stored matches only a
// copy of the same text: a cut page without an address beside a stored
// article of other text is stored as its own, and a whole page without
// an address beside a stored whole one of other text too.
func TestRunNoAddressOtherArticle(t *testing.T) {
	page := bytes.Replace(cutPage(), []byte(`<link rel="canonical" href="`+cutPageURL+`">`), nil, 1)
	other := bytes.ReplaceAll(page, []byte("quay"), []byte("pier"))
	other = bytes.ReplaceAll(other, []byte("Councillor"), []byte("Alderman"))
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.html")
	write(t, a, page)
	write(t, b, other[:bytes.Index(other, []byte("Alderman 10"))+14])
	db := openStore(t)
	outcomes(t, db, []string{a}, &ingest.Reader{})
	got, _ := outcomes(t, db, []string{b}, &ingest.Reader{})
	if diff := cmp.Diff(map[string]string{b: "ingested"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestRunCutSharesLittle: rule cut-matches-stored's bounds. A cut page
// without an address that opens with the stored article's first two
// paragraphs (a shared standfirst, a wire paragraph) but goes on with
// other text holds under matchMinShare of it, and a cut copy of the same
// text under another title is another article: both are stored as their
// own.
func TestRunCutSharesLittle(t *testing.T) {
	page := bytes.Replace(cutPage(), []byte(`<link rel="canonical" href="`+cutPageURL+`">`), nil, 1)
	split := bytes.Index(page, []byte("<p>Councillor 3"))
	shares := slices.Concat(page[:split], bytes.ReplaceAll(page[split:], []byte("Councillor"), []byte("Alderman")))
	retitled := bytes.ReplaceAll(page, []byte("Quay plan approved after long debate"), []byte("Moorings vote split the harbour board"))
	for _, tc := range []struct {
		name string
		cut  []byte
	}{
		{"two paragraphs shared", shares[:bytes.Index(shares, []byte("Alderman 10"))+14]},
		{"another title", retitled[:bytes.Index(retitled, []byte("Councillor 10"))+14]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			a, b := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.html")
			write(t, a, page)
			write(t, b, tc.cut)
			db := openStore(t)
			outcomes(t, db, []string{a}, &ingest.Reader{})
			got, _ := outcomes(t, db, []string{b}, &ingest.Reader{})
			if diff := cmp.Diff(map[string]string{b: "ingested"}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestRunCutHTTPBody: rule cut-http-body. A page whose body stops short
// of its Content-Length (on every attempt) is read as far as it came,
// marked cut with a warning, and never replaces the whole copy; a whole
// body heals a cut copy. Both as a URL source and from a list of URLs.
func TestRunCutHTTPBody(t *testing.T) {
	page := cutPage()
	var cutMode, answer304 atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if answer304.Load() && r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Length", strconv.Itoa(len(page)))
		if cutMode.Load() {
			w.Write(page[:bytes.Index(page, []byte("Councillor 9"))]) // the server closes the connection short
			return
		}
		w.Write(page)
	}))
	t.Cleanup(srv.Close)
	u := srv.URL + "/2026/03/quay-plan"
	list := filepath.Join(t.TempDir(), "urls.txt")
	write(t, list, []byte(u+"\n"))
	name := map[string]string{u: u, list: u}
	for _, src := range []string{u, list} {
		t.Run(filepath.Base(src), func(t *testing.T) {
			r := &ingest.Reader{Fetcher: testFetcher()}
			db := openStore(t)
			cutMode.Store(false)
			outcomes(t, db, []string{src}, r)
			wholeText, _ := currentText(t, db)
			cutMode.Store(true)
			got, _ := outcomes(t, db, []string{src}, r)
			if diff := cmp.Diff(map[string]string{name[src]: "kept"}, got); diff != "" {
				t.Errorf("whole then cut (-want +got):\n%s", diff)
			}
			if text, _ := currentText(t, db); text != wholeText {
				t.Errorf("whole then cut: the whole text is no longer current")
			}

			db = openStore(t)
			outcomes(t, db, []string{src}, r)
			text, cut := currentText(t, db)
			var warned bool
			for r, err := range db.Articles(context.Background()) {
				if err != nil {
					t.Fatal(err)
				}
				for _, w := range r.Article.Warnings {
					warned = warned || strings.HasPrefix(w, "page body cut short: ")
				}
			}
			if !cut || !warned || !strings.Contains(text, "Councillor 8") {
				t.Errorf("cut alone: marked cut %v, warned %v, %d bytes of text; want the start, cut, with a warning", cut, warned, len(text))
			}
			// The cut copy is stored without the validators that came
			// with it: the server would answer 304 to them, and the whole
			// page would never be fetched.
			cutMode.Store(false)
			answer304.Store(true)
			got, _ = outcomes(t, db, []string{src}, r)
			answer304.Store(false)
			if diff := cmp.Diff(map[string]string{name[src]: "updated"}, got); diff != "" {
				t.Errorf("cut then whole (-want +got):\n%s", diff)
			}
			if text, cut := currentText(t, db); text != wholeText || cut {
				t.Errorf("cut then whole: text %d bytes (cut %v), want the whole %d", len(text), cut, len(wholeText))
			}
		})
	}
}

// promoPage is cutPage without an address, of a named outlet, with a
// description and a promotion box before the article: a copy cut inside
// the headline gives the box's text (and a word of the article), which
// the whole article does not hold.
func promoPage(title, description string) []byte {
	p := bytes.Replace(cutPage(), []byte(`<link rel="canonical" href="`+cutPageURL+`">`), []byte(`<meta property="og:site_name" content="Harbour Gazette"><meta name="description" content="`+description+`">`), 1)
	p = bytes.ReplaceAll(p, []byte("Quay plan approved after long debate"), []byte(title))
	return bytes.Replace(p, []byte("<body>"), []byte(`<body><div class="promo"><p>Subscribe to the Harbour Gazette for weekly news of the quays, the ferries and the coast road, delivered to your door each Friday morning before the tide turns.</p>
<p>Readers who join before the end of the month receive a printed tide table and a map of every slipway between Northgate and Brackwater.</p></div>`), 1)
}

// TestRunCutMatchesTitle: rule cut-matches-stored's title fallback. A
// page without an address cut as its article begins (its text is
// another box of the page) matches the one stored article of its outlet
// and title, in both orders; beside two stored articles of that title it
// is stored as its own.
func TestRunCutMatchesTitle(t *testing.T) {
	const title = "Quay plan approved after long debate"
	dir := t.TempDir()
	whole, cutFile, twin := filepath.Join(dir, "quay.html"), filepath.Join(dir, "quay-part.html"), filepath.Join(dir, "twin.html")
	page := promoPage(title, "The council backs the quay plan by one vote.")
	write(t, whole, page)
	write(t, cutFile, page[:bytes.Index(page, []byte("<p>Councillor 1"))+8])
	twinPage := bytes.ReplaceAll(promoPage(title, "The council backs the quay plan by one vote."), []byte("Councillor"), []byte("Alderman"))
	write(t, twin, twinPage)

	db := openStore(t)
	outcomes(t, db, []string{whole}, &ingest.Reader{})
	wholeText, _ := currentText(t, db)
	got, _ := outcomes(t, db, []string{cutFile}, &ingest.Reader{})
	if diff := cmp.Diff(map[string]string{cutFile: "kept"}, got); diff != "" {
		t.Errorf("whole then cut (-want +got):\n%s", diff)
	}

	db = openStore(t)
	outcomes(t, db, []string{cutFile}, &ingest.Reader{})
	if text, cut := currentText(t, db); !cut || strings.Contains(text, "Councillor") {
		t.Fatalf("cut alone: cut %v, text %.80q; want the promotion's text, marked cut", cut, text)
	}
	got, _ = outcomes(t, db, []string{whole}, &ingest.Reader{})
	if diff := cmp.Diff(map[string]string{whole: "updated"}, got); diff != "" {
		t.Errorf("cut then whole (-want +got):\n%s", diff)
	}
	if text, cut := currentText(t, db); text != wholeText || cut {
		t.Errorf("cut then whole: text %d bytes (cut %v), want the whole %d", len(text), cut, len(wholeText))
	}

	db = openStore(t)
	outcomes(t, db, []string{whole}, &ingest.Reader{})
	outcomes(t, db, []string{twin}, &ingest.Reader{})
	got, _ = outcomes(t, db, []string{cutFile}, &ingest.Reader{})
	if diff := cmp.Diff(map[string]string{cutFile: "ingested"}, got); diff != "" {
		t.Errorf("two stored of that title (-want +got):\n%s", diff)
	}
}

// TestRunCutTitleOtherArticle: rule cut-matches-stored's title fallback
// needs the head to agree (sameHead): an outlet's recurring page under
// one generic title ("Postbag from our readers") is a new article each
// week, so a cut copy of this week's is stored as its own beside last
// week's, and a whole one does not heal last week's cut copy.
func TestRunCutTitleOtherArticle(t *testing.T) {
	const title = "Postbag from our readers"
	lastWeek := promoPage(title, "Readers on the quay vote, the ferry fares and the coast road.")
	thisWeek := bytes.ReplaceAll(promoPage(title, "Readers on the tide tables, the slipways and the new pier."), []byte("Councillor"), []byte("Alderman"))
	dir := t.TempDir()
	last, lastCut := filepath.Join(dir, "last.html"), filepath.Join(dir, "last-part.html")
	this, thisCut := filepath.Join(dir, "this.html"), filepath.Join(dir, "this-part.html")
	write(t, last, lastWeek)
	write(t, lastCut, lastWeek[:bytes.Index(lastWeek, []byte("<p>Councillor 1"))+8])
	write(t, this, thisWeek)
	write(t, thisCut, thisWeek[:bytes.Index(thisWeek, []byte("<p>Alderman 1"))+8])

	db := openStore(t)
	outcomes(t, db, []string{last}, &ingest.Reader{})
	got, _ := outcomes(t, db, []string{thisCut}, &ingest.Reader{})
	if diff := cmp.Diff(map[string]string{thisCut: "ingested"}, got); diff != "" {
		t.Errorf("last week whole, this week cut (-want +got):\n%s", diff)
	}

	db = openStore(t)
	outcomes(t, db, []string{lastCut}, &ingest.Reader{})
	got, _ = outcomes(t, db, []string{this}, &ingest.Reader{})
	if diff := cmp.Diff(map[string]string{this: "ingested"}, got); diff != "" {
		t.Errorf("last week cut, this week whole (-want +got):\n%s", diff)
	}
}
