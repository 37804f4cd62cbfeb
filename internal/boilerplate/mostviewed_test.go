package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestRelatedHeaderMost: the headers of an outlet's most viewed,
// commented and shared lists are related headers (rule
// related-header-most), and the link to license the story is navigation
// (rule navigation-reuse); a sentence that opens with the same words is
// neither. Fails without the entries.
func TestRelatedHeaderMost(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Most viewed", model.RemovedRelated},
		{"Most viewed in Tallow news", model.RemovedRelated},
		{"Most commented", model.RemovedRelated},
		{"Most shared", model.RemovedRelated},
		{"Most emailed", model.RemovedRelated},
		{"Reuse this content", model.RemovedNavigation},
		{"Most shared houses in the valley lack a garden, a survey of Tallow tenants found.", ""},
	})
}
