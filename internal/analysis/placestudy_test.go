package analysis

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPlaceStudyWired checks that Analyze gives the claims stage the
// article's places (rule placeStudy): a state before "polls" is what the
// polls cover, no source. Text and people invented.
func TestPlaceStudyWired(t *testing.T) {
	a := &model.Article{Text: "Dana Orr grew up on a farm in Nebraska. She led each of the last 10 Nebraska polls by 7 points.", Language: "en"}
	Analyze(a)
	if len(a.Claims) == 0 {
		t.Fatalf("no claims; places %+v", a.Places)
	}
	for _, c := range a.Claims {
		if c.Source == "Nebraska" {
			t.Errorf("claim %q sourced to the place it covers (places %+v)", c.Text, a.Places)
		}
	}
}
