package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDutchToll checks rule dutchToll: a Dutch count in words below ten
// of the dead or injured is a claim, also after the auxiliary "zijn"
// that is a possessive too; ordinary small counts stay descriptions.
func TestDutchToll(t *testing.T) {
	type got struct {
		Text  string
		Value float64
	}
	tests := []langCase[got]{
		{"nl", "Bij de botsing op de N381 zijn drie fietsers omgekomen.", []got{
			{"Bij de botsing op de N381 zijn drie fietsers omgekomen", 3}}},
		{"nl", "Vijf leerlingen raakten licht gewond bij het ongeluk.", []got{
			{"Vijf leerlingen raakten licht gewond bij het ongeluk", 5}}},
		{"nl", "Twee wethouders hebben gezegd dat het plan doorgaat.", nil},
		{"nl", "De burgemeester stelde zijn drie vragen aan de raad.", nil},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Text, *c.Value} })
}
