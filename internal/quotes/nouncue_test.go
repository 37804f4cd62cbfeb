package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestNounCue pins rule nounCue on invented sentences: after a determiner
// or a negation the first word of a prepCues pair ("no comment on", "a call
// for") is a noun, no speech verb; after a light verb ("made no comment
// on") the pair is a speech act whose speaker is the light verb's subject.
// Verbs keep their reading ("have not commented on", "declined to comment
// on": PolNeAR marks both).
func TestNounCue(t *testing.T) {
	tests := []struct {
		name, text string
		want       []quote
	}{
		{"noun inside a reported clause",
			"A spokeswoman for the ferry firm, Mary Jones, said the firm had no comment on the plan.",
			[]quote{{"the firm had no comment on the plan", "A spokeswoman for the ferry firm, Mary Jones,"}}},
		{"light verb",
			"Jones made no comment on the harbour figures, which were released on Monday.",
			[]quote{{"the harbour figures", "Jones"}}},
		{"light verb and further",
			"Jones had no further comment on the harbour figures.",
			[]quote{{"the harbour figures", "Jones"}}},
		{"noun after a preposition",
			"Residents, with no comment on the plan from the council, marched to the pier.",
			nil},
		{"noun after an article",
			"The skipper posted a comment on the harbour website on Monday.",
			nil},
		{"negated verb kept",
			"Officials have not commented on the harbour deal.",
			[]quote{{"the harbour deal", "Officials"}}},
		{"refusal kept",
			"The ministry declined to comment on the harbour report.",
			[]quote{{"comment on the harbour report", "The ministry"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkQuoteMentions(t, tt.text, tt.want) })
	}
}

// TestWritersAside pins rule writersAside: "worth noting that" and "goes
// without saying that" are the writer's aside, reported by no one; a
// speaker who calls something worth noting still speaks.
func TestWritersAside(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"It is worth noting that the harbour board has never met in May.", nil},
		{"It's worth pointing out that the ferry has been late all week.", nil},
		{"It goes without saying that the harbour board has never met in May.", nil},
		{"Ms. Reid said it was worth noting that the ferry is late.", []string{"it was worth noting that the ferry is late"}},
	}
	for _, tt := range tests {
		checkQuoteTexts(t, tt.text, tt.want)
	}
}

// TestIndefiniteNoun pins rule indefiniteNoun: after "a" or "an" and one
// word, the plain form of a speech verb heads a noun phrase ("an hourlong
// show", "a photo show"); past forms, -s forms and a plural head ("a few
// say") keep the verb.
func TestIndefiniteNoun(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The pair filmed a weekly show that ran every Monday with few facts about the ferry.", nil},
		{"Mr. Dale led the crew through a photo show that traced the old quay wall stone by stone.", nil},
		{"A few say the harbour board has never met in May.", []string{"the harbour board has never met in May"}},
		{"A spokesman said the harbour board has never met in May.", []string{"the harbour board has never met in May"}},
		{"A spokesman says the harbour board has never met in May.", []string{"the harbour board has never met in May"}},
	}
	for _, tt := range tests {
		checkQuoteTexts(t, tt.text, tt.want)
	}
}

// TestQuantifierNoun pins rule quantifierNoun: after a plural quantifier
// an -s form is a plural noun ("too many calls", "many promises"), the
// plain form a verb ("many residents say").
func TestQuantifierNoun(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"So many calls to the harbour desk go unanswered after six in the evening.", nil},
		{"The mayor has forgotten many promises he gave the island in the spring.", nil},
		{"Many residents say the harbour board has never met in May.", []string{"the harbour board has never met in May"}},
	}
	for _, tt := range tests {
		checkQuoteTexts(t, tt.text, tt.want)
	}
}

// TestAdjectiveNoun pins rule adjectiveNoun: after a determiner and an
// adjective a speech word heads a noun phrase ("the vain hope that",
// "another rehearsed address"); "those surveyed say", "the accused says"
// and "an op-ed asking" keep their verb.
func TestAdjectiveNoun(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The skipper clings to a vain hope that the harbour board will lower its fees.", nil},
		{"The mayor gave another rehearsed address at the quay, mostly about ferry fares.", nil},
		{"Those surveyed say the harbour board has never met in May.", []string{"the harbour board has never met in May"}},
		{"The accused says the harbour board has never met in May.", []string{"the harbour board has never met in May"}},
		{"Ms. Reid then published an op-ed asking the harbour board to meet in May.", []string{"the harbour board to meet in May"}},
	}
	for _, tt := range tests {
		checkQuoteTexts(t, tt.text, tt.want)
	}
}

// TestIndefiniteNaming pins rule indefiniteNaming: "called" after an
// indefinite phrase of up to three lower-case words names a thing ("a new
// group called ...", "a special harbour beer called ..."); after a name it
// still reports words ("Reid called the plan a disgrace").
func TestIndefiniteNaming(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"A new group called Harbour Votes Matter ran its first ads in May.", nil},
		{"The brewery is even offering a special harbour beer called Pier Pale Ale.", nil},
		{"Ms. Reid called the harbour plan a disgrace to the town.", []string{"the harbour plan a disgrace to the town"}},
	}
	for _, tt := range tests {
		checkQuoteTexts(t, tt.text, tt.want)
	}
}

// checkExtracted checks that Extract finds in text the quotes of want, in
// order, each as seen through of (its text, its speaker mention, ...),
// with sound offsets.
func checkExtracted[T comparable](t *testing.T, text string, want []T, of func(model.Quote) T) {
	t.Helper()
	checkQuotes(t, text, Extract(text, Options{}), want, of)
}

// checkQuotes checks that the quotes qs found in text are those of want,
// in order, each as seen through of, with sound offsets.
func checkQuotes[T comparable](t *testing.T, text string, qs []model.Quote, want []T, of func(model.Quote) T) {
	t.Helper()
	var got []T
	for _, q := range qs {
		checkOffsets(t, text, q)
		got = append(got, of(q))
	}
	if len(got) != len(want) {
		t.Errorf("%q: got %q, want %q", text, any(got), any(want))
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%q: quote %d = %q, want %q", text, i, any(got[i]), any(want[i]))
		}
	}
}

// checkQuoteTexts is checkExtracted by the quotes' text.
func checkQuoteTexts(t *testing.T, text string, want []string) {
	t.Helper()
	checkExtracted(t, text, want, func(q model.Quote) string { return q.Text })
}

// quote is a quote's text and its speaker mention, for checkQuoteMentions.
type quote struct{ text, mention string }

// checkQuoteMentions checks that Extract finds in text the quotes of want,
// in order, by their text and speaker mention, with sound offsets.
func checkQuoteMentions(t *testing.T, text string, want []quote) {
	t.Helper()
	checkExtracted(t, text, want, func(q model.Quote) quote { return quote{q.Text, q.SpeakerMention} })
}
