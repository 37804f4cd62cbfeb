package htmlmeta

import "testing"

// TestSlashOrder pins rule dateSlashOrder: a slashed date that only one
// order reads settles the order of the page's ambiguous ones, whatever the
// page's language suggests; with no such date the language decides.
// Invented date lines.
func TestSlashOrder(t *testing.T) {
	for _, tc := range []struct{ name, lang, line, pub, mod string }{
		{"en page writing the day first", "en", "Published: 25/02/2024 Updated: 03/04/2024", "2024-02-25", "2024-04-03"},
		{"en-GB page writing the month first", "en-GB", "Published: 02/25/2024 Updated: 03/04/2024", "2024-02-25", "2024-03-04"},
		{"no evidence, en", "en", "Published: 02/03/2024 Updated: 03/04/2024", "2024-02-03", "2024-03-04"},
		{"no evidence, de", "de", "Veröffentlicht: 02/03/2024 Aktualisiert: 03/04/2024", "2024-03-02", "2024-04-03"},
	} {
		page := `<html lang="` + tc.lang + `"><head><title>Tram</title></head><body><article><h1>Tram line approved</h1><div class="date">` + tc.line +
			`</div><p>The council voted on Tuesday night to approve the new tram line to the north of the city.</p></article></body></html>`
		m := Extract(parse(t, page), "https://example.com/tram", testNow)
		pub, mod := "", ""
		if m.Published != nil {
			pub = dayOf(m.Published.Value)
		}
		if m.Modified != nil {
			mod = dayOf(m.Modified.Value)
		}
		if pub != tc.pub || mod != tc.mod {
			t.Errorf("%s: published %q modified %q, want %q %q", tc.name, pub, mod, tc.pub, tc.mod)
		}
	}
}
