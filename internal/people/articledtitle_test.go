package people

import "testing"

// TestArticledTitle pins rule articledTitle: a German courtesy title
// after an article is a noun, and the noun after it no titled name.
// Invented text.
func TestArticledTitle(t *testing.T) {
	d := AnalyzeLang("Im Laden am Markt ist es eng. An der Kasse nennt eine Dame Beträge, und die Kunden zahlen bar.", "de")
	for _, p := range d.People {
		t.Errorf("person %q, want none", p.Name)
	}
}
