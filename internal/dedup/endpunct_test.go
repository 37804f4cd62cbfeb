package dedup

import (
	"strings"
	"testing"
)

// TestWordDiffEndPunct: rule diff-end-punct. Words cut from (or added
// to) a sentence's or clause's close take its punctuation with them:
// the shared word before them keeps the form it has in both texts.
func TestWordDiffEndPunct(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"the mayor spoke on Friday evening.", "the mayor spoke on Friday.", "the mayor spoke on Friday [-evening-]."},
		{"the mayor spoke on Friday.", "the mayor spoke on Friday evening.", "the mayor spoke on Friday {+evening+}."},
		{"on Friday evening, the mayor said", "on Friday, the mayor said", "on Friday [-evening-], the mayor said"},
		// the shared word ends both sentences: nothing to move
		{"the mayor spoke. Then she left.", "the mayor spoke.", "the mayor spoke. [-Then she left.-]"},
		{"the mayor spoke.", "the mayor spoke. Then she left.", "the mayor spoke. {+Then she left.+}"},
		// a replacement keeps the plain form
		{"the pier opened on Friday evening.", "the pier opened on Friday night.", "the pier opened on Friday [-evening.-] {+night.+}"},
	} {
		if got := WordDiff(c.a, c.b); got != c.want {
			t.Errorf("WordDiff(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

// TestHeadlineDiff: rule new-headline. A rewritten headline is shown
// whole, the source's struck and the copy's added; a headline with a
// word or two changed keeps its word diff.
func TestHeadlineDiff(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"Ferry operator cuts winter crossings to four a day", "Islanders face a winter with fewer boats",
			"[-Ferry operator cuts winter crossings to four a day-] {+Islanders face a winter with fewer boats+}"},
		{"Ferry operator cuts winter crossings to four a day", "Ferry operator cuts winter crossings to three a day",
			"Ferry operator cuts winter crossings to [-four-] {+three+} a day"},
	} {
		h := Change{From: c.a, To: c.b, Diff: WordDiff(c.a, c.b)}
		if got := HeadlineDiff(h); got != c.want {
			t.Errorf("HeadlineDiff(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

// TestSentencesApart: rule quote-in-sentence. A sentence whose only
// change is a word of the quotation in it is left to the quotation's
// line; a sentence changed outside its quotation stays listed.
func TestSentencesApart(t *testing.T) {
	src := "The ferry ran aground off Portnessa on Friday.\n\n" +
		"\"The skipper misjudged the tide,\" said harbour master Ines Vadik.\n\n" +
		"\"Nobody was hurt,\" the operator said on Friday evening."
	cp := "The ferry ran aground off Portnessa on Friday.\n\n" +
		"\"The skipper misread the tide,\" said harbour master Ines Vadik.\n\n" +
		"\"Nobody was hurt,\" the operator said on Friday."
	ch := Diff("Ferry aground", src, "Ferry aground", cp)
	if len(ch.Sentences) != 2 || len(ch.Quotes) != 1 {
		t.Fatalf("changes %+v, want two sentences and one quotation", ch)
	}
	got := ch.SentencesApart()
	if len(got) != 1 || !strings.Contains(got[0].To, "Nobody was hurt") {
		t.Errorf("sentences apart %+v, want only the one changed outside its quotation", got)
	}
	// changed inside its quotation and outside it: listed
	ch = Diff("Ferry aground", "\"The skipper misjudged the tide,\" said harbour master Ines Vadik on Friday.",
		"Ferry aground", "\"The skipper misread the tide,\" said harbour master Ines Vadik.")
	if got := ch.SentencesApart(); len(ch.Quotes) != 1 || len(got) != 1 {
		t.Errorf("sentences apart %+v of %+v, want the sentence changed outside its quotation too", got, ch)
	}
}

// TestWordDiffLeadPunct: rule diff-lead-punct. A clause cut from (or
// added to) a sentence after a shared word takes the punctuation that
// opened it, which the word has in one text only; the shared word keeps
// the form both texts give it.
func TestWordDiffLeadPunct(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"Ferry crews strike on the Vellin sound, stranding commuters", "Ferry crews strike on the Vellin sound",
			"Ferry crews strike on the Vellin sound[-, stranding commuters-]"},
		{"Ferry crews strike on the Vellin sound", "Ferry crews strike on the Vellin sound, stranding commuters",
			"Ferry crews strike on the Vellin sound{+, stranding commuters+}"},
		{"Morrow, the union's secretary, said talks had failed.", "Morrow said talks had failed.",
			"Morrow[-, the union's secretary,-] said talks had failed."},
		{"Morrow said talks had failed.", "Morrow, the union's secretary, said talks had failed.",
			"Morrow{+, the union's secretary,+} said talks had failed."},
		// the shared word has its punctuation in both texts: nothing to move
		{"On Friday, the ferry ran late.", "On Friday, the old ferry ran late.", "On Friday, the {+old+} ferry ran late."},
		// a replacement keeps the plain form
		{"the pier opened, said Vale", "the pier opened on time", "the pier opened [-said Vale-] {+on time+}"},
	} {
		if got := WordDiff(c.a, c.b); got != c.want {
			t.Errorf("WordDiff(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}
