package claims

import "testing"

// TestGermanBoundLeads checks that the German words bounding a figure
// ("bis zu", "ungefähr", "lediglich", "mindestens", "zu 100 Prozent")
// lead to it and leave the subject. Texts invented.
func TestGermanBoundLeads(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Die Quote in Grünhag liegt lediglich bei 12 Prozent.", []string{"die Quote in Grünhag"}},
		{"de", "Von den Einnahmen fließen bis zu 60 Prozent an die Vereine in Grünhag.", []string{"Von den Einnahmen fließen an die Vereine in Grünhag"}},
		{"de", "Der Belag in Ostmarn enthält zu 40 Prozent Recyclingmaterial.", []string{"der Belag in Ostmarn enthält Recyclingmaterial"}},
	}
	checkLang(t, tests, claimSubject)
}
