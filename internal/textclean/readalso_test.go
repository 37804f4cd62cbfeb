package textclean

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// removedBy reports whether a removed part of a holds sub.
func removedBy(a *model.Article, sub string) bool {
	for _, r := range a.Removed {
		if strings.Contains(r.Text, sub) {
			return true
		}
	}
	return false
}

// checkKeptDropped asserts that every keep string is still in the text and
// every drop string left it for a.Removed.
func checkKeptDropped(t *testing.T, name string, a *model.Article, keep, drop []string) {
	t.Helper()
	for _, k := range keep {
		if !strings.Contains(a.Text, k) {
			t.Errorf("%s: text lost %q: %q", name, k, a.Text)
		}
	}
	for _, d := range drop {
		if strings.Contains(a.Text, d) || !removedBy(a, d) {
			t.Errorf("%s: %q not removed: %q", name, d, a.Text)
		}
	}
}

// TestReadAlsoInline: "read also" links inside an article flattened onto
// one line leave it, up to the next sentence's first word, a quotation
// opening that is no quoted title, or a question mark; the story around
// them stays. A link whose
// end cannot be told (a full stop comes first) and a title-case headline's
// "Most of" leave the line whole (each fails with its test switched off:
// the full stop in readAlsoEnd, titleLinks, closesSoon), and so do a
// label inside a sentence (opensSentence), a label with no headline after
// it (readAlsoEnd's word count) and a link longer than the phrase rules
// take (splitReadAlso's Classify); a headline opening with a sentence
// opener (minReadAlsoWords), a lower-case quotation in a headline
// (readAlsoEnd's capital after the mark) and "Lire aussi :"
// (readAlsoStart's space before the colon) are cut whole. Fails with rule
// read-also-inline switched off (the links stay in the text).
func TestReadAlsoInline(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		keep, drop []string
	}{
		{"spanish labels",
			"El puerto de Valdemar movió más carga que nunca en marzo, informó la autoridad portuaria. Lea también: Ministro presenta el plan de obras del muelle norte Del total, el 60 % llegó en contenedores desde el sur. VEA TAMBIÉN: Vecinos de Valdemar piden más buses nocturnos \"No esperábamos un mes tan intenso en plena temporada baja de pesca\", dijo el director. El muelle abre de nuevo en mayo.",
			[]string{"informó la autoridad portuaria.", "Del total, el 60 %", "\"No esperábamos un mes", "El muelle abre de nuevo en mayo."},
			[]string{"Ministro presenta el plan", "Vecinos de Valdemar piden"}},
		{"english question headline and sentence opener",
			"The Quimby allotments open for the season on Saturday, the council said on Monday. Related: Is Your Soil Ready for Beans? The plots have new water taps this year. Read more: Tallow Farm wins the valley pumpkin prize again The show returns in October, with a new class for onions.",
			[]string{"the council said on Monday.", "The plots have new water taps this year.", "The show returns in October"},
			[]string{"Is Your Soil Ready", "Tallow Farm wins"}},
		{"quoted title inside the headline",
			"The fair closed on Sunday with a parade through the old town. Read more: Quimby choir sings \"Harbour Lights\" for the fair's last night The choir meets again in June, at the chapel.",
			[]string{"through the old town.", "The choir meets again in June"},
			[]string{"Quimby choir sings", "Harbour Lights"}},
		{"question headline before a numbered section",
			"Beans climb anything they can reach, the growers said. Read more: Why Do Beans Need Poles? 2. Water the beds at dawn, when the soil is still cool.",
			[]string{"the growers said.", "2. Water the beds at dawn"},
			[]string{"Why Do Beans Need Poles"}},
		{"link at the line's end",
			"Der Wochenmarkt in Quimby zieht im Mai an den Hafen, teilte die Stadt mit. Auch lesen: Neue Buslinie ins Tal startet im Mai",
			[]string{"teilte die Stadt mit."},
			[]string{"Neue Buslinie ins Tal"}},
		{"no end before a full stop",
			"The market moves to the quay in May, the council said. Read more: Quimby council opens a second market hall on the quay near the old ferry slip, with stalls for forty growers. The hall opens at eight.",
			[]string{"Quimby council opens a second market hall", "The hall opens at eight."}, nil},
		{"label inside a sentence",
			"The growers we asked to read more: Tallow Farm wins the valley pumpkin prize The show returns in October, with a new class for onions.",
			[]string{"asked to read more: Tallow Farm wins"}, nil},
		{"headline opening with a sentence opener",
			"The beans went in on Sunday after the frost. Read more: The beans of Tallow Farm win again In the spring, the growers will plant squash.",
			[]string{"after the frost.", "In the spring, the growers"},
			[]string{"The beans of Tallow Farm win again"}},
		{"lower-case quotation inside the headline",
			"The ferry stops in May for repairs, the operator said. Read more: Mayor vows \"never again will the ferry stop for a whole month\" after repairs The council meets on Friday to agree the dates.",
			[]string{"the operator said.", "The council meets on Friday"},
			[]string{"Mayor vows", "never again will the ferry"}},
		{"space before the colon",
			"Le marché ouvre samedi sur le quai, a dit la mairie. Lire aussi : Le marché de Quimby déménage au port Le maire veut plus de bancs.",
			[]string{"a dit la mairie.", "Le maire veut plus de bancs."},
			[]string{"Le marché de Quimby déménage"}},
		{"label without a headline",
			"The show returns in October, with a new class for onions, the growers said. Read more:",
			[]string{"the growers said. Read more:"}, nil},
		{"link longer than a link the phrase rules take",
			"The show returns in October, the growers said. Read more: Tallow Farm wins the valley pumpkin prize for a third year running with a squash grown from seeds its founder carried over the hills in a small tin box The show opens at nine.",
			[]string{"the growers said. Read more: Tallow Farm wins"}, nil},
		{"title-case headline",
			"The beans went in on Sunday after the last frost had passed. Also read: Ten Reasons Most of the Valley Grows Beans Again Tallow Farm grew its beans along a fence, which the neighbours copied.",
			[]string{"Ten Reasons Most of the Valley"}, nil},
	} {
		a, err := Extract(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkKeptDropped(t, tc.name, a, tc.keep, tc.drop)
	}
}

// TestPromptInParagraph: a paywall notice, an affiliate note, a channel
// prompt naming Telegram and a rating widget's label inside an article
// flattened onto one line leave it; the story's sentences stay, and so
// does a comment prompt the writer wrote as a sentence. Fails with rule
// prompt-in-paragraph switched off (the notices stay); the Telegram
// prompt stays with namesPlatform's "telegram" left out, and the
// written prompt goes without the full-stop test of promptSentence, a
// prompt reporting speech without its reportsSpeech test, a prompt holding
// a quotation without its quotation-mark test.
func TestPromptInParagraph(t *testing.T) {
	text := "The Quimby ferry will stop for two weeks in May while its ramp is rebuilt, the operator said on Monday. " +
		"Subscribe today to read the full story. " +
		"Buses will carry foot passengers around the bay every hour. " +
		"If you buy through our links, the Quimby Gazette earns a small fee. " +
		"Leave a comment and tell us how you cross the bay. " +
		"The works cost two million, shared by the council and the port. " +
		"¿Sabías que tenemos canal de Telegram? " +
		"The ramp opened in 1971. " +
		"Subscribe now to read every story, the editor said. " +
		"Subscribe now to read every story “of the harbour and its people”. " +
		"Bewerten Sie diesen Artikel"
	a, err := Extract(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkKeptDropped(t, "prompts", a,
		[]string{"the operator said on Monday.", "Buses will carry foot passengers", "shared by the council and the port.",
			"The ramp opened in 1971.", "Leave a comment and tell us how you cross the bay.",
			"Subscribe now to read every story, the editor said.", "Subscribe now to read every story “of the harbour and its people”."},
		[]string{"Subscribe today", "buy through our links", "canal de Telegram", "Bewerten Sie diesen Artikel"})
}

// TestInlineRulesWholeBlock: a block the phrase rules take whole is not
// cut by rules read-also-inline and prompt-in-paragraph, which would keep
// its other parts: a link line whose headline holds a sentence opener, a
// sign-up box's small print of three sentences. Fails with either rule's
// whole-block test switched off.
func TestInlineRulesWholeBlock(t *testing.T) {
	text := "Quimby Tutors Guild\n\nThe guild placed forty tutors in valley schools this term, its report says.\n\n" +
		"Related: Tutoring gains fade, one study shows Some schools disagree\n\n" +
		"Texts arrive twice a week. Standard carrier charges may apply. By signing up you agree to our Terms of Service.\n\n" +
		"The next term starts in September."
	a, err := Extract(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkKeptDropped(t, "whole blocks", a, []string{"forty tutors", "The next term starts"},
		[]string{"Some schools disagree", "Standard carrier charges", "Texts arrive"})
}

// TestRelatedTeaserStamps: rule related-teaser-stamps runs a related list
// past its teasers' reading times.
func TestRelatedTeaserStamps(t *testing.T) {
	text := "Harbour council approves new ferry timetable\n\n" +
		"The harbour council voted on Tuesday to extend the ferry timetable into the winter months, ending a long dispute.\n\n" +
		"The new schedule adds two crossings a day from November, the council said in a statement.\n\n" +
		"You might also like\n\nFerry operator posts record profit\n\n3 min read\n\nIslanders demand cheaper fares\n\n5 min read\n"
	a, _ := Extract(text, Options{})
	if len(a.Body) != 2 {
		t.Errorf("body %d blocks, want the story's 2: %+v", len(a.Body), a.Body)
	}
}
