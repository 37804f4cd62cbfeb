package claims

import "testing"

// TestMeasureLevel checks rule measureLevel: a temperature or a measure
// in a unit abbreviation that a verb of change reaches is a level, whose
// subject is what is measured, without the verb; a time word after the
// figure ("overnight") ends the figure as "in June" does.
func TestMeasureLevel(t *testing.T) {
	tests := []langCase[string]{
		{"", "In Velden, temperatures dropped to -12C overnight.", []string{"temperatures overnight"}},
		{"", "The Tarn rose to 420cm on Sunday.", []string{"The Tarn on Sunday"}},
		{"", "Wind speeds climbed to 130km/h on the Orrin coast.", []string{"Wind speeds on the Orrin coast"}},
		{"", "Waiting lists at Harlow General rose to 14,200 in October.", []string{"Waiting lists at Harlow General in October"}},
	}
	checkLang(t, tests, claimSubject)
}
