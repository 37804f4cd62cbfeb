package analysis

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/golden"
	"github.com/lede-news/lede/internal/model"
)

// e2eRecord is the whole analysis of an article, as a reader sees it in the
// Article record: quotes with their speakers, people with roles and
// mentions, organisations, places and claims.
type e2eRecord struct {
	Quotes        []model.Quote  `json:"quotes"`
	People        []model.Person `json:"people"`
	Organizations []model.Entity `json:"organizations"`
	Places        []model.Entity `json:"places"`
	Claims        []model.Claim  `json:"claims"`
}

// TestGoldenEndToEnd pins the whole record of the articles under
// testdata/e2e: realistic synthetic stories of our own, one per kind a news
// reader meets (a council story with a poll, a US political story with
// title and pronoun coreference, a business story, a court report, a
// sports report with a press-conference block, a science story citing a
// study, an op-ed with scare quotes and titles of works, a local transport
// story with embedded posts and a quote over two paragraphs). TestGolden pins
// only what this package adds; this one shows any change a quotes, people,
// claims or entities rule makes to a whole article, so an editor can read
// the diff. Update with go test ./internal/analysis -run EndToEnd -update.
func TestGoldenEndToEnd(t *testing.T) {
	files, _ := filepath.Glob("testdata/e2e/*.txt")
	if len(files) < 8 {
		t.Fatalf("want the eight end-to-end articles, found %d", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			a := readArticle(t, f)
			Analyze(a)
			checkSpans(t, a)
			r := e2eRecord{Quotes: a.Quotes, People: a.People, Organizations: a.Organizations, Places: a.Places, Claims: a.Claims}
			golden.JSON(t, strings.TrimSuffix(f, ".txt")+".golden.json", r)
		})
	}
}
