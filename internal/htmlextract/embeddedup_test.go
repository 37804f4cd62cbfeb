package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// TestEmbedDedup: a post embedded twice is one embed, wherever the second
// copy is; distinct posts all stay, in order. Many posts exercise the
// embedAt index that replaced comparing each embed with all the others
// (quadratic: 2 s on a page of 20,000 posts).
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
