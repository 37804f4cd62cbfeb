package textclean

import (
	"slices"
	"testing"
)

// TestBylineNames: rule byline-label-two-writers: a labelled byline over
// two writers joined by "and" in the labels' languages gives both; a place
// after English "in" and a lower-case word after the name give none more.
func TestBylineNames(t *testing.T) {
	for in, want := range map[string][]string{
		"Autors: Jānis Ozols un Rūta Kalna":                         {"Jānis Ozols", "Rūta Kalna"},
		"Written by Jane Roe and Ann Lee":                           {"Jane Roe", "Ann Lee"},
		"Avtor: Janez Novak in Mojca Kos":                           {"Janez Novak", "Mojca Kos"},
		"Autorin: Jana Roe und Anna Lee":                            {"Jana Roe", "Anna Lee"},
		"Autor: Jan de Vries en Piet Jansen":                        {"Jan de Vries", "Piet Jansen"},
		"Autori: Ivana Horvat i Marko Perić":                        {"Ivana Horvat", "Marko Perić"},
		"Reporting by Tom Hale in New York; Editing by Mark Potter": {"Tom Hale"},
		"Written by Priya Nair, and Tom Hale":                       {"Priya Nair"},
		"Written by Priya Nair and friends":                         {"Priya Nair"},
		"Words by Jo and Ann Lee":                                   nil,
	} {
		if got := bylineNames(in); !slices.Equal(got, want) {
			t.Errorf("bylineNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBalkanTwoWriters: rule credit-word-balkan-two-writers: the "and" of
// Croatian, Serbian and Bosnian ("i", "и") and of Albanian ("dhe") parts
// two writers of a credit-word byline.
func TestBalkanTwoWriters(t *testing.T) {
	for in, want := range map[string][]string{
		"Ivana Kovačec i Marko Perić": {"Ivana Kovačec", "Marko Perić"},
		"Ивана Ковачец и Марко Перић": {"Ивана Ковачец", "Марко Перић"},
		"Arben Hoxha dhe Elira Dema":  {"Arben Hoxha", "Elira Dema"},
		"Ivana Kovačec":               {"Ivana Kovačec"},
	} {
		if got := splitAuthors(in); !slices.Equal(got, want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}
