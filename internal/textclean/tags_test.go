package textclean

import (
	"slices"
	"testing"
)

// TestTagsField: the tags a removed tags line names become the record's
// tags (rule tags-field), from a labelled line or from the short lines
// under a closing "Topics" label; a category line gives none. Fails with
// the rule switched off (no tags).
func TestTagsField(t *testing.T) {
	body := "Quimby ferry gets two evening crossings\n\nThe Quimby harbour board added two evening crossings to the winter timetable.\n\nThe first runs on the second weekend of the month.\n\n"
	for _, tc := range []struct {
		tail string
		want []string
	}{
		{"Tags: Quimby, ferries, Harbour board", []string{"Quimby", "ferries", "Harbour board"}},
		{"Schlagwörter: Fähre | Quimby | Fähre", []string{"Fähre", "Quimby"}},
		{"Mots-clés : port, #traversées", []string{"port", "traversées"}},
		{"Topics\n\nFerries\n\nQuimby harbour", []string{"Ferries", "Quimby harbour"}},
		{"Filed under: Local news", nil},
		// tags-line-archivado, labelled and over a list
		{"Archivado en: Quimby, transbordadores", []string{"Quimby", "transbordadores"}},
		{"Archivado En\n\nQuimby\n\nPuertos", []string{"Quimby", "Puertos"}},
	} {
		a, err := Extract(body+tc.tail, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Tags, tc.want) {
			t.Errorf("%q: tags %q, want %q", tc.tail, a.Tags, tc.want)
		}
	}
}
