package analysis

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// spacedWordsSlow is spacedWords as first written (rule spacedWordsOnce).
func spacedWordsSlow(s string, trail bool) (string, int) {
	ws := words(s)
	out := " " + strings.Join(ws, " ")
	if trail {
		out += " "
	}
	return out, len(ws)
}

func checkSpacedWords(t *testing.T, s string) {
	for _, trail := range []bool{false, true} {
		got, n := spacedWords(s, trail)
		want, wn := spacedWordsSlow(s, trail)
		if got != want || n != wn {
			t.Fatalf("spacedWords(%q, %v) = %q, %d; want %q, %d", s, trail, got, n, want, wn)
		}
	}
}

// TestSpacedWords pins spacedWords to the split, joined form.
func TestSpacedWords(t *testing.T) {
	for _, s := range []string{
		"", " ", "Velmar Dunst", "  the Brell  AG, Ltd. ", "ÉCOLE Nationale d’Arts", "İstanbul Büro",
		"Ōtari-Wilton's Bush", "ΣΟΦΙΑ Παπα", "x\xffy \xe2\x80 z", "Dr. Mira Osei (D-Velm.)", "4% 2,000 ¾ Ⅻ", "a\u0301b ﬁnance",
	} {
		checkSpacedWords(t, s)
	}
}

func FuzzSpacedWords(f *testing.F) {
	f.Add("  the Brell  AG, Ltd. ")
	f.Add("ÉCOLE d’Arts x\xffy İ")
	f.Fuzz(checkSpacedWords)
}

// TestEndingOrgLongDescription: a description of more words than
// endingOrg's offsets on the stack agrees with searching every form.
func TestEndingOrgLongDescription(t *testing.T) {
	idx := orgForms([]model.Entity{{Name: "Brell Trust", Mentions: []string{"Brell Trust", "the Trust"}}})
	for _, s := range []string{
		strings.Repeat("the old harbour ", 7) + "Brell Trust",
		strings.Repeat("a clerk ", 9) + "for the Brell Trust",
		strings.Repeat("new ", 20) + "Brell Trust poll",
		strings.Repeat("x ", 15) + "Brell",
	} {
		if got, want := endingOrg(s, idx), endingOrgSearch(s, idx.forms); got != want {
			t.Errorf("endingOrg(%q) = %q, searching every form gives %q", s, got, want)
		}
	}
}
