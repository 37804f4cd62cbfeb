package htmlmeta

import (
	"slices"
	"testing"
)

// invertedPersonTests pin rule authorInvertedPerson: a Person's name
// written surname first is read in a byline's order; a name and its job,
// two names, or an agency stay as written. Invented names.
var invertedPersonTests = []struct{ in, want string }{
	{"Marsh, Lena", "Lena Marsh"},
	{"Marsh, Lena Anne", "Lena Anne Marsh"},
	{"Marsh, J.", "J. Marsh"},
	{"Lena Marsh", "Lena Marsh"},
	{"Lena Marsh, Reporter", "Lena Marsh, Reporter"},
	{"Marsh, Senior Editor", "Marsh, Senior Editor"},
	{"Lena Marsh, Tom Grey", "Lena Marsh, Tom Grey"},
	{"Marsh, Reuters", "Marsh, Reuters"},
	{"Marsh, Lena, Grey, Tom", "Marsh, Lena, Grey, Tom"},
	{"marsh, lena", "marsh, lena"},
}

func TestInvertedPerson(t *testing.T) {
	for _, tt := range invertedPersonTests {
		if got := invertedPerson(tt.in); got != tt.want {
			t.Errorf("invertedPerson(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// On a page: one author, not two.
	head := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Headline","author":{"@type":"Person","name":"Marsh, Lena"}}</script>`
	if got, want := headlineAuthors(t, head, "", tramText), []string{"Lena Marsh"}; !slices.Equal(got, want) {
		t.Errorf("page authors = %q, want %q", got, want)
	}
}
