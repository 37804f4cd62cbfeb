package quotes

import "testing"

// TestWorkCueParagraph: a quotation opening a paragraph after a line that
// ends in a noun of a work (a subhead "Der neue Film") is a quotation,
// not the work's title (rule workCueParagraph); in the same sentence the
// noun still makes a title. Invented text.
func TestWorkCueParagraph(t *testing.T) {
	checkSpokenLang(t, "Kino am Hafen\n\nDie Dreharbeiten beginnen im Mai.\n\nDer neue Film\n\n„Wir drehen den ganzen Sommer im Watt“, sagte Direktorin Ute Brand. Sie zeigt danach den Film „Segel über dem Watt“.", "de", []spoken{
		{"Wir drehen den ganzen Sommer im Watt", "Ute Brand", "Direktorin Ute Brand"},
	})
}
