package quotes

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// TestParts pins rule quoteParts: a direct or block quote of several
// quoted passages lists each passage's span, without the marks and the
// attribution; a quote of one passage has none. Texts are invented.
func TestParts(t *testing.T) {
	tests := []struct {
		// lang is the text's language ("" for Extract's English rules).
		name, lang, text string
		// want holds, for the first quote, the text of each part.
		want []string
	}{
		{"run-on pair", "",
			`"The bridge stays shut until spring," said Orla Penhallow, the county engineer. "We found cracks in two of the piers."`,
			[]string{"The bridge stays shut until spring,", "We found cracks in two of the piers."}},
		{"three passages", "",
			`"We waited a year for this," Tomas Weller said. "The council promised a decision by May." "Nobody has called us since."`,
			[]string{"We waited a year for this,", "The council promised a decision by May.", "Nobody has called us since."}},
		{"split in one sentence", "",
			`"The ferry will run," said Ines Calder, the harbour master, "but only when the wind drops below gale force."`,
			[]string{"The ferry will run,", "but only when the wind drops below gale force."}},
		{"multi-paragraph quotation", "",
			"Harbour master Ines Calder said:\n\n\"The ferry will not run this week. The engines need new parts.\n\n\"We hope to sail again by the first of the month.\"",
			[]string{"The ferry will not run this week. The engines need new parts.", "We hope to sail again by the first of the month."}},
		{"run-on pair going on over a paragraph", "",
			"\"We gave the trial every chance,\" said Orla Penhallow. \"But the streets were not built for it.\n\n\"We moved too fast, and I regret that.\"",
			[]string{"We gave the trial every chance,", "But the streets were not built for it.", "We moved too fast, and I regret that."}},
		{"scare quote in the attribution", "",
			`"We will hold the line," said the self-styled "king of the quay" Ned Brack. "Nobody moves a boat until we are paid."`,
			[]string{"We will hold the line,", "Nobody moves a boat until we are paid."}},
		{"German, over two paragraphs", "de",
			"Die Bürgermeisterin Anna Vogt sagte:\n\n„Wir bauen die Brücke neu. Das dauert zwei Jahre.\n\n„Die Fähre fährt bis dahin jede Stunde.“",
			[]string{"Wir bauen die Brücke neu. Das dauert zwei Jahre.", "Die Fähre fährt bis dahin jede Stunde."}},
		{"single passage", "",
			`"The ferry will not run this week," said Ines Calder, the harbour master.`,
			nil},
		{"curly marks", "",
			"“The bridge stays shut until spring,” said Orla Penhallow, the county engineer. “We found cracks in two of the piers.”",
			[]string{"The bridge stays shut until spring,", "We found cracks in two of the piers."}},
		{"a quote inside a quote", "",
			`"The sign said 'closed for good' and we believed it," said Mirela Sands, a ferry user. "Now they tell us it was a mistake."`,
			[]string{"The sign said 'closed for good' and we believed it,", "Now they tell us it was a mistake."}},
		{"a double quote inside a curly quote", "",
			"“The notice called the pier “unsafe for all use” last week,” said Mirela Sands, a ferry user. “Nobody came to look at it.”",
			[]string{"The notice called the pier “unsafe for all use” last week,", "Nobody came to look at it."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(tt.text, Options{})
			if tt.lang != "" {
				qs = ExtractDoc(people.AnalyzeLang(tt.text, tt.lang), Options{})
			}
			if len(qs) == 0 {
				t.Fatalf("no quote in %q", tt.text)
			}
			for _, q := range qs {
				checkOffsets(t, tt.text, q)
				for _, p := range q.Parts {
					if p.Start < q.Start || p.End > q.End || p.End <= p.Start {
						t.Errorf("part %+v outside quote [%d, %d)", p, q.Start, q.End)
					}
				}
			}
			q := qs[0]
			var got []string
			for _, p := range q.Parts {
				got = append(got, tt.text[p.Start:p.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("parts of %q (%s) = %q, want %q", q.Text, q.Form, got, tt.want)
			}
		})
	}
}

// TestPartsForms: only direct and block quotes get parts; a partial or an
// indirect quote spans the writer's words and the quoted ones together.
func TestPartsForms(t *testing.T) {
	text := `Orla Penhallow said the bridge was "beyond repair" and "a danger to anyone crossing it". The council said it would meet on Tuesday to discuss the closure.`
	for _, q := range Attributions(text, Options{}) {
		if q.Parts != nil {
			t.Errorf("%s quote %q has parts %+v", q.Form, q.Text, q.Parts)
		}
	}
	for _, q := range Extract(text, Options{}) {
		if q.Form != model.QuoteDirect && q.Form != model.QuoteBlock && q.Parts != nil {
			t.Errorf("%s quote %q has parts %+v", q.Form, q.Text, q.Parts)
		}
	}
}
