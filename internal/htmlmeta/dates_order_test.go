package htmlmeta

import "testing"

// tramDates extracts an invented article in lang, with head inside its
// <head> and line as its date line, and returns the days it is published
// and modified ("" for none).
func tramDates(t *testing.T, lang, head, line string) (pub, mod string) {
	t.Helper()
	page := `<html lang="` + lang + `"><head><title>Tram</title>` + head + `</head><body><article><h1>Tram line approved</h1><div class="date">` + line +
		`</div><p>The council voted on Tuesday night to approve the new tram line to the north of the city.</p></article></body></html>`
	m := Extract(parse(t, page), "https://example.com/tram", testNow)
	if m.Published != nil {
		pub = dayOf(m.Published.Value)
	}
	if m.Modified != nil {
		mod = dayOf(m.Modified.Value)
	}
	return pub, mod
}

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
		pub, mod := tramDates(t, tc.lang, "", tc.line)
		if pub != tc.pub || mod != tc.mod {
			t.Errorf("%s: published %q modified %q, want %q %q", tc.name, pub, mod, tc.pub, tc.mod)
		}
	}
}

// TestSlashDeclared pins rule dateSlashDeclared: with no shown date to
// settle the order, an ISO date the page declares settles it when one
// order reads a shown date as that day; a declared day neither order
// gives leaves the language to decide. Invented pages.
func TestSlashDeclared(t *testing.T) {
	for _, tc := range []struct{ name, lang, head, line, pub string }{
		{"en page, JSON-LD day first", "en", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram line approved","datePublished":"2024-03-02T08:00:00Z"}</script>`,
			"Published: 02/03/2024", "2024-03-02"},
		{"de page, meta month first", "de", `<meta property="article:modified_time" content="2024-02-03T09:00:00+01:00">`,
			"Veröffentlicht: 02/03/2024", "2024-02-03"},
		{"declared day neither order gives", "en", `<meta property="article:modified_time" content="2024-05-07">`,
			"Published: 02/03/2024", "2024-02-03"},
	} {
		if pub, _ := tramDates(t, tc.lang, tc.head, tc.line); pub != tc.pub {
			t.Errorf("%s: published %q, want %q", tc.name, pub, tc.pub)
		}
	}
}

// TestSlashLabelLanguage pins rule dateSlashLabelLanguage: on a page
// declaring English, a slashed date labelled in a language that writes
// the day first reads day first; under an English label the language
// decides as before. Invented date lines.
func TestSlashLabelLanguage(t *testing.T) {
	for _, tc := range []struct{ line, pub string }{
		{"Publié le 12/11/2024 à 08h00", "2024-11-12"},
		{"Pubblicato il 02/03/2024 alle 08:00", "2024-03-02"},
		{"Published 12/11/2024", "2024-12-11"},
	} {
		if pub, _ := tramDates(t, "en", "", tc.line); pub != tc.pub {
			t.Errorf("%q: published %q, want %q", tc.line, pub, tc.pub)
		}
	}
}
