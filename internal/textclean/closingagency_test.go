package textclean

import (
	"strings"
	"testing"
)

// TestClosingAgencyCredit: rule closing-agency-credit keeps the story's
// short last paragraph above an agency's name closing the text (share
// buttons may follow); a photographer's credit there still takes its
// caption.
func TestClosingAgencyCredit(t *testing.T) {
	const story = `Gemeenteraad Valdam kiest voor nieuwe veerdienst naar Kestreloog

De gemeenteraad van Valdam heeft vrijdag ingestemd met een nieuwe veerdienst naar Kestreloog, die in mei begint.

De boot vaart in de zomer zes keer per dag en in de winter vier keer, aldus de gemeente.

De kaartjes blijven even duur.

%s

Deel dit artikel
`
	const last = "De kaartjes blijven even duur."
	for _, tt := range []struct {
		credit string
		kept   bool
	}{
		{"AFP", true},
		{"(dpa)", true},
		{"Reuters", true},
		{"Pia Lund/Reuters", false},
	} {
		a, _ := Extract(strings.Replace(story, "%s", tt.credit, 1), Options{})
		if got := strings.Contains(a.Text, last); got != tt.kept {
			t.Errorf("%s: last paragraph kept = %v, want %v:\n%s", tt.credit, got, tt.kept, a.Text)
		}
	}
}
