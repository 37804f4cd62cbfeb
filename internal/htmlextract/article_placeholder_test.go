package htmlextract

import "testing"

// TestPlaceholders: rule "placeholder-text" drops the dummy text of a
// template's unfilled slots; a piece on typesetting that speaks of the
// dummy text keeps every block.
func TestPlaceholders(t *testing.T) {
	slot := `<div class="slot"><h3>Harbour notes</h3><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>` +
		`<ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul></div>`
	page := `<html><body><main><article><h1>Tram line reaches the docks</h1>` + points(8) + slot + pointRange(8, 12) +
		`</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "dolor sit amet", "dummy paragraph", false)
	checkKept(t, a, "Lorem ipsum 2", "dummy item", false)
	checkKept(t, a, "Point 11", "text", true)

	about := `<html><body><main><article><h1>Why printers used Latin filler</h1>` + points(8) +
		`<p>Lorem ipsum is the filler text printers have set in sample pages since the sixteenth century.</p>` +
		`<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>` + `</article></main></body></html>`
	a = mustExtract(t, about)
	checkKept(t, a, "dolor sit amet", "quoted dummy text", true)
}

// TestPlaceholderLine is a table test of placeholderLine.
func TestPlaceholderLine(t *testing.T) {
	for in, want := range map[string]bool{
		"Lorem ipsum":   true,
		"Lorem Ipsum 3": true,
		"lorem ipsum dolor sit amet, consectetur":       true,
		"Lorem ipsum is the filler text of printers.":   false,
		"The tram reaches the docks on Monday morning.": false,
		"Lorem ipsumque": false,
	} {
		if got := placeholderLine(in); got != want {
			t.Errorf("placeholderLine(%q) = %v, want %v", in, got, want)
		}
	}
}
