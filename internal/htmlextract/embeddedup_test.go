package htmlextract

import (
	"fmt"
	"hash/maphash"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/model"
)

// TestEmbedDedup: a post embedded twice is one embed, wherever the second
// copy is; distinct posts all stay, in order. Many posts exercise the
// embedAt index that replaced comparing each embed with all the others
// (quadratic in the posts).
func TestEmbedDedup(t *testing.T) {
	tweet := func(i int) string {
		return fmt.Sprintf(`<blockquote class="twitter-tweet"><p>The harbour wall gave way at noon, post %d</p>&mdash; Port Desk (@portdesk) <a href="https://twitter.com/portdesk/status/%d">May 1, 2020</a></blockquote>`, i, 1000+i)
	}
	prose := "<p>" + strings.Repeat("The council met on Monday to discuss the harbour wall and the cost of its repair. ", 6) + "</p>"
	tests := []struct {
		name  string
		posts []int // status ids, in page order
		want  int
	}{
		{"one", []int{1}, 1},
		{"repeated", []int{1, 2, 1, 3, 2}, 3},
		{"many with repeats", append(embedSeq(3000), embedSeq(3000)...), 3000},
	}
	for _, tt := range tests {
		var b strings.Builder
		b.WriteString("<html><body><article><h1>Harbour wall</h1>" + prose)
		for _, id := range tt.posts {
			b.WriteString(tweet(id))
		}
		b.WriteString(prose + "</article></body></html>")
		a, err := Extract(b.String(), Options{Now: testNow})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(a.Embeds) != tt.want {
			t.Errorf("%s: %d embeds, want %d", tt.name, len(a.Embeds), tt.want)
		}
		seen := map[string]bool{}
		for _, e := range a.Embeds {
			if seen[e.PostID] {
				t.Errorf("%s: post %s twice", tt.name, e.PostID)
			}
			seen[e.PostID] = true
		}
	}
}

func embedSeq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// dropRepeatsEach is dropRepeats as it was: the embeds after a dropped
// block moved back one at each drop. It is the reference for the one-pass
// renumbering.
func dropRepeatsEach(a *model.Article) {
	seen := map[uint64]bool{}
	out := a.Body[:0]
	for _, b := range a.Body {
		if len(b.Text) >= minRepeatLen && b.Kind != model.KindTable && b.Kind != model.KindPreformatted {
			h := maphash.String(seed, b.Text)
			if seen[h] {
				for j := range a.Embeds {
					if a.Embeds[j].Position > len(out) {
						a.Embeds[j].Position--
					}
				}
				continue
			}
			seen[h] = true
		}
		out = append(out, b)
	}
	a.Body = out
}

// TestDropRepeatsEmbedPositions draws bodies of repeated and unrepeated
// blocks with embeds anywhere (before the first block, after the last, past
// the end) and checks the blocks and embed positions against the reference.
func TestDropRepeatsEmbedPositions(t *testing.T) {
	texts := []string{"The council voted on the harbour wall budget.", "The mayor said the works start in spring.", "Short", "A third paragraph about the market square."}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		var a model.Article
		for k := r.Intn(12); k > 0; k-- {
			kind := model.KindParagraph
			if r.Intn(6) == 0 {
				kind = model.KindTable
			}
			a.Body = append(a.Body, model.Block{Kind: kind, Text: texts[r.Intn(len(texts))]})
		}
		for k := r.Intn(5); k > 0; k-- {
			a.Embeds = append(a.Embeds, model.Embed{PostID: fmt.Sprint(k), Position: r.Intn(len(a.Body)+3) - 1})
		}
		want := model.Article{Body: append([]model.Block(nil), a.Body...), Embeds: append([]model.Embed(nil), a.Embeds...)}
		dropRepeatsEach(&want)
		x := &extractor{a: &a}
		x.dropRepeats()
		if d := cmp.Diff(want.Body, a.Body); d != "" {
			t.Fatalf("blocks (-want +got):\n%s", d)
		}
		if d := cmp.Diff(want.Embeds, a.Embeds); d != "" {
			t.Fatalf("embeds (-want +got):\n%s", d)
		}
	}
}

// TestEmbedPositionAfterDroppedBlock: an embed recorded after a block that
// a rule then drops (the heading of a dropped region, a trailing "...:"
// heading) moves back with it, so that it stays before the text that
// follows it and inside the body; an embed past the end of a body that
// rule articlebody-signal replaced goes last; a paragraph of Unicode
// spaces is no block.
func TestEmbedPositionAfterDroppedBlock(t *testing.T) {
	prose := "<p>" + strings.Repeat("The council met on Monday to discuss the harbour wall and the cost of its repair. ", 6) + "</p>"
	after := "<p>" + strings.Repeat("After the storm the ferry ran again from the north quay. ", 4) + "</p>"
	tweet := `<blockquote class="twitter-tweet"><p>The wall gave way at noon</p>&mdash; Port Desk (@portdesk) <a href="https://twitter.com/portdesk/status/42">May 1, 2020</a></blockquote>`
	var short string
	for i := range 6 {
		short += fmt.Sprintf("<p>Stall %d of the market opens at nine.</p>", i+1)
	}
	ld := `<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour","articleBody":"` +
		strings.Repeat("The harbour board met in the town hall to agree the budget for the new sea wall. ", 8) + `"}</script></head>`
	tests := []struct {
		name, head, page string
		before           string // start of the block the embed comes before; "" for none (last)
	}{
		{"heading of a dropped region", "", "<article>" + prose + "<h2>Updates<div>" + tweet + "</div><div class=\"subscribe\">Sign up</div></h2></article>", ""},
		{"heading of a dropped region, text after", "", "<article>" + prose + "<h2>Updates</h2>" + tweet + "<div class=\"subscribe\">Sign up</div>" + after + "</article>", "After the storm"},
		{"trailing heading", "", "<article>" + prose + "<h3>What the harbour master saw:</h3>" + tweet + "</article>", ""},
		{"spaces paragraph", "", "<article>" + prose + "<p>\u2002\u2002\u3000\u00a0</p>" + tweet + "</article>", ""},
		{"body replaced by articleBody", ld, "<article>" + short + tweet + "<p>The end.</p></article>", ""},
	}
	for _, tt := range tests {
		a, err := Extract("<html>"+tt.head+"<body>"+tt.page+"</body></html>", Options{Now: testNow})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for i, b := range a.Body {
			if strings.TrimSpace(b.Text) == "" {
				t.Errorf("%s: block %d is blank: %q", tt.name, i, b.Text)
			}
		}
		if len(a.Embeds) != 1 {
			t.Fatalf("%s: %d embeds, want 1", tt.name, len(a.Embeds))
		}
		want := len(a.Body)
		if tt.before != "" {
			want = slices.IndexFunc(a.Body, func(b model.Block) bool { return strings.HasPrefix(b.Text, tt.before) })
		}
		if p := a.Embeds[0].Position; p != want {
			t.Errorf("%s: embed at %d, want %d (before %q) of %d blocks", tt.name, p, want, tt.before, len(a.Body))
		}
	}
}
