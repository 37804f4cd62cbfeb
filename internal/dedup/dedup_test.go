package dedup

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/stories/synth"
)

// A synthetic wire report and what outlets do with it. Made up for the test.
const (
	wire = `LONDON — The city council approved a plan on Tuesday to close the old harbour bridge for eighteen months of repairs, ending weeks of debate among residents and shop owners.

"We cannot keep patching a structure that was built for horses and carts," said council leader Maria Okafor, who proposed the plan in March.

The repairs will cost about 42 million pounds, paid in part by a grant from the national transport fund. A temporary ferry will carry pedestrians across the river during the works.

Shop owners on the south bank said they feared losing customers. "Half of our trade walks over that bridge every morning," said baker Tom Reilly.

The council will publish a timetable for the closure next month. Work is expected to begin in the autumn.`

	// The same report, cut, with a byline and an edit.
	copyCut = `By Press Association

LONDON — The city council approved a plan on Tuesday to close the old harbour bridge for eighteen months of repairs, ending weeks of debate among residents and shopkeepers.

"We cannot keep patching a structure that was built for horses and carts," said council leader Maria Okafor, who proposed the plan in March.

The repairs will cost about 42 million pounds, paid in part by a grant from the national transport fund. A temporary ferry will carry pedestrians across the river during the works.`

	// An independent report of the same event: same facts and names,
	// its own words, the quote worded differently.
	independent = `Residents of the south bank reacted with dismay after councillors voted to shut the harbour bridge, a crossing used by thousands of commuters each day.

Council leader Maria Okafor defended the decision, telling reporters the bridge "was built for horses and carts, and we cannot keep patching it".

The closure is expected to last a year and a half. A ferry service will run in the meantime, the council said, and the bill of roughly 42 million pounds will be shared with the national transport fund.

Baker Tom Reilly, whose shop sits at the foot of the bridge, said most of his morning customers cross on foot.`

	// A commentary that opens with its own long lead, then reproduces the wire report in full.
	commentary = `Another week, another grand scheme from the town hall. Anyone who has tried to buy a loaf of bread on the south bank at eight in the morning knows exactly what eighteen months without the harbour bridge will mean for the small traders who have kept that street alive through two recessions, a pandemic and the endless roadworks of last summer. Here is how the wire reported it.

` + wire
)

func TestContainmentAndIsCopy(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"identical", wire, wire, true},
		{"cut copy with byline and edit", wire, copyCut, true},
		{"copy is symmetric", copyCut, wire, true},
		{"independent report of the same event", wire, independent, false},
		{"commentary quoting the report in full", commentary, wire, false},
		{"empty", "", wire, false},
		{"short texts sharing one quote", `"We cannot keep patching a structure," she said.`, `"We cannot keep patching a structure," said Okafor.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsCopy(tt.a, tt.b); got != tt.want {
				t.Errorf("IsCopy = %v, want %v (containment %.2f)", got, tt.want, Containment(Shingles(tt.a), Shingles(tt.b)))
			}
		})
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		text string
		n    int
	}{
		{"", 0},
		{"one two", 1},
		{"one two three four five", 1},
		{"one two three four five six", 2},
		{"One, two; THREE four five six", 2},
		{"a a a a a a a a a a", 1},
	}
	for _, tt := range tests {
		if got := len(Shingles(tt.text)); got != tt.n {
			t.Errorf("len(Shingles(%q)) = %d, want %d", tt.text, got, tt.n)
		}
	}
	// Case, punctuation and apostrophe style do not matter.
	if a, b := Shingles("Marisol's plan, he said, is bold and new."), Shingles("marisol’s plan he said is bold and new"); !slices.Equal(a, b) {
		t.Errorf("normalisation: %v != %v", a, b)
	}
}

func TestIntersectContainment(t *testing.T) {
	tests := []struct {
		a, b []uint32
		n    int
		c    float64
	}{
		{nil, nil, 0, 0},
		{[]uint32{1, 2, 3}, []uint32{2, 3, 4, 5}, 2, 2.0 / 3},
		{[]uint32{1, 2}, []uint32{1, 2, 3, 4, 5, 6}, 2, 1},
		{[]uint32{1, 2}, []uint32{3, 4}, 0, 0},
	}
	for _, tt := range tests {
		if n := Intersect(tt.a, tt.b); n != tt.n {
			t.Errorf("Intersect(%v, %v) = %d, want %d", tt.a, tt.b, n, tt.n)
		}
		if c := Containment(tt.a, tt.b); math.Abs(c-tt.c) > 1e-9 {
			t.Errorf("Containment(%v, %v) = %v, want %v", tt.a, tt.b, c, tt.c)
		}
	}
}

// MinHash estimates Jaccard within a few hundredths of the truth, and LSH
// puts near-duplicates in a common bucket while keeping unrelated texts apart.
func TestMinHashLSH(t *testing.T) {
	set := func(lo, hi int) []uint32 {
		var s []uint32
		for i := lo; i < hi; i++ {
			s = append(s, uint32(i)*2654435761)
		}
		slices.Sort(s)
		return slices.Compact(s)
	}
	tests := []struct {
		name       string
		a, b       []uint32
		jaccard    float64
		wantBucket bool
	}{
		{"same", set(0, 500), set(0, 500), 1, true},
		{"80% overlap", set(0, 500), set(50, 550), 450.0 / 550, true},
		{"half", set(0, 600), set(200, 800), 400.0 / 800, true},
		{"disjoint", set(0, 500), set(1000, 1500), 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sa, sb := MinHash(tt.a), MinHash(tt.b)
			if est := EstimateJaccard(&sa, &sb); math.Abs(est-tt.jaccard) > 0.15 {
				t.Errorf("EstimateJaccard = %.2f, want about %.2f", est, tt.jaccard)
			}
			ka, kb := BandKeys(&sa), BandKeys(&sb)
			shared := false
			for i := range ka {
				shared = shared || ka[i] == kb[i]
			}
			if shared != tt.wantBucket {
				t.Errorf("shared bucket = %v, want %v", shared, tt.wantBucket)
			}
		})
	}
	// Empty sets do not match anything but each other.
	e, f := MinHash(nil), MinHash(set(0, 10))
	if EstimateJaccard(&e, &f) != 0 {
		t.Error("empty set matches a non-empty one")
	}
}

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

func TestIndexGroupsAndSource(t *testing.T) {
	ix := NewIndex()
	ix.Add(Doc{ID: "copy1", Text: copyCut, Date: day("2024-03-02"), Seq: 1})
	ix.Add(Doc{ID: "indep", Text: independent, Date: day("2024-03-01"), Seq: 2})
	ix.Add(Doc{ID: "comment", Text: commentary, Seq: 3})
	// The original arrives last but is dated first: it becomes the source.
	m := ix.Add(Doc{ID: "orig", Text: wire, Date: day("2024-03-01"), Seq: 4})
	if !slices.Equal(m, []string{"copy1"}) {
		t.Errorf("orig matched %v, want [copy1]", m)
	}
	// Incremental: an undated copy joins the existing group.
	ix.Add(Doc{ID: "copy2", Text: wire + "\n\nSign up to our newsletter.", Seq: 5})
	want := []Group{
		{Source: "comment", Members: []string{"comment"}},
		{Source: "indep", Members: []string{"indep"}},
		{Source: "orig", Members: []string{"orig", "copy1", "copy2"}},
	}
	if diff := cmp.Diff(want, ix.Groups(1)); diff != "" {
		t.Errorf("Groups (-want +got):\n%s", diff)
	}
	if g, ok := ix.GroupOf("copy2"); !ok || g.Source != "orig" {
		t.Errorf("GroupOf(copy2) = %v, %v", g, ok)
	}
	if _, ok := ix.GroupOf("nope"); ok {
		t.Error("GroupOf(unknown) found")
	}
	// Adding an id twice changes nothing.
	ix.Add(Doc{ID: "orig", Text: independent})
	if ix.Len() != 5 {
		t.Errorf("Len = %d after re-adding, want 5", ix.Len())
	}
}

// Copy groups do not depend on the order articles arrive in.
func TestIndexOrderIndependent(t *testing.T) {
	arts := synth.Generate(synth.Options{Events: 40, Reports: 3, Copies: 3, Paragraphs: 8, Seed: 7})
	groups := func(perm []int) []Group {
		ix := NewIndex()
		for _, i := range perm {
			a := arts[i]
			// No ingestion order: ties between undated copies fall to the
			// id, so the source is stable too.
			ix.Add(Doc{ID: a.ID, Text: a.Text, Date: a.Date, Seq: 0})
		}
		return ix.Groups(1)
	}
	id := make([]int, len(arts))
	for i := range id {
		id[i] = i
	}
	want := groups(id)
	// Gold: each copy group is one original and its copies.
	gold := map[string][]string{}
	for _, a := range arts {
		gold[a.Copy] = append(gold[a.Copy], a.ID)
	}
	if len(want) != len(gold) {
		t.Errorf("%d groups, want %d", len(want), len(gold))
	}
	r := rand.New(rand.NewPCG(3, 4))
	for k := 0; k < 3; k++ {
		p := slices.Clone(id)
		r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		if diff := cmp.Diff(want, groups(p)); diff != "" {
			t.Fatalf("shuffle %d changed the groups (-want +got):\n%s", k, diff)
		}
	}
}

func TestDiff(t *testing.T) {
	ch := Diff("Harbour bridge to close for repairs", wire, "Bridge closure approved", copyCut)
	if ch.Headline == nil || ch.Headline.To != "Bridge closure approved" {
		t.Errorf("headline change = %+v", ch.Headline)
	}
	if !slices.Equal(ch.Added, []string{"By Press Association"}) {
		t.Errorf("added = %q", ch.Added)
	}
	if len(ch.Removed) != 2 || !strings.HasPrefix(ch.Removed[0], "Shop owners") {
		t.Errorf("removed = %q", ch.Removed)
	}
	if len(ch.Sentences) != 1 || !strings.Contains(ch.Sentences[0].Diff, "[-shop owners.-] {+shopkeepers.+}") {
		t.Errorf("sentences = %+v", ch.Sentences)
	}
	if len(ch.Quotes) != 0 {
		t.Errorf("quotes = %+v", ch.Quotes)
	}
	if !Diff("T", wire, "T", wire).Empty() {
		t.Error("verbatim copy has changes")
	}
}

func TestWordDiff(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"not every ferry is late", "Don't worry, not every ferry is late", "{+Don't worry,+} not every ferry is late"},
		{"the cat sat", "the dog sat", "the [-cat-] {+dog+} sat"},
		{"same words", "same words", "same words"},
		{"", "new", "{+new+}"},
		{"old", "", "[-old-]"},
	}
	for _, tt := range tests {
		if got := WordDiff(tt.a, tt.b); got != tt.want {
			t.Errorf("WordDiff(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSentencesAndQuotations(t *testing.T) {
	got := Sentences(`He left. "It is over," she said. Then 42 people came! Fine?`)
	want := []string{"He left.", `"It is over," she said.`, "Then 42 people came!", "Fine?"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sentences (-want +got):\n%s", diff)
	}
	q := Quotations(`She said “we will rebuild the bridge” and "nothing else matters here".`)
	if diff := cmp.Diff([]string{"we will rebuild the bridge", "nothing else matters here"}, q); diff != "" {
		t.Errorf("Quotations (-want +got):\n%s", diff)
	}
}

func FuzzDiff(f *testing.F) {
	f.Add("Title", wire, "Other", copyCut)
	f.Add("标题", zhWire, "新标题", zhCopy)
	f.Add("", "", "", "\"\n\n“")
	f.Fuzz(func(t *testing.T, t1, a, t2, b string) {
		Diff(t1, a, t2, b)
		Shingles(a)
		IsCopy(a, b)
	})
}

func BenchmarkIndexAdd(b *testing.B) {
	arts := synth.Generate(synth.Options{Events: 500, Reports: 3, Copies: 2, Paragraphs: 6, Seed: 1})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix := NewIndex()
		for j, a := range arts {
			ix.Add(Doc{ID: a.ID, Text: a.Text, Date: a.Date, Seq: int64(j)})
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}

// A saved index restored and then grown gives the groups a single index would.
func TestRestoreThenAdd(t *testing.T) {
	arts := synth.Generate(synth.Options{Events: 30, Reports: 3, Copies: 3, Paragraphs: 6, Seed: 5})
	whole := NewIndex()
	for i, a := range arts {
		whole.Add(Doc{ID: a.ID, Text: a.Text, Date: a.Date, Seq: int64(i)})
	}
	half := len(arts) / 2
	first := NewIndex()
	saved := map[string][]byte{}
	for i, a := range arts[:half] {
		p := Prepare(a.Text)
		first.AddPrepared(Doc{ID: a.ID, Date: a.Date, Seq: int64(i)}, p)
		saved[a.ID] = p.Encode()
	}
	sources := first.SourceOf()
	// A later run: restore the saved half, then add the rest.
	next := NewIndex()
	for i, a := range arts[:half] {
		p, err := DecodePrepared(saved[a.ID])
		if err != nil {
			t.Fatal(err)
		}
		next.Restore(Doc{ID: a.ID, Date: a.Date, Seq: int64(i)}, p)
	}
	for id, src := range sources {
		if !next.Join(id, src) {
			t.Fatalf("Join(%s, %s) failed", id, src)
		}
	}
	for i, a := range arts[half:] {
		next.Add(Doc{ID: a.ID, Text: a.Text, Date: a.Date, Seq: int64(half + i)})
	}
	if diff := cmp.Diff(whole.Groups(1), next.Groups(1)); diff != "" {
		t.Errorf("restored+added groups differ (-whole +restored):\n%s", diff)
	}
	if _, err := DecodePrepared([]byte{5, 1, 0}); err == nil {
		t.Error("DecodePrepared accepted a truncated entry")
	}
	// An entry of the format before shingleVersion (no version byte) is
	// refused, so that its article is prepared again.
	p := Prepare(wire)
	old := binary.AppendUvarint(nil, uint64(len(p.shingles)))
	old = binary.AppendUvarint(old, uint64(len(p.lead)))
	for _, s := range append(slices.Clone(p.shingles), p.lead...) {
		old = binary.LittleEndian.AppendUint32(old, s)
	}
	if _, err := DecodePrepared(old); err == nil {
		t.Error("DecodePrepared accepted an entry without a shingle version")
	}
	// One of another version is refused too, though its length is right
	// (the entry without a version is also one byte short).
	other := p.Encode()
	_, k1 := binary.Uvarint(other)
	_, k2 := binary.Uvarint(other[k1:])
	other[k1+k2]++
	if _, err := DecodePrepared(other); err == nil {
		t.Errorf("DecodePrepared accepted an entry of shingle version %d", other[k1+k2])
	}
}

func FuzzDecodePrepared(f *testing.F) {
	f.Add(Prepare(wire).Encode())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodePrepared(b)
		if err == nil {
			if q, err := DecodePrepared(p.Encode()); err != nil || !slices.Equal(q.shingles, p.shingles) || !slices.Equal(q.lead, p.lead) || q.keys != p.keys {
				t.Fatalf("round trip: %v", err)
			}
		}
	})
}

// TestEuropeanMarks: rule european-marks. German („…“) and French (« … »)
// quotations are quotations, and a German paragraph of two quoted
// sentences is two sentences, so a copy that changed one word of the first
// rewords that sentence only and lists the changed quotation.
func TestEuropeanMarks(t *testing.T) {
	q := Quotations("„Wir bauen die Brücke neu“, sagte sie. « Nous ne céderons rien », a-t-il dit. \"Fine words, every one,\" he said.")
	if diff := cmp.Diff([]string{"Wir bauen die Brücke neu", "Nous ne céderons rien", "Fine words, every one"}, q); diff != "" {
		t.Errorf("Quotations (-want +got):\n%s", diff)
	}
	got := Sentences("„Die Fähre fährt wieder“, sagte die Sprecherin. „Ab Montag gilt der alte Fahrplan.“ Er nickte. « Le bac repart. » Enfin.")
	want := []string{"„Die Fähre fährt wieder“, sagte die Sprecherin.", "„Ab Montag gilt der alte Fahrplan.“", "Er nickte.", "« Le bac repart. »", "Enfin."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sentences (-want +got):\n%s", diff)
	}
	src := "Die Stadt sperrt die Fähre.\n\n„Wir können nicht mit der Sicherheit spielen“, sagte die Sprecherin. „Die Fähre fährt wieder, wenn sie sicher ist.“"
	cp := "Die Stadt sperrt die Fähre.\n\n„Wir dürfen nicht mit der Sicherheit spielen“, sagte die Sprecherin. „Die Fähre fährt wieder, wenn sie sicher ist.“"
	ch := Diff("Fähre gesperrt", src, "Fähre gesperrt", cp)
	if len(ch.Sentences) != 1 || strings.Contains(ch.Sentences[0].From, "wieder") {
		t.Errorf("reworded sentences = %+v, want the first quoted sentence alone", ch.Sentences)
	}
	if len(ch.Quotes) != 1 || ch.Quotes[0].Diff != "Wir [-können-] {+dürfen+} nicht mit der Sicherheit spielen" {
		t.Errorf("changed quotes = %+v", ch.Quotes)
	}
}
