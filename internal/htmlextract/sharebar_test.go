package htmlextract

import (
	"strings"
	"testing"
)

// TestThinShareBar: rule "share-bar-thin". On a news brief too short for
// the class rules (rule "listing-page"), its share bar of network labels
// leaves the text; a box of the same class holding other words stays.
func TestThinShareBar(t *testing.T) {
	page := func(box string) string {
		return `<html lang="de"><head><title>Fähre fällt aus</title></head><body><article><h1>Fähre fällt aus</h1>` +
			`<p>Die Fähre nach Nordholm fährt am Dienstag nicht, teilte die Reederei mit.</p>` +
			`<p>Grund ist ein Schaden am Ruder. Ersatzbusse fahren ab dem Hafen.</p>` +
			`<div class="share">` + box + `</div></article></body></html>`
	}
	a, err := Extract(page("Teilen: Facebook Twitter WhatsApp E-Mail"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "WhatsApp") {
		t.Errorf("share bar kept in the text: %q", a.Text)
	}
	a, err = Extract(page("Art.-Nr. 4711 Nordholm Edition"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "4711") {
		t.Errorf("a share-classed box of other words left the text: %q", a.Text)
	}
}
