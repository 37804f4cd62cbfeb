package textclean

import "testing"

// TestSectionDatelineUpdate pins rule section-dateline-update: a header
// line that sets the section beside the published date and time and then
// the update ("Politics | 12 March 2025 10:15 | Updated 13 March 2025
// 09:00") goes, both dates read, in the languages whose update labels
// the package knows.
func TestSectionDatelineUpdate(t *testing.T) {
	for _, tc := range []struct {
		head, published, modified string
		removed                   bool
	}{
		{"Politics | 12 March 2025 10:15 | Updated 13 March 2025 09:00", "2025-03-12", "2025-03-13", true},
		{"Politics • 12 March 2025 • Updated 13 March 2025", "2025-03-12", "2025-03-13", true},
		{"Politik | 12. März 2025 10:15 | Aktualisiert 13. März 2025 09:00", "2025-03-12", "2025-03-13", true},
		{"Politique | 12 mars 2025 10h15 | Mis à jour le 13 mars 2025 09h00", "2025-03-12", "2025-03-13", true},
		{"Política | 12 de marzo de 2025 10:15 | Actualizado 13 de marzo de 2025 09:00", "2025-03-12", "2025-03-13", true},
		{"Politica | 12 marzo 2025 10:15 | Aggiornato 13 marzo 2025 09:00", "2025-03-12", "2025-03-13", true},
		{"Politiek | 12 maart 2025 10:15 | Bijgewerkt 13 maart 2025 09:00", "2025-03-12", "2025-03-13", true},
		// section-dateline-extra
		{"Politics | Published 12 March 2025 | Updated 13 March 2025 | 3 comments", "2025-03-12", "2025-03-13", true},
		{"Politics | 12 March 2025 | 3 comments", "2025-03-12", "", true},
		// two dates neither of which is an update are no header
		{"Politics | 12 March 2025 | 13 March 2025", "", "", false},
	} {
		a, pub, mod := headDates(tc.head)
		if pub != tc.published || mod != tc.modified {
			t.Errorf("%q: published %q modified %q, want %q %q", tc.head, pub, mod, tc.published, tc.modified)
		}
		if removed := len(a.Body) == 1; removed != tc.removed {
			t.Errorf("%q: body %d blocks, removed %v, want %v", tc.head, len(a.Body), removed, tc.removed)
		}
	}
}

// TestBylineDateUpdate pins rule byline-date-update: a byline whose date
// is followed by the update's gives both, the first as the published
// date; a byline of one update date still gives the update only.
func TestBylineDateUpdate(t *testing.T) {
	for _, tc := range []struct {
		head, published, modified string
	}{
		{"By Tobin Ashgrove | 12 March 2025 10:15 | Updated 13 March 2025 09:00", "2025-03-12", "2025-03-13"},
		{"Von Lene Morhart | 12. März 2025 | Aktualisiert 13. März 2025", "2025-03-12", "2025-03-13"},
		{"Par Odile Fauvret | 12 mars 2025 | Mis à jour le 13 mars 2025", "2025-03-12", "2025-03-13"},
		{"By Tobin Ashgrove | Updated 13 March 2025", "", "2025-03-13"},
		{"By Tobin Ashgrove | 12 March 2025", "2025-03-12", ""},
	} {
		a, pub, mod := headDates(tc.head)
		if pub != tc.published || mod != tc.modified {
			t.Errorf("%q: published %q modified %q, want %q %q", tc.head, pub, mod, tc.published, tc.modified)
		}
		if len(a.Body) != 1 {
			t.Errorf("%q: body %d blocks, want the byline removed", tc.head, len(a.Body))
		}
	}
}
