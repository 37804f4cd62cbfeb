package htmlmeta

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/golden"
)

// pageURLComment is the first line of each golden page: <!-- url: ... -->.
var pageURLComment = regexp.MustCompile(`^<!-- url: (\S+) -->`)

// TestGolden extracts the metadata of each synthetic page under
// testdata/golden and compares it with the .json beside it.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "golden", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no golden pages: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			pageURL := ""
			if m := pageURLComment.FindSubmatch(data); m != nil {
				pageURL = string(m[1])
			}
			m := Extract(parse(t, string(data)), pageURL, testNow)
			golden.JSON(t, strings.TrimSuffix(page, ".html")+".json", m)
		})
	}
}
