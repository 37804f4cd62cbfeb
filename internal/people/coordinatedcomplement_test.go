package people

import "testing"

// TestCoordinatedComplement pins rule coordinatedComplement on invented
// texts: a role's complement of two portfolios or more, joined by
// "en"/"und" (and commas), stays in the role, and its last portfolio is
// no word of the name after it.
func TestCoordinatedComplement(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"nl", "De minister van Landbouw en Visserij Ria Velthuis zei dinsdag dat de boeren meer tijd krijgen.", "Ria Velthuis", "minister van Landbouw en Visserij"},
		{"nl", "Staatssecretaris van Cultuur, Media en Sport Pieter Dorrestein opende woensdag het museum.", "Pieter Dorrestein", "Staatssecretaris van Cultuur, Media en Sport"},
		{"de", "Die Ministerin für Umwelt und Verkehr Petra Velmhaus sagte am Montag, die Brücke werde gesperrt.", "Petra Velmhaus", "Ministerin für Umwelt und Verkehr"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
}
