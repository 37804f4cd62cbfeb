package htmlextract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/boilerplate"
	"github.com/lede-news/lede/internal/model"
)

// densePage builds a synthetic dense page: a table of rows short cells
// (kind "table") or an article of rows short paragraphs (kind "paras"), the
// shapes issue 3's time-per-MB target is weakest on (cost per node and per
// block, not per byte).
func densePage(kind string, rows int) string {
	var b strings.Builder
	b.WriteString("<html><head><title>Dense page</title></head><body>")
	switch kind {
	case "table":
		b.WriteString("<table>")
		for range rows {
			b.WriteString("<tr><td>a</td><td>b</td></tr>")
		}
		b.WriteString("</table>")
	default:
		b.WriteString("<article>")
		for i := range rows {
			fmt.Fprintf(&b, "<p>Short line number %d here.</p>", i)
		}
		b.WriteString("</article>")
	}
	b.WriteString("</body></html>")
	return b.String()
}

// TestWriteDensePages writes, when LEDE_DENSE_OUT names a directory, the
// dense pages of 300,000 rows that comments in this package time and
// profile: "the 300k-row table page" (8.7 MB, 900k elements) and a
// 300k-paragraph page of the same shape (11 MB here; the commits' figures
// for it came from a 9.5 MB one that was not kept). Their CPU figures are
// user time of lede extract, from the repository's root:
//
//	LEDE_DENSE_OUT=/tmp go test ./internal/htmlextract -run TestWriteDensePages
//	go build -o /tmp/lede ./cmd/lede && /usr/bin/time -f '%U s %M KB' /tmp/lede extract --no-analysis /tmp/dense-table.html >/dev/null
func TestWriteDensePages(t *testing.T) {
	dir := os.Getenv("LEDE_DENSE_OUT")
	if dir == "" {
		t.Skip("LEDE_DENSE_OUT not set")
	}
	for _, kind := range []string{"table", "paras"} {
		if err := os.WriteFile(filepath.Join(dir, "dense-"+kind+".html"), []byte(densePage(kind, 300000)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkDense measures ExtractNode alone (the page parsed outside the
// clock) on the two dense shapes, 20,000 rows each (table 0.58 MB,
// paragraphs 0.71 MB). ns/op divided by the page's MB is the figure issue
// 3 bounds (25 ms/MB, parse included):
//
//	go test ./internal/htmlextract/ -run '^$' -bench Dense -benchmem
//
// Best of 3 alternating runs, 2 busy cores, before the dense-page work
// (13c78be) and after it: table 79 -> 31 ms/op (137 -> 54 ms/MB), 30 ->
// 5.2 MB/op, 40k -> 160 allocs/op; paragraphs 81 -> 45 ms/op (115 -> 63
// ms/MB), 20 -> 5.7 MB/op, 120k -> 40k allocs/op (60k since flush lowers
// with strings.ToLower again, 58b2779). (html.Parse alone runs at 16-43
// ms/MB on such pages.)
func BenchmarkDense(b *testing.B) {
	for _, kind := range []string{"table", "paras"} {
		page := densePage(kind, 20000)
		b.Run(kind, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				doc, err := html.Parse(strings.NewReader(page))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := ExtractNode(doc, Options{Now: testNow}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestCreditMarkers: creditTail skips a tail without a colon, so every
// credit marker must hold one.
func TestCreditMarkers(t *testing.T) {
	for _, m := range creditMarkers {
		if !strings.Contains(m, ":") {
			t.Errorf("credit marker %q holds no colon: creditTail's prefilter would skip it", m)
		}
	}
}

// TestLicenseMarkers: licenseNotice skips a block holding neither "cc"
// nor "creative", so every licence marker must hold one of them.
func TestLicenseMarkers(t *testing.T) {
	for _, m := range licenseMarkers {
		if !strings.Contains(m, "cc") && !strings.Contains(m, "creative") {
			t.Errorf("licence marker %q holds neither \"cc\" nor \"creative\": licenseNotice's prefilter would skip it", m)
		}
	}
}

// TestLeafBlocks: leafBlocks counts a dense page's cells and lines, the
// blocks emitRoot sizes a.Body for, a data table as one block, and the
// sized body holds them.
func TestLeafBlocks(t *testing.T) {
	layout := func(*html.Node) bool { return false }
	data := func(*html.Node) bool { return true }
	for _, tc := range []struct {
		src       string
		dataTable func(*html.Node) bool
		want      int
	}{
		{densePage("table", 5), layout, 10},
		{densePage("table", 5), data, 1},
		{densePage("paras", 7), layout, 7},
		{`<div><p>a <b>b</b></p><ul><li>x</li><li><p>y</p><p>z</p></li></ul><span><p>s</p></span>tail</div>`, layout, 5},
		{`<div><p>a</p><table><tr><td>x</td><td>y</td></tr></table></div>`, data, 2},
	} {
		doc, err := html.Parse(strings.NewReader(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		body := findBody(doc)
		if got := leafBlocks(body, tc.dataTable); got != tc.want {
			t.Errorf("leafBlocks(%.60s...) = %d, want %d", tc.src, got, tc.want)
		}
	}
	// above minSizedBody the body is sized once and holds every line
	page := densePage("paras", minSizedBody+1000)
	a, err := Extract(page, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	// (slices.Grow rounds the capacity up to the allocator's size class;
	// growing by doubling would leave thousands spare)
	if len(a.Body) != minSizedBody+1000 || cap(a.Body)-len(a.Body) > 100 {
		t.Errorf("dense page: %d blocks in a body of capacity %d, want %d and a capacity within 100", len(a.Body), cap(a.Body), minSizedBody+1000)
	}
	// a data table under the root is one block: the body is not sized for
	// its cells
	var b strings.Builder
	b.WriteString("<html><body><article>")
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the synthetic page runs long enough to count as prose in its article.</p>", i)
	}
	b.WriteString("<table><tr><th>Key</th><th>Value</th></tr>")
	for i := range minSizedBody {
		fmt.Fprintf(&b, "<tr><td>k%d</td><td>%d</td></tr>", i, i)
	}
	b.WriteString("</table></article></body></html>")
	if a, err = Extract(b.String(), Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	if n := len(a.Body); n != 7 || a.Body[n-1].Kind != model.KindTable || cap(a.Body) > 100 {
		t.Errorf("data table page: %d blocks (last %q) in a body of capacity %d, want 7 ending in the table and a capacity within 100", n, a.Body[n-1].Kind, cap(a.Body))
	}
}

// TestClassifyBlock: classifyBlock answers as boilerplate.Classify does,
// the first time and from its memo, and stops remembering at
// maxMemoEntries.
func TestClassifyBlock(t *testing.T) {
	var x extractor
	blocks := []string{"Share this article", "a", "Advertisement", "Read more:", "5 min read", "Yes", strings.Repeat("long block ", 10)}
	for range 2 {
		for _, b := range blocks {
			k, r, ok := x.classifyBlock(b)
			wk, wr, wok := boilerplate.Classify(b)
			if k != wk || r != wr || ok != wok {
				t.Errorf("classifyBlock(%q) = %q %q %v, want %q %q %v", b, k, r, ok, wk, wr, wok)
			}
		}
	}
	if _, ok := x.phraseMemo[strings.Repeat("long block ", 10)]; ok {
		t.Error("a block over maxMemoBlock was remembered")
	}
	for i := range 2 * maxMemoEntries {
		x.classifyBlock(fmt.Sprint("cell ", i))
	}
	if len(x.phraseMemo) > maxMemoEntries {
		t.Errorf("memo holds %d blocks, want at most %d", len(x.phraseMemo), maxMemoEntries)
	}
}
