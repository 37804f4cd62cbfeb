package textclean

import (
	"strings"
	"testing"
)

// TestUpdateStampAnywhere: rule update-stamp-anywhere: an update stamp
// the extractor set between the lead and the rest of the story leaves the
// body and dates the update, in the languages modifiedLabels holds; a
// sentence opening with the label stays, and so do the stamps of a text
// that has several (a listing's cards). Fails with the rule off (the
// stamp stayed a paragraph, no update date).
func TestUpdateStampAnywhere(t *testing.T) {
	story := func(mid string) string {
		return "Fähre nach Quellhafen fällt im Winter aus\n\n" +
			"Die Reederei Nordlicht streicht ihre Winterfahrten nach Quellhafen, weil zu wenige Fahrgäste kamen, teilte sie am Montag mit.\n\n" +
			"Hafenmeister Tjark Olsen sprach von einem harten Schlag für die Insel.\n\n" + mid + "\n\n" +
			"Die Gemeinde will nun mit dem Land über einen Zuschuss verhandeln, sagte Bürgermeisterin Frauke Dahl.\n\n" +
			"Im März sollen die Fahrten wieder aufgenommen werden, hieß es aus dem Rathaus.\n\n" +
			"Auch der Sommerfahrplan werde überprüft, sagte ein Sprecher der Reederei.\n"
	}
	for _, c := range []struct{ mid, modified string }{
		{"Aktualisiert: 12.03.2026, 14:05 Uhr", "2026-03-12"},
		{"Mis à jour le 12 mars 2026 à 14h05", "2026-03-12"},
		{"Uppdaterad 12 mars 2026 kl. 14.05", "2026-03-12"},
		{"Updated: March 12, 2026 at 2:05 p.m.", "2026-03-12"},
		{"Updated March 12 to include a statement from the harbour office.", ""},
		{"Aktualisiert: 12.03.2026, 14:05 Uhr\n\nZweiter Absatz.\n\nAktualisiert: 11.03.2026, 09:00 Uhr", ""},
	} {
		a, err := Extract(story(c.mid), Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if a.Dates.Modified != nil {
			got = a.Dates.Modified.Value
		}
		first, _, _ := strings.Cut(c.mid, "\n")
		if kept := strings.Contains(a.Text, first); got != c.modified || kept != (c.modified == "") {
			t.Errorf("%q: modified %q, kept %v; want %q, kept %v", c.mid, got, kept, c.modified, c.modified == "")
		}
	}
}
