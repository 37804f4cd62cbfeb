package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestClassifyUILabels covers the labels added for the text path's
// survivors (rules related-read-more-es-de, comments-prompt-rating,
// share-bar-de, related-header-de and the newsletter pitches), each of
// which fails without its phrase, and story lines that open alike.
func TestClassifyUILabels(t *testing.T) {
	for _, tc := range []struct {
		in, kind, rule string
	}{
		{"VEA TAMBIÉN: Vecinos de Valdemar piden más buses nocturnos", model.RemovedRelated, "related-read-more"},
		{"Ver también: El muelle norte reabre en mayo", model.RemovedRelated, "related-read-more"},
		{"Mire: La banda del barrio llena el estadio", model.RemovedRelated, "related-read-more"},
		{"Auch lesen: Neue Buslinie ins Tal startet im Mai", model.RemovedRelated, "related-read-more"},
		{"Weiterlesen: Der Wochenmarkt zieht an den Hafen", model.RemovedRelated, "related-read-more"},
		{"War der Artikel nützlich?", model.RemovedComments, "comments-prompt"},
		{"War dieser Artikel nützlich?", model.RemovedComments, "comments-prompt"},
		{"Valora esta noticia", model.RemovedComments, "comments-prompt"},
		{"Califica esta noticia", model.RemovedComments, "comments-prompt"},
		{"Kommentare insgesamt: 3", model.RemovedComments, "comments-prompt"},
		{"Den Artikel mit anderen teilen:", model.RemovedShare, "share-bar"},
		{"Rezept drucken", model.RemovedShare, "share-bar"},
		{"Empfohlene Beiträge", model.RemovedRelated, "related-header"},
		{"Empfohlene Artikel", model.RemovedRelated, "related-header"},
		{"Videos zum Thema", model.RemovedRelated, "related-header"},
		{"Beiträge aus dem Forum", model.RemovedRelated, "related-header"},
		{"Sign up to get the best of our garden reviews every Friday, and seed deals picked by the editors.", model.RemovedNewsletter, "newsletter-signup"},
		{"Verpasse keine News mehr aus dem Tal", model.RemovedNewsletter, "newsletter-signup"},
		{"Verpassen Sie keine News aus Quimby", model.RemovedNewsletter, "newsletter-signup"},
		// a given name before an interview answer is no label
		{"Lea: Ich glaube schon, dass der Markt bleibt.", "", ""},
		{"Mira: No lo sé, pero el puerto sigue abierto.", "", ""},
		{"Weiterlesen wollte am Ende niemand mehr, so lang war der Bericht des Ausschusses über den Hafen.", "", ""},
		{"Videos zum Thema Hafen drehte die Klasse schon im Winter, lange bevor der Markt umzog und das Fest begann.", "", ""},
	} {
		kind, rule, _ := Classify(tc.in)
		if kind != tc.kind || rule != tc.rule {
			t.Errorf("Classify(%q) = %q, %q; want %q, %q", tc.in, kind, rule, tc.kind, tc.rule)
		}
	}
}

// TestReadAlsoLabel: the labels of the related-read-more rules and the
// related-header phrases ending in ':' are read-also labels, in any case
// and with a space before the colon; other words before a colon are not.
func TestReadAlsoLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Lea también:", true},
		{"READ MORE:", true},
		{"Lire aussi :", true},
		{"Related:", true},
		{"VEA TAMBIÉN:", true},
		{"Lea también", false},
		{"Note:", false},
		{"Quelle:", false},
		{"Lea:", false},
	} {
		if got := ReadAlsoLabel(tc.in); got != tc.want {
			t.Errorf("ReadAlsoLabel(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
