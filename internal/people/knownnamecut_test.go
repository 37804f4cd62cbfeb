package people

import "testing"

// TestKnownNameCut pins rule knownNameCut: a name the text writes alone
// is cut out of a run that glues a label after it or a place column
// before it; a name whose longer form ends in a surname the text writes
// alone stays whole. Invented text.
func TestKnownNameCut(t *testing.T) {
	checkCut(t, []cutCase{
		{"Maria Velm runs the harbour museum in Ostervik. Visitors can book a tour by phone.\n\nMaria Velm Kontakt +00 111 222 333",
			"Maria Velm", "Maria Velm Kontakt"},
		{"Members of the ferry board and their towns: Rivertown Maria Velm maria.velm@board.example Ostervik Jon Tarrow jon.tarrow@board.example. Maria Velm chairs the board this year.",
			"Maria Velm", "Rivertown Maria Velm"},
		{"The coach Tor Einvik Brandal named his squad on Friday. Brandal said the young players had earned it. \"It was easy for Tor Einvik and me,\" his assistant said.",
			"Tor Einvik Brandal", "Tor Einvik"},
	})
}
