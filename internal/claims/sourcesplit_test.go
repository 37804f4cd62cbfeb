package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSourceSplitSubject checks rule sourceSplitSubject: a source phrase
// between the verb and the figure's lead leaves the subject before it,
// with the words after the figure; after a noun, the words before the
// source are no subject and a share keeps its group.
func TestSourceSplitSubject(t *testing.T) {
	type got struct{ Subject, Source string }
	get := func(c model.Claim) got { return got{c.Subject, c.Source} }
	tests := []langCase[got]{
		{"de", "Die Kaltmiete in Brennstadt stieg laut Statistischem Landesamt auf 9,10 Euro pro Quadratmeter.",
			[]got{{"die Kaltmiete in Brennstadt pro Quadratmeter", "Statistisches Landesamt"}}},
		{"de", "Der Fahrpreis sank nach Angaben der Verkehrsbetriebe auf 2,80 Euro je Fahrt.",
			[]got{{"der Fahrpreis je Fahrt", "Verkehrsbetriebe"}}},
		{"de", "Unter den Gästen in Velda waren laut der Liste etwa 80 Prozent aller Besucher aus der Region.",
			[]got{{"aller Besucher aus der Region", "Liste"}}},
	}
	checkLang(t, tests, get)
}
