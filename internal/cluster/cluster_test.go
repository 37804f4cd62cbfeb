package cluster

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/stories/synth"
)

func synthDocs(o synth.Options) ([]Doc, []int) {
	arts := synth.Generate(o)
	docs := make([]Doc, len(arts))
	gold := make([]int, len(arts))
	for i, a := range arts {
		docs[i] = Doc{ID: a.ID, Title: a.Title, Text: a.Text, Outlet: a.Outlet, URL: a.URL, Date: a.Date}
		gold[i] = a.Event
	}
	return docs, gold
}

// pairwise is the pairwise precision and recall of labels against gold
// (0 where there is no pair to measure).
func pairwise(gold, labels []int) (p, r float64) {
	var tp, fp, fn int
	for i := range gold {
		for j := i + 1; j < len(gold); j++ {
			same, pred := gold[i] == gold[j], labels[i] == labels[j]
			switch {
			case same && pred:
				tp++
			case pred:
				fp++
			case same:
				fn++
			}
		}
	}
	return float64(tp) / float64(max(tp+fp, 1)), float64(tp) / float64(max(tp+fn, 1))
}

// partition turns labels into a canonical form: for each doc id, the
// sorted ids of its story.
func partition(docs []Doc, labels []int) map[string]string {
	by := map[int][]string{}
	for i, l := range labels {
		by[l] = append(by[l], docs[i].ID)
	}
	out := map[string]string{}
	for _, ids := range by {
		slices.Sort(ids)
		for _, id := range ids {
			out[id] = ids[0]
		}
	}
	return out
}

// The stories do not depend on the order the articles come in.
func TestClusterOrderIndependent(t *testing.T) {
	docs, _ := synthDocs(synth.Options{Events: 60, Reports: 4, Copies: 1, Paragraphs: 5, Seed: 11})
	want := partition(docs, Cluster(docs))
	r := rand.New(rand.NewPCG(5, 6))
	for k := 0; k < 4; k++ {
		p := slices.Clone(docs)
		r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		got := partition(p, Cluster(p))
		for id, root := range want {
			if got[id] != root {
				t.Fatalf("shuffle %d: %s is with %s, was with %s", k, id, got[id], root)
			}
		}
	}
}

// On a synthetic corpus (events told by several outlets, a third undated)
// the stories are the events.
func TestClusterSynthetic(t *testing.T) {
	docs, gold := synthDocs(synth.Options{Events: 80, Reports: 4, Copies: 2, Paragraphs: 6, Seed: 3})
	p, r := pairwise(gold, Cluster(docs))
	if p < 0.98 || r < 0.95 {
		t.Errorf("pairwise precision %.3f recall %.3f, want >= 0.98 / 0.95", p, r)
	}
}

// Articles far apart in time are separate stories even with the same words;
// undated ones are not held to a window.
func TestClusterWindow(t *testing.T) {
	text := "The harbour bridge will close for eighteen months of repairs, the council said, and a ferry will carry pedestrians."
	d0 := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	docs := []Doc{
		{ID: "a", Title: "Harbour bridge to close", Text: text, Date: d0},
		{ID: "b", Title: "Harbour bridge closing", Text: text, Date: d0.Add(24 * time.Hour)},
		{ID: "c", Title: "Harbour bridge to close", Text: text, Date: d0.AddDate(0, 2, 0)},
		{ID: "d", Title: "Harbour bridge to close", Text: text},
	}
	l := Cluster(docs)
	if l[0] != l[1] || l[0] == l[2] || l[3] != l[0] && l[3] != l[2] {
		t.Errorf("labels %v: want a,b together, c apart, d with one of them", l)
	}
}

func TestJoinThreshold(t *testing.T) {
	tests := []struct {
		n        int
		lo, high float64
	}{
		{0, JoinMax, JoinMax},
		{10, JoinMax, JoinMax},
		{46, 0.249, 0.251},
		{400, 0.05, 0.12},
		{100000, JoinMin, JoinMin},
	}
	for _, tt := range tests {
		if got := joinThreshold(tt.n); got < tt.lo || got > tt.high {
			t.Errorf("joinThreshold(%d) = %.3f, want in [%.3f, %.3f]", tt.n, got, tt.lo, tt.high)
		}
	}
}

func TestStemKeep(t *testing.T) {
	stems := map[string]string{"tariffs": "tariff", "policies": "policy", "bus": "bus", "class": "class", "is": "is"}
	for w, want := range stems {
		if got := string(stem([]byte(w), nil)); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
	keeps := map[string]bool{"the": false, "said": false, "2021": false, "ab": false, "bridge": true, "covid19": true}
	for w, want := range keeps {
		if _, got := keepHash([]byte(w)); got != want {
			t.Errorf("keepHash(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestTokenize(t *testing.T) {
	type tok struct {
		w              string
		cap, sentStart bool
	}
	for _, c := range []struct {
		text string
		want []tok
	}{
		{"Biden's plan. The Senate voted", []tok{{"biden", true, true}, {"plan", false, false}, {"the", true, true}, {"senate", true, false}, {"voted", false, false}}},
		// figures keep their separators' digits together; a point that
		// ends a sentence still ends it
		{"Claims fell to 498,000, a $3.5 trillion plan. In 2021.", []tok{{"claims", true, true}, {"fell", false, false}, {"to", false, false},
			{"498000", false, false}, {"a", false, false}, {"3.5", false, false}, {"trillion", false, false}, {"plan", false, false},
			{"in", true, true}, {"2021", false, false}}},
		{"1,2 and 7.x", []tok{{"12", false, true}, {"and", false, false}, {"7", false, false}, {"x", false, true}}},
	} {
		var got []tok
		tokenize(c.text, func(tk token) { got = append(got, tok{string(tk.w), tk.cap, tk.sentStart}) })
		if !slices.Equal(got, c.want) {
			t.Errorf("tokenize(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func FuzzCluster(f *testing.F) {
	f.Add("Title", "Some text. More text “quoted” here.", "https://x.example/2021/04/05/a")
	f.Add("北京举行新闻发布会", "市政府今天在北京举行新闻发布会。ที่นี่ 서울시는", "")
	f.Add("ＮＨＫ：２０２６年", "優勝を決めた。น้ำท่วมเชียงใหม่ ᄀᄁ ເມືອງ ១,０００人", "")
	f.Fuzz(func(t *testing.T, title, text, url string) {
		docs := []Doc{{ID: "1", Title: title, Text: text, URL: url}, {ID: "2", Title: text, Text: title}}
		if l := Cluster(docs); len(l) != 2 {
			t.Fatalf("labels %v", l)
		}
	})
}

func BenchmarkCluster(b *testing.B) {
	docs, _ := synthDocs(synth.Options{Events: 1000, Reports: 4, Copies: 0, Paragraphs: 6, Seed: 1})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Cluster(docs)
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "articles/s")
}

// Streaming one article at a time (document frequencies grow as they
// come, no refinement) still finds the events.
func TestClustererAddIncremental(t *testing.T) {
	docs, gold := synthDocs(synth.Options{Events: 40, Reports: 4, Copies: 0, Paragraphs: 6, Seed: 8})
	c := New()
	for _, i := range Order(docs) {
		c.Add(&docs[i])
	}
	// Labels follow the order of adding.
	order := Order(docs)
	inOrder := make([]int, len(order))
	for k, i := range order {
		inOrder[k] = gold[i]
	}
	if p, r := pairwise(inOrder, c.Labels()); p < 0.95 || r < 0.8 {
		t.Errorf("incremental pairwise precision %.3f recall %.3f", p, r)
	}
}
