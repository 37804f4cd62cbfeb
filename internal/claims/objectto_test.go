package claims

import "testing"

// TestObjectTo checks rule objectTo: the "to" joining a noun or verb to
// the things a figure counts stays in the subject; the "to" of a level,
// a measure or "close to" still goes. Texts invented.
func TestObjectTo(t *testing.T) {
	tests := []langCase[string]{
		{"en", "The Velmar pass gives riders access to 40 ferry routes.", []string{"The Velmar pass gives riders access to ferry routes"}},
		{"en", "Ada Quell mailed invitations to 120 Orvanian mayors in May.", []string{"Ada Quell mailed invitations to Orvanian mayors in May"}},
		{"en", "Ticket sales at Kessley climbed to 14 percent in June.", []string{"Ticket sales at Kessley in June"}},
		{"en", "Crews fired the Brindle kiln to 900°C before dawn.", []string{"Crews fired the Brindle kiln before dawn"}},
		{"en", "The Orvanian levy applies to 12 percent of farms near Kessley.", []string{"The Orvanian levy applies to farms near Kessley"}},
	}
	checkLang(t, tests, claimSubject)
}
