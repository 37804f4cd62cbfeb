package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// spoken is a quote's text, speaker and speaker mention.
type spoken struct{ text, speaker, mention string }

// spokenOf is a quote's spoken.
func spokenOf(q model.Quote) spoken { return spoken{q.Text, q.Speaker, q.SpeakerMention} }

// checkSpoken checks Extract's quotes of text by text, speaker and mention.
func checkSpoken(t *testing.T, text string, want []spoken) {
	t.Helper()
	checkExtracted(t, text, want, spokenOf)
}

// predicateCase is a string a rule's predicate reads and what it must
// report of it.
type predicateCase struct {
	in   string
	want bool
}

// checkPredicate checks that the predicate f, named name, reports each
// case's want of its string.
func checkPredicate(t *testing.T, name string, f func(string) bool, cases []predicateCase) {
	t.Helper()
	for _, c := range cases {
		if got := f(c.in); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", name, c.in, got, c.want)
		}
	}
}

// checkSpokenLang checks the quotes of text read in language lang by
// text, speaker and mention.
func checkSpokenLang(t *testing.T, text, lang string, want []spoken) {
	t.Helper()
	checkQuotes(t, text, ExtractDoc(people.AnalyzeLang(text, lang), Options{}), want, spokenOf)
}

// checkQuoteBy checks that text, read in language lang, has the quote
// want.text, spoken by want.speaker under the mention want.mention (other
// quotes may come with it).
func checkQuoteBy(t *testing.T, lang, text string, want spoken) {
	t.Helper()
	found := false
	for _, q := range ExtractDoc(people.AnalyzeLang(text, lang), Options{}) {
		if q.Text == want.text {
			found = true
			if got := spokenOf(q); got != want {
				t.Errorf("%s: quote %q: speaker %q, mention %q; want %q, %q", lang, want.text, got.speaker, got.mention, want.speaker, want.mention)
			}
		}
	}
	if !found {
		t.Errorf("%s: no quote %q", lang, want.text)
	}
}

// quoteBy is one case of checkQuotesBy: a text, its language and one of
// its quotes with its speaker and mention.
type quoteBy struct {
	lang, text string
	want       spoken
}

// checkQuotesBy runs checkQuoteBy on every case.
func checkQuotesBy(t *testing.T, cases []quoteBy) {
	t.Helper()
	for _, c := range cases {
		checkQuoteBy(t, c.lang, c.text, c.want)
	}
}

// checkOnlyQuote checks that text, read in language lang, has exactly
// one quote and that field of it (its speaker, mention or text) is want.
func checkOnlyQuote(t *testing.T, lang, text string, field func(model.Quote) string, want string) {
	t.Helper()
	got := ExtractDoc(people.AnalyzeLang(text, lang), Options{})
	if len(got) != 1 || field(got[0]) != want {
		t.Errorf("%s %q: quotes %+v, want one with %q", lang, text, got, want)
	}
}

// speakerOf, mentionOf and textOf are the fields checkOnlyQuote checks.
func speakerOf(q model.Quote) string { return q.Speaker }
func mentionOf(q model.Quote) string { return q.SpeakerMention }
func textOf(q model.Quote) string    { return q.Text }

// checkSpeakerOf checks that text, read in language lang, has the quote
// quote, spoken by speaker (other quotes may come with it).
func checkSpeakerOf(t *testing.T, lang, text, quote, speaker string) {
	t.Helper()
	checkQuoteSpeaker(t, lang, lang, text, quote, speaker, false)
}

// checkPersonOf is checkSpeakerOf for a speaker who must be one person,
// not a group; the case's name labels its errors.
func checkPersonOf(t *testing.T, name, lang, text, quote, speaker string) {
	t.Helper()
	checkQuoteSpeaker(t, name, lang, text, quote, speaker, true)
}

// checkQuoteSpeaker serves checkSpeakerOf and checkPersonOf.
func checkQuoteSpeaker(t *testing.T, label, lang, text, quote, speaker string, person bool) {
	t.Helper()
	found := false
	for _, q := range ExtractDoc(people.AnalyzeLang(text, lang), Options{}) {
		if q.Text == quote {
			found = true
			if q.Speaker != speaker || person && q.SpeakerIsGroup {
				t.Errorf("%s: quote %q: speaker %q (mention %q, group %v), want %q", label, quote, q.Speaker, q.SpeakerMention, q.SpeakerIsGroup, speaker)
			}
		}
	}
	if !found {
		t.Errorf("%s: no quote %q", label, quote)
	}
}

// TestHandleAside: a social handle in parentheses between a name and its
// verb is no part of the speaker (rule handleAside); a party and state in
// parentheses stay in the mention.
// Invented sentences.
func TestHandleAside(t *testing.T) {
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"a post's lead-in",
			"Ferries halted by gale\n\nThe Isle Ferry Company cancelled every crossing on Friday.\n\nIsle Ferries (@isleferries) posted:\nAll sailings today are cancelled. We will update customers at noon.",
			[]spoken{{"All sailings today are cancelled. We will update customers at noon.", "Isle Ferries", "Isle Ferries"}}},
		{"a fediverse handle after a quotation",
			"Ferries halted by gale\n\n\"Check the timetable before you travel,\" Nina Holt (@ninaholt@example.social) wrote on Sunday.",
			[]spoken{{"Check the timetable before you travel,", "Nina Holt", "Nina Holt"}}},
		{"a party and state stay in the mention",
			"Ferries halted by gale\n\nSen. Owen Marsh (D-Ore.) said the crossings \"must reopen by the weekend\".",
			[]spoken{{"must reopen by the weekend", "Owen Marsh", "Sen. Owen Marsh (D-Ore.)"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, c.text, c.want) })
	}
}

// TestHandleSpeaker: a social handle speaking is named with its "@", before
// or after its verb (rule handleSpeaker), not as the bare word after it.
// Invented sentences.
func TestHandleSpeaker(t *testing.T) {
	const lead = "Ferries halted by gale\n\nThe company cancelled every crossing on Friday.\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"a post's lead-in",
			"@isleferries posted:\nAll sailings today are cancelled. We will update customers at noon.",
			[]spoken{{"All sailings today are cancelled. We will update customers at noon.", "@isleferries", "@isleferries"}}},
		{"before the verb",
			"\"Check the timetable before you travel,\" @isleferries said in a post.",
			[]spoken{{"Check the timetable before you travel,", "@isleferries", "@isleferries"}}},
		{"after the verb",
			"\"Check the timetable before you travel,\" tweeted @isleferries on Friday.",
			[]spoken{{"Check the timetable before you travel,", "@isleferries", "@isleferries"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
