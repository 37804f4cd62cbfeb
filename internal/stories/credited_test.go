package stories

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// TestCopyAfterSource: rules credited-source (package dedup) and
// copy-after-source through Build. Two outlets carry an agency's report
// under its byline, one stamped the evening before the agency's own; the
// agency's report is the copies' source, the story starts on its day and
// is led by it (id and title), in either ingestion order.
func TestCopyAfterSource(t *testing.T) {
	text := "The ferry operator on the Lanmore strait said on Friday it would cut its winter timetable to four crossings a day, blaming fuel costs that had doubled since the spring.\n\n" +
		"\"We cannot run half-empty boats at these prices,\" said operations director Ines Vadik. The cuts start on the first of November.\n\n" +
		"Island councillors said the decision would leave commuters stranded and called on the regional government to step in with a subsidy."
	date := func(v string) model.Dates { return model.Dates{Published: &model.Date{Value: v}} }
	wire := &model.Article{ID: "wire", Outlet: "Strait News Agency", Title: "Lanmore ferries cut winter crossings", Text: text, Dates: date("2026-10-09T08:00:00Z")}
	early := &model.Article{ID: "early", Outlet: "Lanmore Echo", Authors: []string{"Strait News Agency"}, Title: "Ferry timetable cut", Text: text, Dates: date("2026-10-08T20:00:00Z")}
	late := &model.Article{ID: "late", Outlet: "Island Times", Authors: []string{"Strait News Agency"}, Title: "Fewer ferries this winter", Text: text, Dates: date("2026-10-09T12:00:00Z")}
	earlier := &model.Article{ID: "earlier", Outlet: "Bay Courier", Authors: []string{"Strait News Agency"}, Title: "Ferry cuts", Text: text, Dates: date("2026-10-08T18:00:00Z")}
	for _, arts := range [][]*model.Article{{early, wire, late}, {late, early, wire}, {earlier, late, wire, early}, {early, wire, earlier, late}} {
		ix := Build(arts)
		if ix.SourceOf["early"] != "wire" || ix.SourceOf["late"] != "wire" {
			t.Errorf("sources %v, want the agency's report", ix.SourceOf)
		}
		if len(ix.Stories) != 1 {
			t.Fatalf("%d stories, want 1", len(ix.Stories))
		}
		st := ix.Stories[0]
		if st.ArticleIDs[0] != "wire" || st.Title != wire.Title || st.First.Format(time.DateOnly) != "2026-10-09" {
			t.Errorf("story led by %v, title %q, first %v; want the agency's report and its day", st.ArticleIDs, st.Title, st.First)
		}
	}
	// newStory itself, given the articles in an order of no use.
	src := func(*model.Article) *model.Article { return wire }
	for _, arts := range [][]*model.Article{{early, wire, earlier, late}, {late, early, earlier, wire}} {
		if st := newStory(arts, src); !slices.Equal(st.ArticleIDs, []string{"wire", "earlier", "early", "late"}) {
			t.Errorf("story's articles %v, want the report, its two copies dated before it by their dates, then the later copy", st.ArticleIDs)
		}
	}
}

// TestCompareClaimsUnitSpelling: rule unit-spelling. One length in
// British, American and German spelling is one measure, whose outlets
// agree; a length and a count of homes of one value stay two.
func TestCompareClaimsUnitSpelling(t *testing.T) {
	article := func(outlet, text, claim, subject, unit string, v float64) *model.Article {
		i := strings.Index(text, claim)
		return &model.Article{ID: outlet, Outlet: outlet, Text: text, Claims: []model.Claim{
			{Text: claim, Value: &v, Unit: unit, Subject: subject, Start: i, End: i + len(claim)}}}
	}
	arts := []*model.Article{
		article("Gazette", "The new cycle path runs for 14 kilometres along the canal.", "The new cycle path runs for 14 kilometres", "The new cycle path", "kilometres", 14),
		article("Courier", "The new cycle path will be 14 kilometers long, officials said.", "The new cycle path will be 14 kilometers long", "The new cycle path", "kilometers", 14),
		article("Morgenpost", "Der neue Radweg ist 14 Kilometer lang.", "Der neue Radweg ist 14 Kilometer lang", "Der neue Radweg", "kilometer", 14),
		article("Ledger", "About 14 homes on the canal bank will lose their gardens.", "About 14 homes", "homes", "homes", 14),
	}
	got := compareClaims(arts)
	if len(got) != 2 || len(got[0].Values) != 3 || got[0].Disagree {
		t.Errorf("groups %+v, want the three lengths as one measure and the homes as another", got)
	}
}

// TestUnknownOutletArticle: rule unknown-outlet-article. Two saved texts
// of no outlet nor URL word one quotation differently: each wording names
// its article, the story counts no outlet, and their different figures
// do not make outlets disagree. A story of one day's reports gives that
// day once.
func TestUnknownOutletArticle(t *testing.T) {
	article := func(id, text, quote string, v float64, date string) *model.Article {
		q := strings.Index(text, quote)
		c := strings.Index(text, "crossings")
		return &model.Article{ID: id, Title: "Ferry cuts", Text: text, Dates: model.Dates{Published: &model.Date{Value: date}},
			Quotes: []model.Quote{{Text: quote, Form: model.QuoteDirect, Speaker: "Ines Vadik", Start: q, End: q + len(quote)}},
			Claims: []model.Claim{{Text: text[:c+len("crossings")], Value: &v, Unit: "crossings", Subject: "winter timetable", Start: 0, End: c + len("crossings")}}}
	}
	arts := []*model.Article{
		article("aaa1", "The winter timetable will have 4 crossings a day. \"We cannot run half-empty boats at these prices,\" Ines Vadik said.", "We cannot run half-empty boats at these prices", 4, "2026-10-09T08:00:00Z"),
		article("bbb2", "The winter timetable will have 5 crossings a day. \"We can no longer run half-empty boats at these prices,\" Ines Vadik said.", "We can no longer run half-empty boats at these prices", 5, "2026-10-09T17:00:00Z"),
	}
	st := NewStory(arts)
	c := Compare(st, arts, nil)
	if len(st.Outlets) != 0 {
		t.Errorf("story outlets %q, want none known", st.Outlets)
	}
	if len(c.Quotes) != 1 || len(c.Quotes[0].Quotes) != 1 || len(c.Quotes[0].Quotes[0].Variants) != 2 {
		t.Fatalf("quotes %+v, want one quotation in two wordings", c.Quotes)
	}
	var got []string
	for _, v := range c.Quotes[0].Quotes[0].Variants {
		got = append(got, v.Outlets...)
	}
	slices.Sort(got)
	if want := []string{"(unknown outlet aaa1)", "(unknown outlet bbb2)"}; !slices.Equal(got, want) {
		t.Errorf("wordings of %q, want %q", got, want)
	}
	if len(c.Claims) != 1 || c.Claims[0].Disagree {
		t.Errorf("figures %+v, want one measure, no disagreement between unknown outlets", c.Claims)
	}
	var b strings.Builder
	if err := c.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "2 articles, 0 outlets, 2026-10-09\n") || !strings.Contains(b.String(), "\n  (unknown outlet)\n    aaa1  ") {
		t.Errorf("text:\n%s", b.String())
	}
}

// TestCopyAdditions: rule copy-additions. A copy that adds a paragraph
// with a resident's quotation reported that quotation and that person
// alone, under its outlet; what it carried of its source stays the
// source's (the director its copy names is still the agency's alone
// against the independent report).
func TestCopyAdditions(t *testing.T) {
	wireText := "The ferry operator on the Lanmore strait said on Friday it would cut its winter timetable to four crossings a day.\n\n" +
		"\"We cannot run half-empty boats at these prices,\" said operations director Ines Vadik."
	local := "\n\nIn Portnessa, shopkeeper Aled Brann was dismayed. \"Half my customers come over on the morning boat,\" he said."
	quote := func(text, q, speaker string) model.Quote {
		i := strings.Index(text, q)
		return model.Quote{Text: q, Form: model.QuoteDirect, Speaker: speaker, Start: i, End: i + len(q)}
	}
	wire := &model.Article{ID: "wire", Outlet: "Strait News Agency", Title: "Lanmore ferries cut winter crossings", Text: wireText,
		Quotes: []model.Quote{quote(wireText, "We cannot run half-empty boats at these prices", "Ines Vadik")},
		People: []model.Person{{Name: "Ines Vadik"}}}
	copyText := wireText + local
	cp := &model.Article{ID: "copy", Outlet: "Portnessa Post", Title: "Ferry cuts hit Portnessa", Text: copyText,
		Quotes: []model.Quote{quote(copyText, "We cannot run half-empty boats at these prices", "Ines Vadik"), quote(copyText, "Half my customers come over on the morning boat", "Aled Brann")},
		People: []model.Person{{Name: "Ines Vadik"}, {Name: "Aled Brann"}}}
	other := &model.Article{ID: "other", Outlet: "Island Times", Title: "Fewer ferries for the islands", Text: "Islanders face a winter of fewer ferries after the operator cut its timetable."}
	arts := []*model.Article{wire, cp, other}
	c := Compare(NewStory(arts), arts, map[string]string{"copy": "wire"})
	quotes := variantLines(c, func(sq SpeakerQuotes, v QuoteVariant) string { return sq.Speaker })
	if want := []string{"Aled Brann: Portnessa Post", "Ines Vadik: Strait News Agency, Portnessa Post (copy)"}; !slices.Equal(quotes, want) {
		t.Errorf("quotations %q, want %q", quotes, want)
	}
	got := map[string]string{}
	for _, e := range c.Exclusives {
		got[e.Outlet] = strings.Join(slices.Concat(e.People, e.Quotes), "; ")
	}
	if got["Portnessa Post"] != "Aled Brann; Aled Brann: \"Half my customers come over on the morning boat\"" || got["Strait News Agency"] != "Ines Vadik; Ines Vadik: \"We cannot run half-empty boats at these prices\"" {
		t.Errorf("exclusives %q", got)
	}
}

// TestDatelineCredit: rule dateline-credit. Outlets that keep an agency's
// dateline and no byline of it credit the agency: its own report, dated
// after theirs, is the copies' source. Parentheses elsewhere credit
// nothing.
func TestDatelineCredit(t *testing.T) {
	body := " - The ferry operator on the Lanmore strait said on Friday it would cut its winter timetable to four crossings a day, blaming fuel costs that had doubled since the spring.\n\n" +
		"\"We cannot run half-empty boats at these prices,\" said operations director Ines Vadik. The cuts start on the first of November.\n\n" +
		"Island councillors said the decision would leave commuters stranded and called on the regional government to step in with a subsidy."
	date := func(v string) model.Dates { return model.Dates{Published: &model.Date{Value: v}} }
	wire := &model.Article{ID: "wire", Outlet: "Strait News", Text: "PORTNESSA, Oct 9 (Strait News)" + body, Dates: date("2026-10-09T08:00:00Z")}
	early := &model.Article{ID: "early", Outlet: "Lanmore Echo", Text: "PORTNESSA, Oct 9 (Strait News)" + body, Dates: date("2026-10-08T20:00:00Z")}
	if got := Build([]*model.Article{early, wire}).SourceOf["early"]; got != "wire" {
		t.Errorf("source %q, want the agency's report", got)
	}
	for text, want := range map[string]string{
		"OSLO (Nordwire) — Text.":                              "Nordwire",
		"KELBY, March 4 (Strait News Agency) – Text.":          "Strait News Agency",
		"The council (which met on Tuesday) - said so.":        "",
		"BERLIN (dpa) - Text.":                                 "dpa",
		"Prices rose (see chart) - and fell.":                  "",
		"First paragraph.\nSECOND (Nordwire) - not a dateline": "",
	} {
		if got := datelineCredit(text); got != want {
			t.Errorf("datelineCredit(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestCopyAdditionsUnitSpelling: rules copy-additions and unit-spelling.
// A copy that respells its source's unit ("kilometres" as "kilometers")
// adds no figure of its own; a value the source gives nowhere it does.
func TestCopyAdditionsUnitSpelling(t *testing.T) {
	claim := func(text, figure, unit string, v float64) model.Claim {
		i := strings.Index(text, figure)
		return model.Claim{Text: figure, Value: &v, Unit: unit, Start: i, End: i + len(figure)}
	}
	srcText := "The new cycle path runs for 14 kilometres along the canal."
	src := &model.Article{ID: "src", Outlet: "Canal Gazette", Text: srcText, Claims: []model.Claim{claim(srcText, "14 kilometres", "kilometres", 14)}}
	cpText := "The new cycle path runs for 14 kilometers along the canal, and 3 kilometers more are planned."
	cp := &model.Article{ID: "cp", Outlet: "Valley Courier", Text: cpText, Claims: []model.Claim{
		claim(cpText, "14 kilometers", "kilometers", 14), claim(cpText, "3 kilometers", "kilometers", 3)}}
	v := copyAdditions(src, cp)
	if v == nil || len(v.Claims) != 1 || *v.Claims[0].Value != 3 {
		t.Errorf("additions %+v, want only the 3 kilometers", v)
	}
}

// splitQuote is speaker's direct quotation in text from passage a to
// passage b, split by what lies between them (its attribution).
// variantLines lists each quotation variant of c as "label: outlets", in
// the comparison's order.
func variantLines(c Comparison, label func(SpeakerQuotes, QuoteVariant) string) []string {
	var out []string
	for _, sq := range c.Quotes {
		for _, g := range sq.Quotes {
			for _, v := range g.Variants {
				out = append(out, label(sq, v)+": "+strings.Join(v.Outlets, ", "))
			}
		}
	}
	return out
}

func splitQuote(text, a, b, speaker string) model.Quote {
	i, j := strings.Index(text, a), strings.Index(text, b)
	return model.Quote{Text: text[i : j+len(b)], Form: model.QuoteDirect, Speaker: speaker, Start: i, End: j + len(b),
		Parts: []model.Span{{Start: i, End: i + len(a)}, {Start: j, End: j + len(b)}}}
}

// TestCopyPassages: rule copy-passages. A copy that trimmed a word of
// the attribution inside a split quotation ("on Friday morning" to "on
// Friday") carried the quotation unchanged: its outlet is listed once,
// as a copy, not also as quoting the director itself.
func TestCopyPassages(t *testing.T) {
	const a, b = "We cannot run half-empty boats at these prices", "The cuts start in November."
	wireText := "The ferry operator on the Lanmore strait will cut its winter timetable.\n\n" +
		"\"" + a + ",\" operations director Ines Vadik told reporters on Friday morning. \"" + b + "\""
	copyText := strings.Replace(wireText, "on Friday morning", "on Friday", 1)
	wire := &model.Article{ID: "wire", Outlet: "Strait News Agency", Title: "Lanmore ferries cut winter crossings", Text: wireText,
		Quotes: []model.Quote{splitQuote(wireText, a, b, "Ines Vadik")}, People: []model.Person{{Name: "Ines Vadik"}}}
	cp := &model.Article{ID: "copy", Outlet: "Portnessa Post", Title: "Lanmore ferries cut winter crossings", Text: copyText,
		Quotes: []model.Quote{splitQuote(copyText, a, b, "Ines Vadik")}, People: []model.Person{{Name: "Ines Vadik"}}}
	arts := []*model.Article{wire, cp}
	c := Compare(NewStory(arts), arts, map[string]string{"copy": "wire"})
	got := variantLines(c, func(sq SpeakerQuotes, v QuoteVariant) string { return sq.Speaker })
	// one line for each passage
	if want := []string{"Ines Vadik: Strait News Agency, Portnessa Post (copy)", "Ines Vadik: Strait News Agency, Portnessa Post (copy)"}; !slices.Equal(got, want) {
		t.Errorf("quotations %q, want %q", got, want)
	}
	// The copy's quotation is not among what it added to its source.
	if v := copyAdditions(wire, cp); v != nil && len(v.Quotes) > 0 {
		t.Errorf("copy additions %+v, want no quotation", v.Quotes)
	}
}

// TestUnknownOutletLast: rule unknown-outlet-last. A saved text of no
// outlet is listed after the named outlets: among the outlets, a
// figure's values and a quotation's wordings.
func TestUnknownOutletLast(t *testing.T) {
	article := func(id, outlet, text, quote string, v float64) *model.Article {
		q := strings.Index(text, quote)
		c := strings.Index(text, " crossings")
		return &model.Article{ID: id, Outlet: outlet, Title: "Ferry cuts", Text: text,
			Quotes: []model.Quote{{Text: quote, Form: model.QuoteDirect, Speaker: "Ines Vadik", Start: q, End: q + len(quote)}},
			Claims: []model.Claim{{Text: text[:c+len(" crossings")], Value: &v, Unit: "crossings", Subject: "winter timetable", Start: 0, End: c + len(" crossings")}}}
	}
	arts := []*model.Article{
		article("aaa1", "", "The winter timetable will have 4 crossings a day. \"We cannot run half-empty boats at these prices,\" Ines Vadik said.", "We cannot run half-empty boats at these prices", 4),
		article("bbb2", "Strait Herald", "The winter timetable will have 5 crossings a day. \"We can no longer run half-empty boats at these prices,\" Ines Vadik said.", "We can no longer run half-empty boats at these prices", 5),
	}
	c := Compare(NewStory(arts), arts, nil)
	if len(c.Outlets) != 2 || c.Outlets[0].Outlet != "Strait Herald" {
		t.Errorf("outlets %+v, want the named outlet first", c.Outlets)
	}
	if len(c.Claims) != 1 || len(c.Claims[0].Values) != 2 || c.Claims[0].Values[0].Outlet != "Strait Herald" {
		t.Errorf("figures %+v, want the named outlet's value first", c.Claims)
	}
	if len(c.Quotes) != 1 || len(c.Quotes[0].Quotes) != 1 || c.Quotes[0].Quotes[0].Variants[0].Outlets[0] != "Strait Herald" {
		t.Errorf("quotes %+v, want the named outlet's wording first", c.Quotes)
	}
	// Within a wording, and among the wordings after the main one.
	g := quoteGroup([]quoteItem{
		{speaker: "Ines Vadik", text: "We cannot run half-empty boats at these prices", outlet: "(unknown outlet ccc3)", quote: 1},
		{speaker: "Ines Vadik", text: "We cannot run half-empty boats at these prices", outlet: "Strait Herald", quote: 2},
		{speaker: "Ines Vadik", text: "We cannot sail half-empty boats at these prices", outlet: "(unknown outlet aaa1)", quote: 3},
		{speaker: "Ines Vadik", text: "We cannot run empty boats at these prices", outlet: "Island Times", quote: 4},
	})
	var got []string
	for _, v := range g.Variants {
		got = append(got, strings.Join(v.Outlets, ", "))
	}
	if want := []string{"Strait Herald, (unknown outlet ccc3)", "Island Times", "(unknown outlet aaa1)"}; !slices.Equal(got, want) {
		t.Errorf("wordings' outlets %q, want %q", got, want)
	}
}

// TestPluralCountHead: rule plural-count-head. Two outlets count one
// search party differently, one with a verb after the noun the figure
// counts and one with "had" ending the phrase: one measure, the outlets
// disagree. A rate and a share (rule differentHead) stay apart.
func TestPluralCountHead(t *testing.T) {
	article := func(outlet, claim, subject string, v float64) *model.Article {
		text := claim + ", the police said."
		return &model.Article{ID: outlet, Outlet: outlet, Text: text, Claims: []model.Claim{
			{Text: claim, Value: &v, Unit: "people", Subject: subject, Start: 0, End: len(claim)}}}
	}
	got := compareClaims([]*model.Article{
		article("Gazette", "About 80 volunteers searched the woods for two days", "volunteers searched the woods for two days", 80),
		article("Courier", "some 95 volunteers had searched the woods", "volunteers had searched the woods", 95),
	})
	if len(got) != 1 || !got[0].Disagree {
		t.Errorf("figures %+v, want one measure on which the outlets disagree", got)
	}
	for _, tc := range [][2]string{
		{"About 80 volunteers searched the woods", "volunteer"},
		{"a 25 percent duty on pine arrivals", "duty"},
		{"30 percent of all pine arrivals", "arrival"},
		{"cost 12 million pounds", ""},
		{"120 police officers", "officer"},
		{"the 40 homes, which lost power", "home"},
	} {
		if h := figureHead(tc[0]); h != tc[1] {
			t.Errorf("figureHead(%q) = %q, want %q", tc[0], h, tc[1])
		}
	}
}

// TestCopyCarriesPassage: rule copy-carries-passage. A copy that
// reworded one passage of a split quotation carried the other, and the
// resident's quotation, unchanged: it is listed as their copy; a copy
// that cut the resident's paragraph is not listed as carrying it.
func TestCopyCarriesPassage(t *testing.T) {
	one := func(text, q, speaker string) model.Quote {
		i := strings.Index(text, q)
		return model.Quote{Text: q, Form: model.QuoteDirect, Speaker: speaker, Start: i, End: i + len(q)}
	}
	const a, a2, b = "We cannot run half-empty boats at these prices", "We cannot sail half-empty boats at these prices", "The cuts start in November."
	const c = "Half my customers come over on the morning boat"
	resident := "\n\nIn Portnessa, shopkeeper Aled Brann was dismayed. \"" + c + ",\" he said."
	wireText := "The ferry operator on the Lanmore strait will cut its winter timetable.\n\n" +
		"\"" + a + ",\" operations director Ines Vadik said on Friday. \"" + b + "\"" + resident
	rewordText := strings.Replace(wireText, a, a2, 1)
	cutText := strings.Replace(wireText, resident, "", 1)
	people := []model.Person{{Name: "Ines Vadik"}, {Name: "Aled Brann"}}
	wire := &model.Article{ID: "wire", Outlet: "Strait News Agency", Title: "Lanmore ferries cut winter crossings", Text: wireText, People: people,
		Quotes: []model.Quote{splitQuote(wireText, a, b, "Ines Vadik"), one(wireText, c, "Aled Brann")}}
	reword := &model.Article{ID: "reword", Outlet: "Portnessa Post", Title: "Lanmore ferries cut winter crossings", Text: rewordText, People: people,
		Quotes: []model.Quote{splitQuote(rewordText, a2, b, "Ines Vadik"), one(rewordText, c, "Aled Brann")}}
	cut := &model.Article{ID: "cut", Outlet: "Bay Courier", Title: "Lanmore ferries cut winter crossings", Text: cutText, People: people[:1],
		Quotes: []model.Quote{splitQuote(cutText, a, b, "Ines Vadik")}}
	arts := []*model.Article{wire, reword, cut}
	c2 := Compare(NewStory(arts), arts, map[string]string{"reword": "wire", "cut": "wire"})
	got := variantLines(c2, func(sq SpeakerQuotes, v QuoteVariant) string { return v.Text })
	want := []string{ // the director two outlets quote, then the resident one does (rule speakers-by-reach)
		a + ": Strait News Agency, Bay Courier (copy)",
		a2 + ": Portnessa Post",
		b + ": Strait News Agency, Bay Courier (copy), Portnessa Post (copy)",
		c + ": Strait News Agency, Portnessa Post (copy)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("wordings\n%q\nwant\n%q", got, want)
	}
}
