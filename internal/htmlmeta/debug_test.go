package htmlmeta

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/input"
)

// TestDebugMeta prints the candidates collected on the benchmark pages
// named in LEDE_META_DEBUG (comma-separated ids); a development aid.
func TestDebugMeta(t *testing.T) {
	ids := os.Getenv("LEDE_META_DEBUG")
	if ids == "" {
		t.Skip("set LEDE_META_DEBUG=id,id")
	}
	want := map[string]bool{}
	for _, id := range strings.Split(ids, ",") {
		want[id] = true
	}
	for _, set := range []string{"extract", "extract-wcxb"} {
		dir := filepath.Join("..", "..", "..", "shared", "bench", set)
		f, err := os.Open(filepath.Join(dir, "cases.jsonl"))
		if err != nil {
			t.Skip(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var c struct{ ID, URL, Page string }
			json.Unmarshal(sc.Bytes(), &c)
			if !want[c.ID] {
				continue
			}
			raw, _ := readGz(filepath.Join(dir, c.Page))
			doc, _ := html.Parse(strings.NewReader(input.Decode(raw, "", true).Text))
			col := newCollector(c.URL)
			col.walk(doc, walkState{})
			col.parseJSONLD()
			m := &Meta{}
			col.decide(m, time.Now())
			fmt.Printf("== %s %s\n docTitle=%q\n og=%q tw=%q ld=%q md=%q site=%q\n", c.ID, c.URL, col.docTitle, col.meta1("og:title"), col.meta1("twitter:title"), col.ld.headline(), col.headline, col.siteNames(m.Outlet))
			for _, h := range col.h1s {
				fmt.Printf(" h1 %+v\n", h)
			}
			for _, b := range col.bylines {
				fmt.Printf(" by %+v\n", b)
			}
			for _, tc := range col.times {
				fmt.Printf(" time %+v\n", tc)
			}
			fmt.Printf(" dateTexts=%q\n afterH1=%q\n", col.dateTexts, col.afterH1)
			fmt.Printf(" sites=%q ldauthor=%v\n", col.siteNames(m.Outlet), col.ld.main["author"])
			fmt.Printf(" => title=%q authors=%q pub=%+v mod=%+v\n", m.Title, m.Authors, m.Published, m.Modified)
		}
		f.Close()
	}
}
