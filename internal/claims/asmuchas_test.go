package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAsMuchAs checks rule asMuchAs: "as much as", "as many as" and
// their kin right before a figure bound it and leave the subject; a
// comparison away from the figure stays. Texts invented.
func TestAsMuchAs(t *testing.T) {
	subject := func(c model.Claim) string { return c.Subject }
	tests := []langCase[string]{
		{"en", "Cabins on the Velmar coast sell for as much as $2 million.", []string{"Cabins on the Velmar coast sell"}},
		{"en", "The fare could be as high as 14 percent above last year's.", []string{"The fare could be above last year's"}},
		{"en", "As many as 40 percent of Corran drivers say they will switch.", []string{"Corran drivers say they will switch"}},
	}
	checkLang(t, tests, subject)
}
