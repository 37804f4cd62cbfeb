package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestContrastLevel checks rule contrastLevel: a share or sum set
// against the one before it, with a time after it, measures what that
// one measured; one for another party keeps its own words.
func TestContrastLevel(t *testing.T) {
	get := func(c model.Claim) string { return c.Subject }
	tests := []langCase[string]{
		{"en", "Turnout in Dunmore was 64%, against 58% in 2021.", []string{"Turnout in Dunmore", "Turnout in Dunmore in 2021"}},
		{"en", "Maria Velde won 52% of the vote against 46% for her rival.", []string{"Maria Velde won the vote", "for her rival"}},
	}
	checkLang(t, tests, get)
}
