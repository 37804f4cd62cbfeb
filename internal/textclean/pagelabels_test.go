package textclean

import (
	"slices"
	"testing"
)

// TestDateLabelsPageLanguages pins rule date-labels-page-languages and
// rule updateLabelsBothStages (package lexicon): the German, Romanian,
// Indonesian, Slovak, Croatian and Greek date lines the page reader read
// give the text's dates too, an update stamp its modified date; a
// sentence opening with a label stays in the body. Invented date lines.
func TestDateLabelsPageLanguages(t *testing.T) {
	for _, tc := range []struct {
		head, published, modified string
		blocks                    int
	}{
		{"Erschienen am 12/03/2025 um 10:15 Uhr", "2025-03-12", "", 1},
		{"Publicat: 10.11.2025 | Actualizat: 12.11.2025", "2025-11-10", "2025-11-12", 1},
		{"Actualizat la 12/11/2025", "", "2025-11-12", 1},
		{"Diterbitkan 12/11/2025 pukul 10:15 WIB", "2025-11-12", "", 1},
		{"Diperbarui 12/11/2025", "", "2025-11-12", 1},
		{"Aktualizované 12.11.2025 v 14:30", "", "2025-11-12", 1},
		{"Ažurirano: 12.11.2025 u 14:30", "", "2025-11-12", 1},
		{"Ενημερώθηκε: 12 Νοεμβρίου 2025", "", "2025-11-12", 1},
		{"Erschienen ist der Bericht am 12.03.2025 in Bern", "", "", 2},
	} {
		checkHeadDates(t, tc.head, tc.published, tc.modified, tc.blocks)
	}
}

// TestDateYearDot pins rule date-year-dot: the dot Croatian and Serbian
// write after a numeric date's year is no word of the dated line; a word
// after it still is.
func TestDateYearDot(t *testing.T) {
	for _, tc := range []struct {
		head, published, modified string
		blocks                    int
	}{
		{"Objavljeno: 10.11.2025.", "2025-11-10", "", 1},
		{"Ažurirano: 12.11.2025. u 14:30", "", "2025-11-12", 1},
		{"Objavljeno 10. 11. 2025. u 9:15", "2025-11-10", "", 1},
		{"Objavljeno: 10.11.2025. Gradsko vijeće", "", "", 2},
	} {
		checkHeadDates(t, tc.head, tc.published, tc.modified, tc.blocks)
	}
}

// TestBylineAgencyLexicon pins rule byline-agency-lexicon: after a name,
// an agency of the lexicon is no author in the text path, as on a page; a
// second person stays, and an agency credited alone is not cut here.
// Invented bylines.
func TestBylineAgencyLexicon(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Marta Seixas, Agência Lusa", []string{"Marta Seixas"}},
		{"Luis Caravaca, Télam", []string{"Luis Caravaca"}},
		{"Søren Holm, Ritzau", []string{"Søren Holm"}},
		{"Luis Caravaca, Prensa Latina", []string{"Luis Caravaca"}},
		{"Luis Caravaca, Ana Ruiz", []string{"Luis Caravaca", "Ana Ruiz"}},
	} {
		if got := splitAuthors(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
