package stories

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestOpeningTitle pins rule opening-title: an untitled text's first line
// is its headline when it reads as one, and not when it is a dateline's
// lead, two sentences, prose too long for a headline or the whole text.
func TestOpeningTitle(t *testing.T) {
	body := "\n\nThe ferry line said on Monday that crossings would resume once the pier was repaired."
	cases := []struct {
		text, want string
	}{
		{"Ferry strike halts crossings to Velmar." + body, "Ferry strike halts crossings to Velmar."},
		{"Orvania's ferry strike: crews walk out at dawn" + body, "Orvania's ferry strike: crews walk out at dawn"},
		{"U.N. envoy lands in Velmar as talks resume." + body, "U.N. envoy lands in Velmar as talks resume."},
		{"EXCLUSIVE: Harbour board hid the pier's cracks for years." + body, "EXCLUSIVE: Harbour board hid the pier's cracks for years."},
		// a dateline opens the lead, not a headline
		{"KELBY, Ore. — The ferry line halted crossings." + body, ""},
		{"OSLO (Nordwire) - Crews walked out." + body, ""},
		// two sentences
		{"Crews walked out. The pier stays shut." + body, ""},
		{"Is the pier safe? Nobody at the board will say." + body, ""},
		// rule title-case-headline: two sentences in headline style
		{"Velmar Votes on the Pier. Here Is What Changes." + body, "Velmar Votes on the Pier. Here Is What Changes."},
		{"Who Is Ada Quell? The Mayor Nobody Expected" + body, "Who Is Ada Quell? The Mayor Nobody Expected"},
		{"Ada Quell spoke first. Velmar listened." + body, ""},
		{"Ferry Halted. We Go." + body, ""},
		// a lead sentence longer than a headline
		{"The ferry line that has served the islands of Orvania for ninety years halted every crossing on Monday after crews walked out over pay." + body, ""},
		// lower case, one word, a label, the whole text
		{"crews walked out at dawn on Monday." + body, ""},
		{"Update" + body, ""},
		{"Latest on the strike:" + body, ""},
		{"Ferry strike halts crossings to Velmar.", ""},
	}
	for _, c := range cases {
		if got := openingTitle(c.text); got != c.want {
			t.Errorf("openingTitle(%.40q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestStoryOpeningTitle: a story whose articles carry no title is titled
// by its earliest article's opening headline, and the comparison labels
// each untitled article by its own, where it has one.
func TestStoryOpeningTitle(t *testing.T) {
	a := &model.Article{ID: "a", Outlet: "Harbour Gazette", Text: "Ferry strike halts crossings to Velmar.\n\nCrews of the Orvania ferry line walked out at dawn on Monday, the line said."}
	b := &model.Article{ID: "b", Outlet: "Velmar Courier", Text: "VELMAR — Crews of the ferry line walked out at dawn on Monday.\n\nThe line said crossings would resume on Friday."}
	st := newStory([]*model.Article{b, a}, func(x *model.Article) *model.Article { return x })
	if st.Title != "Ferry strike halts crossings to Velmar." {
		t.Errorf("story title %q", st.Title)
	}
	c := Compare(st, []*model.Article{a, b}, nil)
	var buf strings.Builder
	if err := c.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "a  Ferry strike halts crossings to Velmar.") || !strings.Contains(out, "b  "+NoTitle) {
		t.Errorf("article labels:\n%s", out)
	}
}
