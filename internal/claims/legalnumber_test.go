package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLegalNumber checks rule legalNumber: the number after "article",
// "clause", "amendment", "exhibit" or "item" names it and counts nothing
// after it; a count of articles still counts. Texts invented.
func TestLegalNumber(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "Article 12 guarantees the right of Velmor workers to strike.", nil},
		{"en", "The Harlow council said clause 4 forbids any sale of the land.", nil},
		{"en", "Prosecutors said exhibit 7 shows the Dunmore plan.", nil},
		{"en", "The Corran Herald printed 40 articles on the strike.", []string{"articles"}},
	}
	checkLang(t, tests, unit)
}
