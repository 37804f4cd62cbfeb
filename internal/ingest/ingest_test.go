package ingest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/fetch"
	"github.com/lede-news/lede/internal/ingest"
	"github.com/lede-news/lede/internal/ingest/gen"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
)

// a1Requests counts the requests for /news/a1 of the test site.
var a1Requests atomic.Int32

// small pages keep the tests fast; they still extract as articles.
var small = gen.Options{Words: 150, PadBytes: 4000}

func page(i int) []byte { return gen.Make(i, small).HTML }

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

// site is a loopback news site with the awkward corners of the web.
func site(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	for i := 1; i <= 3; i++ {
		mux.HandleFunc(fmt.Sprintf("/news/a%d", i), func(w http.ResponseWriter, r *http.Request) {
			if i == 1 {
				a1Requests.Add(1)
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("ETag", fmt.Sprintf(`"a%d"`, i))
			if r.Header.Get("If-None-Match") == fmt.Sprintf(`"a%d"`, i) {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Write(page(100 + i))
		})
	}
	mux.HandleFunc("/private/secret", func(w http.ResponseWriter, r *http.Request) { w.Write(page(200)) })
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/a1", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/fail", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusInternalServerError) })
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		// A 2 GB page, streamed: the cap must cut it off at once.
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>lorem ipsum</p>\n"), 4096)
		for n := 0; n < 2<<30; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/photo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n0000"))
	})
	mux.HandleFunc("/sitemap_index.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%[1]s/sitemap1.xml.gz</loc></sitemap>
<sitemap><loc>%[1]s/sitemap_index.xml</loc></sitemap>
</sitemapindex>`, srv.URL)
	})
	mux.HandleFunc("/sitemap1.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, p := range []string{"/news/a1", "/news/a2", "/private/secret", "/old", "/slow", "/fail", "/huge", "/photo.png"} {
			fmt.Fprintf(&b, "<url><loc>%s%s</loc><lastmod>2024-01-02</lastmod></url>\n", srv.URL, p)
		}
		b.WriteString("</urlset>")
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(gz([]byte(b.String())))
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title>
<item><title>Third</title><link>%s/news/a3</link><pubDate>Tue, 02 Jan 2024 10:00:00 +0100</pubDate></item>
</channel></rss>`, srv.URL)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func testFetcher() *fetch.Fetcher {
	return fetch.New(fetch.Options{AllowPrivate: true, Delay: -1, Timeout: 500 * time.Millisecond, MaxBytes: 1 << 20, Retries: 1, Backoff: time.Millisecond})
}

func openStore(t *testing.T) *sqlite.DB {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// outcome is an item's fate, for comparing runs.
func outcomes(t *testing.T, db store.Store, sources []string, r *ingest.Reader) (map[string]string, *ingest.Summary) {
	t.Helper()
	all := map[string][]string{}
	sum, err := ingest.Run(context.Background(), sources, ingest.Config{Store: db, Reader: r, Workers: 2, OnEvent: func(ev ingest.Event) {
		switch ev.Kind {
		case ingest.Found:
		case ingest.Failed:
			all[ev.Name] = append(all[ev.Name], "failed: "+ingest.Reason(ev.Err))
		default:
			all[ev.Name] = append(all[ev.Name], ev.Kind.String())
		}
	}})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	// An item met twice lists both fates, sorted: workers finish in any order.
	got := map[string]string{}
	for k, v := range all {
		sort.Strings(v)
		got[k] = strings.Join(v, "+")
	}
	return got, sum
}

func TestRunWeb(t *testing.T) {
	srv := site(t)
	db := openStore(t)
	dir := t.TempDir()
	urls := filepath.Join(dir, "urls.txt")
	write(t, urls, []byte("# reading list\n"+srv.URL+"/news/a2\n\nnot a url\n"+srv.URL+"/news/a1#comments\n"))
	r := &ingest.Reader{Fetcher: testFetcher()}
	got, sum := outcomes(t, db, []string{srv.URL + "/sitemap_index.xml", srv.URL + "/feed.xml", urls}, r)
	u := srv.URL
	want := map[string]string{
		u + "/news/a1":           "ingested",
		u + "/news/a2":           "ingested+unchanged", // in the sitemap and the list
		u + "/news/a1#comments":  "unchanged",
		u + "/private/secret":    "failed: disallowed by robots.txt",
		u + "/old":               "ingested", // redirected to a1; its own id
		u + "/slow":              "failed: fetch failed",
		u + "/fail":              "failed: fetch failed",
		u + "/huge":              "failed: too large",
		u + "/photo.png":         "failed: not an article page",
		u + "/sitemap_index.xml": "failed: sitemap loop",
		u + "/news/a3":           "ingested",
		urls + ":4":              "failed: malformed source",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	if sum.Ingested != 4 || sum.Unchanged != 2 || sum.Failed != 7 {
		t.Errorf("summary %+v", sum)
	}
	// Again: pages the sitemap dates before our copy are not requested,
	// the others answer 304 or hash the same; nothing is stored twice.
	before := a1Requests.Load()
	got2, sum2 := outcomes(t, db, []string{srv.URL + "/sitemap_index.xml", srv.URL + "/feed.xml"}, r)
	if a1Requests.Load() != before {
		t.Errorf("a1 fetched again though the sitemap dates it before our copy")
	}
	if sum2.Ingested != 0 || sum2.Updated != 0 || got2[u+"/news/a1"] != "unchanged" {
		t.Errorf("second run: %+v %v", sum2, got2)
	}
	st, _ := db.Stats(context.Background())
	if st.Articles != 4 {
		t.Errorf("%d articles stored, want 4", st.Articles)
	}
}

// TestRunJSONLineURLSpace: rule jsonl-url-space. A JSON line whose url
// has a space before it and a line end after is read at that address:
// stored without the space, its outlet read from the domain, its image
// resolved against it.
func TestRunJSONLineURLSpace(t *testing.T) {
	var paras strings.Builder
	for i := range 4 {
		fmt.Fprintf(&paras, "<p>The harbour board of Kestrelby raised its dues on Friday, the third rise in two years, and the fishermen of the quay said they would protest, part %d.</p>", i)
	}
	html := `<html><head><title>Harbour dues rise</title></head><body><article><h1>Harbour dues rise</h1><figure><img src="/img/quay.jpg"><figcaption>The quay at dawn.</figcaption></figure>` + paras.String() + `</article></body></html>`
	line, _ := json.Marshal(map[string]string{"url": " https://kestrel-courier.example/news/dues\n", "html": html})
	path := filepath.Join(t.TempDir(), "scraped.jsonl")
	write(t, path, append(line, '\n'))
	db := openStore(t)
	outcomes(t, db, []string{path}, &ingest.Reader{})
	const u = "https://kestrel-courier.example/news/dues"
	r, err := db.GetByURL(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	a := r.Article
	if a.URL != u || a.Outlet == "" || len(a.Media.Images) != 1 || a.Media.Images[0].URL != "https://kestrel-courier.example/img/quay.jpg" {
		t.Errorf("url %q, outlet %q, images %+v; want the trimmed address, its outlet, the image resolved", a.URL, a.Outlet, a.Media.Images)
	}
}

// TestRunURLListBOM: rule url-list-bom. A reading list saved with a
// byte-order mark and Windows line ends gives every address, the first
// too (it failed as "not an http(s) URL").
func TestRunURLListBOM(t *testing.T) {
	srv := site(t)
	urls := filepath.Join(t.TempDir(), "reading.txt")
	write(t, urls, []byte("\xef\xbb\xbf"+srv.URL+"/news/a2\r\n"+srv.URL+"/news/a3\r\n"))
	got, _ := outcomes(t, openStore(t), []string{urls}, &ingest.Reader{Fetcher: testFetcher()})
	want := map[string]string{srv.URL + "/news/a2": "ingested", srv.URL + "/news/a3": "ingested"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
}

func TestRunFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "saved", "one.html"), page(1))
	write(t, filepath.Join(dir, "saved", "copy-of-one.html"), page(1)) // same content, no URL: one article
	write(t, filepath.Join(dir, "saved", "note.txt"), []byte("Council approves the harbour budget\n\nThe council of Port Alder approved the harbour budget on Monday after a long debate about the cost of repairs to the old sea wall and the fish market.\n\nThe mayor said the works would start in spring and last two years, with the market staying open throughout.\n"))
	write(t, filepath.Join(dir, "saved", "logo.png"), []byte("\x89PNG\r\n\x1a\n"))
	write(t, filepath.Join(dir, "saved", ".hidden.html"), page(2))
	write(t, filepath.Join(dir, "saved", "empty.html"), nil)
	lines := fmt.Sprintf("{\"url\":\"https://jl.example/a?utm_source=x\",\"html\":%q}\n{\"url\":\"https://jl.example/b\",\"text\":\"Short text about a vote in the council, long enough to be an article about the council vote on the harbour and its budget for next year.\"}\n{not json\n{\"url\":\"https://jl.example/c\"}\n\n", page(3))
	write(t, filepath.Join(dir, "items.jsonl"), []byte(lines))
	write(t, filepath.Join(dir, "bad-feed.xml"), []byte("<rss><channel><item><title>x</ti"))
	write(t, filepath.Join(dir, "empty.warc"), []byte("WARC/1.1\r\n"))
	write(t, filepath.Join(dir, "broken.xml.gz"), gz([]byte(`<urlset><url><loc>https://x.example/</loc></url></urlset>`))[:30])
	db := openStore(t)
	got, _ := outcomes(t, db, []string{filepath.Join(dir, "saved"), filepath.Join(dir, "items.jsonl"), filepath.Join(dir, "bad-feed.xml"), filepath.Join(dir, "broken.xml.gz"), filepath.Join(dir, "empty.warc")}, &ingest.Reader{NoFollow: true})
	j := filepath.Join(dir, "items.jsonl")
	want := map[string]string{
		filepath.Join(dir, "saved", "note.txt"):   "ingested",
		filepath.Join(dir, "saved", "empty.html"): "failed: empty",
		"https://jl.example/a?utm_source=x":       "ingested",
		"https://jl.example/b":                    "ingested",
		j + ":3":                                  "failed: malformed source",
		j + ":4":                                  "failed: malformed source",
		filepath.Join(dir, "bad-feed.xml"):        "failed: malformed source",
		filepath.Join(dir, "broken.xml.gz"):       "failed: malformed source",
		filepath.Join(dir, "empty.warc"):          "failed: no content found", // a version line, no response
	}
	// The same page twice without a URL: the first in the folder's order
	// is stored, the other found unchanged (rule input-order).
	want[filepath.Join(dir, "saved", "copy-of-one.html")] = "ingested"
	want[filepath.Join(dir, "saved", "one.html")] = "unchanged"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	rec, err := db.GetByURL(context.Background(), "https://jl.example/a")
	if err != nil || rec.Article.Title == "" {
		t.Fatalf("JSON-lines article by canonical URL: %v", err)
	}
}

// TestRunInputOrder: rule input-order. The first page of a reading list
// is slow to come, so the workers finish the others first; the store
// still holds the articles in the list's order (a line that is no address
// among them changes nothing).
func TestRunInputOrder(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/story/", func(w http.ResponseWriter, r *http.Request) {
		var i int
		fmt.Sscanf(r.URL.Path, "/story/%d", &i)
		if i == 1 {
			time.Sleep(400 * time.Millisecond)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page(300 + i))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	var list strings.Builder
	var want []string
	for i := 1; i <= 6; i++ {
		u := fmt.Sprintf("%s/story/%d", srv.URL, i)
		want = append(want, u)
		fmt.Fprintln(&list, u)
		if i == 3 {
			list.WriteString("not an address\n")
		}
	}
	urls := filepath.Join(t.TempDir(), "urls.txt")
	write(t, urls, []byte(list.String()))
	db := openStore(t)
	f := fetch.New(fetch.Options{AllowPrivate: true, Delay: -1, Timeout: 5 * time.Second, PerHost: 8, MaxBytes: 1 << 20})
	sum, err := ingest.Run(context.Background(), []string{urls}, ingest.Config{Store: db, Reader: &ingest.Reader{Fetcher: f}, Workers: 4, BatchWait: 50 * time.Millisecond})
	if err != nil || sum.Ingested != 6 || sum.Failed != 1 {
		t.Fatalf("Run: %v %+v", err, sum)
	}
	var got []string
	for rec, err := range db.Articles(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, rec.Article.URL)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stored order (-want +got):\n%s", diff)
	}
}

// TestRunInputOrderBounded: rule input-order holds what comes early, but
// only so much: while the first page of a long reading list hangs,
// reading stops a window (the write batch and the items queue) ahead of
// it instead of extracting the whole list into memory; once it comes,
// everything is stored in order.
func TestRunInputOrderBounded(t *testing.T) {
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/story/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/story/0" {
			<-release
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var i int
		fmt.Sscanf(r.URL.Path, "/story/%d", &i)
		w.Write(page(400 + i))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	const n, batch, workers = 60, 4, 2
	var list strings.Builder
	for i := range n {
		fmt.Fprintf(&list, "%s/story/%d\n", srv.URL, i)
	}
	urls := filepath.Join(t.TempDir(), "urls.txt")
	write(t, urls, []byte(list.String()))
	var found atomic.Int32
	f := fetch.New(fetch.Options{AllowPrivate: true, Delay: -1, Timeout: 10 * time.Second, PerHost: 8, MaxBytes: 1 << 20})
	cfg := ingest.Config{Store: openStore(t), Reader: &ingest.Reader{Fetcher: f}, Workers: workers, Batch: batch, OnEvent: func(ev ingest.Event) {
		if ev.Kind == ingest.Found {
			found.Add(1)
		}
	}}
	seen := make(chan int32, 1)
	go func() {
		// Count while the first page still hangs, then let it come.
		time.Sleep(800 * time.Millisecond)
		seen <- found.Load()
		close(release)
	}()
	sum, err := ingest.Run(context.Background(), []string{urls}, cfg)
	if err != nil || sum.Ingested != n {
		t.Fatalf("Run: %v %+v", err, sum)
	}
	// The window is batch+2*workers items; the reader finds one more
	// before it waits for a place.
	if ahead := <-seen; ahead > batch+2*workers+1 {
		t.Errorf("%d items found while the first hung, want at most %d", ahead, batch+2*workers+1)
	}
}

// TestRunJSONValues: rule json-values. Records written over several lines
// (one pretty-printed object after another) or as an array are one item
// each, named by URL or PATH:#k; a syntax error ends the source with one
// failed item, after the records before it; a value over the byte cap
// fails alone. Read line by line, each line of a record failed.
func TestRunJSONValues(t *testing.T) {
	dir := t.TempDir()
	text := func(n int) string {
		return fmt.Sprintf("Report %d on the harbour vote. The council of Port Alder approved the harbour budget on Monday after a long debate about the cost of repairs to the old sea wall.", n)
	}
	write(t, filepath.Join(dir, "pretty.json"), []byte(fmt.Sprintf("{\n  \"url\": \"https://jv.example/1\",\n  \"text\": %q\n}\n{\n  \"text\": %q\n}\n", text(1), text(2))))
	write(t, filepath.Join(dir, "array.json"), []byte(fmt.Sprintf("\xef\xbb\xbf\n[\n  {\"url\": \"https://jv.example/3\", \"text\": %q},\n  {\"url\": \"https://jv.example/4\"},\n  {\"text\": %q} oops\n]", text(3), text(4))))
	write(t, filepath.Join(dir, "big.json"), []byte(fmt.Sprintf("{\n \"text\": %q\n}\n{\n \"text\": %q\n}", strings.Repeat("word ", 400), text(5))))
	db := openStore(t)
	got, _ := outcomes(t, db, []string{filepath.Join(dir, "pretty.json"), filepath.Join(dir, "array.json")}, &ingest.Reader{NoFollow: true})
	want := map[string]string{
		"https://jv.example/1":                    "ingested",
		filepath.Join(dir, "pretty.json") + ":#2": "ingested",
		"https://jv.example/3":                    "ingested",
		filepath.Join(dir, "array.json") + ":#2":  "failed: malformed source", // neither html nor text
		filepath.Join(dir, "array.json") + ":#3":  "ingested",
		filepath.Join(dir, "array.json") + ":#4":  "failed: malformed source", // the stray word
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	got, _ = outcomes(t, db, []string{filepath.Join(dir, "big.json")}, &ingest.Reader{NoFollow: true, MaxBytes: 1000})
	if r := got[filepath.Join(dir, "big.json")+":#1"]; !strings.HasPrefix(r, "failed: ") {
		t.Errorf("a value over the cap: %q, want failed (all: %v)", r, got)
	}
}

// TestRunJSONThenText: rule json-then-text. A text file that opens with
// a page's JSON (on one line or over several) and goes on in prose is one
// article, as lede extract reads it; it was read as JSON records, every
// part a failed item and nothing stored. JSON lines whose first line
// breaks are still records.
func TestRunJSONThenText(t *testing.T) {
	dir := t.TempDir()
	prose := "Ferry fares rise in May\n\nThe ferry company of Norland raised its fares by eight percent on Monday, the first rise in four years.\n"
	write(t, filepath.Join(dir, "line.txt"), []byte("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry fares rise\"}\n\n"+prose))
	write(t, filepath.Join(dir, "pretty.txt"), []byte("{\n  \"@type\": \"NewsArticle\",\n  \"headline\": \"Ferry fares rise\"\n}\n"+strings.ReplaceAll(prose, "Norland", "Sudland")))
	write(t, filepath.Join(dir, "records.json"), []byte("{\"url\" oops}\n{\"url\": \"https://jt.example/1\", \"text\": \"The ferry company of Westland cut its fares on Friday after a year of falling traffic.\"}\n"))
	// A page's JSON longer than Detect's head (SniffLen): readFrom asks
	// rule json-then-text again over jsonHead.
	long := "{\"@type\":\"NewsArticle\",\"description\":\"" + strings.Repeat("fares ", ingest.SniffLen/5) + "\"}\n\n"
	write(t, filepath.Join(dir, "long.txt"), []byte(long+strings.ReplaceAll(prose, "Norland", "Ostland")))
	// Rule gzip-json-then-text: gzipped, the same (it was JSON lines,
	// its paragraphs failed items).
	write(t, filepath.Join(dir, "long.txt.gz"), gz([]byte(long+strings.ReplaceAll(prose, "Norland", "Eastmark"))))
	// And a blob that stays longer than SniffLen compressed (letters
	// that do not repeat): the decompressed head comes from the longer
	// compressed head, not Detect's, or the blob is cut there.
	var noise strings.Builder
	for x := uint32(1); noise.Len() < 3*ingest.SniffLen; {
		x = x*1103515245 + 12345
		noise.WriteByte('a' + byte(x>>16)%26)
	}
	noisy := "{\"@type\":\"NewsArticle\",\"description\":\"" + noise.String() + "\"}\n\n"
	write(t, filepath.Join(dir, "noisy.txt.gz"), gz([]byte(noisy+strings.ReplaceAll(prose, "Norland", "Westmark"))))
	db := openStore(t)
	got, _ := outcomes(t, db, []string{filepath.Join(dir, "line.txt"), filepath.Join(dir, "pretty.txt"), filepath.Join(dir, "records.json"), filepath.Join(dir, "long.txt"), filepath.Join(dir, "long.txt.gz"), filepath.Join(dir, "noisy.txt.gz")}, &ingest.Reader{NoFollow: true})
	want := map[string]string{
		filepath.Join(dir, "line.txt"):            "ingested",
		filepath.Join(dir, "pretty.txt"):          "ingested",
		filepath.Join(dir, "long.txt"):            "ingested",
		filepath.Join(dir, "long.txt.gz"):         "ingested",
		filepath.Join(dir, "noisy.txt.gz"):        "ingested",
		filepath.Join(dir, "records.json") + ":1": "failed: malformed source",
		"https://jt.example/1":                    "ingested",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	for _, f := range []string{"line.txt", "pretty.txt", "long.txt"} {
		data, _ := os.ReadFile(filepath.Join(dir, f))
		if err := ingest.NotACollection(f, data); err != nil {
			t.Errorf("lede extract of %s: %v, want it read as a text as lede ingest reads it", f, err)
		}
	}
}

// TestRunJSONLNameThenText: a source named JSON lines (.jsonl, plain or
// gzipped) stays JSON lines when a line of text follows its first record
// (rule json-then-text asks the content only of other names): the record
// is stored and the stray line is a failed item, not the whole file one
// page of text.
func TestRunJSONLNameThenText(t *testing.T) {
	dir := t.TempDir()
	body := "The ferry company of Nordholm cut its winter timetable to two sailings a day after a year of falling traffic on the route."
	var files []string
	for i, name := range []string{"lines.jsonl", "lines2.jsonl.gz"} {
		data := []byte(fmt.Sprintf("{\"url\": \"https://jn.example/%d\", \"title\": \"Winter timetable cut\", \"text\": %q}\nnot a record but a line of text\n", i, body))
		if strings.HasSuffix(name, ".gz") {
			data = gz(data)
		}
		files = append(files, filepath.Join(dir, name))
		write(t, files[i], data)
	}
	got, _ := outcomes(t, openStore(t), files, &ingest.Reader{NoFollow: true})
	want := map[string]string{
		"https://jn.example/0": "ingested",
		"https://jn.example/1": "ingested",
		files[0] + ":2":        "failed: malformed source",
		files[1] + ":2":        "failed: malformed source",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
}

// TestRunGzipJSONL: rule gzip-jsonl. Gzipped JSON lines are records, one
// item a line, under a .jsonl.gz name or by content (.json.gz); they were
// stored as one page of JSON text. Cut short, the lines before the cut
// are kept and one item names the cut; nothing was kept.
func TestRunGzipJSONL(t *testing.T) {
	dir := t.TempDir()
	var lines bytes.Buffer
	for i, town := range []string{"Ashby", "Brill", "Corran", "Dunhope"} {
		fmt.Fprintf(&lines, "{\"url\": \"https://gz.example/%d\", \"text\": \"The town council of %s voted on Monday to repair the old market hall, closed since a storm damaged its roof in the winter.\"}\n", i, town)
	}
	write(t, filepath.Join(dir, "records.jsonl.gz"), gz(lines.Bytes()))
	write(t, filepath.Join(dir, "records.json.gz"), gz(bytes.ReplaceAll(lines.Bytes(), []byte("gz.example"), []byte("gz2.example"))))
	whole := gz(bytes.ReplaceAll(lines.Bytes(), []byte("gz.example"), []byte("gz3.example")))
	write(t, filepath.Join(dir, "cut.jsonl.gz"), whole[:len(whole)-40])
	db := openStore(t)
	got, _ := outcomes(t, db, []string{filepath.Join(dir, "records.jsonl.gz"), filepath.Join(dir, "records.json.gz"), filepath.Join(dir, "cut.jsonl.gz")}, &ingest.Reader{NoFollow: true})
	ingested, failed := 0, []string{}
	for name, r := range got {
		switch {
		case r == "ingested":
			ingested++
		default:
			failed = append(failed, name+" "+r)
		}
	}
	// The cut is one failure of the line it fell in, a malformed source
	// (not a JSON error besides, nor an unreadable file).
	if ingested < 9 || len(failed) != 1 || !strings.Contains(failed[0], "cut.jsonl.gz:") || !strings.HasSuffix(failed[0], " failed: malformed source") {
		t.Errorf("%d ingested, failed %q; want the 8 whole records, the cut file's lines before its cut, and one failure for the cut (all: %v)", ingested, failed, got)
	}
}

// TestRunJSONLineMeta: rule jsonl-metadata. The title, author and date a
// JSON line gives beside a one-paragraph text (as other extractors write
// their output) become the article's; they were dropped, and the article
// stored untitled and undated. A page's own title and date win; a title
// that is no string is ignored, not a failed line. Other scrapers' date
// keys count (rule jsonl-date-keys).
func TestRunJSONLineMeta(t *testing.T) {
	dir := t.TempDir()
	lines := `{"url": "https://jm.example/a", "title": "Harbour fees rise by ten percent", "author": "Ruth Amsel; Ole Lind", "date": "2026-03-01", "text": "The port authority of Kelby raised its mooring fees by ten percent on Monday, the first rise in six years."}
{"url": "https://jm.example/b", "title": {"rendered": "Library hours"}, "published": "2026-03-02T08:00:00Z", "text": "The central library of Kelby will open until 10 pm on weekdays from April, the city said on Tuesday."}
{"url": "https://jm.example/d", "title": "Pool reopens", "date_publish": "2026-03-04 17:45:00", "text": "The public pool of Kelby reopened on Thursday after a year of repairs to its roof and its heating, the city said."}
{"url": "https://jm.example/c", "title": "Scraped title", "date": "2026-01-01", "html": "<html><head><title>Ferry timetable changes</title><meta property=\"article:published_time\" content=\"2026-03-03T07:00:00Z\"></head><body><article><h1>Ferry timetable changes</h1><p>The ferry company of Kelby will run its first boat an hour earlier from May, it said on Wednesday, to serve early shifts at the port.</p></article></body></html>"}
`
	write(t, filepath.Join(dir, "scraped.jsonl"), []byte(lines))
	db := openStore(t)
	got, sum := outcomes(t, db, []string{filepath.Join(dir, "scraped.jsonl")}, &ingest.Reader{NoFollow: true})
	if sum.Ingested != 4 {
		t.Fatalf("outcomes %v, want 4 ingested (%+v)", got, sum.Failures)
	}
	want := map[string]string{
		"https://jm.example/a": "Harbour fees rise by ten percent|Ruth Amsel,Ole Lind|2026-03-01",
		"https://jm.example/b": "|-|2026-03-02T08:00:00Z",
		"https://jm.example/c": "Ferry timetable changes|-|2026-03-03T07:00:00Z",
		"https://jm.example/d": "Pool reopens|-|2026-03-04", // rule jsonl-date-keys: a zoneless time gives its day
	}
	for u, w := range want {
		rec, err := db.GetByURL(context.Background(), u)
		if err != nil {
			t.Fatalf("%s: %v (outcomes %v)", u, err, got)
		}
		a := rec.Article
		date, authors := "", "-"
		if a.Dates.Published != nil {
			date = a.Dates.Published.Value
		}
		if len(a.Authors) > 0 {
			authors = strings.Join(a.Authors, ",")
		}
		if g := a.Title + "|" + authors + "|" + date; g != w {
			t.Errorf("%s: title|authors|date %q, want %q", u, g, w)
		}
	}
}

// TestRunJSONLineOutlet: rule jsonl-outlet. Lines without an address
// that name their outlet under "source" or "outlet" keep it; a wire story
// two outlets carried word for word is two articles, one per outlet, not
// one article and its new version (rule cut-matches-stored reads the
// outlet); an address under "source" names no outlet.
func TestRunJSONLineOutlet(t *testing.T) {
	dir := t.TempDir()
	text := "The port authority of Kelby raised its mooring fees by ten percent on Monday, the first rise in six years, and said the money would pay for dredging the outer harbour before the summer season begins."
	line := func(k, v string) string {
		return `{"title": "Harbour fees rise by ten percent", "` + k + `": "` + v + `", "date": "2026-03-01", "text": "` + text + `"}` + "\n"
	}
	// Two runs, so that the first outlet's article is stored when the
	// others are matched.
	write(t, filepath.Join(dir, "wire.jsonl"), []byte(line("source", "Kelby Courier")))
	write(t, filepath.Join(dir, "copies.jsonl"), []byte(line("outlet", "Coast Post")))
	db := openStore(t)
	for _, f := range []string{"wire.jsonl", "copies.jsonl"} {
		got, sum := outcomes(t, db, []string{filepath.Join(dir, f)}, &ingest.Reader{NoFollow: true})
		if sum.Ingested == 0 || sum.Updated+sum.Unchanged != 0 {
			t.Fatalf("%s: outcomes %v, want every line ingested (%+v)", f, got, sum)
		}
	}
	var outlets []string
	for r, err := range db.Articles(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		outlets = append(outlets, r.Article.Outlet)
	}
	slices.Sort(outlets)
	if want := []string{"Coast Post", "Kelby Courier"}; !slices.Equal(outlets, want) {
		t.Errorf("outlets %q, want %q", outlets, want)
	}
	var j ingest.JSONLine
	if err := json.Unmarshal([]byte(line("source", "https://feeds.example/wire")), &j); err != nil {
		t.Fatal(err)
	}
	if m := ingest.LineMeta(j); m != nil && m.Outlet != "" {
		t.Errorf("an address under source: outlet %q, want none", m.Outlet)
	}
}

// TestRunJSONLineTitleLine: rule jsonl-title-line. A JSON line's short
// one-paragraph Chinese text was read as a headline alone: stored with
// the paragraph for its title and no body, the line's title dropped.
func TestRunJSONLineTitleLine(t *testing.T) {
	dir := t.TempDir()
	line := `{"url": "https://tl.example/a", "title": "河口市新桥通车", "date": "2026-03-01", "text": "河口市政府今天宣布，跨江新桥将于五月通车。市长表示，新桥全长一千二百米。"}` + "\n"
	write(t, filepath.Join(dir, "zh.jsonl"), []byte(line))
	db := openStore(t)
	got, sum := outcomes(t, db, []string{filepath.Join(dir, "zh.jsonl")}, &ingest.Reader{NoFollow: true})
	if sum.Ingested != 1 {
		t.Fatalf("outcomes %v (%+v)", got, sum.Failures)
	}
	rec, err := db.GetByURL(context.Background(), "https://tl.example/a")
	if err != nil {
		t.Fatal(err)
	}
	if a := rec.Article; a.Title != "河口市新桥通车" || !strings.Contains(a.Text, "跨江新桥") {
		t.Errorf("title %q, text %q; want the line's title and its text as the body", a.Title, a.Text)
	}
}

// TestRunLedeRecord: rule lede-record. Records Lede wrote come back whole
// (title, outlet, date), pretty-printed or one a line, analysed again;
// the same record again is unchanged; a record of a newer schema, or
// without text, fails.
func TestRunLedeRecord(t *testing.T) {
	a := model.Article{URL: "https://lr.example/ferry", Title: "Ferry returns to Port Alder", Outlet: "Alder Weekly", Authors: []string{"Ada Lowe"},
		Text:  "The ferry to Port Alder sails again from Monday, the harbour board said. \"We are glad to have it back,\" said Mara Quint, who chairs the board.",
		Dates: model.Dates{Published: &model.Date{Value: "2025-06-02T08:00:00Z", Evidence: "meta article:published_time"}}}
	a.Normalize()
	one, _ := json.Marshal(a)
	pretty, _ := json.MarshalIndent(model.Article{SchemaVersion: 1, URL: "https://lr.example/pier", Title: "Pier reopens", Text: "The pier reopened on Friday after repairs that took two years and cost the town four million pounds."}, "", "  ")
	dir := t.TempDir()
	write(t, filepath.Join(dir, "export.jsonl"), []byte(string(one)+"\n"+`{"schema_version": 99, "text": "x"}`+"\n"+`{"schema_version": 1, "title": "No text"}`+"\n"))
	write(t, filepath.Join(dir, "one.json"), pretty)
	db := openStore(t)
	got, _ := outcomes(t, db, []string{filepath.Join(dir, "export.jsonl"), filepath.Join(dir, "one.json")}, &ingest.Reader{NoFollow: true})
	j := filepath.Join(dir, "export.jsonl")
	want := map[string]string{
		"https://lr.example/ferry": "ingested",
		"https://lr.example/pier":  "ingested",
		j + ":2":                   "failed: malformed source",
		j + ":3":                   "failed: malformed source",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	rec, err := db.GetByURL(context.Background(), "https://lr.example/ferry")
	if err != nil {
		t.Fatal(err)
	}
	if r := rec.Article; r.Title != a.Title || r.Outlet != a.Outlet || r.Dates.Published == nil || r.Dates.Published.Value != "2025-06-02T08:00:00Z" || len(r.Quotes) == 0 {
		t.Errorf("stored record: title %q outlet %q dates %+v quotes %d, want the record's, analysed", r.Title, r.Outlet, r.Dates, len(r.Quotes))
	}
	got, _ = outcomes(t, db, []string{j}, &ingest.Reader{NoFollow: true})
	if got["https://lr.example/ferry"] != "unchanged" {
		t.Errorf("the same record again: %v", got)
	}
}

func TestRunWARC(t *testing.T) {
	var b bytes.Buffer
	w := gen.NewWARCWriter(&b, true)
	var want []string
	for i := 0; i < 6; i++ {
		p := gen.Make(i, small)
		if err := w.Page(p); err != nil {
			t.Fatal(err)
		}
		want = append(want, p.URL)
	}
	// A response whose block was damaged after its digest was taken.
	var bad bytes.Buffer
	bw := gen.NewWARCWriter(&bad, false)
	bw.Record("response", "https://bad.example/x", time.Now(), "application/http;msgtype=response", gen.HTTPResponse(200, "text/html", page(50)))
	raw := bytes.Replace(bad.Bytes(), []byte("<title>"), []byte("<titel>"), 1)
	badAt := b.Len() // its member's offset in the archive
	zw := gzip.NewWriter(&b)
	zw.Write(raw)
	zw.Close()
	// A redirect and a 404 are no articles; they are passed over.
	w.Record("response", "https://r.example/", time.Now(), "application/http;msgtype=response", gen.HTTPResponse(301, "text/html", nil))
	// A page archived as sent: gzip Content-Encoding, chunked.
	zipped := gz(page(60))
	block := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n", len(zipped), zipped)
	w.Record("response", "https://gz.example/page", time.Now(), "application/http;msgtype=response", []byte(block))
	last := gen.Make(7, small)
	w.Page(last)
	full := b.Bytes()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "crawl.warc.gz"), full)
	// The same archive cut in the middle of its last record.
	write(t, filepath.Join(dir, "cut.warc.gz"), full[:len(full)-500])

	db := openStore(t)
	got, sum := outcomes(t, db, []string{filepath.Join(dir, "crawl.warc.gz")}, &ingest.Reader{})
	if sum.Ingested != 8 || sum.Failed != 1 {
		t.Errorf("summary %+v, outcomes %v", sum, got)
	}
	if r, err := db.GetByURL(context.Background(), "https://gz.example/page"); err != nil || r.Article.Title == "" {
		t.Errorf("gzipped, chunked payload: %v", err)
	}
	var failed []string
	for k, v := range got {
		if strings.HasPrefix(v, "failed") {
			failed = append(failed, k+" "+v)
		}
	}
	if len(failed) != 1 || !strings.Contains(failed[0], "malformed source") {
		t.Errorf("failures %v, want the corrupt record", failed)
	}
	// Named by its gzip member's offset in the file (rule whole-gzip-warc
	// leaves an archive of one member a record to gowarc).
	if at := fmt.Sprintf("crawl.warc.gz#%d ", badAt); len(failed) == 1 && !strings.Contains(failed[0], at) {
		t.Errorf("failure %q, want it named %q", failed[0], at)
	}
	r, err := db.GetByURL(context.Background(), want[2])
	if err != nil {
		t.Fatal(err)
	}
	if r.Fetched.IsZero() || r.Article.Title == "" {
		t.Errorf("record lacks the capture date or title: %+v", r)
	}

	db2 := openStore(t)
	_, sum = outcomes(t, db2, []string{filepath.Join(dir, "cut.warc.gz")}, &ingest.Reader{})
	if sum.Ingested != 7 || sum.Failed != 2 {
		t.Errorf("cut archive: %+v", sum)
	}
	var reasons []string
	for _, f := range sum.Failures {
		reasons = append(reasons, f.Error)
	}
	sort.Strings(reasons)
	if !strings.Contains(strings.Join(reasons, "|"), "cut short") {
		t.Errorf("no truncation error in %v", reasons)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head string
		want       ingest.Kind
	}{
		{"a.html", "<!DOCTYPE html><html>", ingest.KindPage},
		{"a.txt", "Plain words of an article.", ingest.KindPage},
		{"crawl.warc.gz", "", ingest.KindWARC},
		{"x.bin", "WARC/1.1\r\n", ingest.KindWARC},
		{"d.jsonl", "", ingest.KindJSONL},
		{"d.json", `{"url":"x","html":"<p>"}`, ingest.KindJSONL},
		{"d.json", "[\n  {\"url\": \"x\"}]", ingest.KindJSONL},
		{"v.txt", "[Video] The mayor speaks", ingest.KindPage},
		// rule json-then-text: a page's JSON, then prose
		{"p.txt", "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry fares\"}\n\nFerry fares rise in May.\n", ingest.KindPage},
		{"p.txt", "{\n  \"@type\": \"NewsArticle\"\n}\nFerry fares rise in May.\n", ingest.KindPage},
		{"p.txt", "{VIDEO} Ferry fares rise in May.\n", ingest.KindPage},
		{"d.json", "{\"url\":\"x\",\"text\":\"a\"}\n{\"url\":\"y\",\"text\":\"b\"}\n", ingest.KindJSONL},
		{"d.json", "{\"url\":\"x\",\"text\":\"a\" oops}\n", ingest.KindJSONL},                                                // a record mistyped after its first member
		{"d.json", "{\"url\" oops}\n{\"url\":\"y\",\"text\":\"b\"}\n", ingest.KindJSONL},                                     // a bad first line, then records
		{"d.json", "{\"url\":\"x\",\"text\":\"a\"}\nERROR fetch failed\n{\"url\":\"y\",\"text\":\"b\"}\n", ingest.KindJSONL}, // a stray line among records
		{"d.json", "{\"url\":\"x\",\"text\":\"a long line the head cuts", ingest.KindJSONL},
		{"d.jsonl", "{\"@type\":\"NewsArticle\"}\nFerry fares rise in May.\n", ingest.KindJSONL},  // the name says JSON lines
		{"p.txt", "[{\"@type\":\"NewsArticle\"}]\n\nFerry fares rise in May.\n", ingest.KindPage}, // an array of a page's JSON, then prose
		{"d.json", "[{\"url\":\"x\",\"text\":\"a\" oops}]\n", ingest.KindJSONL},                   // an array's record mistyped after its first member
		{"p.txt", "[{\"url\" oops}]\n", ingest.KindPage},                                          // broken inside its first member: no records
		{"f.json", `{"version":"https://jsonfeed.org/version/1.1","items":[]}`, ingest.KindFeed},
		{"s.xml", `<?xml version="1.0"?><!-- c --><urlset xmlns="x">`, ingest.KindSitemap},
		{"s.xml", "\ufeff<sitemapindex>", ingest.KindSitemap},
		{"f.xml", `<?xml version="1.0"?><rss version="2.0">`, ingest.KindFeed},
		{"f.atom", `<feed xmlns="http://www.w3.org/2005/Atom">`, ingest.KindFeed},
		{"f.rdf", `<rdf:RDF>`, ingest.KindFeed},
		{"list.txt", "# mine\nhttps://a.example/1\nhttp://b.example/2\n", ingest.KindURLList},
		{"story.txt", "https://a.example/1 is where the story began\n", ingest.KindPage},
		{"x.xml", `<html><body>`, ingest.KindPage},
	}
	for _, tc := range tests {
		if got := ingest.Detect(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("Detect(%s, %q) = %v, want %v", tc.name, tc.head, got, tc.want)
		}
	}
}

func TestParseSitemap(t *testing.T) {
	pages, children, err := ingest.ParseSitemap([]byte(`<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://a.example/1 </loc><lastmod>2024-01-01</lastmod></url><url><loc></loc></url></urlset>`))
	if err != nil || len(children) != 0 || len(pages) != 1 || pages[0] != (ingest.SitemapEntry{Loc: "https://a.example/1", LastMod: "2024-01-01"}) {
		t.Errorf("urlset: %v %v %v", pages, children, err)
	}
	_, children, err = ingest.ParseSitemap([]byte(`<sitemapindex><sitemap><loc>https://a.example/s1.xml</loc></sitemap></sitemapindex>`))
	if err != nil || len(children) != 1 {
		t.Errorf("index: %v %v", children, err)
	}
	for _, bad := range []string{"", "<html></html>", "<urlset><url><loc>x", "\x00\x01"} {
		if _, _, err := ingest.ParseSitemap([]byte(bad)); err == nil {
			t.Errorf("ParseSitemap(%q) accepted", bad)
		}
	}
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://a.example/</loc></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>x</loc></sitemap></sitemapindex>`))
	f.Add([]byte(`<?xml version="1.0" encoding="latin1"?><urlset/>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, children, err := ingest.ParseSitemap(data)
		if err != nil && (pages != nil || children != nil) {
			t.Errorf("results with an error")
		}
		for _, p := range pages {
			if p.Loc == "" {
				t.Errorf("empty loc")
			}
		}
	})
}

func FuzzParseJSONLine(f *testing.F) {
	f.Add([]byte(`{"url":"https://a.example/","html":"<p>x</p>","fetched":"2024-01-01T00:00:00Z"}`))
	f.Add([]byte(`{"text":"t"}`))
	f.Add([]byte(`{"url":1}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		it, err := ingest.ParseJSONLine(line)
		if err == nil && len(it.Data) == 0 {
			t.Errorf("accepted a line without content: %q", line)
		}
	})
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://a.example/1</link><description>d</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><content type="html">&lt;p&gt;x&lt;/p&gt;</content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_text":"hello"}]}`))
	f.Add([]byte(`<rss><channel><item><title>A & B</title><link>https://a.example/1</link></item><item><link>https://a.example/2`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "feed.xml")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		r := &ingest.Reader{NoFollow: true}
		err := r.Read(context.Background(), []string{p}, func(it ingest.Item) error {
			// A file that is no feed is read as a page (maybe empty: the
			// pipeline says so); a feed entry always has content or a link.
			if it.Name != p && it.Err == nil && len(it.Data) == 0 && !it.Fetch {
				t.Errorf("feed entry %s without content or error", it.Name)
			}
			return nil
		})
		if err != nil {
			t.Errorf("Read: %v", err)
		}
	})
}

// FuzzJSONValues: rule json-values reads any bytes named .json without
// panicking, and every item it gives has content or an error, within the
// byte cap.
func FuzzJSONValues(f *testing.F) {
	f.Add([]byte("{\n \"text\": \"a\"\n}\n{\"html\": \"<p>b</p>\"}"))
	f.Add([]byte("[\n {\"url\": \"https://a.example/1\", \"text\": \"x\"},\n {}\n]"))
	f.Add([]byte("[{\"text\": \"x\"} ,, ]"))
	f.Add([]byte("{\n\"text\": \"unterminated"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "records.json")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		r := &ingest.Reader{NoFollow: true, MaxBytes: 256}
		err := r.Read(context.Background(), []string{p}, func(it ingest.Item) error {
			// A file that is no JSON is read as a page (maybe empty: the
			// pipeline says so).
			if it.Name != p && it.Err == nil && len(it.Data) == 0 && !it.Fetch {
				t.Errorf("item %s without content or error", it.Name)
			}
			if len(it.Data) > 256 {
				t.Errorf("item %s of %d bytes over the cap", it.Name, len(it.Data))
			}
			return nil
		})
		if err != nil {
			t.Errorf("Read: %v", err)
		}
	})
}

func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restore := ingest.TuneGC()
	if got := debug.SetGCPercent(100); got <= 100 {
		t.Errorf("GOGC during ingest: %d, want above the default", got)
	}
	debug.SetGCPercent(400)
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after restore: %d, want 100", got)
	}
	// A user's own setting is left alone.
	t.Setenv("GOGC", "50")
	ingest.TuneGC()()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC with the user's GOGC set: %d, want unchanged 100", got)
	}
}

// Progress counts the files a folder source reads, not the hidden or
// skipped ones beside them.
func TestReaderProgress(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "one.html"), page(1))
	write(t, filepath.Join(dir, ".hidden.html"), page(2))
	write(t, filepath.Join(dir, "README.md"), []byte("# notes\n"))
	r := &ingest.Reader{}
	if err := r.Read(context.Background(), []string{dir}, func(ingest.Item) error { return nil }); err != nil {
		t.Fatal(err)
	}
	done, total := r.Progress()
	if want := int64(len(page(1))); total != want || done != want {
		t.Errorf("progress %d of %d, want %d of %d", done, total, want, want)
	}
}

// TestRunWARCWholeGzip: rule whole-gzip-warc. An archive gzipped whole
// (one gzip member for all its records) gave its first record only, the
// others lost without a word; cut short, it gave none. Now it gives all
// its records, and cut, those before the cut and one failure naming it.
func TestRunWARCWholeGzip(t *testing.T) {
	var b bytes.Buffer
	w := gen.NewWARCWriter(&b, false)
	var want []string
	for i := 0; i < 4; i++ {
		p := gen.Make(i, small)
		if err := w.Page(p); err != nil {
			t.Fatal(err)
		}
		want = append(want, p.URL)
	}
	whole := gz(b.Bytes())
	dir := t.TempDir()
	write(t, filepath.Join(dir, "whole.warc.gz"), whole)
	write(t, filepath.Join(dir, "cut.warc.gz"), whole[:len(whole)*3/4])
	db := openStore(t)
	got, sum := outcomes(t, db, []string{filepath.Join(dir, "whole.warc.gz")}, &ingest.Reader{})
	if sum.Ingested != 4 || sum.Failed != 0 {
		t.Errorf("whole: summary %+v, outcomes %v", sum, got)
	}
	for _, u := range want {
		if _, err := db.GetByURL(context.Background(), u); err != nil {
			t.Errorf("%s: %v", u, err)
		}
	}
	db2 := openStore(t)
	got, sum = outcomes(t, db2, []string{filepath.Join(dir, "cut.warc.gz")}, &ingest.Reader{})
	if sum.Ingested < 1 || sum.Failed != 1 || !strings.Contains(sum.Failures[0].Error, "cut short") {
		t.Errorf("cut: summary %+v, outcomes %v", sum, got)
	}
}

// TestRunWARCBlockCutShort: an uncompressed archive that ends inside a
// record whose HTTP message has no Content-Length gave back the short block
// without an error, and the cut page was stored as if whole.
func TestRunWARCBlockCutShort(t *testing.T) {
	msg := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><article><p>The council met on Monday to vote on the harbour budget"
	rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://cut.example/a\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s", len(msg)+5000, msg)
	dir := t.TempDir()
	write(t, filepath.Join(dir, "cut.warc"), []byte(rec))
	db := openStore(t)
	got, sum := outcomes(t, db, []string{filepath.Join(dir, "cut.warc")}, &ingest.Reader{})
	if sum.Ingested != 0 || sum.Failed != 1 {
		t.Fatalf("summary %+v, outcomes %v", sum, got)
	}
	if !strings.Contains(sum.Failures[0].Error, "cut short") {
		t.Errorf("failure %q, want a truncation error", sum.Failures[0].Error)
	}
}

// TestFeedJSONCut: rule salvage-json-feed. A JSON Feed cut short gives
// its entries before the break, and one failure naming it; it failed
// whole, nothing stored.
func TestFeedJSONCut(t *testing.T) {
	body := strings.Repeat("Kelby harbour board expects its new ferry terminal to open in June, two years after work began. ", 4)
	var items []string
	for i, town := range []string{"Kelby", "Arden", "Mossley"} {
		items = append(items, fmt.Sprintf(`{"id": "%d", "url": "https://jf.example/%d", "title": "Terminal opens in %s", "content_text": %q, "date_published": "2026-03-0%dT08:00:00Z"}`, i, i, town, strings.ReplaceAll(body, "Kelby", town), i+1))
	}
	feed := `{"version": "https://jsonfeed.org/version/1.1", "title": "Kelby News", "items": [` + strings.Join(items, ", ") + `]}`
	dir := t.TempDir()
	write(t, filepath.Join(dir, "feed.json"), []byte(feed[:len(feed)-200]))
	db := openStore(t)
	got, sum := outcomes(t, db, []string{filepath.Join(dir, "feed.json")}, &ingest.Reader{NoFollow: true})
	if sum.Ingested != 2 || sum.Failed != 1 || !strings.Contains(sum.Failures[0].Error, "the 2 entries before the break are read") {
		t.Errorf("summary %+v, outcomes %v; want the two whole entries and one failure for the break", sum, got)
	}
	if rec, err := db.GetByURL(context.Background(), "https://jf.example/1"); err != nil || rec.Article.Title != "Terminal opens in Arden" {
		t.Errorf("second entry: %v", err)
	}
	// Cut inside the second entry: one entry, said in the singular.
	write(t, filepath.Join(dir, "one.json"), []byte(feed[:strings.Index(feed, `{"id": "1"`)+30]))
	got, sum = outcomes(t, openStore(t), []string{filepath.Join(dir, "one.json")}, &ingest.Reader{NoFollow: true})
	if sum.Ingested != 1 || sum.Failed != 1 || !strings.Contains(sum.Failures[0].Error, "the 1 entry before the break is read") {
		t.Errorf("summary %+v, outcomes %v; want the first entry and one failure for the break", sum, got)
	}
}

// TestFeedNoFollowTeaser: with NoFollow, an entry with a link and a short
// teaser fails, and the error says why (it said the entry had no link);
// both failures count as no content found, not a malformed source (rule
// feed-entry-no-content).
func TestFeedNoFollowTeaser(t *testing.T) {
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>https://f.example/</link>
<item><title>Teaser</title><link>https://f.example/a</link><description>The council met.</description></item>
<item><title>Empty</title></item></channel></rss>`
	dir := t.TempDir()
	write(t, filepath.Join(dir, "feed.xml"), []byte(feed))
	db := openStore(t)
	_, sum := outcomes(t, db, []string{filepath.Join(dir, "feed.xml")}, &ingest.Reader{NoFollow: true})
	var errs []string
	for _, f := range sum.Failures {
		errs = append(errs, f.Error)
	}
	sort.Strings(errs)
	if len(errs) != 2 || !strings.Contains(errs[0], "neither a link nor content") || !strings.Contains(errs[1], "link is not followed") {
		t.Errorf("failures %q", errs)
	}
	if diff := cmp.Diff(map[string]int{"no content found": 2}, sum.Reasons); diff != "" {
		t.Errorf("reasons (-want +got):\n%s", diff)
	}
}

// TestRunAnalysesLater: pages stored with NoAnalysis, met again by a run
// with analysis, are analysed in place (rule analyse-unchanged), fetched
// pages too: no conditional GET nor sitemap date lets them be skipped as
// unchanged while their analysis is missing. A third run finds them
// unchanged.
func TestRunAnalysesLater(t *testing.T) {
	srv := site(t)
	db := openStore(t)
	dir := t.TempDir()
	urls := filepath.Join(dir, "urls.txt")
	write(t, urls, []byte(srv.URL+"/news/a1\n"+srv.URL+"/news/a2\n"))
	file := filepath.Join(dir, "saved.html")
	write(t, file, page(7))
	r := &ingest.Reader{Fetcher: testFetcher()}
	sources := []string{urls, file, srv.URL + "/feed.xml"}
	runOnce := func(noAnalysis bool) map[string]string {
		t.Helper()
		got := map[string]string{}
		_, err := ingest.Run(context.Background(), sources, ingest.Config{Store: db, Reader: r, Workers: 2, NoAnalysis: noAnalysis, OnEvent: func(ev ingest.Event) {
			if ev.Kind != ingest.Found {
				got[ev.Name] = ev.Kind.String()
			}
		}})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	all := func(kind string) map[string]string {
		return map[string]string{srv.URL + "/news/a1": kind, srv.URL + "/news/a2": kind, srv.URL + "/news/a3": kind, file: kind}
	}
	if diff := cmp.Diff(all("ingested"), runOnce(true)); diff != "" {
		t.Errorf("no analysis (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(all("unchanged"), runOnce(true)); diff != "" {
		t.Errorf("no analysis again (-want +got):\n%s", diff)
	}
	ctx := context.Background()
	if n, err := db.PendingAnalysis(ctx, time.Time{}); err != nil || n != 4 {
		t.Fatalf("pending = %d, %v; want 4", n, err)
	}
	if diff := cmp.Diff(all("analysed"), runOnce(false)); diff != "" {
		t.Errorf("with analysis (-want +got):\n%s", diff)
	}
	if n, err := db.PendingAnalysis(ctx, time.Time{}); err != nil || n != 0 {
		t.Errorf("pending after = %d, %v; want 0", n, err)
	}
	if diff := cmp.Diff(all("unchanged"), runOnce(false)); diff != "" {
		t.Errorf("third run (-want +got):\n%s", diff)
	}
	st, err := db.Stats(ctx)
	if err != nil || st.Articles != 4 || st.Versions != 0 || st.People == 0 {
		t.Errorf("stats = %+v, %v; want 4 articles, no version, people found", st, err)
	}
}

// TestRunSymlinkedFolder: a folder the user names through a symlink is read
// (WalkDir alone read the link as a file: "is a directory"); a link inside
// the tree back up to it is not followed.
func TestRunSymlinkedFolder(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	write(t, filepath.Join(real, "a.html"), page(1))
	write(t, filepath.Join(real, "sub", "b.html"), page(2))
	if err := os.Symlink(real, filepath.Join(real, "sub", "loop")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	got, sum := outcomes(t, openStore(t), []string{link}, &ingest.Reader{NoFollow: true})
	want := map[string]string{
		filepath.Join(link, "a.html"):        "ingested",
		filepath.Join(link, "sub", "b.html"): "ingested",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s\nsummary %+v", diff, sum)
	}
}

// TestFeedSalvage: a feed whose XML breaks (cut short, an unescaped "&",
// an unclosed tag) gives the entries read before the break, and the break
// is reported; gofeed alone refused the whole feed.
func TestFeedSalvage(t *testing.T) {
	body := func(i int) string {
		return strings.Repeat(fmt.Sprintf("The harbour board of Port Alder met for the %dth time and voted on the sea wall repairs. ", i), 5)
	}
	rss := fmt.Sprintf(`<?xml version="1.0"?><rss version="2.0"><channel><title>Alder Courier</title>
<item><title>First</title><link>https://feed.example/1</link><description><![CDATA[<p>%s</p>]]></description><pubDate>Tue, 02 Jan 2024 10:00:00 +0100</pubDate></item>
<item><title>Second & more</title><link>https://feed.example/2</link><description>&lt;p&gt;%s&lt;/p&gt;</description></item>
<item><title>Cut <link>https://feed.example/3`, body(1), body(2))
	atom := fmt.Sprintf(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Alder Post</title>
<entry><title>One</title><link rel="self" href="https://atom.example/1.atom"/><link rel="alternate" href="https://atom.example/1"/><content type="html">&lt;p&gt;%s&lt;/p&gt;</content><media:content url="https://atom.example/1.jpg"/></entry>
<entry><title>Two</title><link href="https://atom.example/2"/><summary>%s</summary>`, body(3), body(4))
	dir := t.TempDir()
	write(t, filepath.Join(dir, "broken.rss"), []byte(rss))
	write(t, filepath.Join(dir, "cut.atom"), []byte(atom))
	db := openStore(t)
	got, _ := outcomes(t, db, []string{filepath.Join(dir, "broken.rss"), filepath.Join(dir, "cut.atom")}, &ingest.Reader{NoFollow: true})
	want := map[string]string{
		filepath.Join(dir, "broken.rss"): "failed: malformed source",
		filepath.Join(dir, "cut.atom"):   "failed: malformed source",
		"https://feed.example/1":         "ingested",
		"https://feed.example/2":         "ingested",
		"https://atom.example/1":         "ingested",
		"https://atom.example/2":         "ingested",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	rec, err := db.GetByURL(context.Background(), "https://feed.example/1")
	if err != nil {
		t.Fatal(err)
	}
	if a := rec.Article; a.Title != "First" || !strings.Contains(a.Text, "harbour board") || a.Dates.Published == nil {
		t.Errorf("salvaged entry: title %q, date %v, text %.60q; want First, a date, the description", a.Title, a.Dates.Published, a.Text)
	}
}

// TestRunCutGzipPage: a gzipped page cut short is read as far as it goes,
// with a warning (it failed whole: "truncated gzip stream"); a gzipped
// sitemap cut short still fails, its last address may be cut.
func TestRunCutGzipPage(t *testing.T) {
	dir := t.TempDir()
	full := gz(page(4))
	cut := filepath.Join(dir, "page.html.gz")
	write(t, cut, full[:len(full)*3/4])
	sm := gz([]byte(`<urlset><url><loc>https://x.example/a</loc></url><url><loc>https://x.example/b</loc></url></urlset>`))
	write(t, filepath.Join(dir, "sitemap.xml.gz"), sm[:len(sm)-12])
	db := openStore(t)
	got, _ := outcomes(t, db, []string{cut, filepath.Join(dir, "sitemap.xml.gz")}, &ingest.Reader{NoFollow: true})
	want := map[string]string{
		cut:                                  "ingested",
		filepath.Join(dir, "sitemap.xml.gz"): "failed: malformed source",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	var rec *store.Record
	for r, err := range db.Articles(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		rec = r
	}
	if rec == nil {
		t.Fatal("cut page not stored")
	}
	if !slices.ContainsFunc(rec.Article.Warnings, func(w string) bool { return strings.Contains(w, "gzip stream cut short") }) || rec.Article.Text == "" {
		t.Errorf("cut page: warnings %q, text %.60q; want the cut-short warning and text", rec.Article.Warnings, rec.Article.Text)
	}
}

// TestRunGzipMaxBytes: rule gzip-max-bytes. A text over --max-bytes is
// refused gzipped as it is plain, a file or a fetched body alike; a short
// one gzipped goes in, and a gzipped sitemap over the cap is still read
// (its addresses then fail here: fetching is off for them).
func TestRunGzipMaxBytes(t *testing.T) {
	var long strings.Builder
	long.WriteString("Quarry blasting hearing in Dunmore Vale\n\n")
	for i := range 120 {
		fmt.Fprintf(&long, "Resident %d told the planning board that blasting at the quarry shook the windows of the lower village every afternoon.\n\n", i)
	}
	short := "Ferry timetable row in Varnholt\n\nThe council of Varnholt asked the ferry operator for two more crossings a day before the summer season, after weeks of complaints from the island's residents.\n"
	mux := http.NewServeMux()
	mux.HandleFunc("/long.txt.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/gzip")
		w.Write(gz([]byte(long.String())))
	})
	srv := httptest.NewServer(mux) // anything else: 404
	t.Cleanup(srv.Close)
	var sm strings.Builder
	sm.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := range 40 {
		fmt.Fprintf(&sm, "<url><loc>%s/news/%d/%s</loc></url>\n", srv.URL, i, strings.Repeat("quarry-hearing-", 16))
	}
	sm.WriteString("</urlset>")
	dir := t.TempDir()
	write(t, filepath.Join(dir, "long.txt"), []byte(long.String()))
	write(t, filepath.Join(dir, "long.txt.gz"), gz([]byte(long.String())))
	write(t, filepath.Join(dir, "short.txt.gz"), gz([]byte(short)))
	write(t, filepath.Join(dir, "sitemap.xml.gz"), gz([]byte(sm.String())))
	const capBytes = 8 << 10
	if long.Len() <= capBytes || sm.Len() <= capBytes {
		t.Fatalf("the long text (%d bytes) and the sitemap (%d) must pass the cap", long.Len(), sm.Len())
	}
	f := fetch.New(fetch.Options{AllowPrivate: true, Delay: -1, Timeout: 5 * time.Second, MaxBytes: 1 << 20})
	got, _ := outcomes(t, openStore(t), []string{dir, srv.URL + "/long.txt.gz"}, &ingest.Reader{MaxBytes: capBytes, Fetcher: f})
	for name, want := range map[string]string{
		filepath.Join(dir, "long.txt"):     "failed: too large",
		filepath.Join(dir, "long.txt.gz"):  "failed: too large",
		srv.URL + "/long.txt.gz":           "failed: too large",
		filepath.Join(dir, "short.txt.gz"): "ingested",
		fmt.Sprintf("%s/news/0/%s", srv.URL, strings.Repeat("quarry-hearing-", 16)): "failed: fetch failed",
	} {
		if got[name] != want {
			t.Errorf("%s: %q, want %q", name, got[name], want)
		}
	}
}

// TestRunWARCCaptureOrder: store rules older-capture, older-capture-version
// and known-version through ingest. An archive holding a page's later
// capture before its earlier one keeps the later current, the earlier kept
// with a reason and stored as the page's earlier version (lede show
// --versions gives its text); the archive ingested again changes nothing
// (both unchanged, no version added).
func TestRunWARCCaptureOrder(t *testing.T) {
	const u = "https://ostmark-post.example/rail/vellin"
	html := func(title string) []byte {
		return []byte("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" +
			strings.Repeat("<p>The rail board of Ostmark voted on Thursday to close the branch line to Vellin, which traders in the valley called a blow to their trade.</p>", 5) +
			"</article></body></html>")
	}
	var b bytes.Buffer
	w := gen.NewWARCWriter(&b, true)
	w.Record("response", u, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC), "application/http;msgtype=response", gen.HTTPResponse(200, "text/html", html("Vellin line to close, board confirms")))
	w.Record("response", u, time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC), "application/http;msgtype=response", gen.HTTPResponse(200, "text/html", html("Vellin line may close")))
	arc := filepath.Join(t.TempDir(), "rail.warc.gz")
	write(t, arc, b.Bytes())
	db := openStore(t)
	var why []string
	for run := range 2 {
		sum, err := ingest.Run(context.Background(), []string{arc}, ingest.Config{Store: db, Reader: &ingest.Reader{}, Workers: 2, OnEvent: func(ev ingest.Event) {
			if ev.Kind == ingest.Kept {
				why = append(why, ev.Err.Error())
			}
		}})
		if err != nil {
			t.Fatal(err)
		}
		if want := [2][3]int{{1, 1, 0}, {0, 0, 2}}[run]; [3]int{sum.Ingested, sum.Kept, sum.Unchanged} != want {
			t.Errorf("run %d: %+v, want ingested, kept, unchanged %v", run+1, sum, want)
		}
		r, err := db.GetByURL(context.Background(), u)
		if err != nil || r.Article.Title != "Vellin line to close, board confirms" {
			t.Fatalf("run %d: current %v, %v; want the later capture", run+1, r, err)
		}
		if vs, err := db.Versions(context.Background(), r.Article.ID); err != nil || len(vs) != 1 || vs[0].Article.Title != "Vellin line may close" || !strings.Contains(vs[0].Article.Text, "branch line to Vellin") {
			t.Errorf("run %d: versions %+v, %v; want the earlier capture, with its text", run+1, vs, err)
		}
	}
	if len(why) != 1 || why[0] != ingest.ErrKeptNewer.Error() {
		t.Errorf("kept reasons %q, want ErrKeptNewer on the first run", why)
	}
}

// TestRunFeedFallbackKeepsPage: store rule older-capture through a feed.
// The page of a feed entry was fetched and stored; the next run cannot
// fetch it and falls back on the entry's own content, dated by the entry,
// before the fetch: the fetched page stays current, the entry's content
// is kept out (it replaced the page, as a new version).
func TestRunFeedFallbackKeepsPage(t *testing.T) {
	var down atomic.Bool
	var srv *httptest.Server
	entry := strings.Repeat("<p>The county of Marrowby said the old stone bridge over the Lune would stay shut until autumn, its contractor having gone into administration.</p>", 3)
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Marrowby Herald</title><link>%[1]s/</link>
<item><title>Bridge repairs delayed</title><link>%[1]s/news/bridge</link><pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate><description><![CDATA[%[2]s]]></description></item>
</channel></rss>`, srv.URL, entry)
	})
	mux.HandleFunc("/news/bridge", func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page(500))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	db := openStore(t)
	r := &ingest.Reader{Fetcher: testFetcher()}
	outcomes(t, db, []string{srv.URL + "/feed.xml"}, r)
	rec, err := db.GetByURL(context.Background(), srv.URL+"/news/bridge")
	if err != nil {
		t.Fatal(err)
	}
	title := rec.Article.Title
	down.Store(true)
	got, _ := outcomes(t, db, []string{srv.URL + "/feed.xml"}, r)
	if got[srv.URL+"/news/bridge"] != "kept" {
		t.Errorf("entry's own content after a failed fetch: %v, want kept", got)
	}
	if rec, err := db.GetByURL(context.Background(), srv.URL+"/news/bridge"); err != nil || rec.Article.Title != title {
		t.Errorf("current %v, %v; want the fetched page (%q)", rec, err, title)
	}
}

// TestRunEmptySitemapAndFeed: a sitemap listing nothing and a feed without
// entries fail as empty, with a reason; both passed silently ("ingested 0,
// failed 0").
func TestRunEmptySitemapAndFeed(t *testing.T) {
	dir := t.TempDir()
	sm := filepath.Join(dir, "sitemap.xml")
	write(t, sm, []byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><url><loc>https://x.example/a</loc></url></url></urlset>`))
	feed := filepath.Join(dir, "feed.xml")
	write(t, feed, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>`))
	got, sum := outcomes(t, openStore(t), []string{sm, feed}, &ingest.Reader{NoFollow: true})
	want := map[string]string{sm: "failed: empty", feed: "failed: empty"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	if len(sum.Failures) != 2 || !strings.Contains(sum.Failures[0].Error+sum.Failures[1].Error, "no pages") {
		t.Errorf("failures %+v: want the sitemap's 'lists no pages'", sum.Failures)
	}
}

// TestRunWARCWithoutArticles: an archive of requests, metadata and a
// redirect fails with the count of its records by type; it passed
// silently ("ingested 0, failed 0", exit 0).
func TestRunWARCWithoutArticles(t *testing.T) {
	var b bytes.Buffer
	w := gen.NewWARCWriter(&b, false)
	for i := 0; i < 3; i++ {
		w.Record("request", fmt.Sprintf("https://q.example/%d", i), time.Now(), "application/http;msgtype=request", []byte("GET / HTTP/1.1\r\nHost: q.example\r\n\r\n"))
	}
	w.Record("metadata", "https://q.example/0", time.Now(), "application/warc-fields", []byte("via: x\r\n"))
	w.Record("response", "https://q.example/old", time.Now(), "application/http;msgtype=response", gen.HTTPResponse(301, "text/html", nil))
	path := filepath.Join(t.TempDir(), "requests.warc")
	write(t, path, b.Bytes())
	got, sum := outcomes(t, openStore(t), []string{path}, &ingest.Reader{})
	if diff := cmp.Diff(map[string]string{path: "failed: no content found"}, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	if len(sum.Failures) != 1 || !strings.Contains(sum.Failures[0].Error, "5 WARC records") || !strings.Contains(sum.Failures[0].Error, "3 request") {
		t.Errorf("failures %+v: want the 5 records counted, 3 of them requests", sum.Failures)
	}
}

// TestRunWARCBracketedTarget: rule bracketed-target-uri. An archive whose
// WARC-Target-URI fields are written in angle brackets, as the WARC/1.0
// standard's examples write them, gives each page its address, gzipped
// record by record (each member still read in turn) and plain: the
// articles are found by their address, with the outlet's domain and the
// relative image resolved. With the rule off the pages had no address.
func TestRunWARCBracketedTarget(t *testing.T) {
	pages := []struct{ url, title string }{
		{"https://kessler-gazette.example/harbour/ferry-strike", "Ferry crews in Kessler walk out over rotas"},
		{"https://kessler-gazette.example/council/budget-vote", "Kessler council passes a budget with a library cut"},
	}
	html := func(title string) []byte {
		return []byte("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" +
			`<figure><img src="/img/quay.jpg" alt="The quay at dawn"><figcaption>The quay at dawn.</figcaption></figure>` +
			strings.Repeat("<p>Union officials in Kessler said the dispute over weekend shifts had dragged on since spring, and that talks with the operator had gone nowhere.</p>", 4) +
			"</article></body></html>")
	}
	for _, gz := range []bool{true, false} {
		var b bytes.Buffer
		w := gen.NewWARCWriter(&b, gz)
		for i, p := range pages {
			w.Record("response", "<"+p.url+">", time.Date(2026, 4, 1+i, 8, 0, 0, 0, time.UTC), "application/http;msgtype=response", gen.HTTPResponse(200, "text/html", html(p.title)))
		}
		arc := filepath.Join(t.TempDir(), "kessler.warc")
		if gz {
			arc += ".gz"
		}
		write(t, arc, b.Bytes())
		db := openStore(t)
		sum, err := ingest.Run(context.Background(), []string{arc}, ingest.Config{Store: db, Reader: &ingest.Reader{}, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Ingested != len(pages) {
			t.Errorf("gzip %v: %+v, want %d ingested", gz, sum, len(pages))
		}
		for _, p := range pages {
			r, err := db.GetByURL(context.Background(), p.url)
			if err != nil {
				t.Errorf("gzip %v: %s not found by its address: %v", gz, p.url, err)
				continue
			}
			if r.Article.URL != p.url || r.Article.Title != p.title {
				t.Errorf("gzip %v: stored %q %q, want %q %q", gz, r.Article.URL, r.Article.Title, p.url, p.title)
			}
			if len(r.Article.Media.Images) == 0 || r.Article.Media.Images[0].URL != "https://kessler-gazette.example/img/quay.jpg" {
				t.Errorf("gzip %v: images %+v, want the quay resolved on the page's address", gz, r.Article.Media.Images)
			}
		}
	}
}
