package htmlmeta

import "testing"

// TestUpdatedLabel covers rule dateUpdatedLabel: a date line labelling
// the update gives Modified, in the languages of updateLabels; an update
// dated before the publication is dropped (dateModifiedOrder).
func TestUpdatedLabel(t *testing.T) {
	for _, tc := range []struct{ name, line, want string }{
		{"English", "Published 4 June 2024, 10:15; updated 5 June 2024, 08:00", "2024-06-05"},
		{"French", "Publié le 4 juin 2024 à 10h15, mis à jour le 5 juin 2024 à 08h00", "2024-06-05"},
		{"German", "Veröffentlicht am 4. Juni 2024, aktualisiert am 6. Juni 2024", "2024-06-06"},
		{"before the publication", "Published 4 June 2024; updated 3 June 2024", ""},
		{"no update", "Published 4 June 2024", ""},
	} {
		if got := modifiedDay(t, tc.line); got != tc.want {
			t.Errorf("%s: modified = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// modifiedDay extracts an invented tram article whose date line is line
// and returns the day of its Modified date, "" when there is none.
func modifiedDay(t *testing.T, line string) string {
	t.Helper()
	page := `<html><head><title>Tram</title></head><body><article><h1>Tram line approved</h1><div class="date">` + line +
		`</div><p>The council voted on Tuesday night to approve the new tram line to the north of the city.</p></article></body></html>`
	m := Extract(parse(t, page), "https://example.com/tram", testNow)
	if m.Modified == nil {
		return ""
	}
	return dayOf(m.Modified.Value)
}
