package stories

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestUnknownOutletOnce pins rule unknown-outlet-once: the articles of no
// known outlet are listed under one header, after the known outlets,
// each line still giving its article's id.
func TestUnknownOutletOnce(t *testing.T) {
	text := "The ferry to Skerry was cancelled on Tuesday after a storm damaged the pier."
	arts := []*model.Article{
		{ID: "kkk1", Outlet: "Coast Post", Title: "Ferry cancelled", Text: text},
		{ID: "uuu1", Title: "Storm hits pier", Text: text + " Repairs begin next week."},
		{ID: "uuu2", Title: "Skerry ferry off", Text: text + " Passengers were offered refunds."},
	}
	var b strings.Builder
	if err := Compare(NewStory(arts), arts, nil).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n := strings.Count(out, "  (unknown outlet)\n"); n != 1 {
		t.Errorf("%d unknown-outlet headers, want 1:\n%s", n, out)
	}
	if !strings.Contains(out, "  Coast Post\n    kkk1  ") || !strings.Contains(out, "  (unknown outlet)\n    uuu1  Storm hits pier\n    uuu2  Skerry ferry off\n") {
		t.Errorf("outlets not listed as want:\n%s", out)
	}
}
