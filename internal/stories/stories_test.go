package stories

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/golden"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/stories/synth"
)

// fixture is the compact form of an analysed article in testdata.
type fixture struct {
	ID, Outlet, URL, Date, Title, Text string
	Quotes                             []struct{ Speaker, Text string }
	People, Places                     []string
	Claims                             []model.Claim
}

// loadFixture reads testdata articles and makes full records of them, with
// the quote and claim offsets computed from the text.
func loadFixture(t *testing.T, name string) []*model.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var fs []fixture
	if err := json.Unmarshal(b, &fs); err != nil {
		t.Fatal(err)
	}
	var out []*model.Article
	for _, f := range fs {
		a := &model.Article{ID: f.ID, Outlet: f.Outlet, URL: f.URL, Title: f.Title, Text: f.Text,
			Dates: model.Dates{Published: &model.Date{Value: f.Date, Evidence: "fixture"}}}
		for _, p := range strings.Split(f.Text, "\n\n") {
			a.Body = append(a.Body, model.Block{Kind: model.KindParagraph, Text: p})
		}
		for _, q := range f.Quotes {
			i := strings.Index(f.Text, q.Text)
			if i < 0 {
				t.Fatalf("%s: quote %q not in text", f.ID, q.Text)
			}
			a.Quotes = append(a.Quotes, model.Quote{Text: q.Text, Form: model.QuoteDirect, Speaker: q.Speaker, Start: i, End: i + len(q.Text)})
		}
		for _, p := range f.People {
			a.People = append(a.People, model.Person{Name: p})
		}
		for _, p := range f.Places {
			a.Places = append(a.Places, model.Entity{Name: p})
		}
		for _, c := range f.Claims {
			i := strings.Index(f.Text, c.Text)
			if i < 0 {
				t.Fatalf("%s: claim %q not in text", f.ID, c.Text)
			}
			c.Start, c.End = i, i+len(c.Text)
			a.Claims = append(a.Claims, c)
		}
		a.Normalize()
		out = append(out, a)
	}
	return out
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Bytes(t, filepath.Join("testdata", name), got)
}

// One event told by four outlets — a wire report, a wire copy, a rewrite
// and a local report quoting the council leader differently — plus an
// unrelated article: the comparison end to end.
func TestHarbourStoryGolden(t *testing.T) {
	arts := loadFixture(t, "harbour.json")
	ix := Build(arts)
	if got := ix.SourceOf["courier-7"]; got != "hpa-1" {
		t.Errorf("courier-7's source = %q, want hpa-1", got)
	}
	sid := ix.StoryOf["hpa-1"]
	for _, id := range []string{"courier-7", "ledger-3", "gazette-12"} {
		if ix.StoryOf[id] != sid {
			t.Errorf("%s is in story %s, want %s", id, ix.StoryOf[id], sid)
		}
	}
	if ix.StoryOf["gazette-13"] == sid {
		t.Error("the football report joined the bridge story")
	}
	var st model.Story
	for _, s := range ix.Stories {
		if s.ID == sid {
			st = s
		}
	}
	var members []*model.Article
	for _, a := range arts {
		if slices.Contains(st.ArticleIDs, a.ID) {
			members = append(members, a)
		}
	}
	c := Compare(st, members, ix.SourceOf)
	var txt bytes.Buffer
	if err := c.WriteText(&txt); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "harbour.golden.txt", txt.Bytes())
	js, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "harbour.golden.json", append(js, '\n'))
}

// synthArticles makes article records of a generated corpus; undated
// articles have no published date.
func synthArticles(o synth.Options) []*model.Article {
	gen := synth.Generate(o)
	arts := make([]*model.Article, len(gen))
	for i, g := range gen {
		a := &model.Article{ID: g.ID, Title: g.Title, Text: g.Text, Outlet: g.Outlet, URL: g.URL}
		if !g.Date.IsZero() {
			a.Dates.Published = &model.Date{Value: g.Date.Format("2006-01-02T15:04:05Z07:00")}
		}
		arts[i] = a
	}
	return arts
}

// Shuffling the corpus changes neither copy groups nor stories.
func TestBuildOrderIndependent(t *testing.T) {
	arts := synthArticles(synth.Options{Events: 50, Reports: 3, Copies: 2, Paragraphs: 6, Seed: 9})
	canon := func(ix *Index) map[string]string {
		// story of each article, named by its smallest member id; copy
		// groups by membership (the source of undated copies may follow
		// ingestion order, by design)
		out := map[string]string{}
		for _, st := range ix.Stories {
			ids := slices.Clone(st.ArticleIDs)
			slices.Sort(ids)
			for _, id := range ids {
				out["story:"+id] = ids[0]
			}
		}
		for _, g := range ix.Groups {
			ids := slices.Clone(g.Members)
			slices.Sort(ids)
			for _, id := range ids {
				out["copy:"+id] = ids[0]
			}
		}
		return out
	}
	want := canon(Build(arts))
	r := rand.New(rand.NewPCG(1, 1))
	for k := 0; k < 3; k++ {
		p := slices.Clone(arts)
		r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		if diff := cmp.Diff(want, canon(Build(p))); diff != "" {
			t.Fatalf("shuffle %d (-want +got):\n%s", k, diff)
		}
	}
}

func TestCompareWithoutAnalysis(t *testing.T) {
	a := &model.Article{ID: "a", Outlet: "One", Title: "T", Text: `He said "the plan is dead and buried" on Monday.`}
	b := &model.Article{ID: "b", Outlet: "Two", Title: "T2", Text: `"The plan is dead," he said.`}
	c := Compare(NewStory([]*model.Article{a, b}), []*model.Article{a, b}, nil)
	if len(c.Quotes) != 1 || c.Quotes[0].Speaker != "" || len(c.Quotes[0].Quotes) != 1 || len(c.Quotes[0].Quotes[0].Variants) != 2 {
		t.Errorf("fallback quotes = %+v", c.Quotes)
	}
}

func TestQuoteParts(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"We will reopen the pier,", []string{"We will reopen the pier"}},
		{`We will reopen the pier," she said. "It is safe now.`, []string{"We will reopen the pier", "It is safe now."}},
		{"We will reopen the pier,” she said, “and soon", []string{"We will reopen the pier", "and soon"}},
		{"The pier was closed.\n\n\"It is safe now.", []string{"The pier was closed.", "It is safe now."}},
		{`The pier," she said.` + "\n\n" + `"It is safe.`, []string{"The pier", "It is safe."}},
		{`He called it "unsafe" twice`, []string{`He called it "unsafe" twice`}},
		{`An odd " mark`, []string{`An odd " mark`}},
		{"It’s the ferry’s last trip", []string{"It’s the ferry’s last trip"}},
	}
	for _, tt := range tests {
		if got := quoteParts(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("quoteParts(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPassages: compareQuotes aligns a quote's Parts when the extractor
// listed them, trimmed as quoteParts trims, and falls back to quoteParts
// for a quote without Parts or with Parts outside its span.
func TestPassages(t *testing.T) {
	text := `"The notice called the pier "unsafe" last week," she said. "Nobody came to look at it."`
	q := model.Quote{Form: model.QuoteDirect, Start: 1, End: len(text) - 1}
	q.Text = text[q.Start:q.End]
	withParts := q
	a, b := strings.Index(text, `," she`)+1, strings.Index(text, "Nobody")
	withParts.Parts = []model.Span{{Start: 1, End: a}, {Start: b, End: len(text) - 1}}
	bad := q
	bad.Parts = []model.Span{{Start: 0, End: a}}
	tests := []struct {
		name string
		q    model.Quote
		want []string
	}{
		// quoteParts keeps a text with a quotation inside it whole.
		{"no parts", q, []string{q.Text}},
		{"parts", withParts, []string{`The notice called the pier "unsafe" last week`, "Nobody came to look at it."}},
		{"parts outside the span", bad, []string{q.Text}},
	}
	for _, tt := range tests {
		if got := Passages(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Passages = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// Rule closeFigure: another outlet's figure for the same amount, worded
// differently, joins the group when its value is close and its sentence
// shares words with the member's.
func TestCompareClaimsCloseFigure(t *testing.T) {
	article := func(outlet, text, claim string, v float64) *model.Article {
		i := strings.Index(text, claim)
		return &model.Article{ID: outlet, Outlet: outlet, Text: text, Claims: []model.Claim{
			{Text: claim, Value: &v, Unit: "GBP", Subject: strings.Fields(claim)[1], Start: i, End: i + len(claim)}}}
	}
	a := article("Gazette", "The new pier will cost 12 million pounds, paid by the harbour trust.", "The new pier will cost 12 million pounds", 12e6)
	tests := []struct {
		name   string
		b      *model.Article
		groups int
	}{
		{"close figure, shared words", article("Courier", "The trust puts the price at 11.5 million pounds, paid by the harbour trust.", "the price at 11.5 million pounds", 11.5e6), 1},
		{"far figure", article("Courier", "The trust puts the price at 30 million pounds, paid by the harbour trust.", "the price at 30 million pounds", 30e6), 2},
		{"close figure, nothing shared", article("Courier", "Ticket sales reached 11.5 million pounds in June.", "Ticket sales reached 11.5 million pounds", 11.5e6), 2},
		{"same outlet", article("Gazette", "The trust puts the price at 11.5 million pounds, paid by the harbour trust.", "the price at 11.5 million pounds", 11.5e6), 2},
	}
	for _, tt := range tests {
		got := compareClaims([]*model.Article{a, tt.b})
		if len(got) != tt.groups {
			t.Errorf("%s: %d groups, want %d: %+v", tt.name, len(got), tt.groups, got)
		}
		if tt.groups == 1 && !got[0].Disagree {
			t.Errorf("%s: the outlets' values differ but Disagree is false", tt.name)
		}
	}
}

// TestCompareClaimsEqualFigure: rule equalFigure. Two outlets' reports
// in their own words give one count in sentences sharing no word; the
// same value in agreeing units is one measure, a small count or a share
// is not.
func TestCompareClaimsEqualFigure(t *testing.T) {
	article := func(outlet, text, claim, unit string, v float64) *model.Article {
		i := strings.Index(text, claim)
		return &model.Article{ID: outlet, Outlet: outlet, Text: text, Claims: []model.Claim{
			{Text: claim, Value: &v, Unit: unit, Subject: strings.Fields(claim)[0], Start: i, End: i + len(claim)}}}
	}
	a := article("Morgenpost", "Vierzehn Personen erlitten Verletzungen.", "Vierzehn Personen erlitten Verletzungen", "people", 14)
	tests := []struct {
		name   string
		b      *model.Article
		groups int
	}{
		{"equal count, other words", article("Abendblatt", "Beim Brand wurden 14 Menschen verletzt.", "14 Menschen verletzt", "people", 14), 1},
		{"other count", article("Abendblatt", "Beim Brand wurden 12 Menschen verletzt.", "12 Menschen verletzt", "people", 12), 2},
		{"other unit", article("Abendblatt", "Es kamen 14 Fahrzeuge.", "14 Fahrzeuge", "fahrzeuge", 14), 2},
		{"same outlet", article("Morgenpost", "Beim Brand wurden 14 Menschen verletzt.", "14 Menschen verletzt", "people", 14), 2},
	}
	for _, tt := range tests {
		if got := compareClaims([]*model.Article{a, tt.b}); len(got) != tt.groups {
			t.Errorf("%s: %d groups, want %d: %+v", tt.name, len(got), tt.groups, got)
		}
	}
	crews := article("Morgenpost", "Rund 230 Kräfte waren im Einsatz.", "Rund 230 Kräfte", "kräfte", 230)
	if got := compareClaims([]*model.Article{crews, article("Abendblatt", "Mehr als 230 Einsatzkräfte kamen.", "230 Einsatzkräfte kamen", "einsatzkräfte", 230)}); len(got) != 1 {
		t.Errorf("a compound unit: %d groups, want 1", len(got))
	}
	small := article("Morgenpost", "Drei Personen wurden festgenommen.", "Drei Personen wurden festgenommen", "people", 3)
	if got := compareClaims([]*model.Article{small, article("Abendblatt", "Die Polizei nahm 3 Männer fest.", "3 Männer fest", "people", 3)}); len(got) != 2 {
		t.Errorf("a small count: %d groups, want 2", len(got))
	}
	share := article("Morgenpost", "Die Steuer steigt um 20 Prozent.", "Die Steuer steigt um 20 Prozent", "percent", 20)
	if got := compareClaims([]*model.Article{share, article("Abendblatt", "20 Prozent der Bürger sind dafür.", "20 Prozent der Bürger", "percent", 20)}); len(got) != 2 {
		t.Errorf("a share: %d groups, want 2", len(got))
	}
}

// FuzzQuoteParts: quote texts come from outside; every passage is a piece
// of the input and nothing panics.
func FuzzQuoteParts(f *testing.F) {
	for _, s := range []string{`A," she said. "B.`, "A.\n\n\"B.", `He called it "x"`, "“", `"`, "A,” he said, “b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range quoteParts(s) {
			if !strings.Contains(s, p) {
				t.Fatalf("part %q is not in %q", p, s)
			}
		}
	})
}

func TestFigure(t *testing.T) {
	for v, want := range map[float64]string{42e6: "42,000,000", 0.5: "0.5", 4.99: "4.99", 2300: "2300", 12000: "12,000", -1.2e9: "-1,200,000,000", 123456: "123,456",
		// rule quotient-digits
		2.0 / 3: "0.667", 1.0 / 7: "0.143", -5.0 / 6: "-0.833", 100.0 / 3: "33.3", 1.40725: "1.40725", 0.0025: "0.0025", 1.0 / 300: "0.00333", 1234567.5: "1234567.5"} {
		if got := figure(v); got != want {
			t.Errorf("figure(%v) = %q, want %q", v, got, want)
		}
	}
}

// fullSource: a claim's source whose last words are a person of the
// article is that person ("Baker Tom Reilly", an occupation read into the
// name); other sources stay as written.
func TestFullSource(t *testing.T) {
	a := &model.Article{People: []model.Person{{Name: "Tom Reilly"}, {Name: "Ana Ruiz"}, {Name: "Jane Roe"}}}
	for src, want := range map[string]string{
		"Baker Tom Reilly": "Tom Reilly",
		// a place glued before the name by "Ambassador to Ruritania Jane Roe"
		"Ruritania Jane Roe": "Jane Roe",
		"Tom Reilly":         "Tom Reilly",
		"Reilly":             "Reilly",
		"Tom Reilly Jr":      "Tom Reilly Jr",
		"the harbour board":  "the harbour board",
		"":                   "",
	} {
		if got := fullSource(a, src); got != want {
			t.Errorf("fullSource(%q) = %q, want %q", src, got, want)
		}
	}
	// compareClaims names the source so.
	v := 120.0
	a.Outlet, a.Claims = "Gazette", []model.Claim{{Text: "120 jobs", Value: &v, Unit: "jobs", Source: "Baker Tom Reilly"}}
	if g := compareClaims([]*model.Article{a}); len(g) != 1 || g[0].Values[0].Source != "Tom Reilly" {
		t.Errorf("compareClaims: %+v, want the source Tom Reilly", g)
	}
}

// TestCompareClaimsMeasures: figures of one unit group only when they
// measure the same thing, and "outlets disagree" only across outlets
// (rules measureNotUnit, changeKind, differentHead, disagreeAcrossOutlets).
func TestCompareClaimsMeasures(t *testing.T) {
	claim := func(text, sentence, subject, unit string, v float64) model.Claim {
		i := strings.Index(sentence, text)
		return model.Claim{Text: text, Value: &v, Unit: unit, Subject: subject, Start: i, End: i + len(text)}
	}
	art := func(id, outlet, text string, cs ...model.Claim) *model.Article {
		return &model.Article{ID: id, Outlet: outlet, Text: text, Claims: cs}
	}
	const (
		sA = "Ruritania is the main source of pine, sending roughly 11 percent of pine arrivals."
		sB = "Pine arrivals rose to 3 million tons, a 12 percent increase in pine arrivals from 2023."
		sC = "The new duty applied to only 30 percent of all pine arrivals."
		sD = "The duchy set a 25 percent duty on pine arrivals in April."
		sE = "The ferry sails 1,420 miles."
		sF = "The ferry sails 640 miles."
		sG = "Ferry fares rose 8 percent this spring."
		sH = "Ferry fares make up 6 percent of household spending."
	)
	tests := []struct {
		name     string
		arts     []*model.Article
		groups   int
		disagree bool
	}{
		{"a share and a change of one unit",
			[]*model.Article{art("a", "Gazette", sA, claim("sending roughly 11 percent of pine arrivals", sA, "pine arrivals", "percent", 11)),
				art("b", "Courier", sB, claim("a 12 percent increase in pine arrivals from 2023", sB, "increase in pine arrivals from 2023", "percent", 12))},
			2, false},
		{"a rate and a share with shared words",
			[]*model.Article{art("d", "Gazette", sD, claim("a 25 percent duty on pine arrivals", sD, "duchy set duty on pine arrivals", "percent", 25)),
				art("c", "Courier", sC, claim("only 30 percent of all pine arrivals", sC, "new duty applied to all pine arrivals", "percent", 30))},
			2, false},
		// Rule changeKind: same subject, same unit, no noun after the
		// change's figure; only the kind (a change, a share) tells them
		// apart.
		{"a change and a share of one subject",
			[]*model.Article{art("k", "Gazette", sG, claim("rose 8 percent", sG, "ferry fares", "percent", 8)),
				art("l", "Courier", sH, claim("6 percent of household spending", sH, "ferry fares", "percent", 6))},
			2, false},
		{"the unit alone is no measure",
			[]*model.Article{art("e", "Gazette", sE, claim("1,420 miles", sE, "", "miles", 1420)),
				art("f", "Courier", sF, claim("640 miles", sF, "", "miles", 640))},
			2, false},
		{"two models, one measure",
			[]*model.Article{art("g", "Gazette", "The Zephyr Z5 made up 4.3 percent of ferry crossings.", claim("the Zephyr Z5 made up 4.3 percent of ferry crossings", "The Zephyr Z5 made up 4.3 percent of ferry crossings.", "the Zephyr Z5 made up all ferry crossings", "percent", 4.3)),
				art("h", "Courier", "The Zephyr Z4 made up 2 percent of ferry crossings.", claim("the Zephyr Z4 made up 2 percent of ferry crossings", "The Zephyr Z4 made up 2 percent of ferry crossings.", "the Zephyr Z4 made up all ferry crossings", "percent", 2))},
			2, false},
		{"a figure's own words are no measure",
			[]*model.Article{art("i", "Gazette", "It cost $39.6bn.", claim("$39.6bn", "It cost $39.6bn.", "", "USD", 39.6e9)),
				art("j", "Courier", "It cost $2.6bn.", claim("$2.6bn", "It cost $2.6bn.", "", "USD", 2.6e9))},
			2, false},
		{"one outlet's two figures are no disagreement",
			[]*model.Article{art("d", "Gazette", sD+" "+sD, claim("a 25 percent duty on pine arrivals", sD, "duty on pine arrivals", "percent", 25)),
				art("d2", "Gazette", sD, claim("a 20 percent duty on pine arrivals", "The duchy set a 20 percent duty on pine arrivals in April.", "duty on pine arrivals", "percent", 20))},
			1, false},
		{"articles of no known outlet are no outlets",
			[]*model.Article{art("d", "", sD, claim("a 25 percent duty on pine arrivals", sD, "duty on pine arrivals", "percent", 25)),
				art("d2", "", sD, claim("a 20 percent duty on pine arrivals", "The duchy set a 20 percent duty on pine arrivals in April.", "duty on pine arrivals", "percent", 20))},
			1, false},
		{"two outlets, one measure, two values",
			[]*model.Article{art("d", "Gazette", sD, claim("a 25 percent duty on pine arrivals", sD, "duty on pine arrivals", "percent", 25)),
				art("d2", "Courier", sD, claim("a 20 percent duty on pine arrivals", "The duchy set a 20 percent duty on pine arrivals in April.", "duty on pine arrivals", "percent", 20))},
			1, true},
	}
	for _, tt := range tests {
		got := compareClaims(tt.arts)
		if len(got) != tt.groups {
			t.Errorf("%s: %d groups, want %d: %+v", tt.name, len(got), tt.groups, got)
			continue
		}
		for _, g := range got {
			if g.Disagree != tt.disagree {
				t.Errorf("%s: group %q Disagree = %v, want %v", tt.name, g.Measure, g.Disagree, tt.disagree)
			}
		}
	}
}

// TestHeading: a long clause subject gives way to the name of the measure
// (rule shortHeading); short subjects stay.
func TestHeading(t *testing.T) {
	tests := []struct{ text, subject, unit, want string }{
		{"has vowed to put duties on $150 billion of Ruritanian cheese in reprisal for what it calls unfair subsidies",
			"has vowed to put duties on Ruritanian cheese in reprisal for what it calls unfair subsidies", "", "Ruritanian cheese"},
		{"The duke on April 9 set a 25 percent duty on pine arrivals and a 10 percent duty on salt",
			"The duke on April 9 set a duty on pine arrivals and a 10 percent duty on salt", "", "duty on pine arrivals"},
		{"it would expose $50 billion of U.S. wool to duties if the U.S. levies its cheese",
			"it would expose of U.S. wool to duties if the U.S. levies its cheese", "", "U.S. wool"},
		{"the harbour trust reported mean weekly takings of 7,000 tickets in its opening month of trading",
			"the harbour trust reported mean weekly takings of tickets in its opening month of trading", "tickets", "reported mean weekly takings"},
		{"42 pilots in Ruritania joined in", "pilots in Ruritania joined in", "", "pilots in Ruritania joined in"},
		{"a word-only figure of many many many many many many words here", "a word-only figure of many many many many many many words here", "", "a word-only figure of many many many many …"},
		// A figure written in words is the figure (rule shortHeading).
		{"the ferry board sent five dozen complaints to the harbour trust about its fares last spring",
			"the ferry board sent complaints to the harbour trust about its fares last spring", "", "complaints"},
		// The unit alone beats one word before the figure ("least").
		{"the coastguard said at least 400 migrants in small boats crossed the strait over the weekend",
			"the coastguard said at least migrants in small boats crossed the strait over the weekend", "migrants", "migrants"},
	}
	for _, tt := range tests {
		if got := heading(model.Claim{Text: tt.text, Subject: tt.subject, Unit: tt.unit}); got != tt.want {
			t.Errorf("heading(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestShownSpeaker: rule unsupportedSpeaker states a speaker only where
// the text supports it.
func TestShownSpeaker(t *testing.T) {
	const text = "Porto Vell (Wire) – The council met.\n\nA spokeswoman in Porto Vell said it was \"fine\". Porto Vell said \"no\". Mara Quint said \"yes\"."
	at := func(s string) *int { i := strings.Index(text, s); return &i }
	end := func(s string) *int { i := strings.Index(text, s) + len(s); return &i }
	a := &model.Article{Text: text,
		Places: []model.Entity{{Name: "Porto Vell"}},
		People: []model.Person{{Name: "Mara Quint", Mentions: []string{"Mara Quint"}}, {Name: "Unfortunately Quint"}}}
	place := func(start int) model.Quote {
		s, e := start, start+len("Porto Vell")
		return model.Quote{Speaker: "Porto Vell", SpeakerMention: "Porto Vell", SpeakerStart: &s, SpeakerEnd: &e}
	}
	tests := []struct {
		name string
		q    model.Quote
		want string
	}{
		{"a person", model.Quote{Speaker: "Mara Quint", SpeakerStart: at("Mara Quint"), SpeakerEnd: end("Mara Quint")}, "Mara Quint"},
		{"where someone spoke", place(strings.Index(text, "in Porto Vell") + 3), ""},
		{"a dateline", place(0), ""},
		{"the place as the speaker", place(strings.LastIndex(text, "Porto Vell said")), "Porto Vell"},
		{"a place by a pronoun", model.Quote{Speaker: "Porto Vell", SpeakerMention: "he"}, ""},
		{"an adverb glued to a person", model.Quote{Speaker: "Unfortunately Quint"}, ""},
		{"a sentence opener", model.Quote{Speaker: "Technically", SpeakerIsGroup: true}, ""},
		{"a verb form", model.Quote{Speaker: "Following Quint"}, ""},
		{"a clause", model.Quote{Speaker: "the two mayors would meet"}, ""},
		{"a lower-case fragment", model.Quote{Speaker: "a crowded"}, ""},
		{"a described group", model.Quote{Speaker: "a harbour spokesman", SpeakerIsGroup: true}, "a harbour spokesman"},
		{"an organisation", model.Quote{Speaker: "Harbour Trust", SpeakerIsGroup: true}, "Harbour Trust"},
		{"a plural group", model.Quote{Speaker: "officials", SpeakerIsGroup: true}, "officials"},
	}
	for _, tt := range tests {
		if got, _ := shownSpeaker(a, tt.q); got != tt.want {
			t.Errorf("%s: shownSpeaker(%q) = %q, want %q", tt.name, tt.q.Speaker, got, tt.want)
		}
	}
}

// TestSpeakerName: rule speakerForm lists quotations under a person's
// name, not under the longest form read.
func TestSpeakerName(t *testing.T) {
	tests := []struct {
		forms  map[string]int
		person map[string]bool
		want   string
	}{
		{map[string]int{"Following Quint": 1, "Mara Quint": 1, "Quint": 4}, map[string]bool{"Mara Quint": true, "Quint": true}, "Mara Quint"},
		{map[string]int{"Quint": 3, "Dr Quint": 1}, map[string]bool{}, "Quint"},
		{map[string]int{"Harbour Trust": 1}, map[string]bool{}, "Harbour Trust"},
	}
	for _, tt := range tests {
		if got := speakerName(tt.forms, tt.person); got != tt.want {
			t.Errorf("speakerName(%v) = %q, want %q", tt.forms, got, tt.want)
		}
	}
}

// TestExcerptDiff: rule excerptDiff shows a part quoted as a part.
func TestExcerptDiff(t *testing.T) {
	tests := []struct{ canon, variant, want string }{
		{"We will build the pier. It will open in May.", "It will open in May.", "… It will open in May."},
		{"We will build the pier. It will open in May.", "We will build the pier.", "We will build the pier. …"},
		{"We will build the pier and it will open in May, she said today.", "it will open in June", "… it will open in [-May, she said today.-] {+June+}"},
		{"We will build the pier.", "We shall build the pier.", "We [-will-] {+shall+} build the pier."},
		// the words left out open with the comma that began them
		// (dedup's rule diff-lead-punct)
		{"We will build the pier, and it will open in May.", "We will build the pier", "We will build the pier …"},
		// a stray bracket among the words left out is no run's mark
		// (it panicked)
		{"] and so we will build the pier", "we will build the pier", "… we will build the pier"},
		{"we will build the pier [", "we will build", "we will build …"},
	}
	for _, tt := range tests {
		if got := excerptDiff(dedup.WordDiff(tt.canon, tt.variant)); got != tt.want {
			t.Errorf("excerptDiff(%q, %q) = %q, want %q", tt.canon, tt.variant, got, tt.want)
		}
	}
}

// TestQuoteWords: rule quoteContentWords keeps two quotations that share
// only function words and a name apart, and a reworded one together.
func TestQuoteWords(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"the whole list of dangers that Ruritania poses to the harbour", "the permanent closure of the harbour of Ruritania", false},
		{"not all harbour masters are bad", "Don't worry, not all harbour masters are bad", true},
		{"a rather odd plan", "rather odd plan", true},
	}
	for _, tt := range tests {
		if got := overlapMin(quoteWords(tt.a), quoteWords(tt.b)) >= sameQuote; got != tt.same {
			t.Errorf("same(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// TestStoryNamesakes: rule storyNamesake gives a surname-only mention to
// the namesake more of the story's articles name in full.
func TestStoryNamesakes(t *testing.T) {
	people := func(names ...string) *model.Article {
		a := &model.Article{}
		for _, n := range names {
			a.People = append(a.People, model.Person{Name: n})
		}
		return a
	}
	widely := storyNamesakes([]*model.Article{
		people("Tom Quint", "Mara Quint"), people("Tom Quint"), people("Tom Quint", "Ada Lowe"),
	})
	tests := []struct{ speaker, mention, want string }{
		{"Mara Quint", "Mr. Quint", "Tom Quint"},
		{"Mara Quint", "he", "Tom Quint"},
		{"Mara Quint", "Mara Quint", ""},
		{"Mara Quint", "Mrs. Mara Quint", ""},
		{"Tom Quint", "Quint", ""},
		{"Ada Lowe", "Lowe", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := widely(tt.speaker, tt.mention); got != tt.want {
			t.Errorf("storyNamesakes(%q, %q) = %q, want %q", tt.speaker, tt.mention, got, tt.want)
		}
	}
}

// TestNamesakeKeys: rule namesakes keeps two people of one surname apart
// and one person's fuller and shorter names together.
func TestNamesakeKeys(t *testing.T) {
	items := []quoteItem{
		{speaker: "Tom Quint", person: true}, {speaker: "Tom Quint", person: true}, {speaker: "Mara Quint", person: true},
		{speaker: "Quint"}, {speaker: "Ada B. Lowe", person: true}, {speaker: "Ada Lowe", person: true},
	}
	key := namesakeKeys(items)
	k := func(i int) string { return key(items[i]) }
	if k(0) == k(2) {
		t.Errorf("Tom Quint and Mara Quint share the key %q", k(0))
	}
	if k(3) != k(0) {
		t.Errorf("Quint = %q, want Tom Quint's %q (most quotations)", k(3), k(0))
	}
	if k(4) != k(5) {
		t.Errorf("Ada B. Lowe %q and Ada Lowe %q differ", k(4), k(5))
	}
}

// TestWriteChangesBounded: the story view lists at most maxListedChanges
// changes of a kind and counts the rest; one over the bound is listed.
func TestWriteChangesBounded(t *testing.T) {
	paras := func(n int) []string {
		var p []string
		for i := range n {
			p = append(p, fmt.Sprintf("Added paragraph %d about the ferry.", i))
		}
		return p
	}
	var b strings.Builder
	writeChanges(&b, dedup.Changes{Added: paras(9)}, "  ")
	if got := strings.Count(b.String(), "added: "); got != maxListedChanges {
		t.Errorf("listed %d added paragraphs, want %d:\n%s", got, maxListedChanges, b.String())
	}
	if !strings.Contains(b.String(), "... and 4 more paragraphs added") {
		t.Errorf("no count of the rest:\n%s", b.String())
	}
	b.Reset()
	writeChanges(&b, dedup.Changes{Added: paras(maxListedChanges + 1)}, "  ")
	if got := strings.Count(b.String(), "added: "); got != maxListedChanges+1 || strings.Contains(b.String(), "more") {
		t.Errorf("one over the bound not listed whole:\n%s", b.String())
	}
}

// TestComparePassages: rules passageBridge and passagesJoined. One
// outlet splits a quotation into two passages around its attribution, the
// other quotes it whole: one quotation with two wordings, the split one's
// passages joined, and nothing left for one outlet alone. Each order of
// the articles is checked: the whole quote grouped first (the passages
// join its group) and last (it bridges the passages' two groups).
func TestComparePassages(t *testing.T) {
	split := `"Do not fear, not every levy is a burden," Lowe said. "But this one pays for the pier."`
	q1 := model.Quote{Text: split[1 : len(split)-1], Form: model.QuoteDirect, Speaker: "Ada Lowe", Start: 1, End: len(split) - 1}
	a2 := strings.Index(split, `," Lowe`)
	b1 := strings.Index(split, `"But`) + 1
	q1.Parts = []model.Span{{Start: 1, End: a2}, {Start: b1, End: len(split) - 1}}
	whole := `"Not every levy is a burden. This one pays for the pier," Ada Lowe told the council.`
	q2 := model.Quote{Text: whole[1:strings.Index(whole, `," Ada`)], Form: model.QuoteDirect, Speaker: "Ada Lowe", Start: 1, End: strings.Index(whole, `," Ada`)}
	people := []model.Person{{Name: "Ada Lowe", Mentions: []string{"Lowe", "Ada Lowe"}}}
	x := &model.Article{ID: "x", Outlet: "Split Post", Title: "Levy", Text: split, Quotes: []model.Quote{q1}, People: people}
	y := &model.Article{ID: "y", Outlet: "Whole Times", Title: "Levy", Text: whole, Quotes: []model.Quote{q2}, People: people}
	for _, arts := range [][]*model.Article{{x, y}, {y, x}} {
		c := Compare(NewStory(arts), arts, nil)
		if len(c.Quotes) != 1 || len(c.Quotes[0].Quotes) != 1 {
			t.Fatalf("quotes = %+v, want one quotation of Ada Lowe", c.Quotes)
		}
		g := c.Quotes[0].Quotes[0]
		var texts []string
		for _, v := range g.Variants {
			texts = append(texts, v.Text)
		}
		want := "Do not fear, not every levy is a burden … But this one pays for the pier."
		if len(texts) != 2 || !slices.Contains(texts, want) {
			t.Errorf("variants = %q, want two, one of them %q", texts, want)
		}
		for _, e := range c.Exclusives {
			if len(e.Quotes) > 0 {
				t.Errorf("%s alone quotes %q", e.Outlet, e.Quotes)
			}
		}
	}
}

// TestStoryTitleUntitledLead: rule story-title. A story whose earliest
// article has no headline (a saved text opening on prose) takes the next
// article's, and the text view writes "(no title)" where none has one
// rather than leaving a blank.
func TestStoryTitleUntitledLead(t *testing.T) {
	day := func(d string) *model.Date { return &model.Date{Value: d} }
	arts := []*model.Article{
		{ID: "b", Title: "Ferry fares rise by eight percent", Text: "The ferry company raised its fares.", Dates: model.Dates{Published: day("2026-03-02")}},
		{ID: "a", Title: "", Text: "The ferry company of Norland raised its fares.", Dates: model.Dates{Published: day("2026-03-01")}},
	}
	if st := NewStory(arts); st.Title != "Ferry fares rise by eight percent" {
		t.Errorf("story title %q, want the headline of its second article", st.Title)
	}
	st := NewStory(arts[1:])
	var b strings.Builder
	if err := Compare(st, arts[1:], nil).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Story "+st.ID+": (no title)\n") {
		t.Errorf("text view of an untitled story:\n%s", b.String())
	}
}

// TestSourceDayPrecision: rule day-precision (package dedup). A wire
// report stamped 09:12 and an outlet's copy dated only by the day are
// copies; the wire's is the source, whichever came in first. Read as
// midnight, the day-only copy was the source and the wire its copy.
func TestSourceDayPrecision(t *testing.T) {
	text := "Workers at the Grenby steel plant voted on Thursday to accept a new pay deal, ending a three-week strike that had halted production at the second-largest mill of the valley.\n\n" +
		"The deal gives the plant's 2,400 workers a rise of 5.5 percent this year and 4 percent next year, the union said.\n\n" +
		"\"This is a fair result after a hard fight,\" said union official Marta Kowal. The company said production would resume on Monday."
	for _, order := range [][2]int{{0, 1}, {1, 0}} {
		two := []*model.Article{
			{ID: "wire", Title: "Grenby steel workers accept pay deal", Outlet: "Wire", Text: text, Dates: model.Dates{Published: &model.Date{Value: "2026-03-05T09:12:00Z"}}},
			{ID: "paper", Title: "Steel workers accept pay deal", Outlet: "Paper", Text: text, Dates: model.Dates{Published: &model.Date{Value: "2026-03-05"}}},
		}
		arts := []*model.Article{two[order[0]], two[order[1]]}
		ix := Build(arts)
		if got := ix.SourceOf["paper"]; got != "wire" {
			t.Errorf("ingested %s first: the paper's copy has source %q, want the wire's report", arts[0].ID, got)
		}
	}
	// A day-only date of the day before still comes first.
	arts := []*model.Article{
		{ID: "early", Outlet: "Paper", Text: text, Dates: model.Dates{Published: &model.Date{Value: "2026-03-04"}}},
		{ID: "late", Outlet: "Wire", Text: text, Dates: model.Dates{Published: &model.Date{Value: "2026-03-05T09:12:00Z"}}},
	}
	if got := Build(arts).SourceOf["late"]; got != "early" {
		t.Errorf("a copy dated the day before: source %q, want it", got)
	}
}

// TestExclusivesNamedElsewhere: rule named-elsewhere. A name one outlet's
// analysis lists (here the town, taken for a person) is not that outlet's
// exclusive when another outlet's text names it; a person only one
// outlet names stays its exclusive.
func TestExclusivesNamedElsewhere(t *testing.T) {
	arts := []*model.Article{
		{ID: "g", Outlet: "Gazette", Title: "Barrier fails in Kelby Bay", Text: "The flood barrier of Kelby Bay failed on Tuesday night.",
			People: []model.Person{{Name: "Kelby Bay"}}},
		{ID: "c", Outlet: "Courier", Title: "Anger after flood gates jam", Text: "Residents of Kelby Bay were cleaning mud from their homes. Shopkeeper Lena Brooks said her bakery had lost everything.",
			People: []model.Person{{Name: "Lena Brooks"}}},
	}
	c := Compare(NewStory(arts), arts, nil)
	var got []string
	for _, e := range c.Exclusives {
		for _, p := range e.People {
			got = append(got, e.Outlet+": "+p)
		}
	}
	if want := []string{"Courier: Lena Brooks"}; !slices.Equal(got, want) {
		t.Errorf("exclusive people %q, want %q", got, want)
	}
}

// TestStoryLeadDayPrecision: rule day-precision in byDate. A story of a
// wire report stamped 09:12 and an outlet's copy dated only by the day
// takes the wire's headline (and its id from the wire's article), as the
// copy group takes the wire for its source; the copy's day was read as
// midnight and its headline led.
func TestStoryLeadDayPrecision(t *testing.T) {
	arts := []*model.Article{
		{ID: "paper", Title: "Steel workers accept deal", Text: "a", Dates: model.Dates{Published: &model.Date{Value: "2026-03-05"}}},
		{ID: "wire", Title: "Grenby steel workers accept pay deal", Text: "b", Dates: model.Dates{Published: &model.Date{Value: "2026-03-05T09:12:00Z"}}},
	}
	st := NewStory(arts)
	if st.Title != "Grenby steel workers accept pay deal" || st.ArticleIDs[0] != "wire" {
		t.Errorf("story led by %v, title %q; want the wire's report first", st.ArticleIDs, st.Title)
	}
	if st.First.Format(time.DateOnly) != "2026-03-05" {
		t.Errorf("first %v, want the day", st.First)
	}
}

// TestNamedInEmpty: rule named-elsewhere's guard: an empty name is named
// nowhere (strings.Index finds "" at the start of every text, which would
// take every outlet's nameless entry for one named elsewhere).
func TestNamedInEmpty(t *testing.T) {
	if namedIn([]string{"The flood barrier of Kelby Bay failed."}, "") {
		t.Error(`namedIn(texts, "") = true, want false`)
	}
	if !namedIn([]string{"The flood barrier of Kelby Bay failed."}, "Kelby Bay") || namedIn([]string{"Kelby Bayside"}, "Kelby Bay") {
		t.Error("namedIn: whole words only")
	}
}

// TestWriteChangesCutSentence: rule cut-sentence-line. A sentence the copy
// dropped reads as removed, with its text, not as "reworded" to nothing.
func TestWriteChangesCutSentence(t *testing.T) {
	ch := dedup.Diff("Dam gets upgrade", "The work will take four years. Anglers warned that the fish ladder must stay open.",
		"Dam gets upgrade", "The work will take four years.")
	var b strings.Builder
	writeChanges(&b, ch, "")
	if got, want := b.String(), "sentence removed: \"Anglers warned that the fish ladder must stay open.\"\n"; got != want {
		t.Errorf("changes read %q, want %q", got, want)
	}
}

// TestCompareQuotesOrphanPassage: rule passageOrphan. An outlet that
// quotes more of a quotation, its two passages split by the attribution,
// reads as one wording of it (with the passage others left out marked as
// its own); the second passage was a quotation of its own, listed among
// what that outlet alone reported.
func TestCompareQuotesOrphanPassage(t *testing.T) {
	art := func(id, text, quote string) *model.Article {
		i := strings.Index(text, quote)
		return &model.Article{ID: id, Outlet: id, Text: text, Quotes: []model.Quote{{Text: quote, Form: model.QuoteDirect, Speaker: "Tomas Berg", Start: i, End: i + len(quote)}}}
	}
	wire := art("Wire", `"The river has waited long enough for the repairs," said Tomas Berg.`, "The river has waited long enough for the repairs")
	for _, tc := range []struct{ name, text, quote, want string }{
		{"after", `"The river has waited long enough for the repairs," Tomas Berg said, "and so have we anglers."`,
			`The river has waited long enough for the repairs," Tomas Berg said, "and so have we anglers.`,
			"The river has waited long enough for the repairs … and so have we anglers."},
		{"before", `"We anglers have campaigned for years," Tomas Berg said. "The river has waited long enough for the repairs."`,
			`We anglers have campaigned for years," Tomas Berg said. "The river has waited long enough for the repairs.`,
			"We anglers have campaigned for years … The river has waited long enough for the repairs."},
	} {
		qs := compareQuotes([]*model.Article{wire, art("Valley", tc.text, tc.quote)}, nil)
		if len(qs) != 1 || len(qs[0].Quotes) != 1 {
			t.Errorf("%s: %+v, want one quotation", tc.name, qs)
			continue
		}
		var got []string
		for _, v := range qs[0].Quotes[0].Variants {
			got = append(got, v.Text)
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("%s: wordings %q, want %q among them", tc.name, got, tc.want)
		}
	}
}

// TestCompareQuotesOrphanGuards: rule passageOrphan moves only a group of
// one quotation's passages, and only into a group that other quotations
// share: an outlet alone quoting both passages keeps them as they were,
// and a passage another outlet quoted too stays in its own group.
func TestCompareQuotesOrphanGuards(t *testing.T) {
	art := func(id, text, quote string) *model.Article {
		i := strings.Index(text, quote)
		return &model.Article{ID: id, Outlet: id, Text: text, Quotes: []model.Quote{{Text: quote, Form: model.QuoteDirect, Speaker: "Tomas Berg", Start: i, End: i + len(quote)}}}
	}
	first, second := "The river has waited long enough for the repairs", "and so have we anglers on the lower banks"
	split := art("Valley", `"`+first+`," Tomas Berg said, "`+second+`."`, first+`," Tomas Berg said, "`+second+`.`)
	count := func(arts ...*model.Article) int {
		qs := compareQuotes(arts, nil)
		if len(qs) != 1 {
			t.Fatalf("%+v, want one speaker", qs)
		}
		return len(qs[0].Quotes)
	}
	// No other outlet quotes either passage: no group of others to join.
	if n := count(split); n != 2 {
		t.Errorf("an outlet alone: %d quotations, want its two passages as they were", n)
	}
	// Each passage quoted by another outlet too: neither group is one
	// quotation's alone.
	if n := count(art("Wire", `"`+first+`," said Tomas Berg.`, first), split, art("Post", `"`+strings.ToUpper(second[:1])+second[1:]+`," said Tomas Berg.`, strings.ToUpper(second[:1])+second[1:])); n != 2 {
		t.Errorf("both passages shared: %d quotations, want 2", n)
	}
}
