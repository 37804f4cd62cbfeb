package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSyndicationRepublish: the republish button of a newsroom that
// licenses its stories is a syndication note (rule
// syndication-note-republish). Fails without the entries.
func TestSyndicationRepublish(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Republish this story", model.RemovedOther},
		{"Republish our articles for free, online or in print.", model.RemovedOther},
	})
}
